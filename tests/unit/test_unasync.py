"""The token-based async-to-sync transform of scripts/unasync.py."""

from __future__ import annotations

import textwrap

import pytest

from scripts import unasync


def transform(source: str) -> str:
    source = textwrap.dedent(source)
    return unasync.apply_edits(source, list(unasync.edits_for(source)))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("AsyncClient", "Client"),
        ("AsyncIterator", "Iterator"),
        ("_AsyncThing", "_Thing"),
        ("AsyncRetrying", "Retrying"),
        ("__aenter__", "__enter__"),
        ("__aexit__", "__exit__"),
        ("__aiter__", "__iter__"),
        ("aclose", "close"),
        ("async_sleep", "sync_sleep"),
        ("_async", "_sync"),
        ("StopAsyncIteration", "StopIteration"),
        ("Asynchronous", "Asynchronous"),
        ("MyAsyncClient", "MyAsyncClient"),
        ("Asyncio", "Asyncio"),
        ("aclose_later", "aclose_later"),
    ],
)
def test_rename(name: str, expected: str) -> None:
    assert unasync.rename(name) == expected


def test_async_keywords_and_await_disappear() -> None:
    source = """
    async def fetch(self) -> AsyncIterator[Page]:
        async with self._lock:
            async for page in self.pages():
                yield await self.load(page)
    """
    assert transform(source) == textwrap.dedent(
        """
    def fetch(self) -> Iterator[Page]:
        with self._lock:
            for page in self.pages():
                yield self.load(page)
    """
    )


def test_awaitable_is_unwrapped_even_when_nested() -> None:
    source = "fetch: Callable[[int | None], Awaitable[Page[Item]]]\n"
    assert transform(source) == "fetch: Callable[[int | None], Page[Item]]\n"


def test_imports_of_the_async_package_point_to_the_sync_one() -> None:
    source = "from seatsio_typed._async.client import AsyncClient\n"
    assert transform(source) == "from seatsio_typed._sync.client import Client\n"


def test_docstrings_and_comments_read_right() -> None:
    source = '''
    def f():
        """Asynchronous client; use it as an async context manager, or call `aclose()`.

        Lists are an async iterator of pages, fetched with `async for`.
        """
        # Call the AsyncClient as `await client.aclose()` or `async with client:`.
    '''
    assert transform(source) == textwrap.dedent(
        '''
    def f():
        """Synchronous client; use it as a context manager, or call `close()`.

        Lists are an iterator of pages, fetched with `for`.
        """
        # Call the Client as `client.close()` or `with client:`.
    '''
    )


def test_identifiers_that_merely_contain_async_are_left_alone() -> None:
    source = "async_mode = asyncio.run(MyAsyncHelper())\n"
    assert transform(source) == source
