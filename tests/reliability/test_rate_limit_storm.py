"""429 storms: half the requests answered 429, and the SDK's backoff absorbs them as predicted.

With a 429 chance p = 1/2 per attempt and `max_retries` = 5 (6 attempts), a call fails only when
all 6 attempts are refused: expected failure share p**6 = 1/64 = 1.5625 %, expected attempts per
call (1 - p**6) / (1 - p) = 1.96875. The emulator decides each 429 with its seeded RNG before
any state change, so a refused call did nothing. Waits go through the injected sleep.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Callable

import httpx
import pytest

from seatsio_typed import AsyncClient, Client, RateLimitExceededException
from seatsio_typed.testing import ChartBuilder, Emulator
from tests.reliability.sizes import record, size
from tests.unit.support import Kind, Sdk, json_reply

CALLS = size(200, 1000)
P_429 = 0.5
RETRIES = 5
EXPECTED_FAILURE_SHARE = P_429 ** (RETRIES + 1)
EXPECTED_ATTEMPTS_PER_CALL = (1 - P_429 ** (RETRIES + 1)) / (1 - P_429)
SCHEDULE = [0.4, 0.8, 1.6, 3.2, 6.4]
"""The backoff before retries 1..5 (doubling from 0.4 s, like the official clients)."""


def _within(measured: float, expected: float, trials: int, p: float) -> bool:
    """Whether a measured share is within 5 standard deviations of a binomial expectation."""
    return abs(measured - expected) <= 5 * math.sqrt(p * (1 - p) / trials) + 1e-9


async def test_a_storm_of_429s_is_absorbed_as_the_schedule_predicts(kind: Kind) -> None:
    emulator = Emulator(deterministic=True, seed=10)
    company = emulator.create_test_company()
    drawing = ChartBuilder("Storm").category(1, "Stalls", "#4477aa").focal_point()
    chart_key = emulator.upload_chart(
        drawing.row("A", seats=4, category=1).build(), secret_key=company.admin_key
    )
    sdk = Sdk(
        kind,
        "https://api-eu.seatsio.test",
        company.admin_key,
        max_retries=RETRIES,
        transport=emulator.transport,
        async_transport=emulator.async_transport,
    )
    event = await sdk.call(lambda c: c.events.create(chart_key))
    token = await sdk.call(lambda c: c.hold_tokens.create())
    mix: list[Callable[[Client | AsyncClient], object]] = [
        lambda c: c.charts.retrieve(chart_key),
        lambda c: c.hold_tokens.create(),
        lambda c: c.hold_tokens.retrieve(token.hold_token),
        lambda c: c.events.retrieve(event.key),
        lambda c: c.events.retrieve_object_infos(event.key, ["A-1", "A-2"]),
    ]
    sdk.sent.clear()
    emulator.faults.rate_limit(probability=P_429)
    refusals: list[RateLimitExceededException] = []
    for number in range(CALLS):
        try:
            await sdk.call(mix[number % len(mix)])
        except RateLimitExceededException as error:
            refusals.append(error)
    failed = len(refusals)
    assert all(error.status_code == 429 for error in refusals)
    attempts = len(sdk.sent)
    assert _within(failed / CALLS, EXPECTED_FAILURE_SHARE, CALLS, EXPECTED_FAILURE_SHARE)
    assert abs(attempts / CALLS - EXPECTED_ATTEMPTS_PER_CALL) < 0.25
    # The waits: each run of retries starts at 0.4 s and doubles; a failed call used all five.
    waits = sdk.sleeps.waits
    assert len(waits) == attempts - CALLS
    runs: list[list[float]] = []
    for wait in waits:
        if wait == SCHEDULE[0]:
            runs.append([])
        runs[-1].append(wait)
    assert all(run == SCHEDULE[: len(run)] for run in runs)
    assert sum(len(run) == RETRIES for run in runs) >= failed
    record(
        f"429 storm ({kind})",
        calls=CALLS,
        attempts=attempts,
        faults_injected=attempts - (CALLS - failed),
        failed_after_all_retries=failed,
        expected_failure_share=EXPECTED_FAILURE_SHARE,
        measured_failure_share=failed / CALLS,
        expected_attempts_per_call=EXPECTED_ATTEMPTS_PER_CALL,
        measured_attempts_per_call=attempts / CALLS,
        waits_off_schedule=0,
    )


async def test_max_retries_zero_raises_at_the_first_429(kind: Kind) -> None:
    emulator = Emulator()
    company = emulator.create_test_company()
    sdk = Sdk(
        kind,
        "https://api-eu.seatsio.test",
        company.admin_key,
        max_retries=0,
        transport=emulator.transport,
        async_transport=emulator.async_transport,
    )
    emulator.faults.rate_limit(count=1)
    with pytest.raises(RateLimitExceededException):
        await sdk.call(lambda c: c.hold_tokens.create())
    assert len(sdk.sent) == 1
    assert sdk.sleeps.waits == []
    await sdk.call(lambda c: c.hold_tokens.create())  # the client stays usable


NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("retry_after", "expected_wait"),
    [
        ("7", 7.0),
        ("0", 0.0),
        ("3600", 60.0),  # capped at one minute: a bad header must not park a sale for an hour
        (email.utils.formatdate(NOW + 12, usegmt=True), 12.0),
        (email.utils.formatdate(NOW + 12).replace("-0000", "+0000"), 12.0),
        (email.utils.formatdate(NOW + 7200, usegmt=True), 60.0),
        (email.utils.formatdate(NOW - 50, usegmt=True), 0.0),  # a date in the past: now
        ("soon", 0.4),  # unusable: the schedule
    ],
)
async def test_retry_after_is_followed_and_capped(
    kind: Kind, retry_after: str, expected_wait: float
) -> None:
    replies = [
        json_reply(429, {"errors": []}, {"Retry-After": retry_after}),
        json_reply(
            200, {"holdToken": "t", "expiresAt": "2024-01-01T00:00:00Z", "expiresInSeconds": 1}
        ),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        return replies.pop(0) if len(replies) > 1 else replies[0]

    sdk = Sdk(
        kind,
        "https://api-eu.seatsio.test",
        "sk",
        transport=lambda: httpx.MockTransport(handler),
        async_transport=lambda: httpx.MockTransport(handler),
        clock=lambda: NOW,
    )
    await sdk.call(lambda c: c.hold_tokens.create())
    assert sdk.sleeps.waits == [pytest.approx(expected_wait, abs=1e-6)]
