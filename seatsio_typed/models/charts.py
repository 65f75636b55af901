"""Charts: the chart object, its validation result, zones and the chart request bodies."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from pydantic import Field, JsonValue

from seatsio_typed.models._base import RequestModel, ResponseModel
from seatsio_typed.models._constraints import Color, Name
from seatsio_typed.models._enum import OpenEnum
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


class ChartValidation(ResponseModel):
    """Names of the failed validators of a chart version, split by severity."""

    errors: list[str] = Field(default_factory=list[str])
    """Problems that prevent publishing."""
    warnings: list[str] = Field(default_factory=list[str])
    """Problems that do not prevent publishing."""


class Zone(ResponseModel):
    """A zone drawn in the chart (only on charts whose venue type has zones)."""

    key: str
    """The zone's key (best available can pick in it)."""
    label: str
    """The zone's name."""


class Chart(ResponseModel):
    """A chart (floor plan) as returned by create, retrieve, list and the copy calls."""

    id: int
    """Numeric id, the pagination cursor; sent as a number or (in docs) a numeric string."""
    key: str
    """The chart's key: pass it to create events on this chart."""
    name: str
    """The chart's name."""
    status: ChartStatus
    """Whether the chart has events, and a draft version."""
    tags: list[str] = Field(default_factory=list[str])
    """Tags given to the chart."""
    archived: bool = False
    """Whether the chart is in the archive."""
    published_version_thumbnail_url: str | None = None
    """URL of a thumbnail of the published version."""
    draft_version_thumbnail_url: str | None = None
    """Present only while the chart has a draft."""
    events: list[EventOrSeason] | None = None
    """Only with ``expand=events``; newest first. Seasons come back as ``Season``."""
    validation: ChartValidation | None = None
    """Validation errors and warnings, when asked for with `expand_validation`."""
    venue_type: VenueType | None = None
    """How the venue is organised (simple, sections and floors, zones)."""
    zones: list[Zone] | None = None
    """The chart's zones, when it has any."""


class CreateChartRequest(RequestModel):
    """Body of ``POST /charts``; every field is optional (an empty body makes "Untitled chart")."""

    name: Name | None = None
    """The new chart's name (Seats.io's default name when left out)."""
    venue_type: str | None = None
    """Stored verbatim in the drawing; ``SIMPLE`` when left out. ``VenueType`` members work."""
    categories: Sequence[Category] | None = None
    """The new chart's categories."""


class UpdateChartRequest(RequestModel):
    """Body of ``POST /charts/{key}``: a new name and/or the full desired list of categories."""

    name: Name | None = None
    """The chart's new name."""
    categories: Sequence[Category] | None = None
    """Replaces the chart's categories: missing ones are deleted, ``[]`` deletes all."""


class UpdateCategoryRequest(RequestModel):
    """Body of ``POST /charts/{key}/categories/{categoryKey}``; ``False`` is sent explicitly."""

    label: Name | None = None
    """The new label."""
    color: Color | None = None
    """The new colour, as CSS (`#bbbbbb`)."""
    accessible: bool | None = None
    """Whether the category's places are accessible."""


class AddCategoryRequest(RequestModel):
    """Body of ``POST /charts/{key}/categories``: one category; ``accessible`` always sent."""

    key: CategoryKey
    """Unique within the chart; an int stays an int and a string stays a string."""
    label: Annotated[str, Field(min_length=1)]
    """Name shown to buyers."""
    color: str | None = None
    """HTML colour such as ``#aaaaaa``; the API picks one when left out."""
    accessible: bool
    """Whether the category is for accessible seating."""
