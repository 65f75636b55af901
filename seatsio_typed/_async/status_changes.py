"""The status-change history of an event or an object, as a stateless lister (the
`AsyncEventStatusChangesMethods` part of `client.events`)."""

from __future__ import annotations

from collections.abc import Mapping

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoint import Endpoint
from seatsio_typed._endpoints import events as endpoints
from seatsio_typed._http import PathValue, QueryValue
from seatsio_typed.models import (
    SortDirection,
    StatusChange,
    StatusChangeSortField,
    StatusChangesQuery,
)
from seatsio_typed.pagination import Page

__all__ = ["AsyncEventStatusChangesMethods", "AsyncStatusChangeLister"]


class AsyncStatusChangeLister:
    """Status changes of an event (or of one of its objects), newest first by default.

    Returned by `events.status_changes()` and `events.status_changes_for_object()`; nothing is
    requested until one of its methods is called. Unlike the official client's `Lister`, it
    keeps no state: a `filter` given to one call applies to that call only.
    """

    def __init__(
        self,
        requester: AsyncRequester,
        endpoint: Endpoint[Page[StatusChange]],
        path_params: Mapping[str, PathValue],
        query: Mapping[str, QueryValue],
    ) -> None:
        self._requester = requester
        self._endpoint = endpoint
        self._path_params = dict(path_params)
        self._query = dict(query)

    def list(self, filter: str | None = None) -> AsyncPageIterator[StatusChange]:
        """Iterate over every status change, fetching a page only when it is reached.

        Args:
            filter: Keep only the changes whose object label contains this text (replaces
                the filter given to `status_changes` for this iteration).

        Returns:
            A lazy iterator; each iteration starts again from the first page.

        Raises:
            NotFoundException: The event does not exist (raised while iterating).
            SeatsioException: Any other failure of a page request.
        """

        async def fetch_page_after(cursor: int | None) -> Page[StatusChange]:
            return await self._fetch(filter, {"start_after_id": cursor})

        return AsyncPageIterator(fetch_page_after)

    async def first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> Page[StatusChange]:
        """Fetch the first page.

        Args:
            page_size: How many changes per page; the server's default when None.
            filter: Keep only the changes whose object label contains this text.

        Returns:
            The page, with the cursor of the next one.

        Raises:
            NotFoundException: The event does not exist.
            SeatsioException: Any other failure.
        """
        return await self._fetch(filter, {"limit": page_size})

    async def page_after(
        self,
        id: int,
        page_size: int | None = None,
        filter: str | None = None,
    ) -> Page[StatusChange]:
        """Fetch the page after the change with this id (a `next_page_starts_after`).

        Args:
            id: The id the page starts after.
            page_size: How many changes per page; the server's default when None.
            filter: Keep only the changes whose object label contains this text.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            NotFoundException: The event does not exist.
            SeatsioException: Any other failure.
        """
        return await self._fetch(filter, {"limit": page_size, "start_after_id": id})

    async def page_before(
        self,
        id: int,
        page_size: int | None = None,
        filter: str | None = None,
    ) -> Page[StatusChange]:
        """Fetch the page before the change with this id (a `previous_page_ends_before`).

        Args:
            id: The id the page ends before.
            page_size: How many changes per page; the server's default when None.
            filter: Keep only the changes whose object label contains this text.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            NotFoundException: The event does not exist.
            SeatsioException: Any other failure.
        """
        return await self._fetch(filter, {"limit": page_size, "end_before_id": id})

    async def _fetch(
        self, filter: str | None, paging: Mapping[str, QueryValue]
    ) -> Page[StatusChange]:
        # A fresh query per call: the filter of one call never leaks into the next.
        query = {**self._query, **paging}
        if filter is not None:
            query["filter"] = filter
        return await self._requester.request(
            self._endpoint, path_params=self._path_params, query=query
        )


class AsyncEventStatusChangesMethods:
    """Status-change history methods of `client.events` (a mixin of `AsyncEventsClient`)."""

    _requester: AsyncRequester

    def status_changes(
        self,
        key: str,
        filter: str | None = None,
        sort_field: StatusChangeSortField | None = None,
        sort_direction: SortDirection | None = None,
    ) -> AsyncStatusChangeLister:
        """The status-change history of an event (newest first unless sorted otherwise).

        Args:
            key: The event.
            filter: Keep only the changes whose object label contains this text.
            sort_field: Sort by `date`, `objectLabel` or `status`.
            sort_direction: `asc` or `desc` (needs `sort_field`); ascending when None.

        Returns:
            A lister (`list()`, `first_page()`, `page_after()`, `page_before()`); nothing is
            requested until one of them is called.

        Raises:
            ValueError: A sort direction without a sort field (nothing is sent).
        """
        query = StatusChangesQuery(
            filter=filter, sort_field=sort_field, sort_direction=sort_direction
        )
        return AsyncStatusChangeLister(
            self._requester,
            endpoints.STATUS_CHANGES,
            {"key": key},
            {"filter": query.filter, "sort": query.sort},
        )

    def status_changes_for_object(self, key: str, object_id: str) -> AsyncStatusChangeLister:
        """The status-change history of one object of an event, newest first.

        Args:
            key: The event.
            object_id: The object's label.

        Returns:
            A lister (`list()`, `first_page()`, `page_after()`, `page_before()`); nothing is
            requested until one of them is called.
        """
        return AsyncStatusChangeLister(
            self._requester,
            endpoints.STATUS_CHANGES_FOR_OBJECT,
            {"key": key, "label": object_id},
            {},
        )
