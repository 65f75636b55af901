"""Recorded: errors as the SDK raises them from real bodies (404, 400 with a body, 401 empty)."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    AuthenticationException,
    BadRequestException,
    NotFoundException,
)
from tests.cassette._recording import Recording
from tests.cassette._venue import venue

pytestmark = pytest.mark.vcr


async def test_an_unknown_event_is_not_found(rec: Recording) -> None:
    sdk = rec.sdk()
    with pytest.raises(NotFoundException) as raised:
        await sdk.call(lambda c: c.events.retrieve("no-such-event"))
    error = raised.value
    assert (error.status_code, error.codes) == (404, ["EVENT_NOT_FOUND"])
    assert "no-such-event" in error.message
    assert error.request_id
    assert (error.method, error.url) == ("GET", f"{rec.base_url}/events/no-such-event")


async def test_booking_an_unknown_object_is_a_bad_request_with_the_error_body(
    rec: Recording,
) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    await sdk.call(lambda c: c.events.create(chart_key, event_key="gala"))
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(lambda c: c.events.book("gala", ["A-1", "Z-9"]))
    error = raised.value
    assert (error.status_code, error.codes) == (400, ["OBJECT_NOT_FOUND"])
    assert "Z-9" in error.message
    assert error.request_id
    seat = await sdk.call(lambda c: c.events.retrieve_object_info("gala", "A-1"))
    assert seat.status == "free"  # all or nothing: A-1 was not booked either


async def test_an_unknown_secret_key_is_unauthorized_with_an_empty_body(rec: Recording) -> None:
    wrong_key = rec.unknown_key()
    stranger = rec.sdk_with(wrong_key)
    with pytest.raises(AuthenticationException) as raised:
        await stranger.call(lambda c: c.charts.list_first_page())
    error = raised.value
    assert (error.status_code, error.errors, error.request_id) == (401, [], None)
    assert wrong_key not in f"{error} {error!r}"
