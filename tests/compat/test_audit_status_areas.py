"""Audit: general admission areas (object-status.md §1.5, chart-model.md §5.3 and §7 item 7):
places, counters, holds per token and ticket type, status of a partly used area."""

from __future__ import annotations

import pytest

from ._audit_events import HELD, change, changed_objects, create_event, new_hold_token, object_info
from ._audit_wire import Caller, error_body, items_of
from ._official import OfficialClient
from ._official_builders import object_properties
from ._official_events import OfficialEvents, events_of, hold_tokens_of
from .conftest import UploadChart

COUNTERS = ("capacity", "numBooked", "numHeld", "numFree")


@pytest.fixture
def event_key(caller: Caller, upload_sample_chart: UploadChart) -> str:
    return str(create_event(caller, upload_sample_chart("sampleChart.json"), eventKey="e1")["key"])


def _counters(caller: Caller, event_key: str, label: str = "GA1") -> list[object]:
    info = object_info(caller, event_key, label)
    return [info[counter] for counter in COUNTERS]


@pytest.mark.parametrize("label", ["GA1", "GA2"])
def test_five_booked_then_three_held(caller: Caller, event_key: str, label: str) -> None:
    token = new_hold_token(caller)

    change(caller, event_key, [{"objectId": label, "quantity": 5}])
    held = changed_objects(
        change(caller, event_key, [{"objectId": label, "quantity": 3}], HELD, holdToken=token)
    )

    area = held[label]
    assert [area[counter] for counter in COUNTERS] == [100, 5, 3, 92]
    assert area["status"] == HELD
    assert area["holds"] == {token: {"NO_TICKET_TYPE": 3}}
    assert _counters(caller, event_key, label) == [100, 5, 3, 92]


def test_custom_status_places_count_as_booked(caller: Caller, event_key: str) -> None:
    result = changed_objects(change(caller, event_key, [{"objectId": "GA1", "quantity": 5}], "s"))

    assert [result["GA1"][counter] for counter in COUNTERS] == [100, 5, 0, 95]


def test_one_place_held_without_ticket_type(caller: Caller, event_key: str) -> None:
    token = new_hold_token(caller)

    change(caller, event_key, ["GA1"], HELD, holdToken=token)

    info = object_info(caller, event_key, "GA1")
    assert info["holds"] == {token: {"NO_TICKET_TYPE": 1}}
    assert (info["numHeld"], info["numFree"]) == (1, 99)


def test_holds_per_ticket_type(caller: Caller, event_key: str) -> None:
    token = new_hold_token(caller)

    change(
        caller,
        event_key,
        [
            {"objectId": "GA1", "quantity": 2, "ticketType": "adult"},
            {"objectId": "GA1", "quantity": 1, "ticketType": "child"},
            {"objectId": "GA1"},
        ],
        HELD,
        holdToken=token,
    )

    assert object_info(caller, event_key, "GA1")["holds"] == {
        token: {"adult": 2, "child": 1, "NO_TICKET_TYPE": 1}
    }


def test_a_repeated_label_counts_each_place(caller: Caller, event_key: str) -> None:
    result = changed_objects(change(caller, event_key, ["GA2", "GA2", "GA2"]))

    assert result["GA2"]["numBooked"] == 3
    assert list(result) == ["GA2"]


def test_more_places_than_free_are_refused(caller: Caller, event_key: str) -> None:
    change(caller, event_key, [{"objectId": "GA1", "quantity": 98}])

    error_body(change(caller, event_key, [{"objectId": "GA1", "quantity": 3}]), 400)

    assert _counters(caller, event_key) == [100, 98, 0, 2]


def test_releasing_places_and_booking_held_places(caller: Caller, event_key: str) -> None:
    token = new_hold_token(caller)
    change(caller, event_key, [{"objectId": "GA1", "quantity": 4}], HELD, holdToken=token)

    change(caller, event_key, [{"objectId": "GA1", "quantity": 1}], None, holdToken=token)
    change(caller, event_key, [{"objectId": "GA1", "quantity": 2}], "booked", holdToken=token)

    assert _counters(caller, event_key) == [100, 2, 1, 97]
    error_body(
        change(caller, event_key, [{"objectId": "GA1", "quantity": 2}], None, holdToken=token), 400
    )


def test_a_fully_released_area_is_free_again(caller: Caller, event_key: str) -> None:
    change(caller, event_key, [{"objectId": "GA2", "quantity": 2}])

    released = changed_objects(
        change(caller, event_key, [{"objectId": "GA2", "quantity": 2}], None)
    )

    assert released["GA2"]["status"] == "free"
    assert [released["GA2"][c] for c in COUNTERS] == [100, 0, 0, 100]


def test_status_change_quantity_is_the_number_of_places(caller: Caller, event_key: str) -> None:
    change(caller, event_key, [{"objectId": "GA1", "quantity": 5}])

    (record,) = items_of(caller.json(f"/events/{event_key}/status-changes"))

    assert (record["objectLabel"], record["quantity"]) == ("GA1", 5)


def test_variable_occupancy_area_through_the_official_client(
    client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    events: OfficialEvents = events_of(client)
    key = events.create(upload_sample_chart("sampleChart.json")).key
    token = hold_tokens_of(client).create().hold_token

    booked = events.book(key, [object_properties("GA1", quantity=5)])
    held_one = events.hold(key, ["GA1"], token)
    held_three = events.hold(key, [object_properties("GA1", quantity=3)], token)

    assert booked.objects["GA1"].num_booked == 5
    assert held_one.objects["GA1"].num_held == 1
    area = held_three.objects["GA1"]
    assert (area.num_booked, area.num_held, area.num_free, area.capacity) == (5, 4, 91, 100)
    assert area.holds == {token: {"NO_TICKET_TYPE": 4}}
    assert area.status == HELD
