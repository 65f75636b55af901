"""Client construction, lifecycle (close, context managers, shared pools) and regions."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from seatsio_typed import AsyncClient, Client, Region, SeatsioConnectionError, Timeout
from seatsio_typed._async.charts import AsyncChartsClient
from seatsio_typed._sync.charts import ChartsClient
from tests.unit.support import HOLD_TOKEN, SECRET, FakeServer, json_reply


def test_constructed_like_the_official_client_with_positional_arguments() -> None:
    client = Client(Region.EU(), SECRET, "ws-key", 2)
    assert client.base_url == "https://api-eu.seatsio.net"
    assert client.workspace_key == "ws-key"
    assert client.max_retries == 2
    assert client.timeout == Timeout(10.0)
    assert isinstance(client.charts, ChartsClient)
    client.close()


def test_defaults_and_keywords() -> None:
    client = AsyncClient(Region.NA(), secret_key=SECRET, timeout=2.5)
    assert client.workspace_key is None
    assert client.max_retries == 5
    assert client.timeout == Timeout(2.5)
    assert isinstance(client.charts, AsyncChartsClient)


def test_an_empty_secret_key_or_negative_retry_budget_is_refused() -> None:
    with pytest.raises(ValueError, match="secret_key"):
        Client(Region.EU(), "")
    with pytest.raises(ValueError, match="max_retries"):
        Client(Region.EU(), SECRET, max_retries=-1)


def test_repr_shows_settings_but_not_the_secret() -> None:
    client = Client(Region.OC(), SECRET, "ws-key")
    assert repr(client) == (
        "Client(base_url='https://api-oc.seatsio.net', workspace_key='ws-key', max_retries=5)"
    )
    assert SECRET not in repr(client.with_options(max_retries=1))


def test_the_context_manager_closes_the_pool_it_created() -> None:
    with Client(Region.EU(), SECRET) as client:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        client.hold_tokens.retrieve("tok")


async def test_the_async_context_manager_closes_the_pool_it_created() -> None:
    async with AsyncClient(Region.EU(), SECRET) as client:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        await client.hold_tokens.retrieve("tok")


def test_a_user_supplied_http_client_is_never_closed() -> None:
    server = FakeServer(json_reply(200, HOLD_TOKEN))
    own = httpx.Client(transport=httpx.MockTransport(server.handle))
    with Client(Region("http://seatsio.test"), SECRET, http_client=own) as client:
        client.hold_tokens.retrieve("tok")
    assert not own.is_closed
    own.get("http://seatsio.test/still-usable")
    own.close()


async def test_closing_a_with_options_copy_leaves_the_shared_pool_open() -> None:
    server = FakeServer(json_reply(200, HOLD_TOKEN))
    own = httpx.AsyncClient(transport=httpx.MockTransport(server.handle))
    client = AsyncClient(Region("http://seatsio.test"), SECRET, http_client=own)
    copy = client.with_options(timeout=1.0)
    await copy.aclose()
    await client.hold_tokens.retrieve("tok")
    await copy.hold_tokens.retrieve("tok")
    assert len(server.requests) == 2
    assert not own.is_closed


def unused_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_closing_a_copy_of_a_client_that_owns_its_pool_keeps_the_pool_open() -> None:
    client = Client(Region(f"http://127.0.0.1:{unused_loopback_port()}"), SECRET, max_retries=0)
    copy = client.with_options(max_retries=0)
    copy.close()
    # The pool is still open: the request gets as far as connecting (and is refused).
    with pytest.raises(SeatsioConnectionError):
        client.hold_tokens.retrieve("tok")
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        copy.hold_tokens.retrieve("tok")


def test_with_options_keeps_what_it_is_not_told_to_change() -> None:
    client = Client(Region.SA(), SECRET, "ws", 3, timeout=4.0, extra_headers={"X-A": "1"})
    copy = client.with_options(max_retries=0)
    assert (copy.base_url, copy.workspace_key, copy.max_retries, copy.timeout) == (
        "https://api-sa.seatsio.net",
        "ws",
        0,
        Timeout(4.0),
    )
    assert copy.with_options(workspace_key=None).workspace_key is None
    assert client.max_retries == 3


@pytest.mark.parametrize(
    ("region", "url"),
    [
        (Region.EU(), "https://api-eu.seatsio.net"),
        (Region.NA(), "https://api-na.seatsio.net"),
        (Region.SA(), "https://api-sa.seatsio.net"),
        (Region.OC(), "https://api-oc.seatsio.net"),
        (Region("http://127.0.0.1:9001/"), "http://127.0.0.1:9001"),
    ],
)
def test_regions(region: Region, url: str) -> None:
    assert region.url == url
    assert region == Region(url)
    assert repr(region) == f"Region({url!r})"


def test_a_region_must_be_an_http_url() -> None:
    with pytest.raises(ValueError, match="https://"):
        Region("api-eu.seatsio.net")


async def test_the_default_sleeps_and_clock_work() -> None:
    from seatsio_typed._timing import async_sleep, sync_sleep, wall_clock

    await async_sleep(0)
    sync_sleep(0)
    assert abs(wall_clock() - time.time()) < 5
