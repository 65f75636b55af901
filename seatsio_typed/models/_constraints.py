"""Constrained field types of request models: what a key, a name or a colour may be.

A request model that uses them refuses bad input when it is built, before anything is sent
(``RequestModel`` turns the refusal into ``RequestValidationError``). The checks run inside
pydantic-core (length limits, a regular expression): no Python code per value.

Limits chosen where the API reference is silent:

- A key (chart, event, season, channel, workspace key, hold token) is 1 to ``MAX_KEY_LENGTH``
  (500) characters long. Keys travel as URL path segments, and proxies and servers commonly
  refuse request lines over 8 KiB: 500 characters percent-encode to at most 6,000 bytes
  (4 UTF-8 bytes of ``%XX`` each), which leaves room for the rest of the line. The requester
  applies the same limit to every path parameter.
- A name or label is not empty.
- A colour is a CSS colour: ``#`` and 3, 4, 6 or 8 hex digits, a keyword (``red``), or a
  functional notation (``rgb(1, 2, 3)``, ``hsl(120 50% 50%)``). Seats.io stores any string
  (channels.md), but only these are colours a renderer can paint.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

__all__ = ["COLOR_PATTERN", "MAX_KEY_LENGTH", "Color", "Key", "Name"]

MAX_KEY_LENGTH = 500
"""Longest key (and path parameter) this SDK sends, in characters."""

COLOR_PATTERN = (
    r"^(?:#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"
    r"|[a-zA-Z]+"
    r"|[a-zA-Z]+\([0-9a-zA-Z .,%/+-]*\))$"
)
"""What a colour may look like (see the module docstring)."""

Key = Annotated[str, StringConstraints(min_length=1, max_length=MAX_KEY_LENGTH)]
"""A key of a chart, event, season, channel, workspace or hold token: 1 to 500 characters."""

Name = Annotated[str, StringConstraints(min_length=1)]
"""A name or label: not empty."""

Color = Annotated[str, StringConstraints(pattern=COLOR_PATTERN)]
"""A CSS colour: ``#aabbcc`` (3, 4, 6 or 8 hex digits), ``red``, ``rgb(1, 2, 3)``..."""
