"""A typed view of the official client's charts (and the event creation the charts tests use).

Sibling of `_official.py`: the Protocols state what the charts compatibility tests rely on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, cast

import seatsio

from ._official import OfficialClient


class OfficialZone(Protocol):
    """`seatsio.domain.Zone`."""

    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...


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
    """`seatsio.domain.Event` (the parts read here)."""

    @property
    def key(self) -> str: ...
    @property
    def chart_key(self) -> str: ...


class OfficialChart(Protocol):
    """`seatsio.domain.Chart`."""

    @property
    def id(self) -> int: ...
    @property
    def key(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def published_version_thumbnail_url(self) -> str | None: ...
    @property
    def draft_version_thumbnail_url(self) -> str | None: ...
    @property
    def events(self) -> list[OfficialEvent] | None: ...
    @property
    def tags(self) -> list[str]: ...
    @property
    def archived(self) -> bool: ...
    @property
    def validation(self) -> dict[str, list[str]] | None: ...
    @property
    def venue_type(self) -> str | None: ...
    @property
    def zones(self) -> list[OfficialZone] | None: ...


class OfficialValidation(Protocol):
    """`seatsio.domain.ChartValidation`."""

    @property
    def errors(self) -> list[str]: ...
    @property
    def warnings(self) -> list[str]: ...


class OfficialPage(Protocol):
    """A page of charts."""

    @property
    def items(self) -> Sequence[OfficialChart]: ...
    @property
    def next_page_starts_after(self) -> int | None: ...
    @property
    def previous_page_ends_before(self) -> int | None: ...


class OfficialArchive(Protocol):
    """`client.charts.archive` (a shared Lister: use one call per fresh client)."""

    def list(self, filter: str | None = None) -> Iterator[OfficialChart]: ...
    def first_page(self, page_size: int | None = None) -> OfficialPage: ...


class OfficialCharts(Protocol):
    """`client.charts`."""

    @property
    def archive(self) -> OfficialArchive: ...
    def create(
        self,
        name: str | None = None,
        venue_type: str | None = None,
        categories: list[object] | None = None,
    ) -> OfficialChart: ...
    def retrieve(self, chart_key: str) -> OfficialChart: ...
    def retrieve_with_events(self, chart_key: str) -> OfficialChart: ...
    def update(
        self, key: str, new_name: str | None = None, categories: list[object] | None = None
    ) -> None: ...
    def list_first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage: ...
    def list_page_after(
        self, after_id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage: ...
    def list_page_before(
        self, before_id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage: ...
    def list_all_tags(self) -> list[str]: ...
    def add_tag(self, key: str, tag: str) -> object: ...
    def remove_tag(self, key: str, tag: str) -> None: ...
    def move_to_archive(self, chart_key: str) -> None: ...
    def move_out_of_archive(self, chart_key: str) -> None: ...
    def copy(self, key: str) -> OfficialChart: ...
    def copy_to_workspace(self, chart_key: str, to_workspace_key: str) -> OfficialChart: ...
    def copy_from_workspace_to(
        self, chart_key: str, from_workspace_key: str, to_workspace_key: str
    ) -> OfficialChart: ...
    def retrieve_published_version(self, key: str) -> dict[str, object]: ...
    def retrieve_draft_version(self, key: str) -> dict[str, object]: ...
    def copy_draft_version(self, key: str) -> OfficialChart: ...
    def discard_draft_version(self, key: str) -> None: ...
    def publish_draft_version(self, chart_key: str) -> None: ...
    def validate_published_version(self, key: str) -> OfficialValidation: ...
    def validate_draft_version(self, key: str) -> OfficialValidation: ...
    def retrieve_published_version_thumbnail(self, key: str) -> bytes: ...
    def retrieve_draft_version_thumbnail(self, key: str) -> bytes: ...
    def list_categories(self, chart_key: str) -> list[OfficialCategory]: ...
    def add_category(self, chart_key: str, category: object) -> None: ...
    def remove_category(self, chart_key: str, category_key: int | str) -> None: ...
    def update_category(
        self,
        chart_key: str,
        category_key: int | str,
        label: str | None,
        color: str | None,
        accessible: bool | None,
    ) -> None: ...

    # Declared last: in the class body, `list` would otherwise shadow the builtin in annotations.
    def list(
        self,
        chart_filter: str | None = None,
        tag: str | None = None,
        expand_events: bool = False,
        expand_validation: bool = False,
        expand_venue_type: bool = False,
        expand_zones: bool = False,
    ) -> Iterator[OfficialChart]: ...


class OfficialEvents(Protocol):
    """`client.events` (creating an event is all the charts tests need)."""

    def create(self, chart_key: str) -> OfficialEvent: ...


class _WithChartsAndEvents(Protocol):
    @property
    def charts(self) -> OfficialCharts: ...
    @property
    def events(self) -> OfficialEvents: ...


def _typed(client: OfficialClient) -> _WithChartsAndEvents:
    # The official client is untyped and `OfficialClient` declares its workspaces only.
    return cast("_WithChartsAndEvents", client)


def charts_of(client: OfficialClient) -> OfficialCharts:
    """`client.charts`, typed."""
    return _typed(client).charts


def events_of(client: OfficialClient) -> OfficialEvents:
    """`client.events`, typed."""
    return _typed(client).events


def category(key: int | str, label: str, color: str, accessible: bool = False) -> object:
    """An official `Category` object (the client serialises its attributes)."""
    made: object = seatsio.Category(key, label, color, accessible)
    return made
