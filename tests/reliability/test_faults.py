"""Faults of the network and the server: each gives its typed exception with a readable message
and a cause, the client stays usable, and a write whose outcome is unknown is never replayed.

Everything runs on the loopback fault server (`faultserver.py`) through the SDK's own pool.
"""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Callable

import pytest

from seatsio_typed import (
    SeatsioConnectionError,
    SeatsioException,
    SeatsioTimeoutError,
    ServerException,
    UnexpectedResponseError,
)
from tests.reliability.faultserver import (
    Connection,
    RawRequest,
    http_response,
    keep_alive,
    serve_faults,
)
from tests.reliability.sizes import record
from tests.reliability.support import HOLD_TOKEN_BODY, call_on, close, make_client
from tests.unit.support import Kind

Fault = Callable[[Connection, RawRequest], bytes | None]
GOOD = http_response(body=HOLD_TOKEN_BODY)


def _reset_mid_response(conn: Connection, request: RawRequest) -> bytes | None:
    conn.processed(request)
    conn.send(http_response(body=HOLD_TOKEN_BODY)[:-20])
    conn.reset()
    return None


def _stall(conn: Connection, request: RawRequest) -> bytes | None:
    conn.processed(request)
    conn.send(http_response(body=b"", content_length=len(HOLD_TOKEN_BODY)))
    conn.wait_for_data()  # nothing more: wait until the client gives up and closes
    return None


def _answer(reply: bytes) -> Fault:
    def fault(conn: Connection, request: RawRequest) -> bytes | None:
        conn.processed(request)
        return reply

    return fault


HTML_502 = http_response(
    502,
    b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    headers={"Content-Type": "text/html"},
)
TRUNCATED = http_response(body=HOLD_TOKEN_BODY[:25])
HTML_200 = http_response(body=b"<html>maintenance</html>", headers={"Content-Type": "text/html"})
MISSING_FIELD = http_response(body=b'{"holdToken": "t", "expiresInSeconds": 5}')

FAULTS: dict[str, tuple[Fault, type[SeatsioException], str]] = {
    "reset mid-response": (_reset_mid_response, SeatsioConnectionError, "ReadError"),
    "stalled body": (_stall, SeatsioTimeoutError, "ReadTimeout|0.2 s deadline"),
    "502 with an HTML body": (_answer(HTML_502), ServerException, "502"),
    "truncated JSON": (_answer(TRUNCATED), UnexpectedResponseError, "HoldToken"),
    "wrong content type": (_answer(HTML_200), UnexpectedResponseError, "HoldToken"),
    "missing required field": (_answer(MISSING_FIELD), UnexpectedResponseError, "expiresAt"),
}


def _first_request_faulty(fault: Fault) -> Callable[[Connection], None]:
    """The first request the server sees gets the fault; every later one a good answer."""
    lock = threading.Lock()
    seen = [0]

    def answer(conn: Connection, request: RawRequest) -> bytes | None:
        with lock:
            seen[0] += 1
            first = seen[0] == 1
        if first:
            return fault(conn, request)
        conn.processed(request)
        return GOOD

    return keep_alive(answer)


@pytest.mark.parametrize("name", list(FAULTS))
async def test_a_fault_on_a_write_gives_a_typed_error_and_is_never_replayed(
    kind: Kind, name: str
) -> None:
    fault, expected, detail = FAULTS[name]
    with serve_faults(_first_request_faulty(fault)) as server:
        client = make_client(kind, server.url, timeout=0.2)
        with pytest.raises(expected) as raised:
            await call_on(client, lambda c: c.hold_tokens.create())
        assert server.processed_count("POST") == 1  # reached once, never replayed
        # The client stays usable: the next call succeeds on the same client.
        token = await call_on(client, lambda c: c.hold_tokens.create())
        assert token.hold_token
        await close(client)
    error = raised.value
    assert re.search(detail, str(error)), str(error)
    assert "POST" in str(error) or error.status_code is not None
    if isinstance(error, (SeatsioConnectionError, UnexpectedResponseError)):
        assert error.__cause__ is not None, "the underlying error is chained"
    record(f"fault on a write: {name} ({kind})", faults_injected=1, sent=1, typed=True)


@pytest.mark.parametrize("name", ["reset mid-response", "stalled body", "502 with an HTML body"])
async def test_a_read_is_retried_through_a_transient_fault(kind: Kind, name: str) -> None:
    fault, _, _ = FAULTS[name]
    with serve_faults(_first_request_faulty(fault)) as server:
        client = make_client(kind, server.url, timeout=0.2)
        token = await call_on(client, lambda c: c.hold_tokens.retrieve("t"))
        await close(client)
    assert token.hold_token
    assert server.processed_count("GET") == 2


async def test_connection_refused_is_a_connection_error_naming_the_call(kind: Kind) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []
    client = make_client(kind, f"http://127.0.0.1:{port}", max_retries=2, sleeps=sleeps)
    with pytest.raises(SeatsioConnectionError) as raised:
        await call_on(client, lambda c: c.hold_tokens.create())
    await close(client)
    assert type(raised.value) is SeatsioConnectionError
    assert f"POST http://127.0.0.1:{port}/hold-tokens" in str(raised.value)
    assert "ConnectError" in str(raised.value)
    assert raised.value.__cause__ is not None
    # Nothing was sent: even a write is retried, on the schedule.
    assert sleeps == [0.4, 0.8]
