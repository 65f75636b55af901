"""A typed view of the official client's channels, for-sale methods and 83.21 workspace and
object-info additions (no tests in here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol, cast

import seatsio

from ._official import OfficialClient
from ._official_events import OfficialForSaleConfig, events_of


class OfficialChannels(Protocol):
    """`client.events.channels` (`ChannelsClient`)."""

    def add(
        self,
        event_key: str,
        channel_key: str,
        channel_name: str,
        channel_color: str,
        index: int | None = None,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
    ) -> None: ...
    def add_multiple(self, event_key: str, channels_properties: Sequence[object]) -> None: ...
    def remove(self, event_key: str, channel_key: str) -> None: ...
    def update(
        self,
        event_key: str,
        channel_key: str,
        name: str | None = None,
        color: str | None = None,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
    ) -> None: ...
    def add_objects(
        self,
        event_key: str,
        channel_key: str,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
    ) -> None: ...
    def remove_objects(
        self,
        event_key: str,
        channel_key: str,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
    ) -> None: ...
    def replace(self, event_key: str, channels: Sequence[object]) -> None: ...


class OfficialRateLimitInfo(Protocol):
    """`seatsio.domain.ForSaleRateLimitInfo`."""

    @property
    def rate_limit_remaining_calls(self) -> int: ...
    @property
    def rate_limit_reset_date(self) -> dt.datetime: ...


class OfficialEditResult(Protocol):
    """`seatsio.domain.EditForSaleConfigResult`."""

    @property
    def for_sale_config(self) -> OfficialForSaleConfig: ...
    @property
    def rate_limit_info(self) -> OfficialRateLimitInfo: ...


EditItems = Sequence[Mapping[str, object]]


class OfficialForSale(Protocol):
    """The for-sale methods of `client.events` (`EventsClient`)."""

    def edit_for_sale_config(
        self,
        event_key: str,
        for_sale: EditItems | None = None,
        not_for_sale: EditItems | None = None,
    ) -> OfficialEditResult: ...
    def edit_for_sale_config_for_events(
        self, events: Mapping[str, Mapping[str, EditItems]]
    ) -> dict[str, OfficialEditResult]: ...
    def replace_for_sale_config(
        self,
        event_key: str,
        for_sale: bool,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
        categories: Sequence[str] | None = None,
    ) -> None: ...
    def mark_as_for_sale(
        self,
        event_key: str,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
        categories: Sequence[str] | None = None,
    ) -> None: ...
    def mark_as_not_for_sale(
        self,
        event_key: str,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
        categories: Sequence[str] | None = None,
    ) -> None: ...
    def mark_everything_as_for_sale(self, key: str) -> None: ...
    def mark_everything_as_not_for_sale(self, key: str) -> None: ...
    def mark_everything_as_for_not_sale(self, key: str) -> None: ...


class OfficialWorkspace8321(Protocol):
    """The 83.21 `Workspace` fields."""

    @property
    def key(self) -> str: ...
    @property
    def secret_key(self) -> str: ...
    @property
    def secret_keys(self) -> object: ...


class OfficialWorkspaces8321(Protocol):
    """The 83.21 workspace methods with `for_sale_mode` and the secret-key calls."""

    def create(
        self, name: str, is_test: bool | None = None, for_sale_mode: str | None = None
    ) -> OfficialWorkspace8321: ...
    def update(self, key: str, name: str, for_sale_mode: str | None = None) -> None: ...
    def retrieve(self, key: str) -> OfficialWorkspace8321: ...
    def add_secret_key(self, key: str) -> str: ...
    def remove_secret_key(self, key: str, secret_key_to_remove: str) -> None: ...


class OfficialShapeInfo(Protocol):
    """`EventObjectInfo` fields the events view leaves out: `num_not_for_sale` and the 83.21
    `area_type` and `table_type`."""

    @property
    def num_not_for_sale(self) -> int | None: ...
    @property
    def area_type(self) -> str | None: ...
    @property
    def table_type(self) -> str | None: ...


def channels_of(client: OfficialClient) -> OfficialChannels:
    """`client.events.channels`, typed."""
    channels: object = getattr(events_of(client), "channels")  # noqa: B009 - not in the Protocol
    return cast("OfficialChannels", channels)


def for_sale_of(client: OfficialClient) -> OfficialForSale:
    """`client.events` seen through its for-sale methods."""
    return cast("OfficialForSale", events_of(client))


def workspaces_8321_of(client: OfficialClient) -> OfficialWorkspaces8321:
    """`client.workspaces` with its 83.21 methods."""
    return cast("OfficialWorkspaces8321", client.workspaces)


def channel_params(
    key: str,
    name: str,
    color: str,
    index: int | None = None,
    objects: Sequence[str] | None = None,
    area_places: Mapping[str, int] | None = None,
) -> object:
    """An official `ChannelCreationParams` (with `area_places`)."""
    made: object = seatsio.ChannelCreationParams(
        key,
        name,
        color,
        index,
        None if objects is None else list(objects),
        None if area_places is None else dict(area_places),
    )
    return made
