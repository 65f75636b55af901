"""The connection pools the clients make for themselves when the user brings none.

The async one is split into small pools (shards). httpcore's pool re-examines every queued
request against every connection, polling each idle socket, whenever a request starts or
ends, and it closes every idle connection while it holds more connections than its keep-alive
limit: with 32 calls in flight, profiled, that bookkeeping took three quarters of the client's
time and made 32 calls in flight slower per call than 16. Small pools keep it small: each
request goes to the shard with the fewest responses open, and the shards together allow as
many connections as httpx's default pool (100).

When the environment names proxies (`HTTP_PROXY` ...), the plain httpx client is made instead,
so that httpx applies them exactly as before. A user-supplied client is never changed.
"""

from __future__ import annotations

import urllib.request
from collections.abc import AsyncIterator, Callable

import httpx

from seatsio_typed._attempt import POOL_LIMITS

__all__ = ["CONNECTIONS_PER_SHARD", "SHARDS", "ShardedAsyncTransport", "default_async_http_client"]

SHARDS = 25
CONNECTIONS_PER_SHARD = 4
"""25 x 4 = 100 connections in all, httpx's default limit; each shard keeps all of its four
alive (keep-alive limit = connection limit, so none is closed for being one too many)."""


def default_http_client() -> httpx.Client:
    """The blocking client's own pool: keeps every connection it may open alive (`POOL_LIMITS`),
    so threads sharing it never make it close and reopen connections under contention."""
    return httpx.Client(limits=POOL_LIMITS)


def default_async_http_client() -> httpx.AsyncClient:
    """The async client's own pool: sharded, unless the environment sets proxies."""
    if urllib.request.getproxies():
        # httpx reads the proxies from the environment itself.
        return httpx.AsyncClient(limits=POOL_LIMITS)
    return httpx.AsyncClient(transport=ShardedAsyncTransport())


def _http_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    return httpx.AsyncHTTPTransport(limits=limits)


class ShardedAsyncTransport(httpx.AsyncBaseTransport):
    """Several small httpcore pools behind one transport; each request goes to the least busy."""

    def __init__(
        self,
        shards: int = SHARDS,
        connections: int = CONNECTIONS_PER_SHARD,
        *,
        make_shard: Callable[[httpx.Limits], httpx.AsyncBaseTransport] = _http_transport,
    ) -> None:
        if shards < 1 or connections < 1:
            raise ValueError("a sharded pool needs at least one shard of one connection")
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        self._shards = [make_shard(limits) for _ in range(shards)]
        self._open = [0] * shards
        """Responses sent through each shard and not yet closed."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the shard with the fewest open responses."""
        open_counts = self._open
        shard = open_counts.index(min(open_counts))
        open_counts[shard] += 1
        try:
            response = await self._shards[shard].handle_async_request(request)
        except BaseException:
            open_counts[shard] -= 1
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)  # an async transport's answer
        response.stream = _Counted(stream, open_counts, shard)
        return response

    @property
    def open_responses(self) -> tuple[int, ...]:
        """How many responses of each shard are not closed yet."""
        return tuple(self._open)

    async def aclose(self) -> None:
        """Close every shard's connections."""
        for shard in self._shards:
            await shard.aclose()


class _Counted(httpx.AsyncByteStream):
    """A response body that marks its shard one response less busy once closed."""

    def __init__(self, stream: httpx.AsyncByteStream, open_counts: list[int], shard: int) -> None:
        self._stream = stream
        self._open_counts = open_counts
        self._shard = shard
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if not self._closed:
                self._closed = True
                self._open_counts[self._shard] -= 1
