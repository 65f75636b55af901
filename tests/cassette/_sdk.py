"""An SDK client of either kind on a cassette's transport; `call` runs a method on both alike."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

from seatsio_typed import AsyncClient, AsyncPageIterator, Client, PageIterator, Region
from tests.unit.support import Kind, Sleeps, resolve

T = TypeVar("T")


class Sdk:
    """One `Client` or `AsyncClient`; the httpx client under it is closed with it."""

    def __init__(
        self,
        kind: Kind,
        base_url: str,
        secret_key: str,
        workspace_key: str | None,
        *,
        transport: Callable[[], httpx.BaseTransport],
        async_transport: Callable[[], httpx.AsyncBaseTransport],
    ) -> None:
        self.kind: Kind = kind
        self.sleeps = Sleeps()
        """Every wait between retries the client asked for (nothing sleeps for real)."""
        self.client: Client | AsyncClient
        self._http: httpx.Client | httpx.AsyncClient
        region = Region(base_url)
        if kind == "sync":
            self._http = httpx.Client(transport=transport())
            self.client = Client(
                region, secret_key, workspace_key, http_client=self._http, sleep=self.sleeps.sync
            )
        else:
            self._http = httpx.AsyncClient(transport=async_transport())
            self.client = AsyncClient(
                region, secret_key, workspace_key, http_client=self._http, sleep=self.sleeps.async_
            )

    async def call(self, method: Callable[[Client | AsyncClient], Awaitable[T] | T]) -> T:
        """Run `method` on the client, awaiting it when the client is async."""
        return await resolve(method(self.client))

    async def collect(
        self, items: Callable[[Client | AsyncClient], PageIterator[T] | AsyncPageIterator[T]]
    ) -> list[T]:
        """Every item of a lazy list, through `for` or `async for`."""
        iterator = items(self.client)
        if isinstance(iterator, AsyncPageIterator):
            return [item async for item in iterator]
        return list(iterator)

    async def close(self) -> None:
        """Close the client and the httpx client it was given (the SDK never closes that one)."""
        if isinstance(self.client, AsyncClient):
            await self.client.aclose()
        else:
            self.client.close()
        if isinstance(self._http, httpx.AsyncClient):
            await self._http.aclose()
        else:
            self._http.close()
