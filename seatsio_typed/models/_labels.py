"""Constrained request values shared by the channel, for-sale and season requests.

They refuse, before anything is sent, what the API could only refuse (or misread) later: an
empty label or key, a place count of zero or less, a colour that no CSS parser reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import Field

__all__ = ["AreaPlaces", "CssColor", "NonEmptyText", "ObjectLabel", "PlaceCount"]

NonEmptyText = Annotated[str, Field(min_length=1)]
"""A key or name: at least one character."""

ObjectLabel = Annotated[str, Field(min_length=1)]
"""The label of an object of a chart (``A-1``, ``T1``, ``GA1``)."""

PlaceCount = Annotated[int, Field(gt=0)]
"""A number of places of a general admission area: at least one."""

AreaPlaces = Mapping[ObjectLabel, PlaceCount]
"""Places per general admission area, by area label (``{"GA1": 5}``)."""

# `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, a named colour (`red`, `transparent`) or a
# functional notation (`rgb(...)`, `hsla(...)`). The API stores any string (channels.md), so
# this only catches what is certainly a mistake: an empty value, stray spaces, a lone `#`.
_CSS_COLOR = (
    r"^(#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"
    r"|[a-zA-Z]+"
    r"|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\([^()]*\))$"
)

CssColor = Annotated[str, Field(pattern=_CSS_COLOR)]
"""A CSS colour such as ``#ED303D``, ``red`` or ``rgb(237, 48, 61)``."""
