"""For-sale endpoints (events.md §3.13-§3.17): edits, replacing the config, marking everything,
the per-event quota, and what bookings and object infos see afterwards."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from seatsio_typed.testing import Emulator
from seatsio_typed.testing._state.clock import format_timestamp

from ._events_support import (
    HELD,
    JsonDict,
    change,
    changed,
    codes,
    create_event,
    hall_drawing,
    hold_token,
    info,
    ok,
)
from .conftest import client_for

EMPTY: JsonDict = {"objects": [], "areaPlaces": {}, "categories": []}


def _edit(client: httpx.Client, event_key: str, **items: object) -> httpx.Response:
    return client.post(f"/events/{event_key}/actions/edit-for-sale-config", json=items)


def _edited(client: httpx.Client, event_key: str, **items: object) -> JsonDict:
    return ok(_edit(client, event_key, **items))


def _config(client: httpx.Client, event_key: str) -> object:
    return ok(client.get(f"/events/{event_key}")).get("forSaleConfig")


def _action(
    client: httpx.Client, event_key: str, action: str, body: object = None
) -> httpx.Response:
    return client.post(f"/events/{event_key}/actions/{action}", json=body)


def _items(*labels: str) -> list[JsonDict]:
    return [{"object": label} for label in labels]


def _reset_date(emulator: Emulator, hours: int = 24) -> str:
    return format_timestamp(emulator.clock.now() + timedelta(hours=hours))


def test_a_first_edit_lists_what_is_not_for_sale_and_reports_the_quota(
    emulator: Emulator, admin: httpx.Client, event: str
) -> None:
    result = _edited(admin, event, notForSale=_items("A-1", "A-2"))

    config = {"forSale": False, **EMPTY, "objects": ["A-1", "A-2"]}
    assert result["forSaleConfig"] == config
    assert result["rateLimitInfo"]["rateLimitRemainingCalls"] == 9
    assert str(result["rateLimitInfo"]["rateLimitResetDate"]).startswith(_reset_date(emulator)[:19])
    assert _config(admin, event) == config


def test_objects_not_for_sale_cannot_be_booked_or_held(admin: httpx.Client, event: str) -> None:
    _edited(admin, event, notForSale=_items("A-1"))

    a1 = info(admin, event, "A-1")
    assert (a1["forSale"], a1["isAvailable"], a1["availabilityReason"]) == (
        False,
        False,
        "not_for_sale",
    )
    assert codes(change(admin, event, ["A-1"])) == ["OBJECT_NOT_FOR_SALE"]
    token = hold_token(admin)
    assert codes(change(admin, event, ["A-1"], HELD, holdToken=token)) == ["OBJECT_NOT_FOR_SALE"]
    assert changed(admin, event, ["A-2"])["A-2"]["status"] == "booked"

    _edited(admin, event, forSale=_items("A-1"))
    assert changed(admin, event, ["A-1"], HELD, holdToken=token)["A-1"]["status"] == HELD


def test_for_sale_items_leave_a_not_for_sale_list(admin: httpx.Client, event: str) -> None:
    _edited(admin, event, notForSale=_items("A-1", "A-2", "A-3"))

    result = _edited(admin, event, forSale=_items("A-1", "A-2"))

    assert result["forSaleConfig"] == {"forSale": False, **EMPTY, "objects": ["A-3"]}
    assert result["rateLimitInfo"]["rateLimitRemainingCalls"] == 8


def test_quantities_take_places_of_an_area_out_of_sale(admin: httpx.Client, event: str) -> None:
    _edited(admin, event, notForSale=[{"object": "GA1", "quantity": 5}])

    ga = info(admin, event, "GA1")
    assert (ga["numNotForSale"], ga["numFree"], ga["forSale"]) == (5, 5, True)
    assert codes(change(admin, event, [{"objectId": "GA1", "quantity": 6}])) == [
        "NOT_ENOUGH_FREE_PLACES"
    ]

    result = _edited(admin, event, forSale=[{"object": "GA1", "quantity": 2}])
    assert result["forSaleConfig"]["areaPlaces"] == {"GA1": 3}
    objects = changed(admin, event, [{"objectId": "GA1", "quantity": 7}])
    assert objects["GA1"]["numBooked"] == 7


def test_edits_of_a_for_sale_list_flip_roles(admin: httpx.Client, event: str) -> None:
    ok(_action(admin, event, "mark-as-for-sale", {"objects": ["A-1"]}))
    assert codes(change(admin, event, ["A-2"])) == ["OBJECT_NOT_FOR_SALE"]

    added = _edited(admin, event, forSale=_items("A-2"))
    assert added["forSaleConfig"] == {"forSale": True, **EMPTY, "objects": ["A-1", "A-2"]}
    removed = _edited(admin, event, notForSale=_items("A-1"))
    assert removed["forSaleConfig"] == {"forSale": True, **EMPTY, "objects": ["A-2"]}

    assert codes(change(admin, event, ["A-1"])) == ["OBJECT_NOT_FOR_SALE"]
    assert changed(admin, event, ["A-2"])["A-2"]["status"] == "booked"


def test_booked_objects_stay_booked(admin: httpx.Client, event: str) -> None:
    changed(admin, event, ["A-1"], orderId="o1")

    _edited(admin, event, notForSale=_items("A-1"))

    a1 = info(admin, event, "A-1")
    assert (a1["status"], a1["forSale"], a1["availabilityReason"]) == ("booked", False, "booked")
    assert changed(admin, event, ["A-1"], None)["A-1"]["status"] == "free"


def test_an_edit_builds_on_the_config_given_at_creation(admin: httpx.Client, chart: str) -> None:
    config = {"forSale": False, "objects": ["A-1", "A-2"]}
    create_event(admin, chart, eventKey="e2", forSaleConfig=config)

    result = _edited(admin, "e2", forSale=_items("A-2"))

    assert result["forSaleConfig"]["objects"] == ["A-1"]
    assert result["rateLimitInfo"]["rateLimitRemainingCalls"] == 9


def test_edit_for_many_events(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="e1")
    create_event(admin, chart, eventKey="e2")
    body = {
        "events": {
            "e1": {"notForSale": _items("A-1")},
            "e2": {"notForSale": [{"object": "GA1", "quantity": 2}], "forSale": _items("A-4")},
        }
    }

    results = ok(admin.post("/events/actions/edit-for-sale-config", json=body))

    assert list(results) == ["e1", "e2"]
    assert results["e1"]["forSaleConfig"]["objects"] == ["A-1"]
    assert results["e2"]["forSaleConfig"] == {"forSale": False, **EMPTY, "areaPlaces": {"GA1": 2}}
    assert {result["rateLimitInfo"]["rateLimitRemainingCalls"] for result in results.values()} == {
        9
    }
    assert info(admin, "e2", "GA1")["numNotForSale"] == 2


def test_edit_for_many_events_with_an_unknown_one_changes_nothing(
    admin: httpx.Client, event: str
) -> None:
    body = {"events": {event: {"notForSale": _items("A-1")}, "nope": {}}}

    response = admin.post("/events/actions/edit-for-sale-config", json=body)

    assert codes(response, 404) == ["EVENT_NOT_FOUND"]
    assert _config(admin, event) is None


@pytest.mark.parametrize(
    "items",
    [
        {"notForSale": [{"object": "GA1", "quantity": 0}]},
        {"notForSale": [{"quantity": 1}]},
        {"forSale": ["A-1"]},
        {"forSale": {"object": "A-1"}},
    ],
)
def test_malformed_edits_are_refused(admin: httpx.Client, event: str, items: JsonDict) -> None:
    assert codes(_edit(admin, event, **items)) == ["VALIDATION_FAILED"]
    assert _config(admin, event) is None


def test_mark_as_not_for_sale_replaces_the_config(admin: httpx.Client, event: str) -> None:
    _edited(admin, event, notForSale=_items("B-1"))

    body = {"objects": ["A-1"], "areaPlaces": {"GA1": 3}, "categories": ["vip"]}
    response = ok(_action(admin, event, "mark-as-not-for-sale", body))

    assert set(response) == {"rateLimitRemainingCalls", "rateLimitResetDate"}
    assert response["rateLimitRemainingCalls"] == 8
    assert _config(admin, event) == {"forSale": False, **body}
    # B-2 is in category "vip" (the chart's key): not for sale; A-2 (category 1) is.
    assert codes(change(admin, event, ["B-2"])) == ["OBJECT_NOT_FOR_SALE"]
    assert changed(admin, event, ["A-2"])["A-2"]["status"] == "booked"


def test_categories_match_by_label_too(admin: httpx.Client, event: str) -> None:
    ok(_action(admin, event, "mark-as-for-sale", {"categories": ["Stalls"]}))

    assert _config(admin, event) == {"forSale": True, **EMPTY, "categories": ["Stalls"]}
    assert changed(admin, event, ["A-1"])["A-1"]["status"] == "booked"
    assert codes(change(admin, event, ["B-1"])) == ["OBJECT_NOT_FOR_SALE"]


def test_mark_everything_as_not_for_sale_and_back(admin: httpx.Client, event: str) -> None:
    response = ok(_action(admin, event, "mark-everything-as-not-for-sale"))
    assert response["rateLimitRemainingCalls"] == 9

    assert _config(admin, event) == {"forSale": True, **EMPTY}
    ga = info(admin, event, "GA1")
    assert (ga["numNotForSale"], ga["numFree"], ga["availabilityReason"]) == (10, 0, "not_for_sale")
    assert codes(change(admin, event, ["A-1", "T1-1"])) == ["OBJECT_NOT_FOR_SALE"] * 2

    back = _action(admin, event, "mark-everything-as-for-sale")
    assert (back.status_code, back.content) == (204, b"")
    assert _config(admin, event) is None
    assert info(admin, event, "A-1")["forSale"] is True
    assert changed(admin, event, ["A-1"])["A-1"]["status"] == "booked"


def test_the_quota_is_ten_calls_per_event_a_day(
    emulator: Emulator, admin: httpx.Client, chart: str
) -> None:
    create_event(admin, chart, eventKey="e1")
    create_event(admin, chart, eventKey="e2")
    remaining = [
        _edited(admin, "e1", notForSale=_items(f"A-{n % 4 + 1}"))["rateLimitInfo"][
            "rateLimitRemainingCalls"
        ]
        for n in range(9)
    ]
    assert remaining == [9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert ok(_action(admin, "e1", "mark-as-not-for-sale", {"objects": ["B-1"]})) == {
        "rateLimitRemainingCalls": 0,
        "rateLimitResetDate": _reset_date(emulator),
    }

    refused = _edit(admin, "e1", forSale=_items("B-1"))
    assert codes(refused, 429) == ["RATE_LIMIT_EXCEEDED"]
    assert refused.headers["retry-after"] == str(24 * 3600)
    assert codes(_action(admin, "e1", "mark-everything-as-for-sale"), 429) == [
        "RATE_LIMIT_EXCEEDED"
    ]
    assert _config(admin, "e1") == {"forSale": False, **EMPTY, "objects": ["B-1"]}
    assert (
        _edited(admin, "e2", forSale=_items("A-1"))["rateLimitInfo"]["rateLimitRemainingCalls"] == 9
    )

    emulator.clock.advance(23 * 3600)
    assert _edit(admin, "e1", forSale=_items("B-1")).headers["retry-after"] == "3600"
    emulator.clock.advance(3600)
    assert _edited(admin, "e1", forSale=_items("B-1"))["rateLimitInfo"] == {
        "rateLimitRemainingCalls": 9,
        "rateLimitResetDate": _reset_date(emulator),
    }


def test_an_unlimited_billable_workspace_has_no_quota(
    emulator: Emulator, admin: httpx.Client
) -> None:
    workspace = ok(
        admin.post("/workspaces", json={"name": "w", "forSaleMode": "UNLIMITED_BILLABLE"})
    )
    secret = str(workspace["secretKey"])
    chart = emulator.upload_chart(hall_drawing(), secret_key=secret)
    with client_for(emulator, secret) as client:
        create_event(client, chart, eventKey="e1")
        infos = [
            _edited(client, "e1", notForSale=_items("A-1"))["rateLimitInfo"] for _ in range(12)
        ]
    assert {info["rateLimitRemainingCalls"] for info in infos} == {10}


def test_for_sale_calls_on_an_unknown_event_are_404(admin: httpx.Client) -> None:
    for action in ("edit-for-sale-config", "mark-as-for-sale", "mark-everything-as-for-sale"):
        assert codes(_action(admin, "nope", action, {}), 404) == ["EVENT_NOT_FOUND"]
