"""The event log (`client.event_log`): changes made to charts and events, oldest first."""

from __future__ import annotations

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.listers import AsyncLister
from seatsio_typed._endpoints import event_log as endpoints
from seatsio_typed.models import EventLogItem
from seatsio_typed.pagination import Page

__all__ = ["AsyncEventLogClient"]


class AsyncEventLogClient:
    """Items of the event log of the last 14 days (`client.event_log`).

    Every call builds its own query: no filter or cursor carries over to the next call.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self._all = AsyncLister(requester, endpoints.LIST)

    def list(self) -> AsyncPageIterator[EventLogItem]:
        """Iterate over every item of the event log, fetching a page only when it is reached.

        Returns:
            A lazy iterator; nothing is requested until iteration starts.

        Raises:
            SeatsioException: while iterating, when a page cannot be fetched.
        """

        return self._all.list()

    async def list_first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> Page[EventLogItem]:
        """Fetch the first page of the event log.

        Args:
            page_size: How many items (None: the server's default).
            filter: Passed to the API as ``filter`` (its meaning is not documented).

        Returns:
            The page and the cursor of the next one.

        Raises:
            SeatsioException: the call failed.
        """
        return await self._all.first_page(page_size, filter)

    async def list_page_after(
        self, after_id: int, page_size: int | None = None, filter: str | None = None
    ) -> Page[EventLogItem]:
        """Fetch the page after the item with id `after_id` (a `next_page_starts_after`).

        Args:
            after_id: The cursor of the page before.
            page_size: How many items (None: the server's default).
            filter: Passed to the API as ``filter`` (its meaning is not documented).

        Returns:
            The page and the cursors of its neighbours.

        Raises:
            SeatsioException: the call failed.
        """
        return await self._all.page_after(after_id, page_size, filter)

    async def list_page_before(
        self, before_id: int, page_size: int | None = None, filter: str | None = None
    ) -> Page[EventLogItem]:
        """Fetch the page before the item with id `before_id` (a `previous_page_ends_before`).

        Args:
            before_id: The cursor of the page after.
            page_size: How many items (None: the server's default).
            filter: Passed to the API as ``filter`` (its meaning is not documented).

        Returns:
            The page and the cursors of its neighbours.

        Raises:
            SeatsioException: the call failed.
        """
        return await self._all.page_before(before_id, page_size, filter)
