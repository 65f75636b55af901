"""A typed view of the official client's seasons, and its season calls on events (no tests in
here).

`client.seasons` and the two season methods of `client.events` are untyped in the official
client; the Protocols state what the seasons compatibility tests rely on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, cast

from seatsio.events.statusChangeRequest import StatusChangeRequest

from ._official import OfficialClient
from ._official_events import OfficialEvent, OfficialObjectInfo


class OfficialSeason(OfficialEvent, Protocol):
    """`seatsio.domain.Season`."""

    @property
    def partial_season_keys(self) -> list[str] | None: ...
    @property
    def events(self) -> list[OfficialEvent] | None: ...
    @property
    def for_sale_propagated(self) -> bool | None: ...
    @property
    def is_top_level_season(self) -> bool: ...
    @property
    def is_partial_season(self) -> bool: ...
    @property
    def top_level_season_key(self) -> str | None: ...


class OfficialSeasons(Protocol):
    """`client.seasons`."""

    def create(
        self,
        chart_key: str,
        key: str | None = None,
        name: str | None = None,
        number_of_events: int | None = None,
        event_keys: Sequence[str] | None = None,
        table_booking_config: object | None = None,
        object_categories: object | None = None,
        categories: Sequence[object] | None = None,
        channels: Sequence[object] | None = None,
        for_sale_config: object | None = None,
        for_sale_propagated: bool | None = None,
    ) -> OfficialSeason: ...
    def update(
        self,
        key: str,
        event_key: str | None = None,
        name: str | None = None,
        table_booking_config: object | None = None,
        object_categories: object | None = None,
        categories: Sequence[object] | None = None,
        for_sale_propagated: bool | None = None,
    ) -> None: ...
    def create_partial_season(
        self,
        top_level_season_key: str,
        partial_season_key: str | None = None,
        name: str | None = None,
        event_keys: Sequence[str] | None = None,
    ) -> OfficialSeason: ...
    def retrieve(self, key: str) -> OfficialSeason: ...
    def create_events(
        self, key: str, event_keys: Sequence[str] | None = None, number_of_events: int | None = None
    ) -> list[OfficialEvent]: ...
    def add_events_to_partial_season(
        self, top_level_season_key: str, partial_season_key: str, event_keys: Sequence[str]
    ) -> OfficialSeason: ...
    def remove_event_from_partial_season(
        self, top_level_season_key: str, partial_season_key: str, event_key: str
    ) -> OfficialSeason: ...


class OfficialSeasonEvents(Protocol):
    """The season calls of `client.events`."""

    def override_season_object_status(
        self, key: str, objects: Sequence[str], season: str | None = None
    ) -> None: ...
    def use_season_object_status(
        self, key: str, objects: Sequence[str], season: str | None = None
    ) -> None: ...
    def change_object_status_in_batch(
        self, status_change_requests: Sequence[object]
    ) -> list[_Result]: ...


class _Result(Protocol):
    @property
    def objects(self) -> dict[str, OfficialObjectInfo]: ...


class _WithSeasons(Protocol):
    @property
    def seasons(self) -> OfficialSeasons: ...
    @property
    def events(self) -> OfficialSeasonEvents: ...


def seasons_of(client: OfficialClient) -> OfficialSeasons:
    """`client.seasons`, typed."""
    return cast("_WithSeasons", client).seasons


def season_events_of(client: OfficialClient) -> OfficialSeasonEvents:
    """The season calls of `client.events`, typed."""
    return cast("_WithSeasons", client).events


def season_batch_item(
    event_key: str, objects: Sequence[str], change_type: str, season: str | None = None
) -> object:
    """An official `StatusChangeRequest` of type OVERRIDE_SEASON_STATUS or USE_SEASON_STATUS."""
    made: object = StatusChangeRequest(event_key, list(objects), type=change_type, season=season)
    return made
