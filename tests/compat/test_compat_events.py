"""Events driven by the official `seatsio` client over HTTP: create (single, multiple), retrieve,
update, delete, list with pagination."""

from __future__ import annotations

import datetime as dt

import pytest

from ._official import OFFICIAL_ERROR, error_codes, official_error
from ._official_builders import category, channel, event_properties, for_sale_config, table_booking
from ._official_events import OfficialEvents
from .conftest import UploadChart


def _near_now(moment: dt.datetime | None) -> bool:
    # The official client parses timestamps into naive UTC datetimes.
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    return moment is not None and abs((moment - now).total_seconds()) < 60


def test_create_with_only_a_chart_key(events: OfficialEvents, chart_key: str) -> None:
    event = events.create(chart_key)

    assert event.key
    assert event.id != 0
    assert event.chart_key == chart_key
    assert event.table_booking_config.mode == "INHERIT"
    assert event.table_booking_config.tables is None
    assert event.supports_best_available is True
    assert event.for_sale_config is None
    assert _near_now(event.created_on)
    assert event.updated_on is None
    assert event.is_event_in_season is False
    assert event.partial_season_keys_for_event is None
    assert event.is_season() is False
    categories = event.categories or []
    assert [(c.key, c.label, c.color, c.accessible) for c in categories] == [
        (9, "Cat1", "#87A9CD", False),
        (10, "Cat2", "#5E42ED", False),
        ("string11", "Cat3", "#5E42BB", False),
    ]


def test_create_with_every_option(events: OfficialEvents, chart_key: str) -> None:
    event = events.create(
        chart_key,
        event_key="event1",
        name="My event",
        date=dt.date(2025, 1, 10),
        table_booking_config=table_booking("CUSTOM", {"T1": "BY_TABLE"}),
        object_categories={"A-1": 10},
        categories=[category("eventCat", "Event category", "#aabbcc")],
        channels=[
            channel("ch1", "Channel 1", "#FFFF98", ["A-1", "A-2"], index=1),
            channel("ch2", "Channel 2", "#FFFF99"),
        ],
        for_sale_config=for_sale_config(False, ["A-3"], {"GA1": 3}, ["Cat2"]),
    )

    assert event.key == "event1"
    assert event.name == "My event"
    assert event.date == dt.date(2025, 1, 10)
    assert (event.table_booking_config.mode, event.table_booking_config.tables) == (
        "CUSTOM",
        {"T1": "BY_TABLE"},
    )
    assert event.object_categories == {"A-1": 10}
    assert [c.key for c in event.categories or []] == [9, 10, "string11", "eventCat"]
    channels = event.channels or []
    assert [(c.key, c.name, c.color, c.index, c.objects, c.area_places) for c in channels] == [
        ("ch1", "Channel 1", "#FFFF98", 1, ["A-1", "A-2"], {}),
        ("ch2", "Channel 2", "#FFFF99", None, [], {}),
    ]
    assert all(c.id for c in channels)
    config = event.for_sale_config
    assert config is not None
    assert (config.for_sale, config.objects, config.area_places, config.categories) == (
        False,
        ["A-3"],
        {"GA1": 3},
        ["Cat2"],
    )


def test_create_on_an_unknown_chart_fails(events: OfficialEvents) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.create("no-such-chart")

    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]
    assert official_error(caught.value).message.startswith("Chart not found: no-such-chart")


def test_create_multiple(events: OfficialEvents, chart_key: str) -> None:
    created = events.create_multiple(
        chart_key,
        [
            event_properties("event1", table_booking_config=table_booking("ALL_BY_SEAT")),
            event_properties("event2", name="Second", date=dt.date(2025, 2, 2)),
        ],
    )

    assert [event.key for event in created] == ["event1", "event2"]
    assert created[0].table_booking_config.mode == "ALL_BY_SEAT"
    assert created[0].table_booking_config.tables is None
    assert (created[1].name, created[1].date) == ("Second", dt.date(2025, 2, 2))
    assert all(event.for_sale_config is None and event.updated_on is None for event in created)


def test_create_multiple_with_a_repeated_key_creates_nothing(
    events: OfficialEvents, chart_key: str
) -> None:
    with pytest.raises(OFFICIAL_ERROR):
        events.create_multiple(chart_key, [event_properties("same"), event_properties("same")])

    assert list(events.list()) == []


def test_retrieve(events: OfficialEvents, chart_key: str) -> None:
    created = events.create(chart_key, event_key="with/slash and space")

    retrieved = events.retrieve("with/slash and space")

    assert (retrieved.id, retrieved.key, retrieved.chart_key) == (
        created.id,
        created.key,
        chart_key,
    )
    assert retrieved.created_on == created.created_on


def test_update(events: OfficialEvents, chart_key: str) -> None:
    created = events.create(chart_key, event_key="old", object_categories={"A-1": 10})

    events.update(
        "old",
        event_key="new",
        name="Renamed",
        date=dt.date(2025, 3, 3),
        table_booking_config=table_booking("ALL_BY_TABLE"),
        object_categories={"A-2": 9},
        categories=[category("c", "C", "red")],
    )

    updated = events.retrieve("new")
    assert updated.id == created.id
    assert (updated.name, updated.date) == ("Renamed", dt.date(2025, 3, 3))
    assert updated.table_booking_config.mode == "ALL_BY_TABLE"
    assert updated.object_categories == {"A-2": 9}
    assert [c.key for c in updated.categories or []][-1] == "c"
    assert _near_now(updated.updated_on)
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.retrieve("old")
    assert error_codes(caught.value) == ["EVENT_NOT_FOUND"]


def test_remove_object_categories_and_categories(events: OfficialEvents, chart_key: str) -> None:
    events.create(
        chart_key,
        event_key="e1",
        object_categories={"A-1": 10},
        categories=[category("c", "C", "red")],
    )

    events.remove_object_categories("e1")
    events.remove_categories("e1")

    event = events.retrieve("e1")
    assert event.object_categories is None
    assert [c.key for c in event.categories or []] == [9, 10, "string11"]


def test_delete(events: OfficialEvents, chart_key: str) -> None:
    events.create(chart_key, event_key="gone")

    events.delete("gone")

    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.retrieve("gone")
    assert official_error(caught.value).message.startswith(
        "Event not found: gone was not found in workspace"
    )


def test_list_and_pages(events: OfficialEvents, chart_key: str) -> None:
    keys = [events.create(chart_key, event_key=f"e{n}").key for n in range(5)]
    newest_first = list(reversed(keys))

    assert [event.key for event in events.list()] == newest_first
    first = events.list_first_page(page_size=2)
    assert [event.key for event in first.items] == newest_first[:2]
    assert first.previous_page_ends_before is None
    assert first.next_page_starts_after is not None
    after = events.list_page_after(first.next_page_starts_after, page_size=2)
    assert [event.key for event in after.items] == newest_first[2:4]
    assert after.previous_page_ends_before is not None
    before = events.list_page_before(after.previous_page_ends_before, page_size=2)
    assert [event.key for event in before.items] == newest_first[:2]


def test_sample_charts_accept_events(
    upload_sample_chart: UploadChart, events: OfficialEvents
) -> None:
    expectations = {
        "sampleChartWithSections.json": True,
        "sampleChartWithTables.json": True,
        "sampleChartWithFloors.json": False,
        "sampleChartWithErrors.json": False,
        "sampleChartWithZones.json": True,
    }
    for name, best_available in expectations.items():
        event = events.create(upload_sample_chart(name))
        assert event.supports_best_available is best_available, name


def test_move_event_to_new_chart_copy(events: OfficialEvents, chart_key: str) -> None:
    created = events.create(chart_key, event_key="e1")

    moved = events.move_event_to_new_chart_copy("e1")

    assert moved.key == "e1"
    assert moved.id == created.id
    assert moved.chart_key != chart_key
    assert events.retrieve("e1").chart_key == moved.chart_key
