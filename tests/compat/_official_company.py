"""A typed view of the official client's company-wide resources: ticket buyers and the event log
(no tests in here)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from typing import Protocol, cast

from ._official import OfficialClient, OfficialPage


class OfficialAddResult(Protocol):
    """`AddTicketBuyerIdsResponse`."""

    @property
    def added(self) -> list[uuid.UUID]: ...
    @property
    def already_present(self) -> list[uuid.UUID]: ...


class OfficialRemoveResult(Protocol):
    """`RemoveTicketBuyerIdsResponse`."""

    @property
    def removed(self) -> list[uuid.UUID]: ...
    @property
    def not_present(self) -> list[uuid.UUID]: ...


class OfficialTicketBuyers(Protocol):
    """`client.ticket_buyers`."""

    def add(self, ids: Iterable[str | uuid.UUID | None]) -> OfficialAddResult: ...
    def remove(self, ids: Iterable[str | uuid.UUID | None]) -> OfficialRemoveResult: ...
    def list_all(self) -> Iterator[uuid.UUID]: ...


class OfficialEventLogItem(Protocol):
    """`seatsio.domain.EventLogItem`."""

    @property
    def id(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def timestamp(self) -> dt.datetime | None: ...
    @property
    def data(self) -> dict[str, object]: ...


class OfficialEventLog(Protocol):
    """`client.event_log`."""

    def list(self) -> Iterator[OfficialEventLogItem]: ...
    def list_first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialEventLogItem]: ...
    def list_page_after(
        self, after_id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialEventLogItem]: ...
    def list_page_before(
        self, before_id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialEventLogItem]: ...


class _WithCompanyResources(Protocol):
    @property
    def ticket_buyers(self) -> OfficialTicketBuyers: ...
    @property
    def event_log(self) -> OfficialEventLog: ...


def ticket_buyers_of(client: OfficialClient) -> OfficialTicketBuyers:
    """`client.ticket_buyers`, typed."""
    return cast("_WithCompanyResources", client).ticket_buyers  # untyped library


def event_log_of(client: OfficialClient) -> OfficialEventLog:
    """`client.event_log`, typed."""
    return cast("_WithCompanyResources", client).event_log  # untyped library
