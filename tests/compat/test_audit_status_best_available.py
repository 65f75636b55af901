"""Audit: the confirmed best-available picks (object-status.md §3.4, chart-model.md §5.1), through
the official client; the reference's step order and the emulator's outward search are in
`_engine/best_available.py`."""

from __future__ import annotations

import pytest
from seatsio.exceptions import BestAvailableObjectsNotFoundException

from ._audit_events import HELD, create_event, post_json
from ._audit_wire import Caller, error_body, single_error
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes, official_error
from ._official_builders import channel
from ._official_events import OfficialEvents, hold_tokens_of
from .conftest import UploadChart


@pytest.fixture
def sample(events: OfficialEvents, upload_sample_chart: UploadChart) -> str:
    return events.create(upload_sample_chart("sampleChart.json")).key


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, ["A-5"]),
        (2, ["A-4", "A-5"]),
        (3, ["A-4", "A-5", "A-6"]),
        (4, ["A-3", "A-4", "A-5", "A-6"]),  # chart-model.md §5.1, inferred
        (5, ["A-4", "A-5", "A-6", "A-7", "A-8"]),  # chart-model.md §5.1, inferred
    ],
)
def test_fresh_sample_chart(
    events: OfficialEvents, sample: str, number: int, expected: list[str]
) -> None:
    result = events.book_best_available(sample, number)

    assert result.objects == expected
    assert result.next_to_each_other is True
    assert sorted(result.objectDetails) == sorted(expected)
    assert {info.status for info in result.objectDetails.values()} == {"booked"}


def test_categories_by_label_ignoring_case(events: OfficialEvents, sample: str) -> None:
    assert events.book_best_available(sample, 3, categories=["cat2"]).objects == [
        "C-4",
        "C-5",
        "C-6",
    ]


def test_accessible_seats(events: OfficialEvents, sample: str) -> None:
    result = events.change_best_available_object_status(sample, 3, "booked", accessible_seats=1)

    assert result.objects == ["A-6", "A-7", "A-8"]


def test_orphans_allowed_after_the_middle_pair_was_booked(
    events: OfficialEvents, sample: str
) -> None:
    events.book(sample, ["A-4", "A-5"])

    result = events.book_best_available(sample, 2, try_to_prevent_orphan_seats=False)

    assert result.objects == ["A-2", "A-3"]


def test_channel_keys_limit_the_search(
    events: OfficialEvents, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChart.json")
    only_a6 = events.create(chart, channels=[channel("channelKey1", "C", "#000000", ["A-6"])]).key
    with_a5 = events.create(chart, channels=[channel("channelKey1", "C", "#000000", ["A-5"])]).key

    assert events.book_best_available(only_a6, 1, channel_keys=["channelKey1"]).objects == ["A-6"]
    assert events.book_best_available(with_a5, 1, ignore_channels=True).objects == ["A-5"]


def test_sections_and_zones(events: OfficialEvents, upload_sample_chart: UploadChart) -> None:
    sections = events.create(upload_sample_chart("sampleChartWithSections.json")).key
    zones = events.create(upload_sample_chart("sampleChartWithZones.json")).key

    pick_a = events.change_best_available_object_status(sections, 1, "s", sections=["Section A"])
    pick_b = events.change_best_available_object_status(sections, 1, "s", sections=["Section B"])
    midtrack = events.book_best_available(zones, 1, zone="midtrack")
    finishline = events.book_best_available(zones, 1, zone="finishline")

    assert (pick_a.objects, pick_b.objects) == (["Section A-A-1"], ["Section B-A-1"])
    assert (midtrack.objects, finishline.objects) == (["MT3-A-139"], ["Goal Stand 4-A-1"])


def test_holds_with_order_id_ticket_types_and_extra_data_in_pick_order(
    client: OfficialClient, events: OfficialEvents, sample: str
) -> None:
    token = hold_tokens_of(client).create().hold_token

    result = events.hold_best_available(
        sample,
        3,
        hold_token=token,
        order_id="order1",
        ticket_types=["t1", "t2", "t3"],
        extra_data=[{"i": 1}, {"i": 2}, {"i": 3}],
    )

    assert result.objects == ["A-4", "A-5", "A-6"]
    details = [result.objectDetails[label] for label in result.objects]
    assert [(d.status, d.hold_token, d.order_id) for d in details] == [(HELD, token, "order1")] * 3
    assert [d.ticket_type for d in details] == ["t1", "t2", "t3"]
    assert [d.extra_data for d in details] == [{"i": 1}, {"i": 2}, {"i": 3}]


def test_keep_extra_data(events: OfficialEvents, sample: str) -> None:
    events.update_extra_data(sample, "A-5", {"kept": True})

    result = events.book_best_available(sample, 1, keep_extra_data=True)

    assert result.objectDetails["A-5"].extra_data == {"kept": True}


def test_not_found(events: OfficialEvents, sample: str) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book_best_available(sample, 3000)

    assert isinstance(caught.value, BestAvailableObjectsNotFoundException)
    assert error_codes(caught.value) == ["BEST_AVAILABLE_OBJECTS_NOT_FOUND"]
    assert official_error(caught.value).message == "Best available objects not found."


def test_not_found_on_the_wire(caller: Caller, sample: str) -> None:
    response = post_json(
        caller,
        f"/events/{sample}/actions/change-object-status",
        {"status": "booked", "bestAvailable": {"number": 3000}},
    )

    assert single_error(response, 400) == {
        "code": "BEST_AVAILABLE_OBJECTS_NOT_FOUND",
        "message": "Best available objects not found",
    }


def test_unknown_event_is_event_not_found(events: OfficialEvents) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book_best_available("no-such-event", 1)

    assert error_codes(caught.value) == ["EVENT_NOT_FOUND"]


@pytest.mark.parametrize("name", ["sampleChartWithFloors.json", "sampleChartWithErrors.json"])
def test_charts_without_a_focal_point(
    caller: Caller, upload_sample_chart: UploadChart, name: str
) -> None:
    key = create_event(caller, upload_sample_chart(name))["key"]

    response = post_json(
        caller,
        f"/events/{key}/actions/change-object-status",
        {"status": "booked", "bestAvailable": {"number": 1}},
    )

    error_body(response, 400)
