"""Errors end to end: the class, codes, request id and what the server kept afterwards."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    AuthenticationException,
    BadRequestException,
    NotFoundException,
    SeatsioException,
)
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.conftest import Connector
from tests.integration.support import REGION, status_changes
from tests.unit.support import Sdk


async def test_an_unknown_event_is_not_found_with_a_request_id(sdk: Sdk) -> None:
    with pytest.raises(NotFoundException) as raised:
        await sdk.call(lambda c: c.events.retrieve("no-such-event"))
    error = raised.value
    assert isinstance(error, SeatsioException)
    assert (error.status_code, error.codes) == (404, ["EVENT_NOT_FOUND"])
    assert "no-such-event" in error.message
    assert isinstance(error.request_id, str)
    assert len(error.request_id) > 8
    assert (error.method, error.url) == ("GET", f"{REGION.url}/events/no-such-event")


async def test_request_ids_differ_between_requests(sdk: Sdk) -> None:
    ids: list[str | None] = []
    for _ in range(2):
        with pytest.raises(NotFoundException) as raised:
            await sdk.call(lambda c: c.charts.retrieve("missing"))
        ids.append(raised.value.request_id)
    assert ids[0] != ids[1]


async def test_an_unknown_secret_key_is_an_authentication_error(
    connect: Connector, company: TestCompany
) -> None:
    wrong_key = company.admin_key[::-1]
    stranger = connect(wrong_key)
    with pytest.raises(AuthenticationException) as raised:
        await stranger.call(lambda c: c.charts.list_first_page())
    error = raised.value
    assert (error.status_code, error.errors) == (401, [])
    assert wrong_key not in f"{error} {error!r} {error.url}"


async def test_a_double_booking_is_refused_and_the_first_order_keeps_the_seat(
    sdk: Sdk, emulator: Emulator, company: TestCompany, event_key: str
) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1", order_id="order-1"))
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(lambda c: c.events.book(event_key, "A-1", order_id="order-2"))
    assert raised.value.codes == ["ILLEGAL_STATUS_CHANGE"]
    assert raised.value.request_id

    seat = await sdk.object_info(event_key, "A-1")
    assert (seat.status, seat.order_id) == ("booked", "order-1")
    history = status_changes(emulator, company.admin_key, event_key)
    assert [(change.object_label, change.order_id) for change in history] == [("A-1", "order-1")]


async def test_an_unknown_object_fails_the_whole_call(sdk: Sdk, event_key: str) -> None:
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(lambda c: c.events.book(event_key, ["A-1", "Z-9"]))
    assert raised.value.codes == ["OBJECT_NOT_FOUND"]
    assert await sdk.statuses(event_key, "A-1") == {"A-1": "free"}
