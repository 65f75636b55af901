"""Seasons: events that group other events of one chart, and the season request bodies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, cast

from pydantic import Discriminator, Field, Tag, model_validator

from seatsio_typed.models._base import RequestModel
from seatsio_typed.models.categories import Category, CategoryKey
from seatsio_typed.models.channels import ChannelCreationParams
from seatsio_typed.models.events import Event, TableBookingConfig
from seatsio_typed.models.for_sale import ForSaleConfig

__all__ = [
    "AddEventsToPartialSeasonRequest",
    "CreateEventsInSeasonRequest",
    "CreatePartialSeasonRequest",
    "CreateSeasonRequest",
    "EventOrSeason",
    "Season",
    "UpdateSeasonRequest",
]


class Season(Event):
    """A top-level or partial season: an ``Event`` with ``is_season`` true and a few extras."""

    events: list[Event] | None = None
    """The season's events; only on single retrieve/create, absent in lists."""
    partial_season_keys: list[str] | None = None
    for_sale_propagated: bool | None = None


def _event_kind(value: object) -> str:
    if isinstance(value, dict):
        # cast: only the key lookups below are needed, and JSON object keys are strings.
        fields = cast("dict[str, object]", value)
        is_season = fields.get("isSeason", fields.get("is_season"))
    else:
        is_season = isinstance(value, Season)
    return "season" if is_season is True else "event"


EventOrSeason = Annotated[
    Annotated[Season, Tag("season")] | Annotated[Event, Tag("event")],
    Discriminator(_event_kind),
]
"""An item of an event list: parsed as ``Season`` when it says ``isSeason: true``."""


def _refuse_both_ways_of_making_events(
    event_keys: Sequence[str] | None, number_of_events: int | None
) -> None:
    if event_keys is not None and number_of_events is not None:
        raise ValueError("give event_keys or number_of_events, not both")


class CreateSeasonRequest(RequestModel):
    """Body of ``POST /seasons`` (note: the season's own key is ``key``, not ``eventKey``)."""

    chart_key: str
    key: str | None = None
    name: str | None = None
    event_keys: Sequence[str] | None = None
    """Events to create inside the season (they must not exist yet)."""
    number_of_events: Annotated[int, Field(gt=0)] | None = None
    """Create this many events with generated keys."""
    table_booking_config: TableBookingConfig | None = None
    object_categories: Mapping[str, CategoryKey] | None = None
    categories: Sequence[Category] | None = None
    channels: Sequence[ChannelCreationParams] | None = None
    for_sale_config: ForSaleConfig | None = None
    for_sale_propagated: bool | None = None

    @model_validator(mode="after")
    def _check_events(self) -> CreateSeasonRequest:
        _refuse_both_ways_of_making_events(self.event_keys, self.number_of_events)
        return self


class CreatePartialSeasonRequest(RequestModel):
    """Body of ``POST /seasons/{topLevelSeasonKey}/partial-seasons``."""

    key: str | None = None
    name: str | None = None
    event_keys: Sequence[str] | None = None
    """Events of the top-level season that make up the partial season."""


class CreateEventsInSeasonRequest(RequestModel):
    """Body of ``POST /seasons/{key}/actions/create-events``."""

    event_keys: Sequence[str] | None = None
    number_of_events: Annotated[int, Field(gt=0)] | None = None

    @model_validator(mode="after")
    def _check_events(self) -> CreateEventsInSeasonRequest:
        _refuse_both_ways_of_making_events(self.event_keys, self.number_of_events)
        return self


class AddEventsToPartialSeasonRequest(RequestModel):
    """Body of ``POST /seasons/{top}/partial-seasons/{partial}/actions/add-events``."""

    event_keys: Sequence[str] = Field(min_length=1)


class UpdateSeasonRequest(RequestModel):
    """Body of ``POST /events/{seasonKey}``; fields left out stay unchanged."""

    event_key: str | None = None
    """Renames the season."""
    name: str | None = None
    table_booking_config: TableBookingConfig | None = None
    object_categories: Mapping[str, CategoryKey] | None = None
    categories: Sequence[Category] | None = None
    for_sale_propagated: bool | None = None
