"""events.create / retrieve and the status changes: book, release, hold, custom statuses."""

from __future__ import annotations

import datetime

import pytest

from seatsio_typed import BadRequestException, ObjectProperties, ObjectStatus, Season
from tests.integration.support import BALCONY, GA_CAPACITY, STALLS
from tests.unit.support import Sdk

ILLEGAL_STATUS_CHANGE = "ILLEGAL_STATUS_CHANGE"


async def test_create_and_retrieve_an_event(sdk: Sdk, chart_key: str) -> None:
    created = await sdk.call(
        lambda c: c.events.create(
            chart_key,
            event_key="summer-2025",
            name="Summer concert",
            date=datetime.date(2025, 6, 1),
        )
    )
    event = await sdk.call(lambda c: c.events.retrieve("summer-2025"))
    assert not isinstance(event, Season)
    assert (event.id, event.key, event.chart_key) == (created.id, "summer-2025", chart_key)
    assert (event.name, event.date) == ("Summer concert", datetime.date(2025, 6, 1))
    assert event.categories is not None
    assert [category.key for category in event.categories] == [STALLS, BALCONY]


async def test_create_without_a_key_generates_one(sdk: Sdk, chart_key: str) -> None:
    first = await sdk.call(lambda c: c.events.create(chart_key))
    second = await sdk.call(lambda c: c.events.create(chart_key))
    assert first.key != second.key
    assert (await sdk.call(lambda c: c.events.retrieve(second.key))).id == second.id


async def test_book_returns_the_booked_objects_and_they_stay_booked(
    sdk: Sdk, event_key: str
) -> None:
    result = await sdk.call(lambda c: c.events.book(event_key, ["A-1", "A-2"]))
    assert sorted(result.objects) == ["A-1", "A-2"]
    assert all(info.status is ObjectStatus.BOOKED for info in result.objects.values())
    assert await sdk.statuses(event_key, "A-1", "A-2", "A-3") == {
        "A-1": "booked",
        "A-2": "booked",
        "A-3": "free",
    }


async def test_book_a_single_label_a_table_seat_and_general_admission_places(
    sdk: Sdk, event_key: str
) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "T1-2"))
    standing = ObjectProperties(object_id="Standing", quantity=3)
    result = await sdk.call(lambda c: c.events.book(event_key, [standing]))
    area = result.objects["Standing"]
    assert (area.num_booked, area.num_free, area.capacity) == (3, GA_CAPACITY - 3, GA_CAPACITY)
    assert await sdk.statuses(event_key, "T1-1", "T1-2") == {"T1-1": "free", "T1-2": "booked"}


async def test_release_makes_booked_objects_free_again(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, ["A-1", "A-2"]))
    result = await sdk.call(lambda c: c.events.release(event_key, ["A-1", "A-2"]))
    assert {info.status for info in result.objects.values()} == {ObjectStatus.FREE}
    assert await sdk.statuses(event_key, "A-1", "A-2") == {"A-1": "free", "A-2": "free"}


async def test_hold_with_a_token_then_book_with_it(sdk: Sdk, event_key: str) -> None:
    token = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    held = await sdk.call(lambda c: c.events.hold(event_key, ["A-1", "A-2"], token))
    for info in held.objects.values():
        assert (info.status, info.hold_token) == (ObjectStatus.RESERVED_BY_TOKEN, token)

    booked = await sdk.call(lambda c: c.events.book(event_key, ["A-1", "A-2"], hold_token=token))
    for info in booked.objects.values():
        assert (info.status, info.hold_token) == (ObjectStatus.BOOKED, None)


async def test_book_with_another_token_books_nothing(sdk: Sdk, event_key: str) -> None:
    mine = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    theirs = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    await sdk.call(lambda c: c.events.hold(event_key, "A-1", mine))
    await sdk.call(lambda c: c.events.hold(event_key, "A-2", theirs))
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book(event_key, ["A-1", "A-2"], hold_token=mine))
    assert await sdk.statuses(event_key, "A-1", "A-2") == {
        "A-1": "reservedByToken",
        "A-2": "reservedByToken",
    }


async def test_hold_with_an_unknown_token_is_refused(sdk: Sdk, event_key: str) -> None:
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(lambda c: c.events.hold(event_key, "A-1", "not-a-token"))
    assert raised.value.codes == ["HOLD_TOKEN_NOT_FOUND"]
    assert await sdk.statuses(event_key, "A-1") == {"A-1": "free"}


async def test_the_back_office_books_held_seats_without_the_token(sdk: Sdk, event_key: str) -> None:
    token = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    await sdk.call(lambda c: c.events.hold(event_key, "B-1", token))
    await sdk.call(lambda c: c.events.book(event_key, "B-1"))
    assert await sdk.statuses(event_key, "B-1") == {"B-1": "booked"}


async def test_custom_statuses_follow_each_other(sdk: Sdk, event_key: str) -> None:
    first = await sdk.call(lambda c: c.events.change_object_status(event_key, "C-1", "in-cart"))
    assert first.objects["C-1"].status == "in-cart"
    assert first.objects["C-1"].status.is_known is False
    await sdk.call(lambda c: c.events.change_object_status(event_key, "C-1", "checked-in"))
    assert await sdk.statuses(event_key, "C-1") == {"C-1": "checked-in"}


async def test_allowed_previous_statuses_permit_the_listed_ones(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    await sdk.call(
        lambda c: c.events.change_object_status(
            event_key, "A-1", "checked-in", allowed_previous_statuses=[ObjectStatus.BOOKED]
        )
    )
    assert await sdk.statuses(event_key, "A-1") == {"A-1": "checked-in"}


async def test_allowed_previous_statuses_refuse_the_others(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(
            lambda c: c.events.change_object_status(
                event_key, ["A-1", "A-2"], "checked-in", allowed_previous_statuses=["booked"]
            )
        )
    assert raised.value.errors[0].code == ILLEGAL_STATUS_CHANGE
    assert "free is not in the list of allowed previous statuses" in raised.value.message
    assert raised.value.request_id
    # All or nothing: A-1 was allowed, but A-2 was not, so neither changed.
    assert await sdk.statuses(event_key, "A-1", "A-2") == {"A-1": "booked", "A-2": "free"}


async def test_rejected_previous_statuses_refuse_the_listed_ones(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.change_object_status(event_key, "B-2", "reserved"))
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(
            lambda c: c.events.change_object_status(
                event_key, "B-2", "sold-out", rejected_previous_statuses=["reserved"]
            )
        )
    assert raised.value.errors[0].code == ILLEGAL_STATUS_CHANGE
    assert await sdk.statuses(event_key, "B-2") == {"B-2": "reserved"}


async def test_rejected_previous_statuses_permit_the_others(sdk: Sdk, event_key: str) -> None:
    await sdk.call(
        lambda c: c.events.change_object_status(
            event_key, "B-2", "sold-out", rejected_previous_statuses=["reserved", "booked"]
        )
    )
    assert await sdk.statuses(event_key, "B-2") == {"B-2": "sold-out"}


async def test_one_call_changes_several_events(sdk: Sdk, chart_key: str) -> None:
    keys = ["night-1", "night-2"]
    for key in keys:
        await sdk.create_event(chart_key, key)
    await sdk.call(lambda c: c.events.book(keys, ["A-1", "A-2"], order_id="season-ticket-7"))
    for key in keys:
        info = await sdk.object_info(key, "A-2")
        assert (info.status, info.order_id) == ("booked", "season-ticket-7")


async def test_a_refusal_in_one_event_changes_no_event(sdk: Sdk, chart_key: str) -> None:
    for key in ("night-1", "night-2"):
        await sdk.create_event(chart_key, key)
    await sdk.call(lambda c: c.events.book("night-2", "A-1"))
    with pytest.raises(BadRequestException) as raised:
        await sdk.call(lambda c: c.events.book(["night-1", "night-2"], ["A-1", "A-2"]))
    assert raised.value.errors[0].code == ILLEGAL_STATUS_CHANGE
    assert await sdk.statuses("night-1", "A-1", "A-2") == {"A-1": "free", "A-2": "free"}
    assert await sdk.statuses("night-2", "A-1", "A-2") == {"A-1": "booked", "A-2": "free"}
