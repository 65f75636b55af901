"""Events: the event object, its table booking config, and the event request bodies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import Field

from seatsio_typed.models._base import RequestModel, ResponseModel
from seatsio_typed.models._constraints import Key, Name
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._types import UtcDatetime
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
    ALL_BY_TABLE = "ALL_BY_TABLE"


class TableMode(OpenEnum):
    """How one table is booked in a ``CUSTOM`` table booking config."""

    BY_TABLE = "BY_TABLE"
    BY_SEAT = "BY_SEAT"


class TableBookingConfig(ResponseModel):
    """The table booking config of an event; also given to create/update requests."""

    mode: TableBookingMode = TableBookingMode.INHERIT
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


class Event(ResponseModel):
    """An event (or, as ``Season``, a season) as returned by the events API.

    Only ``id`` and ``key`` are required: documentation examples (and events embedded in other
    objects) abbreviate events, so the other fields fall back to None or their documented default.
    """

    id: int
    key: str
    name: str | None = None
    date: dt.date | None = None
    chart_key: str | None = None
    table_booking_config: TableBookingConfig = Field(default_factory=TableBookingConfig)
    supports_best_available: bool | None = None
    for_sale_config: ForSaleConfig | None = None
    """None while everything is for sale (never set, or reset by mark-everything-as-for-sale)."""
    channels: list[Channel] | None = None
    categories: list[Category] | None = None
    """The chart's categories followed by the event-level ones."""
    object_categories: dict[str, CategoryKey] | None = None
    """Per-event category overrides: object label -> category key."""
    created_on: UtcDatetime | None = None
    updated_on: UtcDatetime | None = None
    """None until the event is first updated."""
    is_season: bool = False
    is_top_level_season: bool = False
    is_partial_season: bool = False
    is_event_in_season: bool = False
    top_level_season_key: str | None = None
    is_in_the_past: bool = False
    partial_season_keys_for_event: list[str] | None = None


class _EventSettings(RequestModel):
    """Fields shared by event creation and event update bodies."""

    event_key: Key | None = None
    """Create: the new event's key (generated when left out). Update: renames the event."""
    name: Name | None = None
    date: dt.date | None = None
    """Sent as ``YYYY-MM-DD``."""
    table_booking_config: TableBookingConfig | None = None
    object_categories: Mapping[str, CategoryKey] | None = None
    categories: Sequence[Category] | None = None


class EventProperties(_EventSettings):
    """One event of a create-multiple-events body (a create-event body without the chart)."""

    channels: Sequence[ChannelCreationParams] | None = None
    for_sale_config: ForSaleConfig | None = None


class CreateEventRequest(EventProperties):
    """Body of ``POST /events``."""

    chart_key: Key


class CreateMultipleEventsRequest(RequestModel):
    """Body of ``POST /events/actions/create-multiple`` (at most 100 events)."""

    chart_key: Key
    events: Sequence[EventProperties] = Field(min_length=1)


class UpdateEventRequest(_EventSettings):
    """Body of ``POST /events/{key}``; fields left out stay unchanged."""

    is_in_the_past: bool | None = None
    """Only for events inside a season."""
