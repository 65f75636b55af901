"""The status-change history of an event or an object, as a stateless lister (the
`AsyncEventStatusChangesMethods` part of `client.events`)."""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.listers import AsyncLister
from seatsio_typed._endpoints import events as endpoints
from seatsio_typed.models import (
    SortDirection,
    StatusChange,
    StatusChangeSortField,
    StatusChangesQuery,
)

__all__ = ["AsyncEventStatusChangesMethods", "AsyncStatusChangeLister"]


class AsyncStatusChangeLister(AsyncLister[StatusChange]):
    """Status changes of an event (or of one of its objects), newest first by default.

    Returned by `events.status_changes()` and `events.status_changes_for_object()`; nothing is
    requested until one of its methods is called. Unlike the official client's `Lister`, it
    keeps no state: a `filter` given to one call applies to that call only. Its methods raise
    `NotFoundException` when the event does not exist.
    """


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
