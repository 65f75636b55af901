"""Shared listers: `charts.archive`, `workspaces.active`, `workspaces.inactive` and the
status-change listers `events.status_changes(...)` returns.

The official client keeps one `Lister` object per list whose query (filter, page size,
cursors) leaks from one call into the next. Here every call builds its own query from what the
lister was made with (path parameters, a base query) and the call's own arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoint import Endpoint
from seatsio_typed._http import PathValue, QueryValue
from seatsio_typed.pagination import Page

__all__ = ["AsyncLister"]

ItemT = TypeVar("ItemT")


class AsyncLister(Generic[ItemT]):
    """One filtered list of the API (e.g. `client.charts.archive`), read lazily or by page."""

    def __init__(
        self,
        requester: AsyncRequester,
        endpoint: Endpoint[Page[ItemT]],
        path_params: Mapping[str, PathValue] | None = None,
        query: Mapping[str, QueryValue] | None = None,
    ) -> None:
        self._requester = requester
        self._endpoint = endpoint
        self._path_params = dict(path_params or {})
        self._query = dict(query or {})

    def list(self, filter: str | None = None) -> AsyncPageIterator[ItemT]:
        """Iterate over every item, newest first, fetching a page only when it is reached.

        Args:
            filter: Keep only items matching this text (a chart's or workspace's name, a
                workspace's key, a status change's object label); when given, it replaces
                the filter the lister was made with.

        Returns:
            A lazy iterator; nothing is requested before iteration starts.

        Raises:
            SeatsioException: During iteration, when a page request fails.
        """

        async def fetch_page_after(cursor: int | None) -> Page[ItemT]:
            return await self._fetch(filter, {"start_after_id": cursor})

        return AsyncPageIterator(fetch_page_after)

    async def first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> Page[ItemT]:
        """Fetch the first page.

        Args:
            page_size: How many items per page (the server's default when None).
            filter: Keep only items matching this text (a chart's or workspace's name, a
                workspace's key, a status change's object label); when given, it replaces
                the filter the lister was made with.

        Returns:
            The page, with the cursor of the next one when there is more.

        Raises:
            SeatsioException: When the request fails.
        """
        return await self._fetch(filter, {"limit": page_size})

    async def page_after(
        self, id: int, page_size: int | None = None, filter: str | None = None
    ) -> Page[ItemT]:
        """Fetch the page after the item with this id (a `next_page_starts_after`).

        Args:
            id: The cursor: the id of the last item of the previous page.
            page_size: How many items per page (the server's default when None).
            filter: Keep only items matching this text (a chart's or workspace's name, a
                workspace's key, a status change's object label); when given, it replaces
                the filter the lister was made with.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            SeatsioException: When the request fails.
        """
        return await self._fetch(filter, {"limit": page_size, "start_after_id": id})

    async def page_before(
        self, id: int, page_size: int | None = None, filter: str | None = None
    ) -> Page[ItemT]:
        """Fetch the page before the item with this id (a `previous_page_ends_before`).

        Args:
            id: The cursor: the id of the first item of the following page.
            page_size: How many items per page (the server's default when None).
            filter: Keep only items matching this text (a chart's or workspace's name, a
                workspace's key, a status change's object label); when given, it replaces
                the filter the lister was made with.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            SeatsioException: When the request fails.
        """
        return await self._fetch(filter, {"limit": page_size, "end_before_id": id})

    async def _fetch(self, filter: str | None, paging: Mapping[str, QueryValue]) -> Page[ItemT]:
        # A fresh query per call: the filter of one call never leaks into the next.
        query = dict(self._query)
        if filter is not None:
            query["filter"] = filter
        query.update(paging)
        return await self._requester.request(
            self._endpoint, path_params=self._path_params, query=query
        )
