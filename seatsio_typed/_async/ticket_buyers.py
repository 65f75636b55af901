"""Ticket buyer ids (`client.ticket_buyers`, company admin key): who may buy tickets."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.listers import AsyncLister
from seatsio_typed._endpoints import ticket_buyers as endpoints
from seatsio_typed.models import (
    AddTicketBuyerIdsResponse,
    RemoveTicketBuyerIdsResponse,
    TicketBuyerIdsRequest,
)

__all__ = ["AsyncTicketBuyersClient"]


class AsyncTicketBuyersClient:
    """The company's list of allowed ticket buyer ids (`client.ticket_buyers`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self._all = AsyncLister(requester, endpoints.LIST_ALL)

    async def add(self, ids: Iterable[UUID | str]) -> AddTicketBuyerIdsResponse:
        """Add ticket buyer ids to the company's list.

        Args:
            ids: 1 to 1000 UUIDs (``UUID`` objects, or their text, which is checked).

        Returns:
            Which ids were added and which were already in the list.

        Raises:
            ValueError: an id is not a UUID, or there are none or more than 1000 (nothing is
                sent).
            SeatsioException: the call failed.
        """
        body = TicketBuyerIdsRequest(ids=list(ids))
        return await self._requester.request(endpoints.ADD, body=body)

    async def remove(self, ids: Iterable[UUID | str]) -> RemoveTicketBuyerIdsResponse:
        """Remove ticket buyer ids from the company's list.

        Removing an id invalidates the hold tokens of that ticket buyer and releases the
        objects they hold.

        Args:
            ids: 1 to 1000 UUIDs (``UUID`` objects, or their text, which is checked).

        Returns:
            Which ids were removed and which were not in the list.

        Raises:
            ValueError: an id is not a UUID, or there are none or more than 1000 (nothing is
                sent).
            SeatsioException: the call failed.
        """
        body = TicketBuyerIdsRequest(ids=list(ids))
        return await self._requester.request(endpoints.REMOVE, body=body)

    def list_all(self) -> AsyncPageIterator[UUID]:
        """Iterate over every allowed ticket buyer id, fetching a page only when it is reached.

        Returns:
            A lazy iterator; nothing is requested until iteration starts.

        Raises:
            SeatsioException: while iterating, when a page cannot be fetched.
        """
        return self._all.list()
