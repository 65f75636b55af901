"""Events: the event object, its table booking config, and the event request bodies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import Field

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)
from seatsio_typed.models._constraints import Key, Name
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._types import SequenceAsList, UtcDatetime
from seatsio_typed.models.categories import Category, CategoryKey
from seatsio_typed.models.channels import Channel, ChannelCreationParams
from seatsio_typed.models.for_sale import ForSaleConfig

__all__ = [
    "CreateEventRequest",
    "CreateMultipleEventsRequest",
    "Event",
    "EventProperties",
    "TableBookingConfig",
    "TableBookingMode",
    "TableMode",
    "UpdateEventRequest",
]


class TableBookingMode(OpenEnum):
    """How the tables of an event are booked."""

    INHERIT = "INHERIT"
    """Use the chart's per-table settings."""
    CUSTOM = "CUSTOM"
    """Per-table choice in ``TableBookingConfig.tables``."""
    ALL_BY_SEAT = "ALL_BY_SEAT"
    """Every table is booked seat by seat."""
    ALL_BY_TABLE = "ALL_BY_TABLE"
    """Every table is booked as a whole."""


class TableMode(OpenEnum):
    """How one table is booked in a ``CUSTOM`` table booking config."""

    BY_TABLE = "BY_TABLE"
    """This table is booked as a whole."""
    BY_SEAT = "BY_SEAT"
    """This table is booked seat by seat."""


class TableBookingConfig(DocumentedResponse):
    """The table booking config of an event; also given to create/update requests."""

    mode: TableBookingMode = TableBookingMode.INHERIT
    """How tables are booked: inherited, all by seat, all by table or per table."""
    tables: dict[str, TableMode] | None = None
    """Only for ``CUSTOM``: table label -> ``BY_TABLE`` or ``BY_SEAT``."""

    @classmethod
    def inherit(cls) -> TableBookingConfig:
        """Use the chart's settings (the default).

        Returns:
            An ``INHERIT`` config.
        """
        return cls(mode=TableBookingMode.INHERIT)

    @classmethod
    def all_by_seat(cls) -> TableBookingConfig:
        """Make every table bookable seat by seat.

        Returns:
            An ``ALL_BY_SEAT`` config.
        """
        return cls(mode=TableBookingMode.ALL_BY_SEAT)

    @classmethod
    def all_by_table(cls) -> TableBookingConfig:
        """Make every table bookable only as a whole.

        Returns:
            An ``ALL_BY_TABLE`` config.
        """
        return cls(mode=TableBookingMode.ALL_BY_TABLE)

    @classmethod
    def custom(
        cls, tables: Mapping[str, TableMode | Literal["BY_TABLE", "BY_SEAT"]]
    ) -> TableBookingConfig:
        """Choose per table, by table label: ``custom({"T1": "BY_TABLE", "T2": "BY_SEAT"})``.

        Args:
            tables: Table label -> ``TableMode`` (or its value, as the official client takes).

        Returns:
            A ``CUSTOM`` config.
        """
        return cls(
            mode=TableBookingMode.CUSTOM,
            tables={label: TableMode(mode) for label, mode in tables.items()},
        )


class Event(DocumentedResponse):
    """An event (or, as ``Season``, a season) as returned by the events API.

    Only ``id`` and ``key`` are required: documentation examples (and events embedded in other
    objects) abbreviate events, so the other fields fall back to None or their documented default.
    """

    id: int
    """The numeric id, as in status changes and the event log."""
    key: str
    """The event's key, used in every event call."""
    name: str | None = None
    """The event's name, None when it has none."""
    date: dt.date | None = None
    """The event's date, None when it has none."""
    chart_key: str | None = None
    """The chart the event uses."""
    table_booking_config: TableBookingConfig = Field(default_factory=TableBookingConfig)
    """Whether tables are booked whole or by seat."""
    supports_best_available: bool | None = None
    """Whether best-available booking works (the chart has a focal point)."""
    for_sale_config: ForSaleConfig | None = None
    """None while everything is for sale (never set, or reset by mark-everything-as-for-sale)."""
    channels: list[Channel] | None = None
    """The event's channels, None when it has none."""
    categories: list[Category] | None = None
    """The chart's categories followed by the event-level ones."""
    object_categories: dict[str, CategoryKey] | None = None
    """Per-event category overrides: object label -> category key."""
    created_on: UtcDatetime | None = None
    """When the event was created (UTC)."""
    updated_on: UtcDatetime | None = None
    """None until the event is first updated."""
    is_season: bool = False
    """Whether this is a season (top-level or partial)."""
    is_top_level_season: bool = False
    """Whether this is a top-level season."""
    is_partial_season: bool = False
    """Whether this is a partial season."""
    is_event_in_season: bool = False
    """Whether this event belongs to a season."""
    top_level_season_key: str | None = None
    """The key of the season this event or partial season belongs to."""
    is_in_the_past: bool = False
    """Whether this event in a season was marked as in the past."""
    partial_season_keys_for_event: list[str] | None = None
    """The partial seasons this event belongs to."""


class _EventSettings(DocumentedRequest):
    """Fields shared by event creation and event update bodies."""

    event_key: Key | None = None
    """Create: the new event's key (generated when left out). Update: renames the event."""
    name: Name | None = None
    """The event's name."""
    date: dt.date | None = None
    """Sent as ``YYYY-MM-DD``."""
    table_booking_config: TableBookingConfig | None = None
    """Whether tables are booked whole or by seat."""
    object_categories: Mapping[str, CategoryKey] | None = None
    """Category key per object label, overriding the chart's."""
    categories: SequenceAsList[Category] | None = None
    """Event-level categories, added to the chart's."""


class EventProperties(_EventSettings):
    """One event of a create-multiple-events body (a create-event body without the chart)."""

    channels: SequenceAsList[ChannelCreationParams] | None = None
    """Channels to create with the event."""
    for_sale_config: ForSaleConfig | None = None
    """Which objects are not for sale from the start."""


class CreateEventRequest(EventProperties):
    """Body of ``POST /events``."""

    chart_key: Key
    """The chart the event uses."""


class CreateMultipleEventsRequest(DocumentedRequest):
    """Body of ``POST /events/actions/create-multiple`` (at most 100 events)."""

    chart_key: Key
    """The chart every new event uses."""
    events: Annotated[SequenceAsList[EventProperties], Field(min_length=1)]
    """The properties of each event to create; at least one."""


class UpdateEventRequest(_EventSettings):
    """Body of ``POST /events/{key}``; fields left out stay unchanged."""

    is_in_the_past: bool | None = None
    """Only for events inside a season."""
