"""Recorded: events listed in pages, created in bulk, updated, categories and extra data, the
status-change history, moved to a chart copy, deleted."""

from __future__ import annotations

import datetime

import pytest

from seatsio_typed import (
    Category,
    EventProperties,
    NotFoundException,
    ObjectStatus,
    TableBookingConfig,
    TableBookingMode,
)
from tests.cassette._recording import Recording
from tests.cassette._venue import STALLS, venue

pytestmark = pytest.mark.vcr


async def test_events_are_created_in_bulk_listed_in_pages_updated_and_deleted(
    rec: Recording,
) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    created = await sdk.call(
        lambda c: c.events.create_multiple(
            chart_key,
            [
                EventProperties(event_key="sat", name="Saturday", date=datetime.date(2025, 6, 7)),
                EventProperties(
                    event_key="sun", table_booking_config=TableBookingConfig.all_by_table()
                ),
                EventProperties(event_key="mon"),
            ],
        )
    )
    assert [event.key for event in created] == ["sat", "sun", "mon"]
    sunday = await sdk.call(lambda c: c.events.retrieve("sun"))
    assert sunday.table_booking_config.mode is TableBookingMode.ALL_BY_TABLE

    first = await sdk.call(lambda c: c.events.list_first_page(page_size=2))
    assert [event.key for event in first.items] == ["mon", "sun"]
    after = first.next_page_starts_after
    assert after is not None
    second = await sdk.call(lambda c: c.events.list_page_after(after, page_size=2))
    assert [event.key for event in second.items] == ["sat"]
    before = second.previous_page_ends_before
    assert before is not None
    back = await sdk.call(lambda c: c.events.list_page_before(before, page_size=2))
    assert [event.key for event in back.items] == ["mon", "sun"]
    assert [event.key for event in await sdk.collect(lambda c: c.events.list())] == [
        "mon",
        "sun",
        "sat",
    ]

    await sdk.call(
        lambda c: c.events.update("mon", event_key="monday", name="Monday", is_in_the_past=False)
    )
    monday = await sdk.call(lambda c: c.events.retrieve("monday"))
    assert (monday.name, monday.updated_on is not None) == ("Monday", True)
    await sdk.call(lambda c: c.events.delete("monday"))
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.events.retrieve("monday"))


async def test_categories_extra_data_history_and_a_move_to_a_chart_copy(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    await sdk.create_event(chart_key, "show")
    extra = Category(key="vip", label="VIP", color="#112233")
    await sdk.call(
        lambda c: c.events.update("show", object_categories={"A-1": "vip"}, categories=[extra])
    )
    assert (await sdk.object_info("show", "A-1")).category_key == "vip"
    await sdk.call(lambda c: c.events.remove_object_categories("show"))
    assert (await sdk.object_info("show", "A-1")).category_key == STALLS
    await sdk.call(lambda c: c.events.remove_categories("show"))
    event = await sdk.call(lambda c: c.events.retrieve("show"))
    assert "vip" not in [category.key for category in event.categories or []]

    await sdk.call(lambda c: c.events.update_extra_data("show", "A-1", {"note": "aisle"}))
    await sdk.call(lambda c: c.events.update_extra_datas("show", {"A-2": {"tags": ["x", 1, None]}}))
    infos = await sdk.call(lambda c: c.events.retrieve_object_infos("show", ["A-1", "A-2"]))
    assert {label: info.extra_data for label, info in infos.items()} == {
        "A-1": {"note": "aisle"},
        "A-2": {"tags": ["x", 1, None]},
    }

    await sdk.call(lambda c: c.events.book("show", ["A-1", "A-2"], order_id="o-1"))
    await sdk.call(lambda c: c.events.release("show", "A-1"))
    changes = await sdk.collect(lambda c: c.events.status_changes("show").list())
    assert sorted((change.object_label, str(change.status)) for change in changes) == [
        ("A-1", "booked"),
        ("A-1", "free"),
        ("A-2", "booked"),
    ]
    lister = sdk.client.events.status_changes("show", "A-", "objectLabel", "desc")
    page = await sdk.call(lambda c: lister.first_page(page_size=1))
    assert [(change.object_label, change.status) for change in page.items] == [
        ("A-2", ObjectStatus.BOOKED)
    ]
    history = await sdk.collect(lambda c: c.events.status_changes_for_object("show", "A-1").list())
    assert [str(change.status) for change in history] == ["free", "booked"]

    moved = await sdk.call(lambda c: c.events.move_event_to_new_chart_copy("show"))
    assert moved.chart_key not in (None, chart_key)
    assert await sdk.statuses("show", "A-2") == {"A-2": "booked"}
