"""Charts: the chart object, its validation result, zones and the chart request bodies."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, JsonValue

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)
from seatsio_typed.models._constraints import Color, Name
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._types import SequenceAsList
from seatsio_typed.models.categories import Category, CategoryKey
from seatsio_typed.models.seasons import EventOrSeason

__all__ = [
    "AddCategoryRequest",
    "Chart",
    "ChartDrawing",
    "ChartStatus",
    "ChartValidation",
    "CreateChartRequest",
    "UpdateCategoryRequest",
    "UpdateChartRequest",
    "VenueType",
    "Zone",
]


ChartDrawing = dict[str, JsonValue]
"""A chart's drawing (a published or draft version) as JSON; its format is chart-model.md."""


class ChartStatus(OpenEnum):
    """Whether events use a chart and whether it has a draft."""

    NOT_USED = "NOT_USED"
    """No event uses the chart yet."""
    PUBLISHED = "PUBLISHED"
    """Events use the published version; there is no draft."""
    PUBLISHED_WITH_DRAFT = "PUBLISHED_WITH_DRAFT"
    """Events use the published version and a draft holds changes."""


class VenueType(OpenEnum):
    """The venue type reported on a chart (other values, e.g. drawing ones, are accepted)."""

    SIMPLE = "SIMPLE"
    """Rows, tables and areas without sections."""
    WITH_SECTIONS_AND_FLOORS = "WITH_SECTIONS_AND_FLOORS"
    """Sections, optionally on several floors."""
    WITH_ZONES = "WITH_ZONES"
    """Zones, each with its own sections."""


class ChartValidation(DocumentedResponse):
    """Names of the failed validators of a chart version, split by severity."""

    errors: list[str] = Field(default_factory=list[str])
    """Validation error codes; a chart with errors cannot be published."""
    warnings: list[str] = Field(default_factory=list[str])
    """Validation warning codes; publishing is still possible."""


class Zone(DocumentedResponse):
    """A zone drawn in the chart (only on charts whose venue type has zones)."""

    key: str
    """The zone's key."""
    label: str
    """The zone's displayed label."""


class Chart(DocumentedResponse):
    """A chart (floor plan) as returned by create, retrieve, list and the copy calls."""

    id: int
    """Numeric id, the pagination cursor; sent as a number or (in docs) a numeric string."""
    key: str
    """The chart's public key, used in every chart and event call."""
    name: str
    """The chart's name (``Untitled chart`` when none was given)."""
    status: ChartStatus
    """Whether events use the chart (``NOT_USED``, ``PUBLISHED`` ...)."""
    tags: list[str] = Field(default_factory=list[str])
    """The chart's tags, empty when it has none."""
    archived: bool = False
    """Whether the chart is in the archive."""
    published_version_thumbnail_url: str | None = None
    """Public URL of a PNG thumbnail of the published version."""
    draft_version_thumbnail_url: str | None = None
    """Present only while the chart has a draft."""
    events: list[EventOrSeason] | None = None
    """Only with ``expand=events``; newest first. Seasons come back as ``Season``."""
    validation: ChartValidation | None = None
    """Errors and warnings of the drawing, when the API includes them."""
    venue_type: VenueType | None = None
    """The kind of drawing (``SIMPLE``, ``WITH_SECTIONS_AND_FLOORS``, ``WITH_ZONES``)."""
    zones: list[Zone] | None = None
    """The chart's zones, when it has any."""


class CreateChartRequest(DocumentedRequest):
    """Body of ``POST /charts``; every field is optional (an empty body makes "Untitled chart")."""

    name: Name | None = None
    """The chart's name; the API uses ``Untitled chart`` when None."""
    venue_type: str | None = None
    """Stored verbatim in the drawing; ``SIMPLE`` when left out. ``VenueType`` members work."""
    categories: SequenceAsList[Category] | None = None
    """The chart's categories."""


class UpdateChartRequest(DocumentedRequest):
    """Body of ``POST /charts/{key}``: a new name and/or the full desired list of categories."""

    name: Name | None = None
    """The new name; unchanged when None."""
    categories: SequenceAsList[Category] | None = None
    """Replaces the chart's categories: missing ones are deleted, ``[]`` deletes all."""


class UpdateCategoryRequest(DocumentedRequest):
    """Body of ``POST /charts/{key}/categories/{categoryKey}``; ``False`` is sent explicitly."""

    label: Name | None = None
    """The new label; unchanged when None."""
    color: Color | None = None
    """The new colour; unchanged when None."""
    accessible: bool | None = None
    """The new accessibility flag; unchanged when None."""


class AddCategoryRequest(DocumentedRequest):
    """Body of ``POST /charts/{key}/categories``: one category; ``accessible`` always sent."""

    key: CategoryKey
    """Unique within the chart; an int stays an int and a string stays a string."""
    label: Annotated[str, Field(min_length=1)]
    """Name shown to buyers."""
    color: str | None = None
    """HTML colour such as ``#aaaaaa``; the API picks one when left out."""
    accessible: bool
    """Whether the category is for accessible seating."""
