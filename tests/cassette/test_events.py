"""Recorded: events create and retrieve, hold, book, release, custom statuses, object infos."""

from __future__ import annotations

import datetime

import pytest

from seatsio_typed import BadRequestException, ObjectProperties, ObjectStatus, Season
from tests.cassette._recording import Recording
from tests.cassette._venue import BALCONY, GA_CAPACITY, STALLS, venue
from tests.unit.support import Sdk

pytestmark = pytest.mark.vcr

EVENT_KEY = "concert"
ILLEGAL_STATUS_CHANGE = "ILLEGAL_STATUS_CHANGE"


async def _event(rec: Recording) -> Sdk:
    """A client and an event `concert` on the venue."""
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    await sdk.call(lambda c: c.events.create(chart_key, event_key=EVENT_KEY))
    return sdk


async def test_create_and_retrieve_an_event(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    created = await sdk.call(
        lambda c: c.events.create(
            chart_key, event_key="summer", name="Summer concert", date=datetime.date(2025, 6, 1)
        )
    )
    event = await sdk.call(lambda c: c.events.retrieve("summer"))
    assert not isinstance(event, Season)
    assert (event.id, event.key, event.chart_key) == (created.id, "summer", chart_key)
    assert (event.name, event.date) == ("Summer concert", datetime.date(2025, 6, 1))
    assert event.categories is not None
    assert [category.key for category in event.categories] == [STALLS, BALCONY]


async def test_hold_with_a_token_then_book_with_it(rec: Recording) -> None:
    sdk = await _event(rec)
    token = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    held = await sdk.call(lambda c: c.events.hold(EVENT_KEY, ["A-1", "A-2"], token))
    assert {label: (info.status, info.hold_token) for label, info in held.objects.items()} == {
        "A-1": (ObjectStatus.RESERVED_BY_TOKEN, token),
        "A-2": (ObjectStatus.RESERVED_BY_TOKEN, token),
    }
    booked = await sdk.call(lambda c: c.events.book(EVENT_KEY, ["A-1", "A-2"], hold_token=token))
    assert {label: (info.status, info.hold_token) for label, info in booked.objects.items()} == {
        "A-1": (ObjectStatus.BOOKED, None),
        "A-2": (ObjectStatus.BOOKED, None),
    }


async def test_book_with_ticket_types_and_an_order_id(rec: Recording) -> None:
    sdk = await _event(rec)
    objects = [
        ObjectProperties(object_id="A-1", ticket_type="adult"),
        ObjectProperties(object_id="A-2", ticket_type="child"),
        ObjectProperties(object_id="Standing", quantity=3),
    ]
    result = await sdk.call(lambda c: c.events.book(EVENT_KEY, objects, order_id="order-1"))
    assert (result.objects["A-1"].ticket_type, result.objects["A-2"].ticket_type) == (
        "adult",
        "child",
    )
    assert {info.order_id for info in result.objects.values()} == {"order-1"}
    standing = result.objects["Standing"]
    assert (standing.num_booked, standing.num_free) == (3, GA_CAPACITY - 3)

    seat = await sdk.call(lambda c: c.events.retrieve_object_info(EVENT_KEY, "A-2"))
    assert (seat.status, seat.ticket_type, seat.order_id) == ("booked", "child", "order-1")


async def test_release_makes_booked_objects_free_again(rec: Recording) -> None:
    sdk = await _event(rec)
    await sdk.call(lambda c: c.events.book(EVENT_KEY, ["B-1", "B-2"]))
    released = await sdk.call(lambda c: c.events.release(EVENT_KEY, ["B-1", "B-2"]))
    assert {info.status for info in released.objects.values()} == {ObjectStatus.FREE}
    assert await sdk.statuses(EVENT_KEY, "B-1", "B-2") == {"B-1": "free", "B-2": "free"}


async def test_a_custom_status_follows_another(rec: Recording) -> None:
    sdk = await _event(rec)
    first = await sdk.call(lambda c: c.events.change_object_status(EVENT_KEY, "C-1", "in-cart"))
    assert first.objects["C-1"].status == "in-cart"
    assert first.objects["C-1"].status.is_known is False
    await sdk.call(lambda c: c.events.change_object_status(EVENT_KEY, "C-1", "checked-in"))
    assert await sdk.statuses(EVENT_KEY, "C-1") == {"C-1": "checked-in"}


async def test_allowed_previous_statuses_refuse_the_others(rec: Recording) -> None:
    sdk = await _event(rec)
    await sdk.call(lambda c: c.events.book(EVENT_KEY, "A-1"))
    await sdk.call(
        lambda c: c.events.change_object_status(
            EVENT_KEY, "A-1", "checked-in", allowed_previous_statuses=[ObjectStatus.BOOKED]
        )
    )
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(
            lambda c: c.events.change_object_status(
                EVENT_KEY, ["A-2"], "checked-in", allowed_previous_statuses=["booked"]
            )
        )
    assert raised.value.codes == [ILLEGAL_STATUS_CHANGE]
    assert "free is not in the list of allowed previous statuses" in raised.value.message
    assert raised.value.request_id
    assert await sdk.statuses(EVENT_KEY, "A-1", "A-2") == {"A-1": "checked-in", "A-2": "free"}


async def test_rejected_previous_statuses_refuse_the_listed_ones(rec: Recording) -> None:
    sdk = await _event(rec)
    await sdk.call(lambda c: c.events.change_object_status(EVENT_KEY, "B-3", "reserved"))
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(
            lambda c: c.events.change_object_status(
                EVENT_KEY, "B-3", "sold-out", rejected_previous_statuses=["reserved"]
            )
        )
    assert raised.value.codes == [ILLEGAL_STATUS_CHANGE]
    assert "reserved is in the list of rejected previous statuses" in raised.value.message
    assert await sdk.statuses(EVENT_KEY, "B-3") == {"B-3": "reserved"}


async def test_object_infos_of_seats_a_table_seat_and_a_standing_area(rec: Recording) -> None:
    sdk = await _event(rec)
    await sdk.call(lambda c: c.events.book(EVENT_KEY, ["T1-2"]))
    infos = await sdk.call(
        lambda c: c.events.retrieve_object_infos(EVENT_KEY, ["A-1", "T1-2", "Standing"])
    )
    assert sorted(infos) == ["A-1", "Standing", "T1-2"]
    seat, table_seat, standing = infos["A-1"], infos["T1-2"], infos["Standing"]
    assert (seat.status, seat.category_label, seat.labels.own.label) == (
        ObjectStatus.FREE,
        "Stalls",
        "1",
    )
    assert seat.labels.parent is not None
    assert (seat.labels.parent.label, seat.labels.parent.type) == ("A", "row")
    assert (table_seat.status, table_seat.category_label) == (ObjectStatus.BOOKED, "Balcony")
    assert table_seat.labels.parent is not None
    assert table_seat.labels.parent.type == "table"
    assert (standing.capacity, standing.num_free, standing.num_booked) == (GA_CAPACITY, 50, 0)
