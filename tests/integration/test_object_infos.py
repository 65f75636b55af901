"""events.retrieve_object_info(s): what an event knows about its objects after changes."""

from __future__ import annotations

import pytest

from seatsio_typed import NotFoundException, ObjectProperties, ObjectStatus, ObjectType
from tests.integration.support import GA_CAPACITY
from tests.unit.support import Sdk


async def test_a_free_seat_with_its_labels_and_category(sdk: Sdk, event_key: str) -> None:
    info = await sdk.object_info(event_key, "A-2")
    assert (info.label, info.status, info.object_type) == ("A-2", "free", ObjectType.SEAT)
    assert (info.labels.own.label, info.labels.own.type) == ("2", "seat")
    assert info.labels.parent is not None
    assert (info.labels.parent.label, info.labels.parent.type) == ("A", "row")
    assert (info.ids.own, info.ids.parent) == ("2", "A")
    assert (info.category_key, info.category_label) == (1, "Stalls")
    assert (info.left_neighbour, info.right_neighbour) == ("A-1", "A-3")
    nothing = (info.order_id, info.ticket_type, info.hold_token, info.extra_data)
    assert nothing == (None, None, None, None)


async def test_a_table_seat_and_a_general_admission_area(sdk: Sdk, event_key: str) -> None:
    infos = await sdk.call(
        lambda c: c.events.retrieve_object_infos(event_key, ["T1-3", "Standing"])
    )
    table_seat, area = infos["T1-3"], infos["Standing"]
    assert table_seat.labels.parent is not None
    assert (table_seat.labels.parent.label, table_seat.labels.parent.type) == ("T1", "table")
    assert table_seat.category_label == "Balcony"
    assert area.object_type is ObjectType.GENERAL_ADMISSION
    assert (area.capacity, area.num_free, area.num_booked) == (GA_CAPACITY, GA_CAPACITY, 0)


async def test_infos_show_ticket_types_extra_data_and_the_order(sdk: Sdk, event_key: str) -> None:
    await sdk.call(
        lambda c: c.events.book(
            event_key,
            [
                ObjectProperties(object_id="A-1", ticket_type="adult", extra_data={"name": "Ann"}),
                ObjectProperties(object_id="A-2", ticket_type="child"),
            ],
            order_id="order-1042",
        )
    )
    infos = await sdk.call(lambda c: c.events.retrieve_object_infos(event_key, ["A-1", "A-2"]))
    assert sorted(infos) == ["A-1", "A-2"]
    adult, child = infos["A-1"], infos["A-2"]
    assert (adult.status, adult.ticket_type, adult.order_id) == (
        ObjectStatus.BOOKED,
        "adult",
        "order-1042",
    )
    assert adult.extra_data == {"name": "Ann"}
    assert (child.ticket_type, child.order_id, child.extra_data) == ("child", "order-1042", None)


async def test_keep_extra_data_keeps_it_through_a_release(sdk: Sdk, event_key: str) -> None:
    guest = ObjectProperties(object_id="B-1", extra_data={"guest": "VIP", "seats": 2})
    await sdk.call(lambda c: c.events.book(event_key, [guest]))
    await sdk.call(lambda c: c.events.release(event_key, "B-1", keep_extra_data=True))
    kept = await sdk.object_info(event_key, "B-1")
    assert (kept.status, kept.extra_data) == ("free", {"guest": "VIP", "seats": 2})


async def test_without_keep_extra_data_a_change_clears_it(sdk: Sdk, event_key: str) -> None:
    guest = ObjectProperties(object_id="B-1", extra_data={"guest": "VIP"})
    await sdk.call(lambda c: c.events.book(event_key, [guest]))
    await sdk.call(lambda c: c.events.release(event_key, "B-1"))
    assert (await sdk.object_info(event_key, "B-1")).extra_data is None


async def test_a_hold_shows_its_token(sdk: Sdk, event_key: str) -> None:
    token = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    await sdk.call(lambda c: c.events.hold(event_key, "C-4", token))
    info = await sdk.object_info(event_key, "C-4")
    assert (info.status, info.hold_token) == (ObjectStatus.RESERVED_BY_TOKEN, token)


async def test_an_unknown_object_is_not_found(sdk: Sdk, event_key: str) -> None:
    with pytest.raises(NotFoundException) as raised:
        await sdk.object_info(event_key, "Z-99")
    assert raised.value.codes == ["OBJECT_NOT_FOUND"]
