"""Best available driven by the official client over HTTP (the confirmed picks)."""

from __future__ import annotations

import pytest
from seatsio.exceptions import BestAvailableObjectsNotFoundException

from ._official import OFFICIAL_ERROR, OfficialClient, error_codes
from ._official_events import OfficialEvents, hold_tokens_of
from .conftest import UploadChart


@pytest.fixture
def event_key(events: OfficialEvents, upload_sample_chart: UploadChart) -> str:
    return events.create(upload_sample_chart("sampleChart.json")).key


def test_book_best_available(events: OfficialEvents, event_key: str) -> None:
    result = events.book_best_available(event_key, 3, order_id="order1")

    assert result.objects == ["A-4", "A-5", "A-6"]
    assert result.next_to_each_other is True
    assert sorted(result.objectDetails) == ["A-4", "A-5", "A-6"]
    assert result.objectDetails["A-5"].status == "booked"
    assert result.objectDetails["A-5"].order_id == "order1"


def test_hold_best_available_with_categories_and_ticket_types(
    client: OfficialClient, events: OfficialEvents, event_key: str
) -> None:
    token = hold_tokens_of(client).create().hold_token

    result = events.hold_best_available(
        event_key,
        2,
        categories=["cat2"],
        hold_token=token,
        ticket_types=["adult", "child"],
        extra_data=[{"a": 1}, {"b": 2}],
    )

    assert result.objects == ["C-4", "C-5"]
    details = result.objectDetails
    assert (details["C-4"].status, details["C-4"].hold_token) == ("reservedByToken", token)
    assert (details["C-4"].ticket_type, details["C-5"].ticket_type) == ("adult", "child")
    assert details["C-5"].extra_data == {"b": 2}


def test_change_best_available_with_accessible_seats(
    events: OfficialEvents, event_key: str
) -> None:
    result = events.change_best_available_object_status(event_key, 3, "lolzor", accessible_seats=1)

    assert result.objects == ["A-6", "A-7", "A-8"]
    assert result.objectDetails["A-7"].status == "lolzor"


def test_zones_and_sections(events: OfficialEvents, upload_sample_chart: UploadChart) -> None:
    zones = events.create(upload_sample_chart("sampleChartWithZones.json")).key
    sections = events.create(upload_sample_chart("sampleChartWithSections.json")).key

    assert events.book_best_available(zones, 1, zone="midtrack").objects == ["MT3-A-139"]
    picked = events.change_best_available_object_status(
        sections, 1, "booked", sections=["Section B"]
    )
    assert picked.objects == ["Section B-A-1"]


def test_not_found(events: OfficialEvents, event_key: str) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book_best_available(event_key, 3000)

    assert isinstance(caught.value, BestAvailableObjectsNotFoundException)
    assert error_codes(caught.value) == ["BEST_AVAILABLE_OBJECTS_NOT_FOUND"]
