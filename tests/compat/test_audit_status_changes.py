"""Audit: status transitions and their effects on one event (object-status.md §1.2-§1.3, §3.1,
§3.2, §3.5, §4.2, §4.4), on the wire and through the official client."""

from __future__ import annotations

import pytest

from ._audit_events import (
    HELD,
    change,
    changed_objects,
    create_event,
    new_hold_token,
    object_info,
    object_infos,
    post_json,
    status_changes,
)
from ._audit_wire import Caller, JsonBody, error_body, items_of
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes
from ._official_builders import object_properties
from ._official_events import OfficialEvents, hold_tokens_of
from .conftest import UploadChart


@pytest.fixture
def event_key(caller: Caller, upload_sample_chart: UploadChart) -> str:
    return str(create_event(caller, upload_sample_chart("sampleChart.json"), eventKey="e1")["key"])


def _statuses(caller: Caller, event_key: str, *labels: str) -> list[object]:
    infos = object_infos(caller, event_key, *labels)
    return [infos[label]["status"] for label in labels]


def _history(caller: Caller, event_key: str) -> list[JsonBody]:
    return items_of(status_changes(caller, event_key))


def test_book_and_custom_statuses_from_free(caller: Caller, event_key: str) -> None:
    booked = changed_objects(change(caller, event_key, ["A-1"], "booked"))
    custom = changed_objects(change(caller, event_key, ["A-2"], "myCustomStatus"))

    assert booked["A-1"]["status"] == "booked"
    assert custom["A-2"]["status"] == "myCustomStatus"
    assert _statuses(caller, event_key, "A-1", "A-2", "A-3") == [
        "booked",
        "myCustomStatus",
        "free",
    ]


def test_custom_status_after_custom_status_is_allowed_and_recorded(
    caller: Caller, event_key: str
) -> None:
    for status in ("status1", "status2", "status3", "status4"):
        assert (
            changed_objects(change(caller, event_key, ["A-1"], status))["A-1"]["status"] == status
        )

    assert [c["status"] for c in _history(caller, event_key)] == [
        "status4",
        "status3",
        "status2",
        "status1",
    ]


def test_booking_a_booked_seat_is_refused_and_changes_nothing(
    caller: Caller, event_key: str
) -> None:
    change(caller, event_key, ["A-1"])

    response = change(caller, event_key, ["A-2", "A-1"])

    error_body(response, 400)
    assert _statuses(caller, event_key, "A-1", "A-2") == ["booked", "free"]
    assert len(_history(caller, event_key)) == 1


def test_holding_a_booked_seat_is_refused(caller: Caller, event_key: str) -> None:
    change(caller, event_key, ["A-1"])

    error_body(change(caller, event_key, ["A-1"], HELD, holdToken=new_hold_token(caller)), 400)
    assert _statuses(caller, event_key, "A-1") == ["booked"]
    assert len(_history(caller, event_key)) == 1


@pytest.mark.parametrize("target", ["booked", "myStatus", "resale"])
def test_a_change_with_the_holding_token_clears_it(
    caller: Caller, event_key: str, target: str
) -> None:
    token = new_hold_token(caller)
    held = changed_objects(change(caller, event_key, ["A-1", "A-2"], HELD, holdToken=token))
    assert (held["A-1"]["status"], held["A-1"]["holdToken"]) == (HELD, token)

    after = changed_objects(change(caller, event_key, ["A-1", "A-2"], target, holdToken=token))

    assert after["A-1"]["status"] == target
    assert "holdToken" not in after["A-1"]
    assert "holdToken" not in object_info(caller, event_key, "A-2")


def test_a_release_with_the_holding_token_clears_it(caller: Caller, event_key: str) -> None:
    token = new_hold_token(caller)
    change(caller, event_key, ["A-1"], HELD, holdToken=token)

    released = changed_objects(change(caller, event_key, ["A-1"], None, holdToken=token))

    assert released["A-1"]["status"] == "free"
    assert "holdToken" not in released["A-1"]


def test_held_objects_can_be_changed_without_a_token(caller: Caller, event_key: str) -> None:
    token = new_hold_token(caller)
    change(caller, event_key, ["A-1", "A-2"], HELD, holdToken=token)

    booked = changed_objects(change(caller, event_key, ["A-1"]))
    released = changed_objects(change(caller, event_key, ["A-2"], None))

    assert (booked["A-1"]["status"], released["A-2"]["status"]) == ("booked", "free")
    assert "holdToken" not in booked["A-1"]


@pytest.mark.parametrize("target", ["booked", None, "myStatus", HELD])
def test_another_token_cannot_touch_a_held_seat(
    caller: Caller, event_key: str, target: str | None
) -> None:
    mine, theirs = new_hold_token(caller), new_hold_token(caller)
    change(caller, event_key, ["A-1"], HELD, holdToken=mine)

    error_body(change(caller, event_key, ["A-1"], target, holdToken=theirs), 400)

    info = object_info(caller, event_key, "A-1")
    assert (info["status"], info["holdToken"]) == (HELD, mine)


@pytest.mark.parametrize("target", ["booked", None, "myStatus"])
def test_a_token_that_does_not_hold_the_seats_changes_nothing(
    caller: Caller, event_key: str, target: str | None
) -> None:
    token = new_hold_token(caller)
    change(caller, event_key, ["A-1"], HELD, holdToken=token)

    error_body(change(caller, event_key, ["A-1", "A-2"], target, holdToken=token), 400)

    assert _statuses(caller, event_key, "A-1", "A-2") == [HELD, "free"]


def test_holding_needs_a_valid_token(caller: Caller, event_key: str) -> None:
    error_body(change(caller, event_key, ["A-1"], HELD), 400)
    error_body(change(caller, event_key, ["A-1"], HELD, holdToken="no-such-token"), 400)
    expired = new_hold_token(caller)
    post_json(caller, f"/hold-tokens/{expired}", {"expiresInMinutes": 0})
    error_body(change(caller, event_key, ["A-1"], HELD, holdToken=expired), 400)

    assert object_info(caller, event_key, "A-1")["status"] == "free"


def test_resale_from_free_and_from_booked(caller: Caller, event_key: str) -> None:
    change(caller, event_key, ["A-2"])

    result = changed_objects(
        change(caller, event_key, ["A-1", "A-2"], "resale", resaleListingId="listing1")
    )

    assert [result[label]["status"] for label in ("A-1", "A-2")] == ["resale", "resale"]
    info = object_info(caller, event_key, "A-1")
    assert (info["status"], info["resaleListingId"]) == ("resale", "listing1")


def test_resale_seats_can_be_booked_and_held(caller: Caller, event_key: str) -> None:
    change(caller, event_key, ["A-1", "A-2"], "resale")

    booked = changed_objects(change(caller, event_key, ["A-1"]))
    held = changed_objects(
        change(caller, event_key, ["A-2"], HELD, holdToken=new_hold_token(caller))
    )

    assert (booked["A-1"]["status"], held["A-2"]["status"]) == ("booked", HELD)


def test_previous_status_violations_are_exact(caller: Caller, event_key: str) -> None:
    allowed = change(caller, event_key, ["A-1"], "lolzor", allowedPreviousStatuses=["X"])
    rejected = change(caller, event_key, ["A-1"], "lolzor", rejectedPreviousStatuses=["free"])

    assert error_body(allowed, 400)["errors"] == [
        {
            "code": "ILLEGAL_STATUS_CHANGE",
            "message": "Cannot change from [free] to [lolzor]: free is not in the list of "
            "allowed previous statuses",
        }
    ]
    assert error_body(rejected, 400)["errors"] == [
        {
            "code": "ILLEGAL_STATUS_CHANGE",
            "message": "Cannot change from [free] to [lolzor]: free is in the list of rejected "
            "previous statuses",
        }
    ]
    assert object_info(caller, event_key, "A-1")["status"] == "free"


def test_previous_statuses_that_match_allow_the_change(caller: Caller, event_key: str) -> None:
    change(caller, event_key, ["A-1"], "status1")

    result = change(
        caller,
        event_key,
        ["A-1"],
        "status2",
        allowedPreviousStatuses=["status1"],
        rejectedPreviousStatuses=["free"],
    )

    assert changed_objects(result)["A-1"]["status"] == "status2"


def test_previous_statuses_through_the_official_client(
    events: OfficialEvents, event_key: str
) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.change_object_status(
            event_key, ["A-1"], "lolzor", allowed_previous_statuses=["MustBeThisStatus"]
        )

    assert error_codes(caught.value) == ["ILLEGAL_STATUS_CHANGE"]
    assert str(caught.value) == (
        "Cannot change from [free] to [lolzor]: free is not in the list of allowed previous "
        "statuses."
    )


def test_order_id_is_kept_on_every_kind_of_change(caller: Caller, event_key: str) -> None:
    booked = changed_objects(change(caller, event_key, ["A-1"], orderId="order0"))
    released = changed_objects(change(caller, event_key, ["A-1"], None, orderId="order1"))

    assert booked["A-1"]["orderId"] == "order0"
    assert (released["A-1"]["status"], released["A-1"]["orderId"]) == ("free", "order1")
    assert object_info(caller, event_key, "A-1")["orderId"] == "order1"


def test_ticket_types_per_object(caller: Caller, event_key: str) -> None:
    result = changed_objects(
        change(
            caller,
            event_key,
            [
                {"objectId": "A-1", "ticketType": "adult"},
                {"objectId": "A-2", "ticketType": "child"},
            ],
        )
    )

    assert (result["A-1"]["ticketType"], result["A-2"]["ticketType"]) == ("adult", "child")
    assert object_info(caller, event_key, "A-2")["ticketType"] == "child"


def test_extra_data_per_object_is_stored_and_replaced(caller: Caller, event_key: str) -> None:
    result = changed_objects(
        change(caller, event_key, [{"objectId": "A-1", "extraData": {"name": "Ann"}}, "A-2"])
    )

    assert result["A-1"]["extraData"] == {"name": "Ann"}
    assert "extraData" not in result["A-2"]


@pytest.mark.parametrize("keep", [False, None])
def test_extra_data_is_cleared_unless_kept(
    caller: Caller, event_key: str, keep: bool | None
) -> None:
    post_json(
        caller,
        f"/events/{event_key}/objects/A-1/actions/update-extra-data",
        {"extraData": {"a": 1}},
    )
    options: dict[str, object] = {} if keep is None else {"keepExtraData": keep}

    result = changed_objects(change(caller, event_key, ["A-1"], "booked", **options))

    assert "extraData" not in result["A-1"]
    assert "extraData" not in object_info(caller, event_key, "A-1")


@pytest.mark.parametrize("target", ["booked", HELD, "myStatus", None])
def test_keep_extra_data(caller: Caller, event_key: str, target: str | None) -> None:
    post_json(
        caller,
        f"/events/{event_key}/objects/A-1/actions/update-extra-data",
        {"extraData": {"a": 1}},
    )
    options: dict[str, object] = {"keepExtraData": True}
    if target == HELD:
        options["holdToken"] = new_hold_token(caller)

    result = changed_objects(change(caller, event_key, ["A-1"], target, **options))

    assert result["A-1"]["extraData"] == {"a": 1}


def test_keep_extra_data_through_the_official_client(
    events: OfficialEvents, event_key: str
) -> None:
    events.update_extra_data(event_key, "A-1", {"foo": "bar"})

    kept = events.book(event_key, ["A-1"], keep_extra_data=True)
    released = events.release(event_key, ["A-1"], keep_extra_data=True)

    assert kept.objects["A-1"].extra_data == {"foo": "bar"}
    assert released.objects["A-1"].extra_data == {"foo": "bar"}


def test_the_result_has_one_entry_per_requested_label(caller: Caller, event_key: str) -> None:
    objects = changed_objects(change(caller, event_key, ["A-1", "A-2", "B-3"], "myStatus"))

    assert sorted(objects) == ["A-1", "A-2", "B-3"]
    assert all(info["label"] == label for label, info in objects.items())


@pytest.mark.parametrize(
    "path",
    [
        "/events/groups/actions/change-object-status",
        "/events/e1/actions/change-object-status",
        "/events/actions/change-object-status",
    ],
)
def test_without_expand_the_answer_is_204(caller: Caller, event_key: str, path: str) -> None:
    item: JsonBody = {"objects": ["A-1"], "status": "booked"}
    body: JsonBody
    if path.startswith("/events/groups"):
        body = {**item, "events": [event_key]}
    elif path == "/events/actions/change-object-status":
        body = {"statusChanges": [{**item, "event": event_key}]}
    else:
        body = item

    response = post_json(caller, path, body)

    assert response.status_code == 204
    assert response.content == b""
    assert object_info(caller, event_key, "A-1")["status"] == "booked"


def test_status_change_records(caller: Caller, event_key: str) -> None:
    event_id = caller.json(f"/events/{event_key}")["id"]
    token = new_hold_token(caller)
    change(
        caller,
        event_key,
        [{"objectId": "A-1", "extraData": {"x": 1}}],
        "booked",
        orderId="o1",
    )
    change(caller, event_key, ["A-2"], HELD, holdToken=token)

    held, booked = _history(caller, event_key)

    assert (booked["objectLabel"], booked["status"], booked["eventId"]) == (
        "A-1",
        "booked",
        event_id,
    )
    assert booked["extraData"] == {"x": 1}
    assert booked.get("holdToken") is None
    assert booked["quantity"] == 1
    origin = booked["origin"]
    assert isinstance(origin, dict)
    assert origin["type"] == "API_CALL"
    assert origin["ip"]
    assert booked["isPresentOnChart"] is True
    assert "notPresentOnChartReason" not in booked
    assert (held["status"], held["holdToken"]) == (HELD, token)
    assert type(held["id"]) is int
    assert held["id"] != booked["id"]


def test_unknown_labels_are_refused(caller: Caller, event_key: str) -> None:
    response = change(caller, event_key, ["A-1", "NOPE-1"])

    assert response.status_code in (400, 404)
    error_body(response, response.status_code)
    assert object_info(caller, event_key, "A-1")["status"] == "free"


def test_the_official_flow_hold_then_book(
    client: OfficialClient, events: OfficialEvents, event_key: str
) -> None:
    token = hold_tokens_of(client).create().hold_token

    held = events.hold(event_key, [object_properties("A-1", ticket_type="adult")], token)
    booked = events.book(event_key, ["A-1"], hold_token=token, order_id="order1")

    assert (held.objects["A-1"].status, held.objects["A-1"].hold_token) == (HELD, token)
    assert held.objects["A-1"].ticket_type == "adult"
    info = booked.objects["A-1"]
    assert (info.status, info.hold_token, info.order_id) == ("booked", None, "order1")
    changes = list(events.status_changes(event_key).list())
    assert [(c.status, c.hold_token) for c in changes] == [("booked", token), (HELD, token)]
