"""General admission areas: places, counters, holds per token and ticket type (§1.5)."""

from __future__ import annotations

import httpx

from ._events_support import (
    HELD,
    change,
    changed,
    codes,
    hold_token,
    info,
)


def counters(area: dict[str, object]) -> tuple[object, ...]:
    return area["numBooked"], area["numHeld"], area["numFree"]


def test_a_fresh_area_is_free_with_all_places(admin: httpx.Client, event: str) -> None:
    area = info(admin, event, "GA1")

    assert area["status"] == "free"
    assert area["capacity"] == 10
    assert counters(area) == (0, 0, 10)
    assert area["numNotForSale"] == 0
    assert "holds" not in area
    assert area["isAvailable"] is True
    assert "isAccessible" not in area


def test_quantity_and_repeated_labels_book_places(admin: httpx.Client, event: str) -> None:
    changed(admin, event, [{"objectId": "GA1", "quantity": 3}])
    area = changed(admin, event, ["GA1", "GA1"])["GA1"]

    assert area["status"] == "booked"
    assert counters(area) == (5, 0, 5)


def test_more_places_than_free_are_refused(admin: httpx.Client, event: str) -> None:
    changed(admin, event, [{"objectId": "GA1", "quantity": 8}])

    assert codes(change(admin, event, [{"objectId": "GA1", "quantity": 3}])) == [
        "NOT_ENOUGH_FREE_PLACES"
    ]
    assert counters(info(admin, event, "GA1")) == (8, 0, 2)


def test_holds_are_counted_per_token_and_ticket_type(admin: httpx.Client, event: str) -> None:
    first, second = hold_token(admin), hold_token(admin)
    changed(admin, event, [{"objectId": "GA1", "quantity": 5}])
    changed(
        admin,
        event,
        [{"objectId": "GA1", "quantity": 2, "ticketType": "adult"}, "GA1"],
        HELD,
        holdToken=first,
    )
    area = changed(admin, event, ["GA1"], HELD, holdToken=second)["GA1"]

    assert area["status"] == HELD
    assert counters(area) == (5, 4, 1)
    assert area["holds"] == {
        first: {"adult": 2, "NO_TICKET_TYPE": 1},
        second: {"NO_TICKET_TYPE": 1},
    }
    assert "holdToken" not in area


def test_custom_status_places_count_as_booked(admin: httpx.Client, event: str) -> None:
    area = changed(admin, event, [{"objectId": "GA1", "quantity": 5}], "custom")["GA1"]

    assert area["status"] == "custom"
    assert counters(area) == (5, 0, 5)


def test_booking_with_a_token_converts_its_held_places(admin: httpx.Client, event: str) -> None:
    token = hold_token(admin)
    changed(admin, event, [{"objectId": "GA1", "quantity": 3}], HELD, holdToken=token)

    area = changed(admin, event, [{"objectId": "GA1", "quantity": 2}], holdToken=token)["GA1"]

    assert counters(area) == (2, 1, 7)
    assert area["holds"] == {token: {"NO_TICKET_TYPE": 1}}


def test_a_token_cannot_book_more_than_it_holds(admin: httpx.Client, event: str) -> None:
    token = hold_token(admin)
    changed(admin, event, ["GA1"], HELD, holdToken=token)

    response = change(admin, event, [{"objectId": "GA1", "quantity": 2}], holdToken=token)

    assert codes(response) == ["ILLEGAL_STATUS_CHANGE"]


def test_release_with_a_token_gives_back_only_its_places(admin: httpx.Client, event: str) -> None:
    token, other = hold_token(admin), hold_token(admin)
    changed(admin, event, [{"objectId": "GA1", "quantity": 2}], HELD, holdToken=token)
    changed(admin, event, ["GA1"], HELD, holdToken=other)

    assert codes(
        change(admin, event, [{"objectId": "GA1", "quantity": 3}], None, holdToken=token)
    ) == ["ILLEGAL_STATUS_CHANGE"]
    area = changed(admin, event, [{"objectId": "GA1", "quantity": 2}], None, holdToken=token)["GA1"]
    assert counters(area) == (0, 1, 9)
    assert area["holds"] == {other: {"NO_TICKET_TYPE": 1}}


def test_release_without_token_frees_booked_places_first(admin: httpx.Client, event: str) -> None:
    token = hold_token(admin)
    changed(admin, event, [{"objectId": "GA1", "quantity": 2}])
    changed(admin, event, ["GA1"], HELD, holdToken=token)

    area = changed(admin, event, [{"objectId": "GA1", "quantity": 3}], None)["GA1"]

    assert counters(area) == (0, 0, 10)
    assert area["status"] == "free"
    assert codes(change(admin, event, ["GA1"], None)) == ["ILLEGAL_STATUS_CHANGE"]


def test_releasing_some_places_keeps_the_area_in_use(admin: httpx.Client, event: str) -> None:
    changed(admin, event, [{"objectId": "GA1", "quantity": 4}])

    area = changed(admin, event, ["GA1"], None)["GA1"]

    assert counters(area) == (3, 0, 7)
    assert area["status"] == "booked"


def test_a_full_area_is_not_available(admin: httpx.Client, event: str) -> None:
    area = changed(admin, event, [{"objectId": "GA1", "quantity": 10}])["GA1"]

    assert area["numFree"] == 0
    assert area["isAvailable"] is False
    assert area["availabilityReason"] == "booked"


def test_status_changes_record_the_quantity(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["GA1", "GA1", {"objectId": "GA1", "quantity": 2}])

    response = admin.get(f"/events/{event}/objects/GA1/status-changes")

    [record] = response.json()["items"]
    assert record["quantity"] == 4
    assert record["status"] == "booked"
