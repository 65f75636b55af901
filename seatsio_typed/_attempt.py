"""One attempt on the wire: a deadline for the whole attempt, and what the attempt did.

With `_http`, the only module that imports httpx; this one deals with httpx's transport:
streaming, the `timeout` and `trace` request extensions, connection pools.

- The deadline. httpx's timeouts limit each socket operation, so a server that sends a body
  byte every 0.1 s never trips a 0.5 s read timeout. Here the client's `timeout` is also a
  deadline for the whole attempt (pool, connect, send, headers, body). AsyncClient: exact, the
  attempt is cancelled when it runs out. Client: every phase starts with at most what is left,
  and the body is checked after every chunk, so a dripping or stalled body ends at the
  deadline; a body that drips and then stalls ends at most one read limit later.
- What the attempt did, from httpcore's trace events: whether it reused a pooled connection and
  whether any response arrived. A request written on a reused keep-alive connection that the
  server closed or reset without sending one response byte hit a connection the server had
  already dropped as idle (the keep-alive race): `StalePooledConnection`, retried at once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from types import MappingProxyType

import httpx

from seatsio_typed._send import send, send_async

__all__ = [
    "POOL_LIMITS",
    "AttemptDeadlineExceeded",
    "AttemptTimeout",
    "StalePooledConnection",
    "async_send_attempt",
    "attempt_deadline",
    "scrubbed_transport_error",
    "send_attempt",
]

POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""The pool of a client that made its own: as many idle connections kept as may be open.

With httpx's default (100 open, 20 kept idle), threads beyond 20 that share a client make the
pool close connections they return and open new ones, and httpcore then races now and then
(1 call in ~3,000 failed with "Bad file descriptor" or hung with 32 threads). Keeping every
connection idle removes the churn: 32 threads use 32 connections for good.
"""
_PHASES = ("connect", "read", "write", "pool")
_DISCONNECTED = "Server disconnected without sending a response"
# What a trace event does to the attempt (`_Attempt.observe`). Every `.started` event not
# listed tightens the limits; every other event not listed does nothing.
_NOTHING, _TIGHTEN, _OPENED, _SENT, _RESPONDED = "nothing", "tighten", "opened", "sent", "responded"
_EVENT_ACTIONS = {
    "connection.connect_tcp.started": _OPENED,
    "http11.send_request_headers.started": _SENT,
    "http11.send_request_body.started": _TIGHTEN,
    "http11.receive_response_headers.started": _TIGHTEN,
    "http11.receive_response_headers.complete": _RESPONDED,
    # The body's reads were bounded just before they start (`bound_the_body`).
    "http11.receive_response_body.started": _NOTHING,
    # Closing a response waits for nothing: the body was read to the end.
    "http11.response_closed.started": _NOTHING,
    **dict.fromkeys(
        (
            "connection.connect_tcp.complete",
            "http11.send_request_headers.complete",
            "http11.send_request_body.complete",
            "http11.receive_response_body.complete",
            "http11.response_closed.complete",
        ),
        _NOTHING,
    ),
}


class AttemptDeadlineExceeded(httpx.TimeoutException):
    """The attempt was still running when its deadline (the client's timeout) passed."""


class StalePooledConnection(httpx.TransportError):
    """A reused keep-alive connection was closed or reset by the server before any answer.

    The server (or a proxy) had closed the idle connection; the request went into a connection
    nobody read any more, so it is retried at once on a fresh one, whatever its method.
    """


def attempt_deadline(limits: Mapping[str, float | None]) -> float | None:
    """Seconds one attempt may take: the largest per-phase limit (None when all are None)."""
    given = [limit for limit in limits.values() if limit is not None]
    return max(given) if given else None


class AttemptTimeout:
    """A client's timeout as its attempts apply it, worked out once per client, not per attempt."""

    __slots__ = ("deadline", "limits")

    def __init__(self, timeout: httpx.Timeout) -> None:
        self.limits: Mapping[str, float | None] = MappingProxyType(timeout.as_dict())
        """The configured limit of each phase (httpcore's names: connect, read, write, pool)."""
        self.deadline = attempt_deadline(self.limits)
        """Seconds one attempt may take in all (see `attempt_deadline`)."""


class _Attempt:
    """The trace of one attempt, and the per-phase limits it tightens as the deadline nears."""

    __slots__ = (
        "configured",
        "deadline",
        "expires_at",
        "limits",
        "opened_connection",
        "responded",
        "sent",
    )

    def __init__(self, request: httpx.Request, timeout: AttemptTimeout) -> None:
        self.configured = timeout.limits
        self.deadline = timeout.deadline
        self.expires_at = None if self.deadline is None else time.monotonic() + self.deadline
        self.opened_connection = False
        self.sent = False
        self.responded = False
        # A fresh dict each attempt: httpcore reads each phase's limit when the phase starts.
        self.limits = dict(self.configured)
        request.extensions["timeout"] = self.limits

    def observe(self, name: str, info: Mapping[str, object]) -> None:
        """httpcore's trace callback (sync clients)."""
        # httpcore names each event `<layer>.<phase>.<started|complete|failed>`; a phase's
        # `started` always comes first, so it alone tells that the phase began. A phase starts:
        # it gets what is left at most. The events of every request are looked up in a table.
        action = _EVENT_ACTIONS.get(name)
        if action is None:
            action = _TIGHTEN if name.endswith(".started") else _NOTHING
        if action is _NOTHING:
            return
        if action is _RESPONDED:
            self.responded = True
            return
        if action is _OPENED:
            self.opened_connection = True
        elif action is _SENT:
            self.sent = True
        self.tighten()

    async def observe_async(self, name: str, info: Mapping[str, object]) -> None:
        """httpcore's trace callback (async clients must pass a coroutine function)."""
        self.observe(name, info)

    def tighten(self) -> None:
        """Limit every phase to what is left of the deadline."""
        expires_at = self.expires_at
        if expires_at is None:
            return
        left = max(expires_at - time.monotonic(), 0.001)  # 0 means "no limit" to some sockets
        limits = self.limits
        for phase in _PHASES:
            limit = limits.get(phase)
            limits[phase] = left if limit is None or limit > left else limit

    # The errors below carry no request, like those of httpx's transports: the requester
    # chains a copy naming the request that failed (`scrubbed_transport_error`).

    def expired(self) -> AttemptDeadlineExceeded:
        """The error for an attempt that outlived its deadline."""
        return AttemptDeadlineExceeded(
            f"the attempt did not complete within its {self.deadline:g} s deadline"
        )

    def classify(self, error: httpx.TransportError) -> httpx.TransportError:
        """`error`, or a StalePooledConnection when it has the stale keep-alive signature."""
        reused = self.sent and not self.opened_connection
        closed_unanswered = (
            isinstance(error, httpx.RemoteProtocolError) and _DISCONNECTED in str(error)
        ) or isinstance(error, (httpx.ReadError, httpx.WriteError))
        if reused and closed_unanswered and not self.responded:
            return StalePooledConnection(f"the server had closed the pooled connection ({error})")
        return error


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that raises once the attempt's deadline has passed between two chunks."""

    def __init__(self, inner: httpx.SyncByteStream, attempt: _Attempt) -> None:
        self._inner = inner
        self._attempt = attempt

    def __iter__(self) -> Iterator[bytes]:
        expires_at = self._attempt.expires_at
        for chunk in self._inner:
            yield chunk
            if expires_at is not None and expires_at <= time.monotonic():
                raise self._attempt.expired()

    def close(self) -> None:
        self._inner.close()


def send_attempt(
    http: httpx.Client, request: httpx.Request, timeout: AttemptTimeout
) -> httpx.Response:
    """Send `request` once and read the whole body within the attempt's deadline.

    Raises:
        httpx.TransportError: the attempt failed; `AttemptDeadlineExceeded` when it ran out of
            time, `StalePooledConnection` when a reused connection turned out closed.
    """
    attempt = _Attempt(request, timeout)
    request.extensions["trace"] = attempt.observe

    def bound_the_body(response: httpx.Response) -> None:
        attempt.tighten()  # the body's reads start with what is left
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _DeadlineStream(response.stream, attempt)

    try:
        # No auth flow: a user-supplied client's own auth must not replace the secret key.
        return send(http, request, before_read=bound_the_body)
    except httpx.TransportError as error:
        classified = attempt.classify(error)
        if classified is error:
            raise
        raise classified from error
    finally:
        # The configured limits back once the attempt is over: the request shows them.
        attempt.limits.update(attempt.configured)


async def async_send_attempt(
    http: httpx.AsyncClient, request: httpx.Request, timeout: AttemptTimeout
) -> httpx.Response:
    """Send `request` once and read the whole body; cancelled when the deadline passes.

    Raises:
        httpx.TransportError: the attempt failed; `AttemptDeadlineExceeded` when it ran out of
            time, `StalePooledConnection` when a reused connection turned out closed.
    """
    # Imported here: sync users never pay for it. httpx depends on anyio, so it is present.
    import anyio

    attempt = _Attempt(request, timeout)
    request.extensions["trace"] = attempt.observe_async
    try:
        with anyio.move_on_after(attempt.deadline):  # None: no deadline
            try:
                # No auth flow: a user-supplied client's own auth must not replace the secret key.
                return await send_async(http, request)
            except httpx.TransportError as error:
                classified = attempt.classify(error)
                if classified is error:
                    raise
                raise classified from error
    finally:
        # The configured limits back once the attempt is over: the request shows them.
        attempt.limits.update(attempt.configured)
    raise attempt.expired()


def scrubbed_transport_error(
    error: httpx.RequestError, request: httpx.Request
) -> httpx.RequestError:
    """A copy of a transport error to chain as a cause: same type and message, nothing else.

    The original may reference the request it failed on, with its Authorization header (the
    secret key), and its traceback holds httpcore's frames and their locals; a reporter that
    serialises causes would ship both. The copy carries the method and URL of `request` (the
    one that failed) only: always, although httpx's transports raise without a request (only
    `httpx.Client.send` attaches it, and the SDK sends past it).
    """
    clean = type(error).__new__(type(error), *error.args)  # __init__ would want a request
    clean.request = httpx.Request(request.method, request.url)
    return clean
