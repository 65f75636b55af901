"""A typed view of the official client's events and hold tokens (no tests in here).

The Protocols state what the events compatibility tests rely on; the request helper objects
are made in `_official_builders.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol, cast

from ._official import OfficialClient, OfficialLister, OfficialPage


class OfficialTableBookingConfig(Protocol):
    """`seatsio.domain.TableBookingConfig`."""

    @property
    def mode(self) -> str: ...
    @property
    def tables(self) -> dict[str, str] | None: ...


class OfficialForSaleConfig(Protocol):
    """`seatsio.domain.ForSaleConfig`."""

    @property
    def for_sale(self) -> bool: ...
    @property
    def objects(self) -> list[str] | None: ...
    @property
    def area_places(self) -> dict[str, int] | None: ...
    @property
    def categories(self) -> list[str] | None: ...


class OfficialChannel(Protocol):
    """`seatsio.domain.Channel`."""

    @property
    def id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def color(self) -> str: ...
    @property
    def index(self) -> int | None: ...
    @property
    def objects(self) -> list[str]: ...
    @property
    def area_places(self) -> dict[str, int]: ...


class OfficialCategory(Protocol):
    """`seatsio.domain.Category`."""

    @property
    def key(self) -> int | str: ...
    @property
    def label(self) -> str: ...
    @property
    def color(self) -> str: ...
    @property
    def accessible(self) -> bool: ...


class OfficialEvent(Protocol):
    """`seatsio.domain.Event`."""

    @property
    def id(self) -> int: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str | None: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def chart_key(self) -> str: ...
    @property
    def table_booking_config(self) -> OfficialTableBookingConfig: ...
    @property
    def supports_best_available(self) -> bool: ...
    @property
    def for_sale_config(self) -> OfficialForSaleConfig | None: ...
    @property
    def created_on(self) -> dt.datetime: ...
    @property
    def updated_on(self) -> dt.datetime | None: ...
    @property
    def channels(self) -> list[OfficialChannel] | None: ...
    @property
    def is_event_in_season(self) -> bool: ...
    @property
    def object_categories(self) -> dict[str, int | str] | None: ...
    @property
    def categories(self) -> list[OfficialCategory] | None: ...
    @property
    def partial_season_keys_for_event(self) -> list[str] | None: ...
    def is_season(self) -> bool: ...


class OfficialObjectInfo(Protocol):
    """`seatsio.domain.EventObjectInfo` (the fields these tests read)."""

    @property
    def status(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def labels(self) -> dict[str, object]: ...
    @property
    def ids(self) -> dict[str, str]: ...
    @property
    def category_label(self) -> str | None: ...
    @property
    def category_key(self) -> str | None: ...
    @property
    def ticket_type(self) -> str | None: ...
    @property
    def order_id(self) -> str | None: ...
    @property
    def for_sale(self) -> bool: ...
    @property
    def hold_token(self) -> str | None: ...
    @property
    def section(self) -> str | None: ...
    @property
    def entrance(self) -> str | None: ...
    @property
    def zone(self) -> str | None: ...
    @property
    def num_booked(self) -> int | None: ...
    @property
    def num_free(self) -> int | None: ...
    @property
    def num_held(self) -> int | None: ...
    @property
    def capacity(self) -> int | None: ...
    @property
    def object_type(self) -> str: ...
    @property
    def extra_data(self) -> dict[str, object] | None: ...
    @property
    def is_accessible(self) -> bool | None: ...
    @property
    def left_neighbour(self) -> str | None: ...
    @property
    def right_neighbour(self) -> str | None: ...
    @property
    def is_available(self) -> bool: ...
    @property
    def channel(self) -> str | None: ...
    @property
    def holds(self) -> dict[str, dict[str, int]] | None: ...
    @property
    def season_status_overridden_quantity(self) -> int: ...
    @property
    def resale_listing_id(self) -> str | None: ...


class OfficialChangeResult(Protocol):
    """`seatsio.domain.ChangeObjectStatusResult`."""

    @property
    def objects(self) -> dict[str, OfficialObjectInfo]: ...


class OfficialOrigin(Protocol):
    """`seatsio.domain.StatusChangeOrigin`."""

    @property
    def type(self) -> str: ...
    @property
    def ip(self) -> str | None: ...


class OfficialStatusChange(Protocol):
    """`seatsio.domain.StatusChange`."""

    @property
    def id(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def date(self) -> dt.datetime: ...
    @property
    def object_label(self) -> str: ...
    @property
    def event_id(self) -> int: ...
    @property
    def extra_data(self) -> dict[str, object] | None: ...
    @property
    def origin(self) -> OfficialOrigin: ...
    @property
    def is_present_on_chart(self) -> bool: ...
    @property
    def not_present_on_chart_reason(self) -> str | None: ...
    @property
    def hold_token(self) -> str | None: ...


class OfficialBestAvailable(Protocol):
    """`seatsio.domain.BestAvailableObjects` (note the camelCase `objectDetails`)."""

    @property
    def next_to_each_other(self) -> bool | None: ...
    @property
    def objects(self) -> list[str]: ...
    @property
    def objectDetails(self) -> dict[str, OfficialObjectInfo]: ...


class OfficialHoldToken(Protocol):
    """`seatsio.domain.HoldToken`."""

    @property
    def hold_token(self) -> str: ...
    @property
    def expires_at(self) -> dt.datetime: ...
    @property
    def expires_in_seconds(self) -> int: ...
    @property
    def workspace_key(self) -> str: ...


class OfficialHoldTokens(Protocol):
    """`client.hold_tokens`."""

    def create(self, expires_in_minutes: int | None = None) -> OfficialHoldToken: ...
    def retrieve(self, hold_token: str) -> OfficialHoldToken: ...
    def expire_in_minutes(self, hold_token: str, expires_in_minutes: int) -> OfficialHoldToken: ...


Objects = str | Sequence[str] | Sequence[object]
"""Labels, or official `ObjectProperties` (never mixed: the client's first element decides)."""


class OfficialEvents(Protocol):
    """`client.events`."""

    def create(
        self,
        chart_key: str,
        event_key: str | None = None,
        name: str | None = None,
        date: dt.date | None = None,
        table_booking_config: object | None = None,
        object_categories: Mapping[str, int | str] | None = None,
        categories: Sequence[object] | None = None,
        channels: Sequence[object] | None = None,
        for_sale_config: object | None = None,
    ) -> OfficialEvent: ...
    def create_multiple(
        self, chart_key: str, events_properties: Sequence[object]
    ) -> list[OfficialEvent]: ...
    def retrieve(self, key: str) -> OfficialEvent: ...
    def update(
        self,
        key: str,
        event_key: str | None = None,
        name: str | None = None,
        date: dt.date | None = None,
        table_booking_config: object | None = None,
        object_categories: Mapping[str, int | str] | None = None,
        categories: Sequence[object] | None = None,
        is_in_the_past: bool | None = None,
    ) -> None: ...
    def move_event_to_new_chart_copy(self, event_key: str) -> OfficialEvent: ...
    def remove_object_categories(self, key: str) -> None: ...
    def remove_categories(self, key: str) -> None: ...
    def delete(self, key: str) -> None: ...
    def list_first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialEvent]: ...
    def list_page_after(
        self, after_id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialEvent]: ...
    def list_page_before(
        self, before_id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialEvent]: ...
    def status_changes(
        self,
        key: str,
        filter: str | None = None,
        sort_field: str | None = None,
        sort_direction: str | None = None,
    ) -> OfficialLister[OfficialStatusChange]: ...
    def status_changes_for_object(
        self, key: str, object_id: str
    ) -> OfficialLister[OfficialStatusChange]: ...
    def book(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: Objects,
        hold_token: str | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
    ) -> OfficialChangeResult: ...
    def hold(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: Objects,
        hold_token: str,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
    ) -> OfficialChangeResult: ...
    def release(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: Objects,
        hold_token: str | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
    ) -> OfficialChangeResult: ...
    def put_up_for_resale(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: Objects,
        resale_listing_id: str | None = None,
    ) -> OfficialChangeResult: ...
    def change_object_status(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: Objects,
        status: str,
        hold_token: str | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        allowed_previous_statuses: Sequence[str] | None = None,
        rejected_previous_statuses: Sequence[str] | None = None,
        resale_listing_id: str | None = None,
    ) -> OfficialChangeResult: ...
    def change_object_status_in_batch(
        self, status_change_requests: Sequence[object]
    ) -> list[OfficialChangeResult]: ...
    def book_best_available(
        self,
        event_key: str,
        number: int,
        categories: Sequence[str] | None = None,
        hold_token: str | None = None,
        extra_data: Sequence[Mapping[str, object]] | None = None,
        ticket_types: Sequence[str] | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        try_to_prevent_orphan_seats: bool | None = None,
        zone: str | None = None,
    ) -> OfficialBestAvailable: ...
    def hold_best_available(
        self,
        event_key: str,
        number: int,
        categories: Sequence[str] | None = None,
        hold_token: str | None = None,
        extra_data: Sequence[Mapping[str, object]] | None = None,
        ticket_types: Sequence[str] | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        try_to_prevent_orphan_seats: bool | None = None,
        zone: str | None = None,
    ) -> OfficialBestAvailable: ...
    def change_best_available_object_status(
        self,
        event_key: str,
        number: int,
        status: str,
        categories: Sequence[str] | None = None,
        hold_token: str | None = None,
        extra_data: Sequence[Mapping[str, object]] | None = None,
        ticket_types: Sequence[str] | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        try_to_prevent_orphan_seats: bool | None = None,
        zone: str | None = None,
        sections: Sequence[str] | None = None,
        accessible_seats: int | None = None,
    ) -> OfficialBestAvailable: ...
    def retrieve_object_info(self, key: str, object_label: str) -> OfficialObjectInfo: ...
    def retrieve_object_infos(
        self, key: str, object_labels: Sequence[str]
    ) -> dict[str, OfficialObjectInfo]: ...
    def update_extra_data(self, key: str, o: str, extra_data: Mapping[str, object]) -> None: ...
    def update_extra_datas(
        self, key: str, extra_datas: Mapping[str, Mapping[str, object]]
    ) -> None: ...

    # Declared last: in the class body, `list` would otherwise shadow the builtin in annotations.
    def list(self) -> Iterator[OfficialEvent]: ...


class _WithEvents(Protocol):
    @property
    def events(self) -> OfficialEvents: ...
    @property
    def hold_tokens(self) -> OfficialHoldTokens: ...


def events_of(client: OfficialClient) -> OfficialEvents:
    """`client.events`, typed."""
    # The official client is untyped and `OfficialClient` declares its workspaces only.
    return cast("_WithEvents", client).events


def hold_tokens_of(client: OfficialClient) -> OfficialHoldTokens:
    """`client.hold_tokens`, typed."""
    return cast("_WithEvents", client).hold_tokens
