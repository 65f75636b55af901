"""Events: create, create multiple, retrieve, update, delete and list (events.md §3.1-3.6)."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import ChartBuilder, Emulator, TestCompany

from ._events_support import (
    body,
    changed,
    codes,
    create_event,
    errors,
    info,
    ok,
    status_of,
    upload_sample,
)
from .conftest import client_for

ALWAYS = {
    "id",
    "key",
    "chartKey",
    "tableBookingConfig",
    "supportsBestAvailable",
    "categories",
    "createdOn",
    "isSeason",
    "isTopLevelSeason",
    "isPartialSeason",
    "isEventInSeason",
    "isInThePast",
}
HALL_CATEGORIES = [
    {"key": 1, "label": "Stalls", "color": "#ff0000", "accessible": False},
    {"key": "vip", "label": "VIP", "color": "#00ff00", "accessible": False},
]


def test_create_with_only_a_chart_key_gives_the_defaults(admin: httpx.Client, chart: str) -> None:
    event = create_event(admin, chart)

    assert set(event) == ALWAYS
    assert event["id"] > 0
    assert event["key"]
    assert event["chartKey"] == chart
    assert event["tableBookingConfig"] == {"mode": "INHERIT"}
    assert event["supportsBestAvailable"] is True
    assert event["categories"] == HALL_CATEGORIES
    assert event["createdOn"] == "2025-01-01T12:00:00.000Z"
    assert [event[flag] for flag in ("isSeason", "isEventInSeason", "isInThePast")] == [
        False,
        False,
        False,
    ]


def test_create_echoes_every_field(admin: httpx.Client, chart: str) -> None:
    event = create_event(
        admin,
        chart,
        eventKey="concert",
        name="The concert",
        date="2025-03-28",
        tableBookingConfig={"mode": "CUSTOM", "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"}},
        objectCategories={"A-1": "vip", "A-2": 1},
        categories=[{"key": "extra", "label": "Extra", "color": "#123456"}],
        channels=[
            {"key": "c1", "name": "Channel 1", "color": "#ED303D", "index": 1, "objects": ["A-1"]},
            {"key": "c2", "name": "Channel 2", "color": "#3F3F3F", "areaPlaces": {"GA1": 3}},
        ],
        forSaleConfig={"forSale": False, "objects": ["A-3"]},
    )

    assert event["key"] == "concert"
    assert event["name"] == "The concert"
    assert event["date"] == "2025-03-28"
    assert event["tableBookingConfig"] == {
        "mode": "CUSTOM",
        "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"},
    }
    assert event["objectCategories"] == {"A-1": "vip", "A-2": 1}
    assert event["categories"] == [
        *HALL_CATEGORIES,
        {"key": "extra", "label": "Extra", "color": "#123456", "accessible": False},
    ]
    first, second = event["channels"]
    assert first["id"]
    assert second["id"]
    assert first["id"] != second["id"]
    assert {k: v for k, v in first.items() if k != "id"} == {
        "key": "c1",
        "name": "Channel 1",
        "color": "#ED303D",
        "index": 1,
        "objects": ["A-1"],
        "areaPlaces": {},
    }
    assert {k: v for k, v in second.items() if k != "id"} == {
        "key": "c2",
        "name": "Channel 2",
        "color": "#3F3F3F",
        "objects": [],
        "areaPlaces": {"GA1": 3},
    }
    assert event["forSaleConfig"] == {
        "forSale": False,
        "objects": ["A-3"],
        "areaPlaces": {},
        "categories": [],
    }
    assert "updatedOn" not in event


def test_create_accepts_null_tables_and_nulls_for_absent_options(
    admin: httpx.Client, chart: str
) -> None:
    event = create_event(
        admin, chart, tableBookingConfig={"mode": "ALL_BY_SEAT", "tables": None}, name=None
    )

    assert event["tableBookingConfig"] == {"mode": "ALL_BY_SEAT"}
    assert "name" not in event


def test_create_on_an_unknown_chart_is_chart_not_found(admin: httpx.Client) -> None:
    response = admin.post("/events", json={"chartKey": "nope"})

    [(code, message)] = errors(response, 404)
    assert code == "CHART_NOT_FOUND"
    assert message.startswith("Chart not found: nope was not found in workspace")


def test_create_without_chart_key_is_a_schema_error(admin: httpx.Client) -> None:
    assert codes(admin.post("/events", json={}), 400) == ["VALIDATION_FAILED"]


def test_duplicate_event_key_is_refused(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="e1")

    assert codes(admin.post("/events", json={"chartKey": chart, "eventKey": "e1"})) == [
        "EVENT_KEY_ALREADY_EXISTS"
    ]


@pytest.mark.parametrize(
    "date", ["2025-13-01", "28/03/2025", "20250328", "2013-12-31", "2040-01-01"]
)
def test_bad_dates_are_refused(admin: httpx.Client, chart: str, date: str) -> None:
    response = admin.post("/events", json={"chartKey": chart, "date": date})

    assert codes(response) == ["INVALID_DATE"]


def test_wrong_types_are_schema_errors(admin: httpx.Client, chart: str) -> None:
    response = admin.post("/events", json={"chartKey": chart, "tableBookingConfig": "INHERIT"})

    [(code, message)] = errors(response)
    assert code == "VALIDATION_FAILED"
    assert message == "#/tableBookingConfig: expected type: JSONObject, found: String"


def test_generated_keys_are_unique(admin: httpx.Client, chart: str) -> None:
    keys = {create_event(admin, chart)["key"] for _ in range(3)}

    assert len(keys) == 3


def test_create_multiple_keeps_request_order_and_per_event_settings(
    admin: httpx.Client, chart: str
) -> None:
    response = admin.post(
        "/events/actions/create-multiple",
        json={
            "chartKey": chart,
            "events": [
                {"eventKey": "e1", "tableBookingConfig": {"mode": "ALL_BY_TABLE", "tables": None}},
                {"eventKey": "e2", "name": "Second", "date": "2025-05-05"},
                {},
            ],
        },
    )

    events = ok(response)["events"]
    assert [event["key"] for event in events[:2]] == ["e1", "e2"]
    assert events[0]["tableBookingConfig"] == {"mode": "ALL_BY_TABLE"}
    assert events[1]["name"] == "Second"
    assert events[1]["date"] == "2025-05-05"
    assert events[2]["key"]
    assert events[0]["id"] < events[1]["id"] < events[2]["id"]
    assert all(set(event) >= ALWAYS for event in events)


@pytest.mark.parametrize(
    "second",
    [{"eventKey": "e1"}, {"eventKey": "existing"}, {"date": "nope"}],
    ids=["repeated-in-request", "already-existing", "bad-item"],
)
def test_create_multiple_is_all_or_nothing(
    admin: httpx.Client, chart: str, second: dict[str, str]
) -> None:
    create_event(admin, chart, eventKey="existing")

    response = admin.post(
        "/events/actions/create-multiple",
        json={"chartKey": chart, "events": [{"eventKey": "e1"}, second]},
    )

    assert response.status_code == 400
    assert admin.get("/events/e1").status_code == 404
    assert [event["key"] for event in ok(admin.get("/events"))["items"]] == ["existing"]


def test_retrieve_returns_the_created_event(admin: httpx.Client, chart: str) -> None:
    event = create_event(admin, chart, eventKey="a/b c", name="N")

    assert ok(admin.get("/events/a%2Fb%20c")) == event


def test_unknown_event_is_event_not_found(admin: httpx.Client, company: TestCompany) -> None:
    [(code, message)] = errors(admin.get("/events/missing"), 404)

    assert code == "EVENT_NOT_FOUND"
    assert message == (
        f"Event not found: missing was not found in workspace {company.workspace.key}"
    )


def test_update_replaces_what_is_given_and_sets_updated_on(
    emulator: Emulator, admin: httpx.Client, chart: str
) -> None:
    created = create_event(
        admin,
        chart,
        eventKey="e1",
        name="Old",
        objectCategories={"A-1": "vip"},
        categories=[{"key": "x", "label": "X", "color": "red"}],
    )
    emulator.clock.advance(60)

    response = admin.post(
        "/events/e1",
        json={
            "eventKey": "e2",
            "name": "New",
            "date": "2025-06-01",
            "tableBookingConfig": {"mode": "ALL_BY_SEAT"},
            "objectCategories": {"A-2": 1},
        },
    )

    assert response.status_code == 200
    updated = ok(admin.get("/events/e2"))
    assert updated["id"] == created["id"]
    assert updated["name"] == "New"
    assert updated["date"] == "2025-06-01"
    assert updated["tableBookingConfig"] == {"mode": "ALL_BY_SEAT"}
    assert updated["objectCategories"] == {"A-2": 1}
    assert updated["categories"][-1]["key"] == "x"  # untouched: not in the body
    assert updated["updatedOn"] == "2025-01-01T12:01:00.000Z"
    assert admin.get("/events/e1").status_code == 404


@pytest.mark.parametrize("given", [{}, {"color": None}], ids=["absent", "null"])
def test_an_event_category_without_a_colour_gets_a_default_one(
    admin: httpx.Client, chart: str, given: dict[str, object]
) -> None:
    # As a chart's categories (charts.md 1.3); the official client sends `"color": null`.
    event = create_event(
        admin,
        chart,
        categories=[{"key": "x", "label": "X", **given}, {"key": "y", "label": "Y", **given}],
    )

    colours = [category["color"] for category in event["categories"][-2:]]
    assert all(colour.startswith("#") and len(colour) == 7 for colour in colours)
    assert colours[0] != colours[1]


@pytest.mark.parametrize("removal", [{}, [], None])
def test_update_removes_object_categories(admin: httpx.Client, chart: str, removal: object) -> None:
    create_event(admin, chart, eventKey="e1", objectCategories={"A-1": "vip"})

    ok(admin.post("/events/e1", json={"objectCategories": removal}))

    assert "objectCategories" not in ok(admin.get("/events/e1"))


def test_update_with_empty_categories_removes_the_event_level_ones(
    admin: httpx.Client, chart: str
) -> None:
    create_event(
        admin, chart, eventKey="e1", categories=[{"key": "x", "label": "X", "color": "red"}]
    )

    ok(admin.post("/events/e1", json={"categories": []}))

    assert ok(admin.get("/events/e1"))["categories"] == HALL_CATEGORIES


def test_update_to_a_taken_key_changes_nothing(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="e1", name="One")
    create_event(admin, chart, eventKey="e2")

    response = admin.post("/events/e1", json={"eventKey": "e2", "name": "Renamed"})

    assert codes(response) == ["EVENT_KEY_ALREADY_EXISTS"]
    assert ok(admin.get("/events/e1"))["name"] == "One"


def test_update_of_unknown_event_is_404(admin: httpx.Client) -> None:
    assert codes(admin.post("/events/nope", json={"name": "x"}), 404) == ["EVENT_NOT_FOUND"]


def test_delete_removes_the_event(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="e1")

    assert admin.request("DELETE", "/events/e1", content=b"null").status_code == 204

    [(code, message)] = errors(admin.get("/events/e1"), 404)
    assert code == "EVENT_NOT_FOUND"
    assert message.startswith("Event not found: e1 was not found in workspace")
    assert ok(admin.get("/events"))["items"] == []
    assert codes(admin.delete("/events/e1"), 404) == ["EVENT_NOT_FOUND"]


def test_list_is_newest_first_with_cursors(admin: httpx.Client, chart: str) -> None:
    ids = [create_event(admin, chart, eventKey=f"e{n}")["id"] for n in range(5)]
    newest_first = list(reversed(ids))

    first = ok(admin.get("/events", params={"limit": 2}))
    assert [e["id"] for e in first["items"]] == newest_first[:2]
    assert first["next_page_starts_after"] == str(newest_first[1])
    assert "previous_page_ends_before" not in first

    middle = ok(admin.get("/events", params={"limit": 2, "start_after_id": newest_first[1]}))
    assert [e["id"] for e in middle["items"]] == newest_first[2:4]
    assert middle["previous_page_ends_before"] == str(newest_first[2])

    before = ok(admin.get("/events", params={"limit": 2, "end_before_id": newest_first[2]}))
    assert [e["id"] for e in before["items"]] == newest_first[:2]

    last = ok(admin.get("/events", params={"limit": 2, "start_after_id": newest_first[3]}))
    assert [e["id"] for e in last["items"]] == newest_first[4:]
    assert "next_page_starts_after" not in last


def test_list_pages_hold_at_most_twenty_events(admin: httpx.Client, chart: str) -> None:
    for _ in range(21):
        create_event(admin, chart)

    page = ok(admin.get("/events", params={"limit": 50}))

    assert len(page["items"]) == 20
    assert "next_page_starts_after" in page


def test_list_filter_matches_key_or_name(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="rock-1")
    create_event(admin, chart, eventKey="jazz-1", name="Rock and jazz")
    create_event(admin, chart, eventKey="folk-1")

    page = ok(admin.get("/events", params={"filter": "ROCK"}))

    assert [event["key"] for event in page["items"]] == ["jazz-1", "rock-1"]


def test_events_live_in_their_workspace(
    emulator: Emulator, admin: httpx.Client, company: TestCompany, chart: str
) -> None:
    create_event(admin, chart, eventKey="e1")
    other = ok(admin.post("/workspaces", json={"name": "Other"}))

    with client_for(emulator, other["secretKey"]) as elsewhere:
        assert codes(elsewhere.get("/events/e1"), 404) == ["EVENT_NOT_FOUND"]
        assert body(elsewhere.get("/events"))["items"] == []
    with client_for(emulator, company.workspace.secret_key) as own:
        assert ok(own.get("/events/e1"))["key"] == "e1"


def test_many_events_on_the_zones_chart_keep_their_own_state(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithZones.json")
    for number in range(30):
        create_event(admin, chart, eventKey=f"race-{number}")

    changed(admin, "race-29", ["MT3-Z-139"])

    assert status_of(admin, "race-29", "MT3-Z-139") == "booked"
    assert status_of(admin, "race-28", "MT3-Z-139") == "free"
    assert info(admin, "race-0", "Goal Stand 4-A-1")["zone"] == "finishline"


def test_move_to_new_chart_copy_keeps_the_event_and_its_state(
    admin: httpx.Client, chart: str
) -> None:
    created = create_event(admin, chart, eventKey="e1")
    changed(admin, "e1", ["A-1"])

    moved = ok(admin.post("/events/e1/actions/move-to-new-chart-copy", content=b"null"))

    assert moved["chartKey"] != chart
    assert (moved["key"], moved["id"]) == ("e1", created["id"])
    copy = ok(admin.get(f"/charts/{moved['chartKey']}"))
    assert copy["name"] == "Hall (copy)"
    assert status_of(admin, "e1", "A-1") == "booked"
    assert ok(admin.get("/events/e1"))["chartKey"] == moved["chartKey"]
    assert codes(admin.post("/events/nope/actions/move-to-new-chart-copy"), 404) == [
        "EVENT_NOT_FOUND"
    ]


def test_events_cannot_be_created_on_a_chart_failing_a_validator_at_error_level(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    no_focal_point = ChartBuilder("flat").category(1, "Stalls").row("A", seats=2, category=1)
    chart = emulator.upload_chart(no_focal_point.build(), secret_key=company.admin_key)
    create_event(admin, chart, eventKey="before")  # valid under the default severities
    settings = {"VALIDATE_FOCAL_POINT": "ERROR"}
    assert admin.post("/_emulator/chart-validation", json=settings).status_code == 200

    refused = admin.post("/events", json={"chartKey": chart, "eventKey": "after"})
    several = {"chartKey": chart, "events": [{"eventKey": "x"}, {"eventKey": "y"}]}
    refused_too = admin.post("/events/actions/create-multiple", json=several)

    assert codes(refused) == ["DRAWING_VALIDATION_FAILED"]
    assert body(refused)["errors"][0]["data"] == {"failedValidations": ["VALIDATE_FOCAL_POINT"]}
    assert codes(refused_too) == ["DRAWING_VALIDATION_FAILED"]
    assert [event["key"] for event in ok(admin.get("/events"))["items"]] == ["before"]
    settings = {"VALIDATE_FOCAL_POINT": "OFF"}
    assert admin.post("/_emulator/chart-validation", json=settings).status_code == 200
    assert ok(admin.post("/events", json={"chartKey": chart, "eventKey": "after"}))["key"] == (
        "after"
    )
