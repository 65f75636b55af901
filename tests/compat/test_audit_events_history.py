"""Audit: status-change lists (events.md §1.5, §3.9-§3.10, §5.2; object-status.md §4.4) and extra
data (events.md §3.11-§3.12)."""

from __future__ import annotations

import pytest

from ._audit_events import (
    change,
    create_event,
    object_info,
    object_infos,
    parse_timestamp,
    post_json,
    quote,
    status_changes,
)
from ._audit_wire import Caller, JsonBody, error_body, items_of
from ._official_events import OfficialEvents
from .conftest import UploadChart

RECORD_KEYS = {
    "id",
    "eventId",
    "status",
    "quantity",
    "objectLabel",
    "date",
    "origin",
    "isPresentOnChart",
}
"""Keys every StatusChange carries; orderId, extraData, holdToken and the reason are optional."""


@pytest.fixture
def event_key(caller: Caller, upload_sample_chart: UploadChart) -> str:
    return str(create_event(caller, upload_sample_chart("sampleChart.json"), eventKey="e1")["key"])


@pytest.fixture
def four(caller: Caller, event_key: str) -> dict[str, int]:
    """A-1, B-1, A-3, A-2 changed in that order; label -> record id."""
    for label in ("A-1", "B-1", "A-3", "A-2"):
        change(caller, event_key, [label], f"s-{label}")
    records = items_of(status_changes(caller, event_key))
    return {str(r["objectLabel"]): int(str(r["id"])) for r in records}


def _labels(page: JsonBody) -> list[str]:
    return [str(record["objectLabel"]) for record in items_of(page)]


def test_default_order_is_newest_first(
    caller: Caller, event_key: str, four: dict[str, int]
) -> None:
    page = status_changes(caller, event_key)

    assert _labels(page) == ["A-2", "A-3", "B-1", "A-1"]
    assert set(page) == {"items"}
    for record in items_of(page):
        assert set(record) >= RECORD_KEYS
        assert type(record["id"]) is int
        assert type(record["eventId"]) is int
        parse_timestamp(record["date"])


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("objectLabel", ["A-1", "A-2", "A-3", "B-1"]),
        ("objectLabel:asc", ["A-1", "A-2", "A-3", "B-1"]),
        ("objectLabel:desc", ["B-1", "A-3", "A-2", "A-1"]),
        ("date:desc", ["A-2", "A-3", "B-1", "A-1"]),
        ("date", ["A-1", "B-1", "A-3", "A-2"]),
        ("status", ["A-1", "A-2", "A-3", "B-1"]),
    ],
)
def test_sorting(
    caller: Caller, event_key: str, four: dict[str, int], sort: str, expected: list[str]
) -> None:
    assert _labels(status_changes(caller, event_key, [("sort", sort)])) == expected


def test_filter_is_a_substring_of_the_label(
    caller: Caller, event_key: str, four: dict[str, int]
) -> None:
    assert _labels(status_changes(caller, event_key, [("filter", "A-")])) == ["A-2", "A-3", "A-1"]
    assert _labels(status_changes(caller, event_key, [("filter", "-1")])) == ["B-1", "A-1"]


def test_cursors_follow_the_sorted_order(
    caller: Caller, event_key: str, four: dict[str, int]
) -> None:
    by_label: list[tuple[str, str | int]] = [("sort", "objectLabel"), ("limit", 2)]

    before = status_changes(caller, event_key, [*by_label, ("end_before_id", four["A-3"])])
    after = status_changes(caller, event_key, [*by_label, ("start_after_id", four["A-1"])])
    first = status_changes(caller, event_key, by_label)

    assert _labels(before) == ["A-1", "A-2"]
    assert _labels(after) == ["A-2", "A-3"]
    assert _labels(first) == ["A-1", "A-2"]
    assert first["next_page_starts_after"] == str(four["A-2"])
    assert "previous_page_ends_before" not in first
    assert (after["next_page_starts_after"], after["previous_page_ends_before"]) == (
        str(four["A-3"]),
        str(four["A-2"]),
    )


def test_default_order_pages(caller: Caller, event_key: str, four: dict[str, int]) -> None:
    first = status_changes(caller, event_key, [("limit", 2)])
    second = status_changes(
        caller, event_key, [("limit", 2), ("start_after_id", str(first["next_page_starts_after"]))]
    )

    assert _labels(first) == ["A-2", "A-3"]
    assert _labels(second) == ["B-1", "A-1"]
    assert "next_page_starts_after" not in second
    assert second["previous_page_ends_before"] == str(four["B-1"])


def test_official_client_lists(
    events: OfficialEvents, event_key: str, four: dict[str, int]
) -> None:
    everything = [c.object_label for c in events.status_changes(event_key).list()]
    by_label = events.status_changes(event_key, sort_field="objectLabel", sort_direction="desc")
    filtered = events.status_changes(event_key, filter="A-")
    page = events.status_changes(event_key, sort_field="objectLabel").page_after(
        four["A-1"], page_size=2
    )

    assert everything == ["A-2", "A-3", "B-1", "A-1"]
    assert [c.object_label for c in by_label.list()] == ["B-1", "A-3", "A-2", "A-1"]
    assert [c.object_label for c in filtered.list()] == ["A-2", "A-3", "A-1"]
    assert [c.object_label for c in page.items] == ["A-2", "A-3"]


def test_status_changes_of_one_object(caller: Caller, event_key: str) -> None:
    change(caller, event_key, ["A-1", "A-2"])
    change(caller, event_key, ["A-1"], None)
    change(caller, event_key, ["A-1"], "s")

    page = caller.json(f"/events/{event_key}/objects/A-1/status-changes")

    assert [(r["objectLabel"], r["status"]) for r in items_of(page)] == [
        ("A-1", "s"),
        ("A-1", "free"),
        ("A-1", "booked"),
    ]


def test_status_changes_of_one_object_with_an_encoded_label(
    caller: Caller, events: OfficialEvents, upload_sample_chart: UploadChart
) -> None:
    key = str(create_event(caller, upload_sample_chart("sampleChartWithSections.json"))["key"])
    change(caller, key, ["Section A-A-1"])

    listed = list(events.status_changes_for_object(key, "Section A-A-1").list())
    raw = caller.json(f"/events/{key}/objects/{quote('Section A-A-1')}/status-changes")

    assert [c.object_label for c in listed] == ["Section A-A-1"]
    assert _labels(raw) == ["Section A-A-1"]


def test_switching_table_booking_mode_marks_old_records(
    caller: Caller, events: OfficialEvents, upload_sample_chart: UploadChart
) -> None:
    key = str(
        create_event(
            caller,
            upload_sample_chart("sampleChartWithTables.json"),
            tableBookingConfig={"mode": "ALL_BY_TABLE"},
        )["key"]
    )
    change(caller, key, ["T1"])

    post_json(caller, f"/events/{key}", {"tableBookingConfig": {"mode": "ALL_BY_SEAT"}})

    (record,) = items_of(status_changes(caller, key))
    assert (record["isPresentOnChart"], record["notPresentOnChartReason"]) == (
        False,
        "SWITCHED_TO_BOOK_BY_SEAT",
    )
    (official,) = list(events.status_changes(key).list())
    assert (official.is_present_on_chart, official.not_present_on_chart_reason) == (
        False,
        "SWITCHED_TO_BOOK_BY_SEAT",
    )


def test_switching_to_whole_tables_marks_seat_records(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    key = str(
        create_event(
            caller,
            upload_sample_chart("sampleChartWithTables.json"),
            tableBookingConfig={"mode": "ALL_BY_SEAT"},
        )["key"]
    )
    change(caller, key, ["T1-1"])

    post_json(caller, f"/events/{key}", {"tableBookingConfig": {"mode": "ALL_BY_TABLE"}})

    (record,) = items_of(status_changes(caller, key))
    assert record["notPresentOnChartReason"] == "SWITCHED_TO_BOOK_WHOLE_TABLE"


def test_update_extra_data_of_one_object(caller: Caller, event_key: str) -> None:
    change(caller, event_key, ["A-1"])

    response = post_json(
        caller,
        f"/events/{event_key}/objects/A-1/actions/update-extra-data",
        {"extraData": {"foo": "bar", "n": [1, {"x": None}]}},
    )

    assert response.status_code == 204
    info = object_info(caller, event_key, "A-1")
    assert info["extraData"] == {"foo": "bar", "n": [1, {"x": None}]}
    assert info["status"] == "booked"


def test_update_extra_data_of_many_objects(caller: Caller, event_key: str) -> None:
    response = post_json(
        caller,
        f"/events/{event_key}/actions/update-extra-data",
        {"extraData": {"A-1": {"a": 1}, "A-2": {"b": 2}, "GA1": {"c": 3}}},
    )

    assert response.status_code == 204
    infos = object_infos(caller, event_key, "A-1", "A-2", "GA1")
    assert [infos[label]["extraData"] for label in ("A-1", "A-2", "GA1")] == [
        {"a": 1},
        {"b": 2},
        {"c": 3},
    ]


def test_update_extra_data_for_an_unknown_object_is_404(caller: Caller, event_key: str) -> None:
    response = post_json(
        caller,
        f"/events/{event_key}/actions/update-extra-data",
        {"extraData": {"A-1": {"a": 1}, "NOPE": {"b": 2}}},
    )

    error_body(response, 404)
    assert "extraData" not in object_info(caller, event_key, "A-1")


def test_extra_data_updates_record_no_status_change(caller: Caller, event_key: str) -> None:
    post_json(
        caller,
        f"/events/{event_key}/objects/A-1/actions/update-extra-data",
        {"extraData": {"a": 1}},
    )

    assert items_of(status_changes(caller, event_key)) == []
