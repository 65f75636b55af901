"""A typed view of the parts of the official `seatsio` client the benchmarks call."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, cast

import seatsio


class OfficialEvent(Protocol):
    """`seatsio.domain.Event`."""

    @property
    def key(self) -> str: ...


class OfficialCharts(Protocol):
    """`client.charts`."""

    def retrieve(self, chart_key: str) -> object: ...
    def list(self) -> Iterator[object]: ...


class OfficialEvents(Protocol):
    """`client.events`."""

    def create(self, chart_key: str) -> OfficialEvent: ...
    def retrieve(self, key: str) -> OfficialEvent: ...
    def book(self, event_key_or_keys: str, object_or_objects: Sequence[str]) -> object: ...
    def release(self, event_key_or_keys: str, object_or_objects: Sequence[str]) -> object: ...
    def retrieve_object_infos(
        self, key: str, object_labels: Sequence[str]
    ) -> dict[str, object]: ...


class OfficialClient(Protocol):
    """`seatsio.Client`."""

    @property
    def charts(self) -> OfficialCharts: ...
    @property
    def events(self) -> OfficialEvents: ...


def official_client(url: str, secret_key: str) -> OfficialClient:
    """The official client pointed at `url`, with its default settings (as a user gets it)."""
    client = seatsio.Client(seatsio.Region(url), secret_key)
    return cast("OfficialClient", client)  # untyped library; the Protocol states what we call
