"""Event and chart reports against the emulator: what a booking does to them, with both clients."""

from __future__ import annotations

from seatsio_typed import ObjectStatus, ObjectType
from tests.integration.support import GA_CAPACITY, ROW_SEATS, STALLS
from tests.unit.support import Sdk

STALLS_SEATS = 2 * ROW_SEATS
"""Rows A and B are in the stalls, as is the GA area."""


async def test_a_booked_seat_is_in_the_booked_group(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1", order_id="order-1"))

    report = await sdk.call(lambda c: c.events.reports.by_status(event_key))
    by_order = await sdk.call(lambda c: c.events.reports.by_order_id(event_key))

    assert [info.label for info in report.items["booked"]] == ["A-1"]
    assert report.items["booked"][0].status is ObjectStatus.BOOKED
    assert "A-1" not in {info.label for info in report.items["free"]}
    assert [info.label for info in by_order.items["order-1"]] == ["A-1"]


async def test_a_filtered_report_holds_that_group_only(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, ["A-1", "A-2"]))

    booked = await sdk.call(lambda c: c.events.reports.by_status(event_key, ObjectStatus.BOOKED))
    resale = await sdk.call(lambda c: c.events.reports.by_status(event_key, "resale"))
    stalls = await sdk.call(lambda c: c.events.reports.by_category_key(event_key, STALLS))

    assert sorted(info.label for info in booked) == ["A-1", "A-2"]
    assert resale == []
    # A category key number is its text in the report: the stalls rows and the standing area.
    assert len(stalls) == STALLS_SEATS + 1
    assert {info.category_key for info in stalls} == {STALLS}


async def test_the_summary_counts_agree_with_the_booking(sdk: Sdk, event_key: str) -> None:
    by_type = await sdk.call(lambda c: c.events.reports.summary_by_object_type(event_key))
    places = sum(item.count for item in by_type.values())
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))

    summary = await sdk.call(lambda c: c.events.reports.summary_by_status(event_key))

    assert summary["booked"].count == 1
    assert summary["booked"].by_category_label == {"Stalls": 1}
    assert summary["free"].count == places - 1
    assert by_type[ObjectType.GENERAL_ADMISSION].count == GA_CAPACITY  # places, not objects


async def test_the_deep_summary_breaks_the_booking_down_twice(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))

    deep = await sdk.call(lambda c: c.events.reports.deep_summary_by_status(event_key))

    booked = deep["booked"]
    assert booked.count == 1
    assert booked.by_section is not None
    assert booked.by_section["NO_SECTION"].count == 1


async def test_the_flat_list_has_every_object_by_label(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "B-2"))

    objects = await sdk.call(lambda c: c.events.reports.flat_list(event_key))

    labels = [info.label for info in objects]
    assert labels == sorted(labels)
    assert {"A-1", "C-6", "T1-4", "Standing"} <= set(labels)
    assert {info.label: info.status for info in objects}["B-2"] is ObjectStatus.BOOKED


async def test_the_csv_list_names_the_objects(sdk: Sdk, event_key: str) -> None:
    text = await sdk.call(lambda c: c.events.reports.flat_list_csv(event_key))

    assert "A-1" in text
    assert "Standing" in text


async def test_outside_seasons_the_season_copy_reports_the_same(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))

    report = await sdk.call(
        lambda c: c.events.reports.with_season_bookings_not_propagated().by_status(event_key)
    )

    assert [info.label for info in report.items["booked"]] == ["A-1"]


async def test_a_chart_report_follows_book_whole_tables(sdk: Sdk, chart_key: str) -> None:
    tables = await sdk.call(lambda c: c.charts.reports.by_label(chart_key, True))
    seats = await sdk.call(lambda c: c.charts.reports.by_label(chart_key, False))

    assert ("T1" in tables, "T1-1" in tables) == (True, False)
    assert ("T1" in seats, "T1-1" in seats) == (False, True)
    a1 = seats.items["A-1"][0]
    assert (a1.category_key, a1.object_type) == (STALLS, ObjectType.SEAT)


async def test_a_chart_summary_counts_places(sdk: Sdk, chart_key: str) -> None:
    summary = await sdk.call(
        lambda c: c.charts.reports.summary_by_object_type(chart_key, book_whole_tables=False)
    )

    assert summary[ObjectType.SEAT].count == 3 * ROW_SEATS + 4
    assert summary[ObjectType.GENERAL_ADMISSION].count == GA_CAPACITY
