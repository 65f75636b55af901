"""Object infos, extra data and status-change lists of an event (events.md §3.8-3.12)."""

from __future__ import annotations

import httpx

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import (
    HELD,
    changed,
    codes,
    create_event,
    errors,
    hold_token,
    info,
    infos,
    ok,
    status_changes,
)


def test_infos_hold_exactly_the_requested_labels(admin: httpx.Client, event: str) -> None:
    assert set(infos(admin, event, "A-1", "GA1", "S1-A-2")) == {"A-1", "GA1", "S1-A-2"}


def test_a_fresh_seat(admin: httpx.Client, event: str) -> None:
    seat = info(admin, event, "A-1")

    assert seat["status"] == "free"
    assert seat["forSale"] is True
    assert seat["isAvailable"] is True
    assert seat["availabilityReason"] == "available"
    assert seat["objectType"] == "seat"
    assert seat["categoryKey"] == "1"
    assert seat["categoryLabel"] == "Stalls"
    assert seat["ids"] == {"own": "1", "parent": "A"}
    assert seat["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
    }
    assert seat["rightNeighbour"] == "A-2"
    assert seat["seasonStatusOverriddenQuantity"] == 0
    for absent in ("orderId", "ticketType", "holdToken", "extraData", "channel", "capacity"):
        assert absent not in seat


def test_a_seat_in_a_section(admin: httpx.Client, event: str) -> None:
    seat = info(admin, event, "S1-A-1")

    assert seat["section"] == "S1"
    assert seat["entrance"] == "Gate 2"
    assert seat["ids"] == {"own": "1", "parent": "A", "section": "S1"}
    assert seat["labels"]["section"] == "S1"


def test_an_unknown_label_is_404(admin: httpx.Client, event: str) -> None:
    [(code, message)] = errors(
        admin.get(f"/events/{event}/objects", params={"label": ["A-1", "Q"]}), 404
    )

    assert code == "OBJECT_NOT_FOUND"
    assert "Q" in message


def test_infos_need_a_label_and_an_event(admin: httpx.Client, event: str) -> None:
    assert codes(admin.get(f"/events/{event}/objects")) == ["VALIDATION_FAILED"]
    assert codes(admin.get("/events/nope/objects", params={"label": "A-1"}), 404) == [
        "EVENT_NOT_FOUND"
    ]


def test_labels_with_slashes_and_spaces(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    from seatsio_typed.testing.builder import ChartBuilder

    chart = emulator.upload_chart(
        ChartBuilder("Odd").row("R/1", seats=["a b"]).build(), secret_key=company.admin_key
    )
    create_event(admin, chart, eventKey="odd")
    changed(admin, "odd", ["R/1-a b"])

    assert info(admin, "odd", "R/1-a b")["status"] == "booked"
    history = ok(admin.get("/events/odd/objects/R%2F1-a%20b/status-changes"))
    assert [item["objectLabel"] for item in history["items"]] == ["R/1-a b"]


def test_update_extra_data_of_one_object(admin: httpx.Client, event: str) -> None:
    url = f"/events/{event}/objects/A-1/actions/update-extra-data"

    assert admin.post(url, json={"extraData": {"foo": "bar"}}).status_code == 204
    assert info(admin, event, "A-1")["extraData"] == {"foo": "bar"}
    assert info(admin, event, "A-1")["status"] == "free"
    assert status_changes(admin, event)["items"] == []
    assert admin.post(url, content=b"{}").status_code == 204
    assert "extraData" not in info(admin, event, "A-1")


def test_update_extra_data_of_many_objects(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-2"])

    response = admin.post(
        f"/events/{event}/actions/update-extra-data",
        json={"extraData": {"A-1": {"a": 1}, "A-2": {"b": [1, 2]}}},
    )

    assert response.status_code == 204
    result = infos(admin, event, "A-1", "A-2")
    assert result["A-1"]["extraData"] == {"a": 1}
    assert result["A-2"]["extraData"] == {"b": [1, 2]}
    assert result["A-2"]["status"] == "booked"


def test_update_extra_data_of_unknown_objects_changes_nothing(
    admin: httpx.Client, event: str
) -> None:
    response = admin.post(
        f"/events/{event}/actions/update-extra-data",
        json={"extraData": {"A-1": {"a": 1}, "nope": {"b": 2}}},
    )

    assert codes(response, 404) == ["OBJECT_NOT_FOUND"]
    assert "extraData" not in info(admin, event, "A-1")
    one = admin.post(f"/events/{event}/objects/nope/actions/update-extra-data", json={})
    assert codes(one, 404) == ["OBJECT_NOT_FOUND"]


def test_extra_data_must_be_an_object(admin: httpx.Client, event: str) -> None:
    url = f"/events/{event}/objects/A-1/actions/update-extra-data"

    assert codes(admin.post(url, json={"extraData": "text"})) == ["VALIDATION_FAILED"]


def test_status_change_records(admin: httpx.Client, event: str) -> None:
    created = ok(admin.get(f"/events/{event}"))
    token = hold_token(admin)
    changed(
        admin,
        event,
        [{"objectId": "A-1", "extraData": {"x": 1}}],
        HELD,
        holdToken=token,
        orderId="o1",
    )
    changed(admin, event, ["A-1"], "booked", holdToken=token)

    booked, held = status_changes(admin, event)["items"]

    assert held == {
        "id": held["id"],
        "eventId": created["id"],
        "status": HELD,
        "quantity": 1,
        "objectLabel": "A-1",
        "date": "2025-01-01T12:00:00.000Z",
        "orderId": "o1",
        "extraData": {"x": 1},
        "holdToken": token,
        "origin": {"type": "API_CALL", "ip": "127.0.0.1"},
        "isPresentOnChart": True,
    }
    assert booked["id"] > held["id"]
    assert booked["status"] == "booked"
    assert "orderId" not in booked


def test_status_changes_sort_filter_and_paginate(
    emulator: Emulator, admin: httpx.Client, event: str
) -> None:
    for label, status in [("B-1", "s2"), ("A-3", "s1"), ("A-1", "s3"), ("A-2", "s0")]:
        changed(admin, event, [label], status)
        emulator.clock.advance(1)

    def labels(**params: str | int) -> list[str]:
        return [item["objectLabel"] for item in status_changes(admin, event, **params)["items"]]

    assert labels() == ["A-2", "A-1", "A-3", "B-1"]
    assert labels(sort="date:asc") == ["B-1", "A-3", "A-1", "A-2"]
    assert labels(sort="objectLabel") == ["A-1", "A-2", "A-3", "B-1"]
    assert labels(sort="objectLabel:desc") == ["B-1", "A-3", "A-2", "A-1"]
    assert labels(sort="status") == ["A-2", "A-3", "B-1", "A-1"]
    assert labels(filter="A-") == ["A-2", "A-1", "A-3"]
    assert labels(filter="A-", sort="objectLabel") == ["A-1", "A-2", "A-3"]

    ids = {item["objectLabel"]: item["id"] for item in status_changes(admin, event)["items"]}
    assert labels(sort="objectLabel", end_before_id=ids["A-3"], limit=2) == ["A-1", "A-2"]
    after = status_changes(admin, event, sort="objectLabel", start_after_id=ids["A-1"], limit=2)
    assert [item["objectLabel"] for item in after["items"]] == ["A-2", "A-3"]
    assert after["next_page_starts_after"] == str(ids["A-3"])
    assert after["previous_page_ends_before"] == str(ids["A-2"])


def test_status_changes_reject_unknown_sorts(admin: httpx.Client, event: str) -> None:
    for sort in ("color", "date:sideways"):
        response = admin.get(f"/events/{event}/status-changes", params={"sort": sort})
        assert codes(response) == ["VALIDATION_FAILED"]


def test_status_changes_of_one_object(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"], "one")
    changed(admin, event, ["A-2"], "other")
    changed(admin, event, ["A-1"], "two")

    items = ok(admin.get(f"/events/{event}/objects/A-1/status-changes"))["items"]

    assert [item["status"] for item in items] == ["two", "one"]


def test_deleted_event_history_is_gone(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"])
    admin.delete(f"/events/{event}")

    assert codes(admin.get(f"/events/{event}/status-changes"), 404) == ["EVENT_NOT_FOUND"]
