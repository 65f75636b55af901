"""Fault injection for SDK tests: 429s, 5xx and latency, configured per emulator.

Faults apply to API requests only (never to `/_emulator/...` admin calls) and are decided BEFORE
the handler runs, so a 429 or a plain 5xx never changes state. The one exception is
`server_error(..., after_processing=True)`: the handler runs and its effect stays, but the client
receives a 5xx, which proves that an SDK does not replay non-idempotent writes.

Rules can be limited to one method and/or a path prefix (raw path, e.g. `/events/e1/actions/`).
Latency goes through the injected `sleep`, so tests never wait for real::

    slept: list[float] = []
    emulator = Emulator(sleep=slept.append)
    emulator.faults.rate_limit(every=3, retry_after=2)
    emulator.faults.server_error(status=503, count=1)
    emulator.faults.latency(0.25)
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from seatsio_typed.testing._state.clock import Clock
from seatsio_typed.testing._wire.messages import ApiError, ErrorDetail, Request

RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"
MAX_FAULT_SECONDS = 3600.0
"""The longest latency, rate-limit period or `Retry-After` a fault may set: one hour. Beyond
it (and for negative, infinite or NaN values) configuring the fault raises ValueError, so no
setting can make a request wait forever or break the server with an overflow."""


@dataclass
class _Scope:
    method: str | None
    path_prefix: str | None

    def covers(self, request: Request) -> bool:
        if self.method is not None and request.method != self.method.upper():
            return False
        return self.path_prefix is None or request.raw_path.startswith(self.path_prefix)


@dataclass
class _RateLimit:
    scope: _Scope
    every: int | None
    remaining: int | None
    until: datetime | None
    probability: float | None
    retry_after: int | None
    seen: int = 0

    def fires(self, now: datetime, rng: random.Random) -> bool:
        self.seen += 1
        if self.every is not None:
            return self.seen % self.every == 0
        if self.remaining is not None:
            if self.remaining <= 0:
                return False
            self.remaining -= 1
            return True
        if self.until is not None:
            return now < self.until
        if self.probability is not None:
            return rng.random() < self.probability
        return True

    @property
    def exhausted(self) -> bool:
        return self.remaining is not None and self.remaining <= 0


@dataclass
class _ServerError:
    scope: _Scope
    status: int
    remaining: int | None
    after_processing: bool


@dataclass(frozen=True)
class FaultDecision:
    """What the faults say about one request."""

    latency: float = 0.0
    reject: ApiError | None = None
    """Answer with this error instead of running the handler."""
    fail_after: ApiError | None = None
    """Run the handler, then answer with this error instead of its response."""


@dataclass
class _Latency:
    scope: _Scope
    seconds: float


@dataclass
class Faults:
    """The faults an emulator injects; all methods are safe to call from any thread."""

    clock: Clock
    """The emulator's clock, against which fault windows are measured."""
    rng: random.Random
    """The random generator of probabilistic faults (seeded when deterministic)."""
    _rate_limits: list[_RateLimit] = field(default_factory=list[_RateLimit])
    _server_errors: list[_ServerError] = field(default_factory=list[_ServerError])
    _latencies: list[_Latency] = field(default_factory=list[_Latency])
    _lock: threading.Lock = field(default_factory=threading.Lock)
    requests_seen: int = 0
    """API requests the faults have looked at since the last `clear()`."""

    def rate_limit(
        self,
        *,
        every: int | None = None,
        count: int | None = None,
        seconds: float | None = None,
        probability: float | None = None,
        retry_after: int | None = None,
        method: str | None = None,
        path_prefix: str | None = None,
    ) -> None:
        """Answer 429 `RATE_LIMIT_EXCEEDED`, before any state change.

        Give at most one of: `every` (each Nth matching request), `count` (the next N matching
        requests), `seconds` (every matching request for that long on the emulator clock),
        `probability` (each matching request with that chance, from the seeded RNG). None of
        them: every matching request until `clear()`. `retry_after` adds a `Retry-After` header.

        Raises:
            ValueError: for conflicting or out-of-range settings: `seconds` and `retry_after`
                must lie between 0 and `MAX_FAULT_SECONDS` (one hour), finite.
        """
        chosen = [value for value in (every, count, seconds, probability) if value is not None]
        if len(chosen) > 1:
            raise ValueError("give at most one of every, count, seconds, probability")
        if every is not None and every < 1:
            raise ValueError("every must be at least 1")
        if probability is not None and not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if count is not None and count < 0:
            raise ValueError("count cannot be negative")
        if seconds is not None:
            _check_seconds("seconds", seconds)
        if retry_after is not None:
            _check_seconds("retry_after", retry_after)
        until = None if seconds is None else self.clock.now() + timedelta(seconds=seconds)
        rule = _RateLimit(
            _Scope(method, path_prefix), every, count, until, probability, retry_after
        )
        with self._lock:
            self._rate_limits.append(rule)

    def server_error(
        self,
        *,
        status: int = 500,
        count: int | None = 1,
        after_processing: bool = False,
        method: str | None = None,
        path_prefix: str | None = None,
    ) -> None:
        """Answer the next `count` matching requests (None: all of them) with a 5xx error body.

        With `after_processing=True` the request is handled first (its effects stay).
        """
        if not 500 <= status <= 599:
            raise ValueError("status must be a 5xx code")
        if count is not None and count < 0:
            raise ValueError("count cannot be negative")
        rule = _ServerError(_Scope(method, path_prefix), status, count, after_processing)
        with self._lock:
            self._server_errors.append(rule)

    def latency(
        self, seconds: float, *, method: str | None = None, path_prefix: str | None = None
    ) -> None:
        """Delay every matching request by `seconds` (through the emulator's injected sleep).

        Raises:
            ValueError: unless `seconds` is finite and between 0 and `MAX_FAULT_SECONDS`.
        """
        _check_seconds("latency", seconds)
        with self._lock:
            self._latencies.append(_Latency(_Scope(method, path_prefix), seconds))

    def clear(self) -> None:
        """Remove every fault and reset the request counter."""
        with self._lock:
            self._rate_limits.clear()
            self._server_errors.clear()
            self._latencies.clear()
            self.requests_seen = 0

    @property
    def active(self) -> bool:
        """Whether any fault is configured."""
        with self._lock:
            return bool(self._rate_limits or self._server_errors or self._latencies)

    def decide(self, request: Request) -> FaultDecision:
        """Decide the faults for one API request (called once per request, in arrival order)."""
        with self._lock:
            self.requests_seen += 1
            latency = sum(rule.seconds for rule in self._latencies if rule.scope.covers(request))
            latency = min(latency, MAX_FAULT_SECONDS)  # several rules still wait an hour at most
            now = self.clock.now()
            for rule in self._rate_limits:
                if rule.scope.covers(request) and rule.fires(now, self.rng):
                    return FaultDecision(latency, reject=_rate_limited(rule.retry_after))
            self._rate_limits = [rule for rule in self._rate_limits if not rule.exhausted]
            for failure in self._server_errors:
                if failure.scope.covers(request) and failure.remaining != 0:
                    if failure.remaining is not None:
                        failure.remaining -= 1
                    error = _server_error(failure.status)
                    if failure.after_processing:
                        return FaultDecision(latency, fail_after=error)
                    return FaultDecision(latency, reject=error)
            return FaultDecision(latency)


def _check_seconds(name: str, seconds: float) -> None:
    """ValueError unless `seconds` is a number from 0 to `MAX_FAULT_SECONDS`."""
    if not math.isfinite(seconds) or not 0 <= seconds <= MAX_FAULT_SECONDS:
        raise ValueError(f"{name} must be between 0 and {MAX_FAULT_SECONDS:g} seconds")


def _rate_limited(retry_after: int | None) -> ApiError:
    headers = [] if retry_after is None else [("retry-after", str(retry_after))]
    return ApiError(
        429,
        [ErrorDetail(RATE_LIMIT_EXCEEDED, "Rate limit exceeded (injected by the emulator)")],
        headers=headers,
    )


def _server_error(status: int) -> ApiError:
    return ApiError(
        status, [ErrorDetail("INTERNAL_SERVER_ERROR", f"Injected server error ({status})")]
    )


SleepFunction = Callable[[float], None]
"""How the emulator waits for injected latency (`time.sleep` unless a test injects another)."""
