"""One test per problem of issue 10, each written to fail before its fix (see RELIABILITY.md).

They run the SDK's own connection pool against the loopback fault server
(`tests/reliability/faultserver.py`), so what is tested is the real socket behaviour.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import cast

import httpx
import pytest

from seatsio_typed import (
    AsyncClient,
    Client,
    HoldToken,
    Region,
    SeatsioConnectionError,
    SeatsioException,
    SeatsioTimeoutError,
    UnexpectedResponseError,
)
from tests.reliability.faultserver import (
    Connection,
    RawRequest,
    http_response,
    keep_alive,
    serve_faults,
)
from tests.reliability.sizes import record, size
from tests.reliability.support import (
    HOLD_TOKEN_BODY,
    call_on,
    close,
    make_client,
    secret_forms,
    where_secret_leaks,
)
from tests.unit.support import Kind

SECRET = "sk-canary-7f3e9a1c"
DRIP_INTERVAL = 0.01
"""The dripping server sends one body byte every 10 ms (a real-time deadline is tested)."""


def _drip(conn: Connection) -> None:
    """Send the headers at once, then the body one byte at a time."""
    if conn.read_request() is None:
        return
    conn.send(http_response(body=b"", content_length=len(HOLD_TOKEN_BODY)))
    stop = threading.Event()
    for byte in HOLD_TOKEN_BODY:
        if stop.wait(DRIP_INTERVAL):
            return
        try:
            conn.sock.sendall(bytes([byte]))
        except OSError:
            return  # the client gave up: what the deadline should make it do


async def test_timeout_is_a_deadline_per_attempt_not_per_read(kind: Kind) -> None:
    # ~80 bytes at 10 ms each: the body takes ~0.8 s, each read only 10 ms.
    timeout = 0.2
    with serve_faults(_drip) as server:
        client = make_client(kind, server.url, max_retries=0, timeout=timeout)
        started = time.monotonic()
        with pytest.raises(SeatsioTimeoutError) as raised:
            await call_on(client, lambda c: c.hold_tokens.retrieve("tok"))
        elapsed = time.monotonic() - started
        await close(client)
    assert elapsed < timeout + 0.15, f"the attempt lasted {elapsed:.2f} s"
    assert "0.2" in str(raised.value) or "deadline" in str(raised.value)


def _stale_after_first(conn: Connection, request: RawRequest) -> bytes | None:
    """A keep-alive server behind a proxy that drops connections once they were idle.

    The first request on a connection is processed and answered; a request arriving on a
    connection that was already used is dropped unread (the proxy had closed it): it never
    reaches the application.
    """
    if conn.requests_seen > 1:
        return None
    conn.processed(request)
    return http_response(body=HOLD_TOKEN_BODY)


async def test_a_write_on_a_stale_pooled_connection_is_sent_once_and_succeeds(
    kind: Kind,
) -> None:
    with serve_faults(keep_alive(_stale_after_first)) as server:
        client = make_client(kind, server.url, max_retries=2)
        bookings = size(5, 100)
        for _ in range(bookings):
            await call_on(client, lambda c: c.hold_tokens.retrieve("tok"))
            token = await call_on(client, lambda c: c.hold_tokens.create())
            assert isinstance(token, HoldToken)
        await close(client)
    assert server.processed_count("POST") == bookings


def _process_then_close(conn: Connection, request: RawRequest) -> bytes | None:
    """The application acts on the request, then the connection dies before any answer."""
    conn.processed(request)
    return None


async def test_a_write_whose_outcome_is_unknown_is_never_sent_twice(kind: Kind) -> None:
    with serve_faults(keep_alive(_process_then_close)) as server:
        client = make_client(kind, server.url, max_retries=5)
        with pytest.raises(SeatsioConnectionError) as raised:
            await call_on(client, lambda c: c.hold_tokens.create())
        await close(client)
    assert server.processed_count("POST") == 1
    assert "POST" in str(raised.value)


async def test_no_credential_in_the_exception_chain_of_a_connection_error(kind: Kind) -> None:
    with serve_faults(keep_alive(lambda conn, request: None)) as server:
        client = make_client(kind, server.url, SECRET, max_retries=0)
        with pytest.raises(SeatsioConnectionError) as raised:
            await call_on(client, lambda c: c.hold_tokens.retrieve("tok"))
        await close(client)
    assert where_secret_leaks(raised.value, secret_forms(SECRET)) == []


WORKSPACE_SECRET = "ws-secret-canary-51d0"


async def test_no_response_body_in_the_traceback_of_a_validation_failure(kind: Kind) -> None:
    # A new workspace's secret key in a body that misses a required field (`key`).
    body = (
        b'{"id": 5, "name": "w", "secretKey": "' + WORKSPACE_SECRET.encode() + b'", '
        b'"isTest": false, "isActive": true, "isDefault": false}'
    )
    with serve_faults(keep_alive(lambda conn, request: http_response(body=body))) as server:
        client = make_client(kind, server.url, SECRET)
        with pytest.raises(UnexpectedResponseError) as raised:
            await call_on(client, lambda c: c.workspaces.create("w"))
        await close(client)
    assert "key" in str(raised.value)
    assert where_secret_leaks(raised.value, [WORKSPACE_SECRET, *secret_forms(SECRET)]) == []


def test_one_client_shared_by_32_threads_keeps_its_connections() -> None:
    """The default pool holds one connection per thread: none closed and reopened in a race."""
    threads, calls = 32, size(60, 300)
    with serve_faults(
        keep_alive(lambda conn, request: http_response(body=HOLD_TOKEN_BODY))
    ) as server:
        barrier = threading.Barrier(threads)
        with Client(Region(server.url), SECRET, timeout=5.0) as client:

            def work(_: int) -> int:
                barrier.wait()
                for _ in range(calls):
                    client.hold_tokens.retrieve("tok")
                return calls

            with ThreadPoolExecutor(threads) as pool:
                done = sum(pool.map(work, range(threads)))
            with server.lock:
                closed_while_working = server.client_closes
        opened = server.connections
    assert done == threads * calls
    record(
        "one Client, 32 threads",
        calls=done,
        errors=0,
        connections_opened=opened,
        closed_while_working=closed_while_working,
    )


def test_the_clients_own_pool_keeps_every_connection_it_may_open() -> None:
    """The strategy behind the 32 threads: the pool never closes a connection to stay under its
    idle limit (httpx's default keeps 20 of 100), so threads never churn connections, the state
    in which httpcore races ("Bad file descriptor", hangs). Reads the pool's private limits."""
    with Client(Region("http://127.0.0.1:9"), SECRET) as client:
        pool: object = client
        for private in ("_requester", "_http", "_transport", "_pool"):
            pool = getattr(pool, private)
        kept = cast("int", getattr(pool, "_max_keepalive_connections"))  # noqa: B009
        most = cast("int", getattr(pool, "_max_connections"))  # noqa: B009
    assert kept == most >= 32


async def test_a_bad_content_encoding_is_an_unexpected_response_not_a_connection_error(
    kind: Kind,
) -> None:
    reply = http_response(body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with serve_faults(keep_alive(lambda conn, request: reply)) as server:
        client = make_client(kind, server.url)
        with pytest.raises(SeatsioException) as raised:
            await call_on(client, lambda c: c.hold_tokens.retrieve("tok"))
        # The client stays usable afterwards.
        assert isinstance(raised.value, UnexpectedResponseError), repr(raised.value)
        assert "decod" in str(raised.value)
        await close(client)


async def test_a_header_value_with_cr_lf_is_refused_without_echoing_it(kind: Kind) -> None:
    injected = "a\r\nX-Injected: canary-header-value"
    with serve_faults(
        keep_alive(lambda conn, request: http_response(body=HOLD_TOKEN_BODY))
    ) as server:
        with pytest.raises(SeatsioException) as raised:  # noqa: PT012 (refused when built or sent)
            client = make_client(kind, server.url, extra_headers={"X-Trace": injected})
            await call_on(client, lambda c: c.hold_tokens.retrieve("tok"))
        assert server.processed_count() == 0
    assert "canary-header-value" not in str(raised.value)
    # The caller's own argument stays in the constructor's frame; the error never repeats it.
    assert where_secret_leaks(raised.value, ["canary-header-value"], frames=False) == []


async def test_extra_headers_replace_a_default_header_whatever_its_case(kind: Kind) -> None:
    seen: list[RawRequest] = []

    def answer(conn: Connection, request: RawRequest) -> bytes:
        seen.append(request)
        return http_response(body=HOLD_TOKEN_BODY)

    with serve_faults(keep_alive(answer)) as server:
        client = make_client(
            kind, server.url, extra_headers={"user-agent": "mine/1.0", "ACCEPT": "application/json"}
        )
        await call_on(client, lambda c: c.hold_tokens.retrieve("tok"))
        await close(client)
    assert seen[0].header("user-agent") == ["mine/1.0"]
    assert seen[0].header("accept") == ["application/json"]


def test_the_clients_are_the_ones_under_test() -> None:
    # Guards the helpers: make_client builds the SDK's clients on their own pools.
    assert isinstance(make_client("sync", "http://127.0.0.1:1"), Client)
    assert isinstance(make_client("async", "http://127.0.0.1:1"), AsyncClient)
    assert httpx.__version__
