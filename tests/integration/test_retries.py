"""Backoff against the emulator's injected faults: 429s are retried, bookings never replayed.

The emulator decides a 429 (and a plain 5xx) before the request is handled, so nothing changed;
`after_processing=True` handles the request first and then answers 5xx. The clients get an
injected sleep that only records the waits.
"""

from __future__ import annotations

import pytest

from seatsio_typed import RateLimitExceededException, ServerException
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.conftest import Connector
from tests.integration.support import status_changes
from tests.unit.support import Sdk

CHANGE_OBJECT_STATUS = "POST /events/groups/actions/change-object-status"


async def test_429s_are_waited_out_on_the_official_schedule(
    sdk: Sdk, emulator: Emulator, company: TestCompany, event_key: str
) -> None:
    emulator.faults.rate_limit(count=3)
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    assert sdk.sleeps.waits == [0.4, 0.8, 1.6]
    assert sdk.sent[-4:] == [CHANGE_OBJECT_STATUS] * 4
    assert [
        change.object_label for change in status_changes(emulator, company.admin_key, event_key)
    ] == ["A-1"]


async def test_retry_after_sets_the_wait(sdk: Sdk, emulator: Emulator) -> None:
    emulator.faults.rate_limit(count=2, retry_after=3)
    await sdk.call(lambda c: c.hold_tokens.create())
    assert sdk.sleeps.waits == [3.0, 3.0]


async def test_exhausted_retries_raise_and_change_nothing(
    connect: Connector, emulator: Emulator, company: TestCompany, event_key: str
) -> None:
    impatient = connect(company.admin_key, max_retries=2)
    emulator.faults.rate_limit(method="POST")
    with pytest.raises(RateLimitExceededException) as raised:
        await impatient.call(lambda c: c.events.book(event_key, "A-1"))
    assert (raised.value.status_code, raised.value.codes) == (429, ["RATE_LIMIT_EXCEEDED"])
    assert impatient.sleeps.waits == [0.4, 0.8]
    assert impatient.sent == [CHANGE_OBJECT_STATUS] * 3
    assert await impatient.statuses(event_key, "A-1") == {"A-1": "free"}


async def test_no_retries_at_all_with_max_retries_zero(
    connect: Connector, emulator: Emulator, company: TestCompany
) -> None:
    once = connect(company.admin_key, max_retries=0)
    emulator.faults.rate_limit(count=1)
    with pytest.raises(RateLimitExceededException):
        await once.call(lambda c: c.hold_tokens.create())
    assert once.sleeps.waits == []
    assert len(once.sent) == 1


async def test_a_5xx_after_the_booking_was_made_is_not_replayed(
    sdk: Sdk, emulator: Emulator, company: TestCompany, event_key: str
) -> None:
    emulator.faults.server_error(
        status=503, after_processing=True, path_prefix="/events/groups/actions/"
    )
    sdk.sent.clear()
    with pytest.raises(ServerException) as raised:
        await sdk.call(lambda c: c.events.book(event_key, "A-1", order_id="order-7"))
    assert raised.value.status_code == 503
    assert sdk.sent == [CHANGE_OBJECT_STATUS]
    assert sdk.sleeps.waits == []
    seat = await sdk.object_info(event_key, "A-1")
    assert (seat.status, seat.order_id) == ("booked", "order-7")
    history = status_changes(emulator, company.admin_key, event_key)
    assert [(change.object_label, change.order_id) for change in history] == [("A-1", "order-7")]


async def test_a_5xx_on_a_read_is_retried(sdk: Sdk, emulator: Emulator, chart_key: str) -> None:
    emulator.faults.server_error(status=502, count=2, method="GET")
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert chart.key == chart_key
    assert sdk.sleeps.waits == [0.4, 0.8]
