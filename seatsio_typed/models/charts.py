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
    PUBLISHED = "PUBLISHED"
    PUBLISHED_WITH_DRAFT = "PUBLISHED_WITH_DRAFT"


class VenueType(OpenEnum):
    """The venue type reported on a chart (other values, e.g. drawing ones, are accepted)."""

    SIMPLE = "SIMPLE"
    WITH_SECTIONS_AND_FLOORS = "WITH_SECTIONS_AND_FLOORS"
    WITH_ZONES = "WITH_ZONES"


class ChartValidation(ResponseModel):
    """Names of the failed validators of a chart version, split by severity."""

    errors: list[str] = Field(default_factory=list[str])
    warnings: list[str] = Field(default_factory=list[str])


class Zone(ResponseModel):
    """A zone drawn in the chart (only on charts whose venue type has zones)."""

    key: str
    label: str


class Chart(ResponseModel):
    """A chart (floor plan) as returned by create, retrieve, list and the copy calls."""

    id: int
    """Numeric id, the pagination cursor; sent as a number or (in docs) a numeric string."""
    key: str
    name: str
    status: ChartStatus
    tags: list[str] = Field(default_factory=list[str])
    archived: bool = False
    published_version_thumbnail_url: str | None = None
    draft_version_thumbnail_url: str | None = None
    """Present only while the chart has a draft."""
    events: list[EventOrSeason] | None = None
    """Only with ``expand=events``; newest first. Seasons come back as ``Season``."""
    validation: ChartValidation | None = None
    venue_type: VenueType | None = None
    zones: list[Zone] | None = None


class CreateChartRequest(RequestModel):
    """Body of ``POST /charts``; every field is optional (an empty body makes "Untitled chart")."""

    name: Name | None = None
    venue_type: str | None = None
    """Stored verbatim in the drawing; ``SIMPLE`` when left out. ``VenueType`` members work."""
    categories: Sequence[Category] | None = None


class UpdateChartRequest(RequestModel):
    """Body of ``POST /charts/{key}``: a new name and/or the full desired list of categories."""

    name: Name | None = None
    categories: Sequence[Category] | None = None
    """Replaces the chart's categories: missing ones are deleted, ``[]`` deletes all."""


class UpdateCategoryRequest(RequestModel):
    """Body of ``POST /charts/{key}/categories/{categoryKey}``; ``False`` is sent explicitly."""

    label: Name | None = None
    color: Color | None = None
    accessible: bool | None = None


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
