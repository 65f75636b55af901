"""The async client's own pool: small shards, the least busy one first, proxies left to httpx."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from seatsio_typed import AsyncClient, Client, Region
from seatsio_typed._pool import (
    ShardedAsyncTransport,
    default_async_http_client,
    default_http_client,
)


class Body(httpx.AsyncByteStream):
    """A body read from the network, as a real shard's (not already in memory)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"


class Recording(httpx.AsyncBaseTransport):
    """A shard that answers after the test lets it, and notes which requests it got."""

    def __init__(self, gate: asyncio.Event, fail: bool = False) -> None:
        self.paths: list[str] = []
        self.gate = gate
        self.fail = fail
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        await self.gate.wait()
        if self.fail:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, stream=Body())

    async def aclose(self) -> None:
        self.closed = True


def sharded(gate: asyncio.Event, count: int = 3) -> tuple[ShardedAsyncTransport, list[Recording]]:
    shards: list[Recording] = []

    def make(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
        assert limits.max_connections == limits.max_keepalive_connections == 4
        shards.append(Recording(gate))
        return shards[-1]

    return ShardedAsyncTransport(count, 4, make_shard=make), shards


async def test_requests_in_flight_spread_over_the_shards_and_closing_frees_them() -> None:
    gate = asyncio.Event()
    transport, shards = sharded(gate)
    async with httpx.AsyncClient(transport=transport) as client:
        calls = [asyncio.create_task(client.get(f"http://h/{n}")) for n in range(6)]
        await asyncio.sleep(0)
        assert [len(shard.paths) for shard in shards] == [2, 2, 2]
        assert transport.open_responses == (2, 2, 2)
        gate.set()
        responses = await asyncio.gather(*calls)
    assert all(response.status_code == 200 for response in responses)
    assert transport.open_responses == (0, 0, 0)
    assert all(shard.closed for shard in shards)


async def test_a_failed_request_does_not_leave_its_shard_counted_busy() -> None:
    gate = asyncio.Event()
    gate.set()
    transport, shards = sharded(gate, count=2)
    shards[0].fail = True
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("http://h/a")
        assert transport.open_responses == (0, 0)
        shards[0].fail = False
        await client.get("http://h/b")
    assert shards[0].paths == ["/a", "/b"]  # not counted busy: still the first choice
    assert transport.open_responses == (0, 0)


@pytest.mark.parametrize(("shards", "connections"), [(0, 4), (25, 0), (-1, -1)])
def test_a_sharded_pool_needs_a_shard_of_a_connection(shards: int, connections: int) -> None:
    message = "^a sharded pool needs at least one shard of one connection$"
    with pytest.raises(ValueError, match=message):
        ShardedAsyncTransport(shards, connections)


async def test_one_shard_of_one_connection_is_a_pool() -> None:
    gate = asyncio.Event()
    gate.set()
    made: list[httpx.Limits] = []

    def make(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
        made.append(limits)
        return Recording(gate)

    transport = ShardedAsyncTransport(1, 1, make_shard=make)
    assert [(m.max_connections, m.max_keepalive_connections) for m in made] == [(1, 1)]
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get("http://h/a")).status_code == 200
    assert transport.open_responses == (0,)


async def test_a_body_closed_twice_frees_its_shard_once() -> None:
    gate = asyncio.Event()
    gate.set()
    transport, shards = sharded(gate, count=2)
    first = await transport.handle_async_request(httpx.Request("GET", "http://h/a"))
    await transport.handle_async_request(httpx.Request("GET", "http://h/b"))
    assert transport.open_responses == (1, 1)
    body = first.stream
    assert isinstance(body, httpx.AsyncByteStream)
    await body.aclose()
    await body.aclose()
    assert transport.open_responses == (0, 1)
    # The shard is counted idle, not "less than idle": its next response counts again.
    await transport.handle_async_request(httpx.Request("GET", "http://h/c"))
    assert transport.open_responses == (1, 1)
    assert [shard.paths for shard in shards] == [["/a", "/c"], ["/b"]]


async def test_the_async_client_makes_a_sharded_pool_unless_the_environment_sets_proxies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    own = default_async_http_client()
    assert isinstance(own._transport, ShardedAsyncTransport)  # pyright: ignore[reportPrivateUsage]
    await own.aclose()

    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    with_proxy = default_async_http_client()
    assert not isinstance(with_proxy._transport, ShardedAsyncTransport)  # pyright: ignore[reportPrivateUsage]
    assert with_proxy._mounts  # pyright: ignore[reportPrivateUsage]  # httpx applied the proxy
    await with_proxy.aclose()


async def test_a_users_own_async_client_is_used_as_given() -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"holdToken": "t", "expiresAt": "2030-01-01T00:00:00Z"})

    mine = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncClient(Region("http://h"), secret_key="k", http_client=mine) as client:
        assert client._requester._http is mine  # pyright: ignore[reportPrivateUsage]


def test_the_blocking_client_keeps_httpx_default_pool() -> None:
    own = default_http_client()
    assert isinstance(own, httpx.Client)
    own.close()
    with Client(Region("http://h"), secret_key="k") as client:
        assert isinstance(client._requester._http, httpx.Client)  # pyright: ignore[reportPrivateUsage]
