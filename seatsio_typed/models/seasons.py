"""Seasons: events that group other events of one chart, and the season request bodies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, cast

from pydantic import Discriminator, Field, Tag, model_validator

from seatsio_typed.models._base import DocumentedRequest
from seatsio_typed.models._constraints import Key
from seatsio_typed.models._types import SequenceAsList
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
    """A top-level or partial season: an ``Event`` with ``is_season`` true and a few extras.

    What tells the two kinds apart is inherited from ``Event``: ``is_top_level_season`` /
    ``is_partial_season``, and ``top_level_season_key`` (set on partial seasons only). The
    events of a season say ``is_event_in_season`` and name the season and the partial seasons
    they belong to (``top_level_season_key``, ``partial_season_keys_for_event``).
    """

    is_season: bool = True
    """Always true for a season (top-level or partial)."""
    events: list[Event] | None = None
    """The season's events; only on single retrieve/create, absent in lists."""
    partial_season_keys: list[str] | None = None
    """Keys of the partial seasons of a top-level season; single retrieve/create only."""
    for_sale_propagated: bool | None = None
    """Whether the season's for-sale config applies to its events; None when never set."""


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


class CreateSeasonRequest(DocumentedRequest):
    """Body of ``POST /seasons`` (note: the season's own key is ``key``, not ``eventKey``)."""

    chart_key: Key
    """The chart of the season and of its events."""
    key: Key | None = None
    """The season's key; generated when left out."""
    name: str | None = None
    """Display name."""
    event_keys: Annotated[SequenceAsList[Key], Field(min_length=1)] | None = None
    """Events to create inside the season (they must not exist yet)."""
    number_of_events: Annotated[int, Field(gt=0)] | None = None
    """Create this many events with generated keys."""
    table_booking_config: TableBookingConfig | None = None
    """How tables are booked (default: as the chart says)."""
    object_categories: Mapping[str, CategoryKey] | None = None
    """Per-season category overrides: object label -> category key."""
    categories: SequenceAsList[Category] | None = None
    """Season-level categories, added to the chart's."""
    channels: SequenceAsList[ChannelCreationParams] | None = None
    """Channels of the season."""
    for_sale_config: ForSaleConfig | None = None
    """The initial for-sale config."""
    for_sale_propagated: bool | None = None
    """Whether the season's for-sale config applies to its events."""

    @model_validator(mode="after")
    def _check_events(self) -> CreateSeasonRequest:
        _refuse_both_ways_of_making_events(self.event_keys, self.number_of_events)
        return self


class CreatePartialSeasonRequest(DocumentedRequest):
    """Body of ``POST /seasons/{topLevelSeasonKey}/partial-seasons``."""

    key: Key | None = None
    """The partial season's key; generated when left out."""
    name: str | None = None
    """Display name."""
    event_keys: Annotated[SequenceAsList[Key], Field(min_length=1)] | None = None
    """Events of the top-level season that make up the partial season."""


class CreateEventsInSeasonRequest(DocumentedRequest):
    """Body of ``POST /seasons/{key}/actions/create-events``."""

    event_keys: Annotated[SequenceAsList[Key], Field(min_length=1)] | None = None
    """Keys of the events to create (they must not exist yet)."""
    number_of_events: Annotated[int, Field(gt=0)] | None = None
    """Create this many events with generated keys."""

    @model_validator(mode="after")
    def _check_events(self) -> CreateEventsInSeasonRequest:
        _refuse_both_ways_of_making_events(self.event_keys, self.number_of_events)
        if self.event_keys is None and self.number_of_events is None:
            raise ValueError("give event_keys or number_of_events")
        return self


class AddEventsToPartialSeasonRequest(DocumentedRequest):
    """Body of ``POST /seasons/{top}/partial-seasons/{partial}/actions/add-events``."""

    event_keys: Annotated[SequenceAsList[Key], Field(min_length=1)]
    """Events of the top-level season to add to the partial season."""


class UpdateSeasonRequest(DocumentedRequest):
    """Body of ``POST /events/{seasonKey}``; fields left out stay unchanged."""

    event_key: Key | None = None
    """Renames the season."""
    name: str | None = None
    """The new display name."""
    table_booking_config: TableBookingConfig | None = None
    """How tables are booked."""
    object_categories: Mapping[str, CategoryKey] | None = None
    """Per-season category overrides (replaces the previous ones; ``{}`` removes them)."""
    categories: SequenceAsList[Category] | None = None
    """Season-level categories (replaces the previous ones)."""
    for_sale_propagated: bool | None = None
    """Whether the season's for-sale config applies to its events."""
