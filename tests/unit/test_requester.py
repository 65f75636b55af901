"""The requester around the attempts: a closed pool, the retry budget, the attempt log lines."""

from __future__ import annotations

import logging

import httpx
import pytest

from seatsio_typed import AsyncClient, Client, ClientClosedError, Region, SeatsioConnectionError
from seatsio_typed._async import _requester as async_requester
from seatsio_typed._endpoints import hold_tokens
from seatsio_typed._sync import _requester as sync_requester
from tests.unit.support import HOLD_TOKEN, FakeServer, Harness, Kind, json_reply

OK = json_reply(200, HOLD_TOKEN)


async def test_a_closed_pool_is_refused_with_the_method_and_path(kind: Kind) -> None:
    h = Harness(kind, FakeServer(OK))
    await h.close()
    with pytest.raises(ClientClosedError) as raised:
        await h.call(lambda c: c.hold_tokens.create())
    assert raised.value.message == (
        "cannot call POST /hold-tokens: the client's connection pool is closed"
    )
    assert raised.value.method == "POST"
    assert h.server.requests == []


async def test_a_query_parameter_the_endpoint_does_not_declare_is_refused_unsent(
    kind: Kind,
) -> None:
    # A resource bug, caught before anything is sent (Endpoint.check_call).
    h = Harness(kind, FakeServer(OK))
    with pytest.raises(
        ValueError, match=r"hold_tokens.retrieve takes no query parameter \['nope'\]"
    ):
        await h.call(
            lambda c: c._requester.request(  # pyright: ignore[reportPrivateUsage]
                hold_tokens.RETRIEVE, path_params={"hold_token": "t"}, query={"nope": "1"}
            )
        )
    assert h.server.requests == []


async def test_one_retry_allowed_is_one_retry_made(kind: Kind) -> None:
    refused = httpx.ConnectError("connection refused")
    h = Harness(kind, FakeServer(refused, OK), max_retries=1)
    await h.call(lambda c: c.hold_tokens.create())
    assert len(h.server.requests) == 2
    assert h.sleeps.waits == [0.4]


async def test_no_retry_allowed_is_one_attempt_whatever_the_failure(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.ConnectError("connection refused"), OK), max_retries=0)
    with pytest.raises(SeatsioConnectionError):
        await h.call(lambda c: c.hold_tokens.create())
    assert len(h.server.requests) == 1
    assert h.sleeps.waits == []


async def test_a_failed_attempt_is_logged_with_its_duration(
    kind: Kind, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticks = iter([20.0, 20.25])
    requester = sync_requester if kind == "sync" else async_requester
    monkeypatch.setattr(requester, "perf_counter", lambda: next(ticks))
    caplog.set_level(logging.DEBUG, logger="seatsio_typed")
    h = Harness(kind, FakeServer(httpx.ConnectError("connection refused")), max_retries=0)
    with pytest.raises(SeatsioConnectionError):
        await h.call(lambda c: c.hold_tokens.retrieve("t"))
    lines = [r.getMessage() for r in caplog.records if r.name == "seatsio_typed"]
    assert lines == ["GET /hold-tokens/t -> ConnectError in 250.0 ms (attempt 1, request id -)"]


async def test_a_pool_the_client_made_is_private_to_it_and_its_copies() -> None:
    # Its requests skip looking for params, cookies and changed headers (`_send.build_request`).
    own = Client(Region("http://seatsio.test"), "sk")
    given = Client(Region("http://seatsio.test"), "sk", http_client=httpx.Client())
    own_async = AsyncClient(Region("http://seatsio.test"), "sk")
    given_async = AsyncClient(Region("http://seatsio.test"), "sk", http_client=httpx.AsyncClient())

    def private(client: Client | AsyncClient) -> bool:
        flag: bool = client._requester._private_http_client  # pyright: ignore[reportPrivateUsage]
        return flag

    assert private(own)
    assert private(own.with_options(max_retries=1))
    assert private(own_async.with_options(timeout=2.0))
    assert not private(given)
    assert not private(given.with_options(max_retries=1))
    assert private(own_async)
    assert not private(given_async)
    own.close()
    given.close()
    await own_async.aclose()
    await given_async.aclose()
