"""events.list / create_multiple / update / delete / move / extra data / status-change history
against the emulator, with a client of each kind."""

from __future__ import annotations

import datetime

import httpx
import pytest

from seatsio_typed import (
    Category,
    EventProperties,
    NotFoundException,
    ObjectProperties,
    ObjectStatus,
    Season,
    TableBookingConfig,
    TableBookingMode,
)
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.support import REGION, STALLS
from tests.unit.support import Sdk


def create_season(
    emulator: Emulator, secret_key: str, chart_key: str, key: str, event_keys: list[str]
) -> None:
    """A season with these events, made over the emulator's HTTP API (the SDK's `seasons`
    resource is written elsewhere)."""
    with httpx.Client(
        transport=emulator.transport(), base_url=REGION.url, auth=httpx.BasicAuth(secret_key, "")
    ) as http:
        body = {"chartKey": chart_key, "key": key, "eventKeys": event_keys}
        response = http.post("/seasons", json=body)
    response.raise_for_status()


async def test_list_pages_newest_first_and_iterates_every_event(sdk: Sdk, chart_key: str) -> None:
    for key in ("e1", "e2", "e3"):
        await sdk.create_event(chart_key, key)
    first = await sdk.call(lambda c: c.events.list_first_page(page_size=2))
    assert [e.key for e in first.items] == ["e3", "e2"]
    assert first.next_page_starts_after is not None
    cursor = first.next_page_starts_after
    second = await sdk.call(lambda c: c.events.list_page_after(cursor, page_size=2))
    assert [e.key for e in second.items] == ["e1"]
    assert second.previous_page_ends_before is not None
    before = second.previous_page_ends_before
    back = await sdk.call(lambda c: c.events.list_page_before(before, page_size=2))
    assert [e.key for e in back.items] == ["e3", "e2"]
    everything = await sdk.collect(lambda c: c.events.list())
    assert [e.key for e in everything] == ["e3", "e2", "e1"]


async def test_list_filter_applies_to_its_call_only(sdk: Sdk, chart_key: str) -> None:
    for key in ("rock-night", "jazz-night", "rock-matinee"):
        await sdk.create_event(chart_key, key)
    rock = await sdk.call(lambda c: c.events.list_first_page(filter="rock"))
    assert sorted(e.key for e in rock.items) == ["rock-matinee", "rock-night"]
    unfiltered = await sdk.call(lambda c: c.events.list_first_page())
    assert len(unfiltered.items) == 3


async def test_seasons_in_the_list_are_seasons(
    sdk: Sdk, chart_key: str, emulator: Emulator, company: TestCompany
) -> None:
    create_season(emulator, company.admin_key, chart_key, "season", ["day-1"])
    await sdk.create_event(chart_key, "single")
    page = await sdk.call(lambda c: c.events.list_first_page())
    kinds = {e.key: isinstance(e, Season) for e in page.items}
    assert kinds == {"single": False, "day-1": False, "season": True}


async def test_create_multiple_creates_every_event(sdk: Sdk, chart_key: str) -> None:
    events = await sdk.call(
        lambda c: c.events.create_multiple(
            chart_key,
            [
                EventProperties(event_key="sat", name="Saturday", date=datetime.date(2025, 6, 7)),
                EventProperties(
                    event_key="sun", table_booking_config=TableBookingConfig.all_by_table()
                ),
            ],
        )
    )
    assert [e.key for e in events] == ["sat", "sun"]
    sunday = await sdk.call(lambda c: c.events.retrieve("sun"))
    assert sunday.table_booking_config.mode is TableBookingMode.ALL_BY_TABLE
    saturday = await sdk.call(lambda c: c.events.retrieve("sat"))
    assert (saturday.name, saturday.date) == ("Saturday", datetime.date(2025, 6, 7))


async def test_update_renames_and_changes_an_event(sdk: Sdk, event_key: str) -> None:
    await sdk.call(
        lambda c: c.events.update(
            event_key, event_key="renamed", name="Renamed", date=datetime.date(2026, 1, 2)
        )
    )
    event = await sdk.call(lambda c: c.events.retrieve("renamed"))
    assert (event.name, event.date) == ("Renamed", datetime.date(2026, 1, 2))
    assert event.updated_on is not None
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.events.retrieve(event_key))


async def test_object_categories_and_categories_can_be_removed(sdk: Sdk, event_key: str) -> None:
    extra = Category(key="vip", label="VIP", color="#112233")
    await sdk.call(
        lambda c: c.events.update(event_key, object_categories={"A-1": "vip"}, categories=[extra])
    )
    assert (await sdk.object_info(event_key, "A-1")).category_key == "vip"
    await sdk.call(lambda c: c.events.remove_object_categories(event_key))
    assert (await sdk.object_info(event_key, "A-1")).category_key == STALLS
    await sdk.call(lambda c: c.events.remove_categories(event_key))
    event = await sdk.call(lambda c: c.events.retrieve(event_key))
    assert event.categories is not None
    assert "vip" not in [category.key for category in event.categories]


async def test_delete_removes_the_event(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.delete(event_key))
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.events.retrieve(event_key))
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.events.delete(event_key))


async def test_move_event_to_new_chart_copy_keeps_the_bookings(
    sdk: Sdk, chart_key: str, event_key: str
) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    moved = await sdk.call(lambda c: c.events.move_event_to_new_chart_copy(event_key))
    assert moved.key == event_key
    assert moved.chart_key not in (None, chart_key)
    assert await sdk.statuses(event_key, "A-1") == {"A-1": "booked"}


async def test_extra_data_is_stored_per_object(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.update_extra_data(event_key, "A-1", {"note": "aisle"}))
    await sdk.call(
        lambda c: c.events.update_extra_datas(
            event_key, {"A-2": {"userId": "123"}, "A-3": {"tags": ["x", 1, None]}}
        )
    )
    infos = await sdk.call(
        lambda c: c.events.retrieve_object_infos(event_key, ["A-1", "A-2", "A-3"])
    )
    assert {label: info.extra_data for label, info in infos.items()} == {
        "A-1": {"note": "aisle"},
        "A-2": {"userId": "123"},
        "A-3": {"tags": ["x", 1, None]},
    }


async def test_extra_data_of_an_unknown_event_is_not_found(sdk: Sdk) -> None:
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.events.update_extra_data("nope", "A-1", {"a": 1}))


async def test_status_changes_record_the_history_newest_first(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, ["A-1", "A-2"], order_id="o-1"))
    await sdk.call(lambda c: c.events.release(event_key, "A-1"))
    changes = await sdk.collect(lambda c: c.events.status_changes(event_key).list())
    newest = changes[0]
    assert (newest.object_label, newest.status) == ("A-1", ObjectStatus.FREE)
    assert sorted((s.object_label, str(s.status)) for s in changes) == [
        ("A-1", "booked"),
        ("A-1", "free"),
        ("A-2", "booked"),
    ]
    booked = next(s for s in changes if s.object_label == "A-2")
    assert booked.order_id == "o-1"


async def test_status_changes_filter_sort_and_pages(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, ["A-2", "B-1", "A-1", "A-3"]))
    lister = sdk.client.events.status_changes(event_key, "A-", "objectLabel", "desc")
    first = await sdk.call(lambda c: lister.first_page(page_size=2))
    assert [s.object_label for s in first.items] == ["A-3", "A-2"]
    assert first.next_page_starts_after is not None
    cursor = first.next_page_starts_after
    rest = await sdk.call(lambda c: lister.page_after(cursor, page_size=2))
    assert [s.object_label for s in rest.items] == ["A-1"]
    # A filter given to one call replaces the lister's for that call only.
    only_b = await sdk.call(lambda c: lister.first_page(filter="B-"))
    assert [s.object_label for s in only_b.items] == ["B-1"]
    again = await sdk.call(lambda c: lister.first_page())
    assert [s.object_label for s in again.items] == ["A-3", "A-2", "A-1"]
    ascending = await sdk.call(
        lambda c: c.events.status_changes(event_key, sort_field="objectLabel").first_page()
    )
    assert [s.object_label for s in ascending.items] == ["A-1", "A-2", "A-3", "B-1"]


async def test_status_changes_for_one_object(sdk: Sdk, event_key: str) -> None:
    standing = ObjectProperties(object_id="Standing", quantity=2)
    await sdk.call(lambda c: c.events.book(event_key, [standing, "A-1"]))
    await sdk.call(lambda c: c.events.release(event_key, "A-1"))
    changes = await sdk.collect(
        lambda c: c.events.status_changes_for_object(event_key, "A-1").list()
    )
    assert [str(s.status) for s in changes] == ["free", "booked"]
    area = await sdk.call(
        lambda c: c.events.status_changes_for_object(event_key, "Standing").first_page()
    )
    assert [(s.object_label, s.quantity) for s in area.items] == [("Standing", 2)]
