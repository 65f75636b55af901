"""Lazy iteration over every item of a paginated list, one page request at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Generic, TypeVar

from seatsio_typed.errors import UnexpectedResponseError
from seatsio_typed.pagination import Page

__all__ = ["AsyncPageIterator"]

ItemT = TypeVar("ItemT")


class AsyncPageIterator(Generic[ItemT]):
    """Every item of a list, fetched page by page as iteration reaches it.

    Nothing is requested until iteration starts, only one page is held at a time, and each
    new iteration starts again from the first page (no state is shared between iterations).
    """

    def __init__(self, fetch_page: Callable[[int | None], Awaitable[Page[ItemT]]]) -> None:
        self._fetch_page = fetch_page

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items()

    async def _items(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Every page of the list, from the first one on.

        Yields:
            Each page in turn, fetched when iteration reaches it.

        Raises:
            SeatsioException: the API answered with an error, or a request failed.
        """
        cursor: int | None = None
        while True:
            page = await self._fetch_page(cursor)
            yield page
            next_cursor = page.next_page_starts_after
            if next_cursor is None:
                return
            if next_cursor == cursor:
                # A server bug would otherwise make the iteration loop forever.
                raise UnexpectedResponseError(f"the page after {cursor} points to itself")
            cursor = next_cursor
