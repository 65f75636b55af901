"""What is retried and how long to wait: a pure policy (no I/O) that drives sync and async.

The rule that matters: a retry must never apply a change twice (a booking sent twice).

| outcome                                        | retried for                     |
|------------------------------------------------|---------------------------------|
| HTTP 429 (the server did nothing)              | every method                    |
| HTTP 5xx                                       | reads (GET) only                |
| connect error / pool timeout (nothing was sent) | every method                   |
| stale pooled connection (closed before answering) | every method, at once (no wait) |
| read/write timeout, dropped connection          | reads (GET) only               |
| any other 4xx, any other error                 | never                           |

Waits follow the official clients (0.4 s, 0.8 s, 1.6 s, 3.2 s, 6.4 s, ... doubling), unless
the response carries `Retry-After` (seconds or an HTTP date), which wins. Every wait is capped
at `MAX_WAIT_SECONDS` so that a bad header cannot park a ticket sale for an hour.
"""

from __future__ import annotations

import datetime
import email.utils
import enum
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from tenacity import RetryCallState

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "MAX_WAIT_SECONDS",
    "RetryPolicy",
    "RetryStrategies",
    "TransportFailure",
    "parse_retry_after",
]

DEFAULT_MAX_RETRIES = 5
FIRST_WAIT_SECONDS = 0.4
MAX_WAIT_SECONDS = 60.0
# Replaying these cannot change state on the server.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class TransportFailure(enum.Enum):
    """How far a failed attempt got, which decides whether replaying it is safe."""

    NOT_SENT = "not sent"
    """The server never saw the request (connect error, no pooled connection in time)."""
    MAYBE_SENT = "maybe sent"
    """The request may have reached the server (read/write timeout, connection dropped)."""
    STALE = "stale connection"
    """A reused keep-alive connection was closed by the server before any answer: the server
    had dropped it as idle, so the request went nowhere. Retried at once on a fresh one."""


class _ResponseLike(Protocol):
    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


@dataclass(frozen=True)
class RetryPolicy:
    """The retry budget and schedule; `max_retries=0` means one attempt and no retry."""

    max_retries: int = DEFAULT_MAX_RETRIES
    first_wait: float = FIRST_WAIT_SECONDS
    max_wait: float = MAX_WAIT_SECONDS

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {self.max_retries}")

    def retries_status(self, method: str, status_code: int) -> bool:
        """Whether a response with this status is worth another attempt."""
        if status_code == 429:
            return True
        return status_code >= 500 and method.upper() in READ_METHODS

    def retries_failure(self, method: str, failure: TransportFailure | None) -> bool:
        """Whether a transport failure of this kind is worth another attempt."""
        if failure is TransportFailure.NOT_SENT or failure is TransportFailure.STALE:
            return True
        return failure is TransportFailure.MAYBE_SENT and method.upper() in READ_METHODS

    def backoff(self, retry_index: int) -> float:
        """The scheduled wait before retry number `retry_index` (0 for the first retry)."""
        return min(self.first_wait * 2.0**retry_index, self.max_wait)

    def wait(self, retry_index: int, retry_after: str | None, now: float) -> float:
        """The wait before the next retry: `Retry-After` when usable, else the schedule."""
        if retry_after is not None:
            seconds = parse_retry_after(retry_after, now)
            if seconds is not None:
                return min(seconds, self.max_wait)
        return self.backoff(retry_index)

    def strategies(
        self,
        method: str,
        classify: Callable[[BaseException], TransportFailure | None],
        clock: Callable[[], float],
    ) -> RetryStrategies:
        """The stop/retry/wait callables tenacity needs for one request."""
        return RetryStrategies(policy=self, method=method, classify=classify, clock=clock)


@dataclass(frozen=True)
class RetryStrategies:
    """This policy in tenacity's terms, for one request; use with Retrying or AsyncRetrying."""

    policy: RetryPolicy
    method: str
    classify: Callable[[BaseException], TransportFailure | None]
    clock: Callable[[], float]

    def stop(self, state: RetryCallState) -> bool:
        """Stop once the first attempt and `max_retries` retries have been made."""
        return state.attempt_number > self.policy.max_retries

    def retry(self, state: RetryCallState) -> bool:
        """Whether the outcome of the last attempt may be retried."""
        # tenacity asks only once an attempt has an outcome.
        assert state.outcome is not None
        error = state.outcome.exception()
        if error is not None:
            return self.policy.retries_failure(self.method, self.classify(error))
        return self.policy.retries_status(self.method, _response(state).status_code)

    def wait(self, state: RetryCallState) -> float:
        """Seconds to sleep before the next attempt (none after a stale pooled connection)."""
        outcome = state.outcome
        retry_after = None
        if outcome is not None:
            error = outcome.exception()
            if error is not None and self.classify(error) is TransportFailure.STALE:
                return 0.0
            if error is None:
                retry_after = _response(state).headers.get("retry-after")
        return self.policy.wait(state.attempt_number - 1, retry_after, self.clock())


def _response(state: RetryCallState) -> _ResponseLike:
    assert state.outcome is not None
    response: _ResponseLike = state.outcome.result()
    return response


def parse_retry_after(value: str, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta seconds or HTTP date); None if unusable.

    `now` is the current time in seconds since the epoch; a date in the past means "now" (0 s).
    """
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            # HTTP dates are always GMT; `-0000` (zone unknown) is read as GMT too.
            when = when.replace(tzinfo=datetime.timezone.utc)
        seconds = when.timestamp() - now
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)
