"""StatusChange: the status-change history examples parse to what a user reads."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from seatsio_typed.models import (
    NotPresentOnChartReason,
    ObjectStatus,
    StatusChange,
    StatusChangeOriginType,
)
from tests.reference import load_example


def _items(name: str) -> list[StatusChange]:
    body = json.loads(load_example(name))
    return [StatusChange.model_validate(item) for item in body["items"]]


def test_status_changes_of_an_event_parse() -> None:
    booked, held = _items("events.status-changes.response.json")

    assert (booked.id, booked.event_id, booked.object_label) == (169, 12, "A-1")
    assert booked.status is ObjectStatus.BOOKED
    assert booked.quantity == 1
    assert booked.date == dt.datetime(2017, 5, 5, 10, 58, 44, 715000, tzinfo=dt.timezone.utc)
    assert booked.order_id == "anOrder"
    assert booked.extra_data == {"userId": "123"}
    assert booked.origin.type is StatusChangeOriginType.API_CALL
    assert booked.origin.ip == "10.4.32.67"
    assert booked.hold_token is None
    assert booked.is_present_on_chart is True
    assert booked.not_present_on_chart_reason is None
    assert held.status is ObjectStatus.RESERVED_BY_TOKEN
    assert held.hold_token == "wvXbB9MlHt"
    assert held.origin.type is StatusChangeOriginType.HELD_BY_USER
    assert held.origin.ip is None


def test_status_changes_of_an_object_report_why_it_left_the_chart() -> None:
    _, released = _items("events.status-changes-for-object.response.json")

    assert released.status is ObjectStatus.FREE
    assert released.is_present_on_chart is False
    assert released.not_present_on_chart_reason is NotPresentOnChartReason.RENAMED_OR_DELETED


def test_unknown_origin_and_reason_are_kept() -> None:
    change = StatusChange.model_validate_json(
        b'{"id": 1, "eventId": 2, "status": "sold-out-vip", "objectLabel": "A-1",'
        b' "date": "2024-01-01T00:00:00Z", "origin": {"type": "IMPORT"},'
        b' "isPresentOnChart": false, "notPresentOnChartReason": "MOVED_TO_MARS"}'
    )

    assert change.status == "sold-out-vip"
    assert change.origin.type == "IMPORT"
    assert change.not_present_on_chart_reason == "MOVED_TO_MARS"


def test_status_change_without_origin_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        StatusChange.model_validate_json(
            b'{"id": 1, "eventId": 2, "status": "free", "objectLabel": "A-1",'
            b' "date": "2024-01-01T00:00:00Z"}'
        )

    assert [error["loc"] for error in caught.value.errors()] == [("origin",)]
