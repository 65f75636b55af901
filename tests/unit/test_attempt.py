"""One attempt: the timeout as a deadline for the whole attempt, and stale pooled connections.

A scripted transport plays httpcore's part: it calls the request's trace callback with
httpcore's event names, notes the per-phase limits in `extensions["timeout"]` when a phase
starts (when httpcore reads them), then fails or answers as scripted. A stopped clock stands in
for `time.monotonic` in `seatsio_typed._attempt`, so every deadline below is exact.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import anyio
import httpx
import pytest

from seatsio_typed import (
    AsyncClient,
    Client,
    HoldToken,
    Region,
    SeatsioConnectionError,
    SeatsioTimeoutError,
)
from seatsio_typed import _attempt as attempt_module
from tests.unit.support import BASE_URL, HOLD_TOKEN, SECRET, Kind, Sleeps, json_reply, resolve

START = 1000.0
"""What the stopped clock says when the attempt starts."""

Limits = dict[str, float | None]


class StoppedClock:
    """`time` for `seatsio_typed._attempt`: `monotonic()` says what the script last set."""

    def __init__(self) -> None:
        self.now = START

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> StoppedClock:
    stopped = StoppedClock()
    monkeypatch.setattr(attempt_module, "time", stopped)
    return stopped


class TimedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body whose chunks arrive at given seconds after the start; notes the read limits."""

    def __init__(self, request: httpx.Request, clock: StoppedClock, chunks: list[float]) -> None:
        self._request = request
        self._clock = clock
        self._chunks = chunks
        self.read_limits: Limits | None = None

    def _chunk(self, index: int, at: float) -> bytes:
        if index == 0:  # the body's reads start now
            self.read_limits = dict(self._request.extensions["timeout"])
        self._clock.now = START + at
        content = json_reply(200, HOLD_TOKEN).content
        share = -(-len(content) // len(self._chunks))
        return content[index * share : (index + 1) * share]

    def __iter__(self) -> Iterator[bytes]:
        for index, at in enumerate(self._chunks):
            yield self._chunk(index, at)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for index, at in enumerate(self._chunks):
            yield self._chunk(index, at)


class Script(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpcore as the test scripts it: trace events at given seconds, then an outcome.

    `events` are `(seconds after the start, event name)`; after each `.started` event the
    limits in `extensions["timeout"]` are noted under the event's phase. The outcome of each
    request is the next of `outcomes` (the last repeats): an exception to raise, or the
    seconds after the start at which a 200 hold token answer arrives, then its body chunks.
    """

    def __init__(
        self,
        clock: StoppedClock,
        events: list[tuple[float, str]],
        *outcomes: Exception | tuple[float, list[float]],
    ) -> None:
        self.clock = clock
        self.events = events
        self.outcomes = list(outcomes) or [(0.0, [0.0])]
        self.requests: list[httpx.Request] = []
        self.limits: dict[str, Limits] = {}
        self.body: TimedBody | None = None

    def _note(self, request: httpx.Request, name: str) -> None:
        if name.endswith(".started"):
            self.limits[name.rsplit(".", 1)[0]] = dict(request.extensions["timeout"])

    def _outcome(self, request: httpx.Request) -> httpx.Response:
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        answered_at, chunks = outcome
        self.clock.now = START + answered_at
        self.body = TimedBody(request, self.clock, chunks)
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=self.body)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        trace = request.extensions["trace"]
        for at, name in self.events:
            self.clock.now = START + at
            trace(name, {})
            self._note(request, name)
        return self._outcome(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        trace = request.extensions["trace"]
        for at, name in self.events:
            self.clock.now = START + at
            await trace(name, {})
            self._note(request, name)
        return self._outcome(request)


def client_over(
    kind: Kind,
    transport: Script | httpx.AsyncBaseTransport,
    *,
    timeout: float | httpx.Timeout = 5.0,
    max_retries: int = 0,
    sleeps: Sleeps | None = None,
) -> Client | AsyncClient:
    """A client of `kind` whose own httpx client sends through `transport`."""
    sleeps = sleeps or Sleeps()
    region = Region(BASE_URL)
    if kind == "sync":
        assert isinstance(transport, httpx.BaseTransport)
        return Client(
            region,
            SECRET,
            max_retries=max_retries,
            timeout=timeout,
            http_client=httpx.Client(transport=transport),
            sleep=sleeps.sync,
        )
    return AsyncClient(
        region,
        SECRET,
        max_retries=max_retries,
        timeout=timeout,
        http_client=httpx.AsyncClient(transport=transport),
        sleep=sleeps.async_,
    )


def blocking_client(script: Script, timeout: float | httpx.Timeout) -> Client:
    """A `Client` without retries whose own httpx client sends through `script`."""
    http = httpx.Client(transport=script)
    return Client(Region(BASE_URL), SECRET, max_retries=0, timeout=timeout, http_client=http)


def limits(
    connect: float | None, read: float | None, write: float | None, pool: float | None
) -> Limits:
    """The per-phase limits as httpcore reads them from `extensions["timeout"]`."""
    return {"connect": connect, "read": read, "write": write, "pool": pool}


# The events httpcore sends for one request on a new connection and on a reused one.
CONNECT = "connection.connect_tcp.started"
SEND_HEADERS = "http11.send_request_headers.started"
RECEIVE_HEADERS = "http11.receive_response_headers.started"
HEADERS_RECEIVED = "http11.receive_response_headers.complete"
BODY = "http11.receive_response_body.started"
CLOSE = "http11.response_closed.started"


# The deadline: each phase starts with at most what is left of the attempt.


async def test_each_phase_starts_with_at_most_what_is_left_of_the_attempt(
    kind: Kind, clock: StoppedClock
) -> None:
    script = Script(
        clock,
        [
            (1.0, CONNECT),
            (1.5, "connection.connect_tcp.complete"),
            (3.5, SEND_HEADERS),
            (3.75, "http11.send_request_headers.complete"),
            (4.75, RECEIVE_HEADERS),
        ],
    )
    client = client_over(kind, script, timeout=httpx.Timeout(5.0, connect=2.0, pool=None))
    token = await resolve(client.hold_tokens.retrieve("tok"))
    assert isinstance(token, HoldToken)
    # A limit below what is left is kept; a larger one or none at all becomes what is left.
    assert script.limits == {
        "connection.connect_tcp": limits(2.0, 4.0, 4.0, 4.0),
        "http11.send_request_headers": limits(1.5, 1.5, 1.5, 1.5),
        "http11.receive_response_headers": limits(0.25, 0.25, 0.25, 0.25),
    }
    # Once the attempt is over, the request shows the limits as configured.
    assert script.requests[0].extensions["timeout"] == limits(2.0, 5.0, 5.0, None)


async def test_completed_phases_and_the_body_close_do_not_change_the_limits(
    kind: Kind, clock: StoppedClock
) -> None:
    events = [
        (1.0, SEND_HEADERS),
        (2.0, "http11.send_request_headers.complete"),
        (3.0, HEADERS_RECEIVED),
        (4.0, BODY),
        (4.5, CLOSE),
    ]
    script = Script(clock, events)
    client = client_over(kind, script, timeout=5.0)
    await resolve(client.hold_tokens.retrieve("tok"))
    # Only the start of a phase that waits for the network tightens the limits.
    assert script.limits["http11.send_request_headers"] == limits(4.0, 4.0, 4.0, 4.0)
    assert script.limits["http11.receive_response_body"] == limits(4.0, 4.0, 4.0, 4.0)
    assert script.limits["http11.response_closed"] == limits(4.0, 4.0, 4.0, 4.0)


async def test_a_phase_that_starts_after_the_deadline_gets_one_millisecond(
    kind: Kind, clock: StoppedClock
) -> None:
    # Not 0: a limit of 0 means "no limit" to some socket calls.
    script = Script(clock, [(7.0, CONNECT)])
    client = client_over(kind, script, timeout=5.0)
    await resolve(client.hold_tokens.retrieve("tok"))
    assert script.limits["connection.connect_tcp"] == limits(0.001, 0.001, 0.001, 0.001)


async def test_without_any_limit_the_attempt_has_no_deadline(
    kind: Kind, clock: StoppedClock
) -> None:
    events = [(1.0, CONNECT), (2.0, SEND_HEADERS), (3.0, RECEIVE_HEADERS)]
    script = Script(clock, events, (3.5, [4.0, 500.0]))
    client = client_over(kind, script, timeout=httpx.Timeout(None))
    token = await resolve(client.hold_tokens.retrieve("tok"))
    assert isinstance(token, HoldToken)
    assert script.limits["http11.receive_response_headers"] == limits(None, None, None, None)
    assert script.requests[0].extensions["timeout"] == limits(None, None, None, None)


def test_the_blocking_clients_body_reads_start_with_what_is_left(clock: StoppedClock) -> None:
    script = Script(clock, [(1.0, SEND_HEADERS)], (3.0, [3.5, 4.0]))
    blocking_client(script, httpx.Timeout(5.0, read=1.5)).hold_tokens.retrieve("tok")
    assert script.body is not None
    assert script.body.read_limits == limits(2.0, 1.5, 2.0, 2.0)


def test_a_body_that_ends_before_the_deadline_is_read(clock: StoppedClock) -> None:
    script = Script(clock, [], (1.0, [4.0, 4.5]))
    assert isinstance(blocking_client(script, 5.0).hold_tokens.retrieve("tok"), HoldToken)


def test_a_body_whose_end_arrives_at_the_deadline_fails_the_attempt(clock: StoppedClock) -> None:
    # Each chunk comes well within any one read limit; the last one at 5 s, when time is up.
    script = Script(clock, [], (1.0, [4.5, 5.0]))
    with pytest.raises(SeatsioTimeoutError) as raised:
        blocking_client(script, 5.0).hold_tokens.retrieve("tok")
    assert raised.value.message == (
        f"AttemptDeadlineExceeded while executing GET {BASE_URL}/hold-tokens/tok: "
        "the attempt did not complete within its 5 s deadline"
    )
    assert_cause_names_the_request(raised.value, "GET", f"{BASE_URL}/hold-tokens/tok")


class Stalled(httpx.AsyncBaseTransport):
    """A server that never answers (a broken deadline fails the test after 2 s, not hangs it)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with anyio.move_on_after(2.0):
            await anyio.Event().wait()
        raise AssertionError("the deadline did not cancel the attempt")


async def test_the_async_client_cancels_an_attempt_at_its_deadline() -> None:
    # The deadline under test is real time here: 1 ms.
    client = client_over("async", Stalled(), timeout=0.001)
    with pytest.raises(SeatsioTimeoutError) as raised:
        await resolve(client.hold_tokens.create())
    assert raised.value.message == (
        f"AttemptDeadlineExceeded while executing POST {BASE_URL}/hold-tokens: "
        "the attempt did not complete within its 0.001 s deadline"
    )
    assert_cause_names_the_request(raised.value, "POST", f"{BASE_URL}/hold-tokens")


def assert_cause_names_the_request(error: BaseException, method: str, url: str) -> None:
    """The chained cause carries the method and URL of the request, and no header."""
    cause = error.__cause__
    assert isinstance(cause, httpx.RequestError)
    assert (cause.request.method, str(cause.request.url)) == (method, url)
    assert "authorization" not in cause.request.headers


# Stale pooled connections: a reused connection closed before any answer.

DISCONNECTED = "Server disconnected without sending a response."


def disconnected() -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(DISCONNECTED)


@pytest.mark.parametrize(
    "error",
    [disconnected(), httpx.ReadError("[Errno 104] reset"), httpx.WriteError("broken pipe")],
    ids=["disconnected", "reset", "broken-pipe"],
)
async def test_a_write_on_a_reused_connection_closed_unanswered_is_retried_at_once(
    kind: Kind, clock: StoppedClock, error: Exception
) -> None:
    sleeps = Sleeps()
    script = Script(clock, [(0.0, SEND_HEADERS)], error, (0.0, [0.0]))
    client = client_over(kind, script, max_retries=1, sleeps=sleeps)
    token = await resolve(client.hold_tokens.create())
    assert isinstance(token, HoldToken)
    assert [r.method for r in script.requests] == ["POST", "POST"]
    assert sleeps.waits == [0.0]


async def test_a_stale_connection_out_of_retries_says_so_and_names_the_request(
    kind: Kind, clock: StoppedClock
) -> None:
    script = Script(clock, [(0.0, SEND_HEADERS)], disconnected())
    client = client_over(kind, script, max_retries=0)
    with pytest.raises(SeatsioConnectionError) as raised:
        await resolve(client.hold_tokens.create())
    assert raised.value.message == (
        f"StalePooledConnection while executing POST {BASE_URL}/hold-tokens: "
        f"the server had closed the pooled connection ({DISCONNECTED})"
    )
    assert_cause_names_the_request(raised.value, "POST", f"{BASE_URL}/hold-tokens")


@pytest.mark.parametrize(
    ("events", "error"),
    [
        # A new connection: the server saw the request and may have acted on it.
        ([(0.0, CONNECT), (0.1, SEND_HEADERS)], disconnected()),
        # The server answered (headers in), then the connection broke.
        ([(0.0, SEND_HEADERS), (0.1, RECEIVE_HEADERS), (0.2, HEADERS_RECEIVED)], disconnected()),
        ([(0.0, SEND_HEADERS), (0.1, HEADERS_RECEIVED)], httpx.ReadError("reset")),
        # The server answered garbage: it was alive and read the request.
        ([(0.0, SEND_HEADERS)], httpx.RemoteProtocolError("illegal status line: b'garbage'")),
    ],
    ids=["new-connection", "answered-then-closed", "answered-then-reset", "garbage-answer"],
)
async def test_a_write_that_may_have_reached_the_server_is_not_sent_again(
    kind: Kind, clock: StoppedClock, events: list[tuple[float, str]], error: Exception
) -> None:
    script = Script(clock, events, error, (0.0, [0.0]))
    client = client_over(kind, script, max_retries=3)
    with pytest.raises(SeatsioConnectionError) as raised:
        await resolve(client.hold_tokens.create())
    assert len(script.requests) == 1
    assert raised.value.message == (
        f"{type(error).__name__} while executing POST {BASE_URL}/hold-tokens: {error}"
    )
    assert_cause_names_the_request(raised.value, "POST", f"{BASE_URL}/hold-tokens")


@pytest.mark.parametrize(
    "name",
    ["connection.start_tls.started", "http11.send_request_body.started", "proxy.tunnel.started"],
)
async def test_any_other_phase_that_starts_tightens_the_limits(
    kind: Kind, clock: StoppedClock, name: str
) -> None:
    script = Script(clock, [(2.0, name)])
    client = client_over(kind, script, timeout=5.0)
    await resolve(client.hold_tokens.retrieve("tok"))
    assert script.limits[name.rsplit(".", 1)[0]] == limits(3.0, 3.0, 3.0, 3.0)


@pytest.mark.parametrize(
    "name", ["connection.start_tls.complete", "http11.send_request_body.failed", "other"]
)
async def test_any_other_event_leaves_the_limits(
    kind: Kind, clock: StoppedClock, name: str
) -> None:
    # The body's start tightens nothing itself: it shows the limits as the event left them.
    script = Script(clock, [(1.0, SEND_HEADERS), (2.0, name), (3.0, BODY)])
    client = client_over(kind, script, timeout=5.0)
    await resolve(client.hold_tokens.retrieve("tok"))
    assert script.limits["http11.receive_response_body"] == limits(4.0, 4.0, 4.0, 4.0)
    assert script.requests[0].extensions["timeout"] == limits(5.0, 5.0, 5.0, 5.0)


def test_an_attempt_timeout_is_the_clients_limits_and_its_deadline() -> None:
    timeout = attempt_module.AttemptTimeout(httpx.Timeout(2.0, read=7.5, pool=None))
    assert dict(timeout.limits) == limits(2.0, 7.5, 2.0, None)
    assert timeout.deadline == 7.5
    with pytest.raises(TypeError):
        timeout.limits["read"] = 1.0  # type: ignore[index]  # read-only: attempts share it
    assert attempt_module.AttemptTimeout(httpx.Timeout(None)).deadline is None
