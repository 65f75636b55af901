"""Retries: what is retried, how often, how long the client waits, and what it never replays."""

from __future__ import annotations

import email.utils
from collections.abc import Awaitable

import httpx
import pytest

from seatsio_typed import (
    BadRequestException,
    HoldToken,
    RateLimitExceededException,
    SeatsioConnectionError,
    SeatsioTimeoutError,
    ServerException,
)
from seatsio_typed._retry import MAX_WAIT_SECONDS, RetryPolicy, parse_retry_after
from tests.unit.support import (
    HOLD_TOKEN,
    NOW,
    FakeServer,
    Harness,
    Kind,
    error_body,
    json_reply,
    resolve,
)

OK = json_reply(200, HOLD_TOKEN)
TOO_MANY = json_reply(429, error_body("Rate limit exceeded", code="RATE_LIMIT_EXCEEDED"))
SERVER_ERROR = json_reply(500, error_body("Internal error", code="INTERNAL"))
OFFICIAL_WAITS = [0.4, 0.8, 1.6, 3.2, 6.4]


def retrieve(h: Harness) -> Awaitable[HoldToken]:
    """A read: GET /hold-tokens/tok."""
    return h.call(lambda c: c.hold_tokens.retrieve("tok"))


def create(h: Harness) -> Awaitable[HoldToken]:
    """A write: POST /hold-tokens."""
    return h.call(lambda c: c.hold_tokens.create())


async def test_a_429_is_retried_and_the_retry_succeeds(kind: Kind) -> None:
    h = Harness(kind, FakeServer(TOO_MANY, TOO_MANY, OK))
    token = await h.call(lambda c: c.hold_tokens.create())
    assert token.hold_token == "tok"
    assert len(h.server.requests) == 3
    assert h.sleeps.waits == [0.4, 0.8]


async def test_429_forever_raises_after_max_retries_plus_one_attempts(kind: Kind) -> None:
    h = Harness(kind, FakeServer(TOO_MANY))
    with pytest.raises(RateLimitExceededException) as raised:
        await create(h)
    assert len(h.server.requests) == 6
    assert h.sleeps.waits == OFFICIAL_WAITS
    assert raised.value.status_code == 429
    assert raised.value.message == "Rate limit exceeded."


@pytest.mark.parametrize("max_retries", [0, 1, 3])
async def test_max_retries_is_the_number_of_retries(kind: Kind, max_retries: int) -> None:
    h = Harness(kind, FakeServer(TOO_MANY), max_retries=max_retries)
    with pytest.raises(RateLimitExceededException):
        await create(h)
    assert len(h.server.requests) == max_retries + 1
    assert h.sleeps.waits == OFFICIAL_WAITS[:max_retries]


async def test_with_options_changes_the_retry_budget(kind: Kind) -> None:
    h = Harness(kind, FakeServer(TOO_MANY))
    copy = h.client.with_options(max_retries=1)
    with pytest.raises(RateLimitExceededException):
        await resolve(copy.hold_tokens.create())
    assert len(h.server.requests) == 2


async def test_retry_after_in_seconds_is_honoured(kind: Kind) -> None:
    limited = json_reply(429, error_body("slow down"), headers={"Retry-After": "7"})
    h = Harness(kind, FakeServer(limited, OK))
    await create(h)
    assert h.sleeps.waits == [7.0]


async def test_retry_after_as_an_http_date_is_measured_against_the_injected_clock(
    kind: Kind,
) -> None:
    in_twelve_seconds = email.utils.formatdate(NOW + 12, usegmt=True)
    limited = json_reply(429, error_body("slow down"), headers={"Retry-After": in_twelve_seconds})
    h = Harness(kind, FakeServer(limited, OK))
    await create(h)
    assert h.sleeps.waits == [12.0]


async def test_retry_after_is_capped(kind: Kind) -> None:
    limited = json_reply(429, error_body("slow down"), headers={"Retry-After": "86400"})
    h = Harness(kind, FakeServer(limited, OK))
    await create(h)
    assert h.sleeps.waits == [MAX_WAIT_SECONDS]


async def test_an_unreadable_retry_after_falls_back_to_the_schedule(kind: Kind) -> None:
    limited = json_reply(429, error_body("slow down"), headers={"Retry-After": "soon"})
    h = Harness(kind, FakeServer(limited, limited, OK))
    await create(h)
    assert h.sleeps.waits == [0.4, 0.8]


async def test_a_500_on_a_read_is_retried(kind: Kind) -> None:
    h = Harness(kind, FakeServer(SERVER_ERROR, SERVER_ERROR, OK))
    await retrieve(h)
    assert len(h.server.requests) == 3
    assert h.sleeps.waits == [0.4, 0.8]


async def test_a_500_forever_on_a_read_raises_server_exception_after_the_budget(
    kind: Kind,
) -> None:
    h = Harness(kind, FakeServer(json_reply(503, error_body("down"))), max_retries=2)
    with pytest.raises(ServerException) as raised:
        await retrieve(h)
    assert raised.value.status_code == 503
    assert len(h.server.requests) == 3


async def test_a_500_on_a_write_is_never_replayed(kind: Kind) -> None:
    h = Harness(kind, FakeServer(SERVER_ERROR, OK))
    with pytest.raises(ServerException):
        await create(h)
    assert len(h.server.requests) == 1
    assert h.sleeps.waits == []


async def test_a_booking_that_fails_with_a_500_is_sent_exactly_once(kind: Kind) -> None:
    h = Harness(kind, FakeServer(SERVER_ERROR, json_reply(200, {"objects": {}})))
    with pytest.raises(ServerException):
        await h.call(lambda c: c.events.book("concert", ["A-1", "A-2"]))
    assert len(h.server.requests) == 1


async def test_other_4xx_are_never_retried(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(400, error_body("bad")), OK))
    with pytest.raises(BadRequestException):
        await retrieve(h)
    assert len(h.server.requests) == 1


async def test_a_connect_error_is_retried_even_for_a_write(kind: Kind) -> None:
    refused = httpx.ConnectError("connection refused")
    h = Harness(kind, FakeServer(refused, refused, OK))
    token = await h.call(lambda c: c.hold_tokens.create())
    assert token.hold_token == "tok"
    assert len(h.server.requests) == 3
    assert h.sleeps.waits == [0.4, 0.8]


async def test_a_pool_timeout_is_retried_for_a_write_because_nothing_was_sent(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.PoolTimeout("no connection free"), OK))
    await create(h)
    assert len(h.server.requests) == 2


async def test_a_read_timeout_on_a_write_is_not_retried_and_chains_the_cause(kind: Kind) -> None:
    timeout = httpx.ReadTimeout("timed out")
    h = Harness(kind, FakeServer(timeout, OK))
    with pytest.raises(SeatsioTimeoutError) as raised:
        await create(h)
    assert len(h.server.requests) == 1
    # The cause is a clean copy of httpx's error: same type and message, no request headers.
    cause = raised.value.__cause__
    assert type(cause) is httpx.ReadTimeout
    assert str(cause) == str(timeout)
    assert cause.__traceback__ is None
    assert raised.value.method == "POST"
    assert raised.value.url == "http://seatsio.test/hold-tokens"
    assert "ReadTimeout" in raised.value.message


async def test_a_dropped_connection_on_a_write_is_not_retried(kind: Kind) -> None:
    dropped = httpx.RemoteProtocolError("server disconnected without sending a response")
    h = Harness(kind, FakeServer(dropped, OK))
    with pytest.raises(SeatsioConnectionError) as raised:
        await h.call(lambda c: c.events.book("concert", "A-1"))
    assert not isinstance(raised.value, SeatsioTimeoutError)
    assert type(raised.value.__cause__) is type(dropped)
    assert str(raised.value.__cause__) == str(dropped)
    assert len(h.server.requests) == 1


async def test_a_read_timeout_on_a_read_is_retried(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.ReadTimeout("timed out"), OK))
    await retrieve(h)
    assert len(h.server.requests) == 2


async def test_connect_errors_forever_raise_a_connection_error_after_the_budget(
    kind: Kind,
) -> None:
    refused = httpx.ConnectError("connection refused")
    h = Harness(kind, FakeServer(refused), max_retries=2)
    with pytest.raises(SeatsioConnectionError) as raised:
        await create(h)
    assert len(h.server.requests) == 3
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


async def test_an_unknown_transport_error_is_not_retried(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.UnsupportedProtocol("ftp?"), OK))
    with pytest.raises(SeatsioConnectionError):
        await retrieve(h)
    assert len(h.server.requests) == 1


# The policy on its own (pure: no I/O).


def test_the_schedule_doubles_from_0_4_seconds_and_is_capped() -> None:
    policy = RetryPolicy(max_retries=12)
    assert [policy.backoff(n) for n in range(5)] == OFFICIAL_WAITS
    assert policy.backoff(11) == MAX_WAIT_SECONDS


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("3", 3.0),
        (" 2.5 ", 2.5),
        ("-4", 0.0),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        ("Tue, 14 Nov 2023 22:13:50 -0000", 30.0),
        ("nan", None),
        ("inf", None),
        ("tomorrow", None),
        ("", None),
    ],
)
def test_parse_retry_after(value: str, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


@pytest.mark.parametrize(
    ("method", "status", "retried"),
    [
        ("GET", 429, True),
        ("POST", 429, True),
        ("DELETE", 429, True),
        ("GET", 500, True),
        ("GET", 502, True),
        ("POST", 500, False),
        ("DELETE", 503, False),
        ("GET", 400, False),
        ("GET", 404, False),
        ("POST", 409, False),
        ("GET", 200, False),
    ],
)
def test_which_statuses_are_retried(method: str, status: int, retried: bool) -> None:
    assert RetryPolicy().retries_status(method, status) is retried
