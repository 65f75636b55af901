"""Object status on seats: the transition table, hold tokens and every option of a change
(object-status.md §1.2-1.3, §3.1-3.2)."""

from __future__ import annotations

import httpx
import pytest

from ._events_support import (
    HELD,
    change,
    changed,
    codes,
    create_event,
    errors,
    hold_token,
    info,
    infos,
    ok,
    status_of,
)


@pytest.fixture
def token(admin: httpx.Client) -> str:
    return hold_token(admin)


def test_book_returns_the_objects_after_the_change(admin: httpx.Client, event: str) -> None:
    objects = changed(admin, event, ["A-1", "A-2"])

    assert set(objects) == {"A-1", "A-2"}
    assert objects["A-1"]["status"] == "booked"
    assert objects["A-1"]["label"] == "A-1"
    assert objects["A-1"]["isAvailable"] is False
    assert objects["A-1"]["availabilityReason"] == "booked"
    assert status_of(admin, event, "A-2") == "booked"
    assert status_of(admin, event, "A-3") == "free"


def test_without_expand_the_answer_is_204(admin: httpx.Client, event: str) -> None:
    response = admin.post(
        "/events/groups/actions/change-object-status",
        json={"events": [event], "objects": ["A-1"], "status": "booked"},
    )

    assert response.status_code == 204
    assert response.content == b""
    assert status_of(admin, event, "A-1") == "booked"


def test_booking_a_booked_seat_fails_and_changes_nothing(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"])

    response = change(admin, event, ["A-2", "A-1"])

    assert codes(response) == ["ILLEGAL_STATUS_CHANGE"]
    assert status_of(admin, event, "A-2") == "free"


def test_unknown_objects_are_refused_one_error_each(admin: httpx.Client, event: str) -> None:
    response = change(admin, event, ["A-1", "Z-1", "Z-2"])

    assert codes(response) == ["OBJECT_NOT_FOUND", "OBJECT_NOT_FOUND"]
    assert status_of(admin, event, "A-1") == "free"


def test_unknown_event_is_404_even_with_other_problems(admin: httpx.Client, event: str) -> None:
    response = change(admin, [event, "nope"], ["Z-9"])

    [(code, message)] = errors(response, 404)
    assert code == "EVENT_NOT_FOUND"
    assert message.startswith("Event not found: nope was not found in workspace")


def test_custom_statuses_follow_each_other(admin: httpx.Client, event: str) -> None:
    for status in ("status1", "status2", "status3"):
        assert changed(admin, event, ["A-1"], status)["A-1"]["status"] == status


def test_custom_status_on_a_booked_seat_is_allowed(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"])

    assert changed(admin, event, ["A-1"], "checked-in")["A-1"]["status"] == "checked-in"


def test_booking_a_custom_status_seat_needs_an_opt_in(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"], "vip-reserved")

    assert codes(change(admin, event, ["A-1"])) == ["ILLEGAL_STATUS_CHANGE"]
    booked = changed(admin, event, ["A-1"], allowedPreviousStatuses=["vip-reserved"])
    assert booked["A-1"]["status"] == "booked"


def test_release_frees_booked_and_custom_objects(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"])
    changed(admin, event, ["A-2"], "custom")

    released = changed(admin, event, ["A-1", "A-2"], None)

    assert {label: obj["status"] for label, obj in released.items()} == {
        "A-1": "free",
        "A-2": "free",
    }


def test_release_of_a_free_object_is_accepted(admin: httpx.Client, event: str) -> None:
    assert changed(admin, event, ["A-1"], None)["A-1"]["status"] == "free"


def test_status_free_is_a_release(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"])

    assert changed(admin, event, ["A-1"], "free")["A-1"]["status"] == "free"


def test_resale_from_any_status_keeps_the_listing_id(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-2"])

    objects = changed(admin, event, ["A-1", "A-2"], "resale", resaleListingId="listing1")

    assert [objects[label]["status"] for label in ("A-1", "A-2")] == ["resale", "resale"]
    assert info(admin, event, "A-2")["resaleListingId"] == "listing1"
    assert info(admin, event, "A-2")["isAvailable"] is True


def test_resale_objects_can_be_booked_and_lose_the_listing_id(
    admin: httpx.Client, event: str
) -> None:
    changed(admin, event, ["A-1"], "resale", resaleListingId="listing1")

    booked = changed(admin, event, ["A-1"])["A-1"]

    assert booked["status"] == "booked"
    assert "resaleListingId" not in booked


def test_hold_sets_status_and_token(admin: httpx.Client, event: str, token: str) -> None:
    held = changed(admin, event, ["A-1"], HELD, holdToken=token)["A-1"]

    assert held["status"] == HELD
    assert held["holdToken"] == token
    assert held["availabilityReason"] == HELD


def test_hold_needs_a_token(admin: httpx.Client, event: str) -> None:
    assert codes(change(admin, event, ["A-1"], HELD)) == ["HOLD_TOKEN_REQUIRED"]


def test_unknown_token_is_refused(admin: httpx.Client, event: str) -> None:
    response = change(admin, event, ["A-1"], HELD, holdToken="no-such-token")

    assert codes(response) == ["HOLD_TOKEN_NOT_FOUND"]
    assert status_of(admin, event, "A-1") == "free"


def test_hold_of_a_booked_seat_fails(admin: httpx.Client, event: str, token: str) -> None:
    changed(admin, event, ["A-1"])

    assert codes(change(admin, event, ["A-1"], HELD, holdToken=token)) == ["ILLEGAL_STATUS_CHANGE"]


def test_hold_of_a_seat_held_by_another_token_fails(
    admin: httpx.Client, event: str, token: str
) -> None:
    changed(admin, event, ["A-1"], HELD, holdToken=token)
    other = hold_token(admin)

    assert codes(change(admin, event, ["A-1"], HELD, holdToken=other)) == ["ILLEGAL_STATUS_CHANGE"]
    assert changed(admin, event, ["A-1"], HELD, holdToken=token)["A-1"]["holdToken"] == token


def test_book_with_the_holding_token_clears_it(admin: httpx.Client, event: str, token: str) -> None:
    changed(admin, event, ["A-1"], HELD, holdToken=token)

    booked = changed(admin, event, ["A-1"], holdToken=token)["A-1"]

    assert booked["status"] == "booked"
    assert "holdToken" not in booked


def test_book_with_another_token_fails(admin: httpx.Client, event: str, token: str) -> None:
    changed(admin, event, ["A-1"], HELD, holdToken=token)
    other = hold_token(admin)

    assert codes(change(admin, event, ["A-1"], holdToken=other)) == ["ILLEGAL_STATUS_CHANGE"]
    assert status_of(admin, event, "A-1") == HELD


def test_book_with_a_token_needs_every_object_held_by_it(
    admin: httpx.Client, event: str, token: str
) -> None:
    changed(admin, event, ["A-1"], HELD, holdToken=token)

    response = change(admin, event, ["A-1", "A-2"], holdToken=token)

    assert codes(response) == ["ILLEGAL_STATUS_CHANGE"]
    assert status_of(admin, event, "A-1") == HELD
    assert status_of(admin, event, "A-2") == "free"


def test_held_objects_can_be_booked_without_token(
    admin: httpx.Client, event: str, token: str
) -> None:
    changed(admin, event, ["A-1"], HELD, holdToken=token)

    assert changed(admin, event, ["A-1"])["A-1"]["status"] == "booked"


@pytest.mark.parametrize("with_token", [True, False])
def test_release_of_held_objects(
    admin: httpx.Client, event: str, token: str, with_token: bool
) -> None:
    changed(admin, event, ["A-1"], HELD, holdToken=token)
    options = {"holdToken": token} if with_token else {}

    released = changed(admin, event, ["A-1"], None, **options)["A-1"]

    assert released["status"] == "free"
    assert "holdToken" not in released


def test_release_with_another_token_fails(admin: httpx.Client, event: str, token: str) -> None:
    changed(admin, event, ["A-1"], HELD, holdToken=token)

    response = change(admin, event, ["A-1"], None, holdToken=hold_token(admin))

    assert codes(response) == ["ILLEGAL_STATUS_CHANGE"]


def test_order_id_ticket_type_and_extra_data_are_stored(admin: httpx.Client, event: str) -> None:
    objects = changed(
        admin,
        event,
        [
            {"objectId": "A-1", "ticketType": "adult", "extraData": {"name": "Ann"}},
            {"objectId": "A-2", "ticketType": "child"},
            "A-3",
        ],
        orderId="order1",
    )

    assert objects["A-1"]["orderId"] == "order1"
    assert objects["A-1"]["ticketType"] == "adult"
    assert objects["A-1"]["extraData"] == {"name": "Ann"}
    assert objects["A-2"]["ticketType"] == "child"
    assert "extraData" not in objects["A-2"]
    assert "ticketType" not in objects["A-3"]


def test_release_keeps_the_order_id_it_is_given(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"])

    released = changed(admin, event, ["A-1"], None, orderId="order1")["A-1"]

    assert released["status"] == "free"
    assert released["orderId"] == "order1"


def test_resale_keeps_the_order_id_and_ticket_type_it_is_not_given(
    admin: httpx.Client, event: str
) -> None:
    # The docs' resale example: seats of order1 (adult tickets) put up for resale with a body of
    # labels only come back with both kept.
    changed(admin, event, [{"objectId": "A-1", "ticketType": "adult"}], orderId="order1")
    changed(admin, event, [{"objectId": "A-2", "ticketType": "adult"}], orderId="order1")

    listed = changed(admin, event, ["A-1"], "resale")["A-1"]
    relisted = changed(
        admin, event, [{"objectId": "A-2", "ticketType": "child"}], "resale", orderId="order2"
    )["A-2"]

    assert (listed["status"], listed["orderId"], listed["ticketType"]) == (
        "resale",
        "order1",
        "adult",
    )
    assert (relisted["orderId"], relisted["ticketType"]) == ("order2", "child")
    # Any other change without them clears them.
    rebooked = changed(admin, event, ["A-1"])["A-1"]
    assert "orderId" not in rebooked
    assert "ticketType" not in rebooked


def set_extra_data(client: httpx.Client, event: str, label: str, data: dict[str, int]) -> None:
    url = f"/events/{event}/objects/{label}/actions/update-extra-data"
    assert client.post(url, json={"extraData": data}).status_code == 204


@pytest.mark.parametrize("keep", [False, None])
def test_extra_data_is_cleared_unless_kept(
    admin: httpx.Client, event: str, keep: bool | None
) -> None:
    set_extra_data(admin, event, "A-1", {"a": 1})
    options: dict[str, object] = {} if keep is None else {"keepExtraData": keep}

    assert "extraData" not in changed(admin, event, ["A-1"], "booked", **options)["A-1"]


def test_keep_extra_data_keeps_it_through_hold_book_and_release(
    admin: httpx.Client, event: str, token: str
) -> None:
    set_extra_data(admin, event, "A-1", {"a": 1})

    for status, options in [
        (HELD, {"holdToken": token}),
        ("booked", {"holdToken": token}),
        (None, {}),
        ("custom", {}),
    ]:
        objects = changed(admin, event, ["A-1"], status, keepExtraData=True, **options)
        assert objects["A-1"]["extraData"] == {"a": 1}


def test_new_extra_data_wins_over_kept_extra_data(admin: httpx.Client, event: str) -> None:
    set_extra_data(admin, event, "A-1", {"a": 1})

    objects = changed(
        admin, event, [{"objectId": "A-1", "extraData": {"b": 2}}], keepExtraData=True
    )

    assert objects["A-1"]["extraData"] == {"b": 2}


def test_allowed_previous_statuses_message(admin: httpx.Client, event: str) -> None:
    response = change(admin, event, ["A-1"], "lolzor", allowedPreviousStatuses=["MustBeThis"])

    assert errors(response) == [
        (
            "ILLEGAL_STATUS_CHANGE",
            "Cannot change from [free] to [lolzor]: free is not in the list of allowed previous "
            "statuses",
        )
    ]
    body = response.json()
    assert set(body["errors"][0]) == {"code", "message"}


def test_rejected_previous_statuses_message(admin: httpx.Client, event: str) -> None:
    response = change(admin, event, ["A-1"], "lolzor", rejectedPreviousStatuses=["free"])

    assert errors(response) == [
        (
            "ILLEGAL_STATUS_CHANGE",
            "Cannot change from [free] to [lolzor]: free is in the list of rejected previous "
            "statuses",
        )
    ]


def test_both_lists_violated_give_two_errors(admin: httpx.Client, event: str) -> None:
    response = change(
        admin,
        event,
        ["A-1", "A-2"],
        "lolzor",
        allowedPreviousStatuses=["booked"],
        rejectedPreviousStatuses=["free"],
    )

    assert codes(response) == ["ILLEGAL_STATUS_CHANGE"] * 4


def test_allowed_previous_status_lets_the_change_through(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"])

    objects = changed(admin, event, ["A-1"], "lolzor", allowedPreviousStatuses=["booked"])

    assert objects["A-1"]["status"] == "lolzor"


def test_release_on_several_events_changes_each(admin: httpx.Client, event: str) -> None:
    create_event(admin, ok(admin.get(f"/events/{event}"))["chartKey"], eventKey="e2")
    changed(admin, [event, "e2"], ["A-1"])

    changed(admin, [event, "e2"], ["A-1"], None)

    assert status_of(admin, event, "A-1") == "free"
    assert status_of(admin, "e2", "A-1") == "free"


def test_a_failure_on_one_event_of_a_group_changes_no_event(
    admin: httpx.Client, event: str
) -> None:
    create_event(admin, ok(admin.get(f"/events/{event}"))["chartKey"], eventKey="e2")
    changed(admin, "e2", ["A-1"])

    response = change(admin, [event, "e2"], ["A-1"])

    assert codes(response) == ["ILLEGAL_STATUS_CHANGE"]
    assert status_of(admin, event, "A-1") == "free"


def test_group_result_reports_the_first_event(admin: httpx.Client, event: str) -> None:
    create_event(admin, ok(admin.get(f"/events/{event}"))["chartKey"], eventKey="e2")

    objects = changed(admin, [event, "e2"], ["A-1", "B-1"], "custom", orderId="o1")

    assert set(objects) == {"A-1", "B-1"}
    assert infos(admin, "e2", "A-1", "B-1")["B-1"]["orderId"] == "o1"


def test_schema_errors_on_bad_bodies(admin: httpx.Client, event: str) -> None:
    url = "/events/groups/actions/change-object-status"

    assert codes(admin.post(url, json={"events": [event], "status": "booked"})) == [
        "VALIDATION_FAILED"
    ]
    assert codes(admin.post(url, json={"events": [event], "objects": ["A-1"]})) == [
        "VALIDATION_FAILED"
    ]
    assert codes(admin.post(url, json={"events": [], "objects": ["A-1"], "status": "x"})) == [
        "VALIDATION_FAILED"
    ]
    response = admin.post(url, json={"events": [event], "objects": [3], "status": "booked"})
    [(code, message)] = errors(response)
    assert code == "VALIDATION_FAILED"
    assert message == "#/objects/0: expected type: JSONObject, found: Integer"
    assert codes(admin.post(url, content=b"{not json")) == ["INVALID_JSON"]
