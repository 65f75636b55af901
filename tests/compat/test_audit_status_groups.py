"""Audit: several events in one call, batches and the documented alias paths (object-status.md
§3.1-§3.3, events.md §2 aliases, §3.9 batch records)."""

from __future__ import annotations

from typing import cast

import pytest

from ._audit_events import (
    HELD,
    change,
    changed_objects,
    create_event,
    encode,
    new_hold_token,
    object_info,
    post_json,
    status_changes,
)
from ._audit_wire import Caller, JsonBody, error_body, items_of, ok_json
from ._official import OFFICIAL_ERROR, error_codes
from ._official_builders import status_change_request
from ._official_events import OfficialEvents
from .conftest import UploadChart


@pytest.fixture
def two_events(caller: Caller, chart_key: str) -> list[str]:
    return [str(create_event(caller, chart_key, eventKey=k)["key"]) for k in ("e1", "e2")]


def _status_in(caller: Caller, keys: list[str], label: str) -> list[object]:
    return [object_info(caller, key, label)["status"] for key in keys]


def _batch(caller: Caller, items: list[JsonBody]) -> list[dict[str, JsonBody]]:
    """The `objects` map of every result of an expanded batch call."""
    response = caller.send(
        "POST",
        "/events/actions/change-object-status",
        encode({"statusChanges": items}),
        query=[("expand", "objects")],
    )
    results = items_of({"items": ok_json(response)["results"]})
    return [cast("dict[str, JsonBody]", result["objects"]) for result in results]


def test_each_kind_of_change_applies_to_every_listed_event(
    caller: Caller, two_events: list[str]
) -> None:
    token = new_hold_token(caller)

    change(caller, two_events, ["A-1"], "myStatus")
    change(caller, two_events, ["A-2"])
    change(caller, two_events, ["A-3"], HELD, holdToken=token)
    change(caller, two_events, ["A-4"], "resale", resaleListingId="listing1")
    change(caller, two_events, ["A-5"])
    change(caller, two_events, ["A-5"], None)

    assert _status_in(caller, two_events, "A-1") == ["myStatus"] * 2
    assert _status_in(caller, two_events, "A-2") == ["booked"] * 2
    assert _status_in(caller, two_events, "A-3") == [HELD] * 2
    assert [object_info(caller, k, "A-3")["holdToken"] for k in two_events] == [token] * 2
    assert [object_info(caller, k, "A-4")["resaleListingId"] for k in two_events] == [
        "listing1"
    ] * 2
    assert _status_in(caller, two_events, "A-5") == ["free"] * 2


def test_a_group_change_is_all_or_nothing(caller: Caller, two_events: list[str]) -> None:
    change(caller, "e2", ["A-1"])

    error_body(change(caller, two_events, ["A-1"]), 400)

    assert _status_in(caller, two_events, "A-1") == ["free", "booked"]


def test_the_group_result_has_one_entry_per_label(caller: Caller, two_events: list[str]) -> None:
    objects = changed_objects(change(caller, two_events, ["A-1", "A-2"]))

    assert sorted(objects) == ["A-1", "A-2"]


def test_a_batch_applies_items_in_order(
    caller: Caller, chart_key: str, upload_sample_chart: UploadChart
) -> None:
    create_event(caller, chart_key, eventKey="e1")
    create_event(caller, upload_sample_chart("sampleChartWithSections.json"), eventKey="other")
    post_json(
        caller,
        "/events/groups/actions/change-object-status",
        {"events": ["e1"], "objects": ["A-1"], "status": "booked"},
    )
    token = new_hold_token(caller)

    results = _batch(
        caller,
        [
            {"event": "e1", "objects": ["A-1"], "type": "RELEASE"},
            {
                "event": "e1",
                "objects": ["A-1"],
                "type": "CHANGE_STATUS_TO",
                "status": HELD,
                "holdToken": token,
            },
            {"event": "other", "objects": ["Section A-A-1"], "status": "lolzor"},
            {"event": "e1", "objects": ["A-2", "A-3"], "status": "booked"},
        ],
    )

    assert [sorted(objects) for objects in results] == [
        ["A-1"],
        ["A-1"],
        ["Section A-A-1"],
        ["A-2", "A-3"],
    ]
    assert [objects["A-1"]["status"] for objects in results[:2]] == ["free", HELD]
    assert results[2]["Section A-A-1"]["status"] == "lolzor"
    assert object_info(caller, "e1", "A-1")["holdToken"] == token
    assert object_info(caller, "other", "Section A-A-1")["status"] == "lolzor"


def test_successive_custom_statuses_in_one_batch(caller: Caller, chart_key: str) -> None:
    create_event(caller, chart_key, eventKey="e1")

    _batch(
        caller,
        [
            {"event": "e1", "objects": ["A-1"], "status": status}
            for status in ("status1", "status2", "status3")
        ],
    )

    assert object_info(caller, "e1", "A-1")["status"] == "status3"
    changes = items_of(status_changes(caller, "e1"))
    assert [c["status"] for c in changes] == ["status3", "status2", "status1"]


def test_a_batch_is_all_or_nothing(caller: Caller, chart_key: str) -> None:
    create_event(caller, chart_key, eventKey="e1")

    response = post_json(
        caller,
        "/events/actions/change-object-status",
        {
            "statusChanges": [
                {"event": "e1", "objects": ["A-1"], "status": "booked"},
                {
                    "event": "e1",
                    "objects": ["A-2"],
                    "status": "lolzor",
                    "allowedPreviousStatuses": ["booked"],
                },
            ]
        },
    )

    assert error_body(response, 400)["errors"] == [
        {
            "code": "ILLEGAL_STATUS_CHANGE",
            "message": "Cannot change from [free] to [lolzor]: free is not in the list of "
            "allowed previous statuses",
        }
    ]
    assert object_info(caller, "e1", "A-1")["status"] == "free"
    assert items_of(status_changes(caller, "e1")) == []


def test_batch_rejected_previous_statuses(caller: Caller, chart_key: str) -> None:
    create_event(caller, chart_key, eventKey="e1")

    response = post_json(
        caller,
        "/events/actions/change-object-status",
        {
            "statusChanges": [
                {
                    "event": "e1",
                    "objects": ["A-1"],
                    "status": "lolzor",
                    "rejectedPreviousStatuses": ["free"],
                }
            ]
        },
    )

    assert error_body(response, 400)["errors"] == [
        {
            "code": "ILLEGAL_STATUS_CHANGE",
            "message": "Cannot change from [free] to [lolzor]: free is in the list of rejected "
            "previous statuses",
        }
    ]


def test_batch_through_the_official_client(events: OfficialEvents, two_events: list[str]) -> None:
    events.book("e1", ["A-1"])

    results = events.change_object_status_in_batch(
        [
            status_change_request("e1", ["A-1"], change_type="RELEASE"),
            status_change_request("e2", ["A-2"], "lolzor"),
        ]
    )

    assert [
        result.objects[label].status for result, label in zip(results, ["A-1", "A-2"], strict=True)
    ] == [
        "free",
        "lolzor",
    ]
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.change_object_status_in_batch(
            [status_change_request("e1", ["A-3"], "x", allowed_previous_statuses=["booked"])]
        )
    assert error_codes(caught.value) == ["ILLEGAL_STATUS_CHANGE"]


@pytest.mark.parametrize(
    ("verb", "status"),
    [("book", "booked"), ("release", "free"), ("put-up-for-resale", "resale")],
)
def test_single_event_aliases(caller: Caller, chart_key: str, verb: str, status: str) -> None:
    create_event(caller, chart_key, eventKey="e1")
    if verb == "release":
        change(caller, "e1", ["A-1"])

    response = caller.send(
        "POST",
        f"/events/e1/actions/{verb}",
        encode({"objects": ["A-1"]}),
        query=[("expand", "objects")],
    )

    assert changed_objects(response)["A-1"]["status"] == status
    assert object_info(caller, "e1", "A-1")["status"] == status


def test_hold_alias_and_group_aliases(caller: Caller, two_events: list[str]) -> None:
    token = new_hold_token(caller)

    held = caller.send(
        "POST",
        "/events/e1/actions/hold",
        encode({"objects": ["A-1"], "holdToken": token}),
        query=[("expand", "objects")],
    )
    booked = post_json(
        caller, "/events/groups/actions/book", {"events": two_events, "objects": ["A-2"]}
    )
    released = post_json(
        caller, "/events/groups/actions/release", {"events": two_events, "objects": ["A-2"]}
    )
    group_held = post_json(
        caller,
        "/events/groups/actions/hold",
        {"events": two_events, "objects": ["A-3"], "holdToken": token},
    )

    assert changed_objects(held)["A-1"]["status"] == HELD
    assert (booked.status_code, released.status_code, group_held.status_code) == (204, 204, 204)
    assert _status_in(caller, two_events, "A-2") == ["free", "free"]
    assert _status_in(caller, two_events, "A-3") == [HELD, HELD]
