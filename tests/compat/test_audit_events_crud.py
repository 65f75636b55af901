"""Audit: events create / create-multiple / retrieve / update / delete / move (events.md §3.1-§3.7,
§5.1-§5.2, §6), checked on the wire and through the official client."""

from __future__ import annotations

import datetime as dt

import pytest

from ._audit_events import change, create_event, near_now, parse_timestamp, post_json, quote
from ._audit_wire import Caller, child, error_body, items_of, ok_json, single_error
from ._official import OFFICIAL_ERROR, OfficialClient
from ._official_builders import category, channel, event_properties, for_sale_config, table_booking
from ._official_charts import charts_of
from ._official_events import OfficialEvents
from .conftest import Company, UploadChart

SAMPLE_CATEGORIES = [
    {"key": 9, "label": "Cat1", "color": "#87A9CD", "accessible": False},
    {"key": 10, "label": "Cat2", "color": "#5E42ED", "accessible": False},
    {"key": "string11", "label": "Cat3", "color": "#5E42BB", "accessible": False},
]


def test_create_with_only_a_chart_key_on_the_wire(caller: Caller, chart_key: str) -> None:
    event = create_event(caller, chart_key)

    assert type(event["id"]) is int
    assert event["id"] != 0
    assert isinstance(event["key"], str)
    assert event["key"]
    assert event["chartKey"] == chart_key
    assert event["tableBookingConfig"] == {"mode": "INHERIT"}
    assert event["supportsBestAvailable"] is True
    assert event["categories"] == SAMPLE_CATEGORIES
    assert near_now(event["createdOn"])
    for flag in ("isSeason", "isTopLevelSeason", "isPartialSeason", "isEventInSeason"):
        assert event[flag] is False, flag
    assert event["isInThePast"] is False
    for absent in (
        "forSaleConfig",
        "updatedOn",
        "topLevelSeasonKey",
        "partialSeasonKeysForEvent",
        "objectCategories",
    ):
        assert event.get(absent) is None, absent


def test_create_echoes_everything_given(caller: Caller, chart_key: str) -> None:
    event = create_event(
        caller,
        chart_key,
        eventKey="event1",
        name="My event",
        date="2022-01-10",
        tableBookingConfig={"mode": "CUSTOM", "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"}},
        objectCategories={"A-1": 10},
        categories=[{"key": "eventCat", "label": "Event cat", "color": "#000000"}],
        channels=[
            {"key": "ch1", "name": "One", "color": "#111111", "index": 1, "objects": ["A-1"]},
            {"key": "ch2", "name": "Two", "color": "#222222", "areaPlaces": {"GA1": 5}},
            {"key": "ch3", "name": "Three", "color": "#333333", "objects": list[str]()},
        ],
        forSaleConfig={
            "forSale": False,
            "objects": ["A-2"],
            "areaPlaces": {"GA1": 3},
            "categories": ["Cat2"],
        },
    )

    assert (event["key"], event["name"], event["date"]) == ("event1", "My event", "2022-01-10")
    assert event["tableBookingConfig"] == {
        "mode": "CUSTOM",
        "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"},
    }
    assert event["objectCategories"] == {"A-1": 10}
    assert type(child(event, "objectCategories")["A-1"]) is int
    categories = items_of({"items": event["categories"]})
    assert len(categories) == 4
    assert categories[:3] == SAMPLE_CATEGORIES
    assert (categories[3]["key"], categories[3]["label"]) == ("eventCat", "Event cat")
    channels = items_of({"items": event["channels"]})
    assert [c["key"] for c in channels] == ["ch1", "ch2", "ch3"]
    assert all(isinstance(c["id"], str) and c["id"] for c in channels)
    assert [(c["objects"], c["areaPlaces"]) for c in channels] == [
        (["A-1"], {}),
        ([], {"GA1": 5}),
        ([], {}),
    ]
    assert channels[0]["index"] == 1
    assert channels[1].get("index") is None
    assert event["forSaleConfig"] == {
        "forSale": False,
        "objects": ["A-2"],
        "areaPlaces": {"GA1": 3},
        "categories": ["Cat2"],
    }


def test_create_through_the_official_client(events: OfficialEvents, chart_key: str) -> None:
    event = events.create(
        chart_key,
        event_key="e1",
        date=dt.date(2022, 1, 10),
        table_booking_config=table_booking("CUSTOM", {"T1": "BY_TABLE", "T2": "BY_SEAT"}),
        categories=[category("c1", "Event cat", "#000000")],
        for_sale_config=for_sale_config(True, ["A-1"]),
    )

    assert event.date == dt.date(2022, 1, 10)
    assert event.table_booking_config.tables == {"T1": "BY_TABLE", "T2": "BY_SEAT"}
    assert len(event.categories or []) == 4
    config = event.for_sale_config
    assert config is not None
    assert (config.for_sale, config.objects, config.area_places, config.categories) == (
        True,
        ["A-1"],
        {},
        [],
    )


def test_events_on_a_chart_without_objects_and_on_the_errors_chart(
    client: OfficialClient, caller: Caller, upload_sample_chart: UploadChart
) -> None:
    empty = charts_of(client).create()
    on_empty = create_event(caller, empty.key)
    on_errors = create_event(caller, upload_sample_chart("sampleChartWithErrors.json"))

    assert on_empty["chartKey"] == empty.key
    assert on_empty["supportsBestAvailable"] is False
    assert on_errors["supportsBestAvailable"] is False


def test_create_on_an_unknown_chart_is_404(caller: Caller) -> None:
    response = post_json(caller, "/events", {"chartKey": "no-such-chart"})

    error = single_error(response, 404)
    assert str(error["message"]).startswith("Chart not found: no-such-chart")


def test_create_with_a_key_in_use_fails(caller: Caller, chart_key: str) -> None:
    first = create_event(caller, chart_key, eventKey="taken")

    error_body(post_json(caller, "/events", {"chartKey": chart_key, "eventKey": "taken"}), 400)
    assert [item["id"] for item in items_of(caller.json("/events"))] == [first["id"]]


def test_create_multiple_in_request_order_with_defaults(
    events: OfficialEvents, chart_key: str
) -> None:
    created = events.create_multiple(
        chart_key,
        [
            event_properties(
                "event1", table_booking_config=table_booking("CUSTOM", {"T1": "BY_TABLE"})
            ),
            event_properties(
                "event2",
                name="Two",
                date=dt.date(2022, 2, 2),
                table_booking_config=table_booking("CUSTOM", {"T2": "BY_SEAT"}),
            ),
            event_properties(),
        ],
    )

    assert [event.key for event in created][:2] == ["event1", "event2"]
    assert created[2].key
    assert [event.table_booking_config.tables for event in created] == [
        {"T1": "BY_TABLE"},
        {"T2": "BY_SEAT"},
        None,
    ]
    assert created[2].table_booking_config.mode == "INHERIT"
    assert (created[1].name, created[1].date) == ("Two", dt.date(2022, 2, 2))
    for event in created:
        assert event.supports_best_available is True
        assert event.for_sale_config is None
        assert event.updated_on is None
        assert event.created_on is not None
        assert [c.key for c in event.categories or []] == [9, 10, "string11"]


def test_create_multiple_echoes_each_items_settings(caller: Caller, chart_key: str) -> None:
    # The official serializer writes nested helpers with every attribute, None as null.
    body = {
        "chartKey": chart_key,
        "events": [
            {
                "eventKey": "e1",
                "tableBookingConfig": {"mode": "ALL_BY_SEAT", "tables": None},
                "objectCategories": {"A-1": 10},
                "categories": [
                    {"key": "c1", "label": "C1", "color": "#010101", "accessible": False}
                ],
                "channels": [{"key": "ch", "name": "Ch", "color": "#020202", "objects": ["A-3"]}],
                "forSaleConfig": {"forSale": False, "objects": ["A-4"]},
            },
            {"eventKey": "e2"},
        ],
    }

    created = items_of(
        {"items": ok_json(post_json(caller, "/events/actions/create-multiple", body))["events"]}
    )

    first, second = created
    assert first["tableBookingConfig"] == {"mode": "ALL_BY_SEAT"}
    assert first["objectCategories"] == {"A-1": 10}
    assert [c["key"] for c in items_of({"items": first["categories"]})] == [
        9,
        10,
        "string11",
        "c1",
    ]
    channels = items_of({"items": first["channels"]})
    assert [(c["key"], c["objects"], c["areaPlaces"]) for c in channels] == [("ch", ["A-3"], {})]
    assert first["forSaleConfig"] == {
        "forSale": False,
        "objects": ["A-4"],
        "areaPlaces": {},
        "categories": [],
    }
    assert second["key"] == "e2"
    assert second.get("forSaleConfig") is None


def test_create_multiple_with_a_repeated_key_is_refused(caller: Caller, chart_key: str) -> None:
    body = {"chartKey": chart_key, "events": [{"eventKey": "same"}, {"eventKey": "same"}]}

    error_body(post_json(caller, "/events/actions/create-multiple", body), 400)
    assert items_of(caller.json("/events")) == []


def test_retrieve_under_an_encoded_key(caller: Caller, chart_key: str) -> None:
    created = create_event(caller, chart_key, eventKey="a/b c?ä#")

    retrieved = caller.json(f"/events/{quote('a/b c?ä#')}")

    assert retrieved == created


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("GET", "", None),
        ("POST", "", '{"name": "x"}'),
        ("DELETE", "", "null"),
        ("POST", "/actions/move-to-new-chart-copy", "null"),
        ("GET", "/status-changes", None),
        ("GET", "/objects/A-1/status-changes", None),
        ("POST", "/objects/A-1/actions/update-extra-data", '{"extraData": {"a": 1}}'),
        ("POST", "/actions/update-extra-data", '{"extraData": {"A-1": {"a": 1}}}'),
        ("POST", "/actions/change-object-status", '{"status": "booked", "objects": ["A-1"]}'),
        (
            "POST",
            "/actions/change-object-status",
            '{"status": "booked", "bestAvailable": {"number": 1}}',
        ),
    ],
)
def test_an_unknown_event_is_event_not_found_everywhere(
    caller: Caller, company: Company, method: str, suffix: str, body: str | None
) -> None:
    response = caller.send(method, f"/events/{quote('nope/x')}{suffix}", body)

    error = single_error(response, 404)
    assert error["code"] == "EVENT_NOT_FOUND"
    assert str(error["message"]).startswith("Event not found: nope/x was not found in workspace")


def test_unknown_event_in_object_infos_and_status_calls(caller: Caller, chart_key: str) -> None:
    create_event(caller, chart_key, eventKey="known")

    infos = caller.get("/events/nope/objects", query=[("label", "A-1")])
    group = change(caller, ["known", "nope"], ["A-1"])
    batch = post_json(
        caller,
        "/events/actions/change-object-status",
        {"statusChanges": [{"event": "nope", "objects": ["A-1"], "status": "booked"}]},
    )

    for response in (infos, group, batch):
        error = single_error(response, 404)
        assert error["code"] == "EVENT_NOT_FOUND"
        assert str(error["message"]).startswith("Event not found: nope was not found in workspace")


def test_update_on_the_wire(caller: Caller, chart_key: str) -> None:
    created = create_event(
        caller,
        chart_key,
        eventKey="old",
        objectCategories={"A-1": 10},
        categories=[{"key": "c1", "label": "C1", "color": "red"}],
    )

    response = post_json(
        caller,
        "/events/old",
        {
            "eventKey": "new",
            "name": "Renamed",
            "date": "2022-03-03",
            "tableBookingConfig": {"mode": "ALL_BY_TABLE"},
            "objectCategories": {"A-2": 9},
            "categories": [{"key": "c2", "label": "C2", "color": "blue"}],
        },
    )

    assert response.status_code in (200, 204)
    updated = caller.json("/events/new")
    assert (updated["id"], updated["createdOn"]) == (created["id"], created["createdOn"])
    assert (updated["name"], updated["date"]) == ("Renamed", "2022-03-03")
    assert updated["tableBookingConfig"] == {"mode": "ALL_BY_TABLE"}
    assert updated["objectCategories"] == {"A-2": 9}
    assert [c["key"] for c in items_of({"items": updated["categories"]})] == [
        9,
        10,
        "string11",
        "c2",
    ]
    assert near_now(updated["updatedOn"])
    assert parse_timestamp(updated["updatedOn"]) >= parse_timestamp(updated["createdOn"])
    assert single_error(caller.get("/events/old"), 404)["code"] == "EVENT_NOT_FOUND"


def test_update_leaves_absent_fields_alone(caller: Caller, chart_key: str) -> None:
    create_event(
        caller,
        chart_key,
        eventKey="e1",
        name="Name",
        date="2022-01-10",
        tableBookingConfig={"mode": "ALL_BY_SEAT"},
        objectCategories={"A-1": 10},
    )

    post_json(caller, "/events/e1", {"name": "Other"})

    event = caller.json("/events/e1")
    assert (event["name"], event["date"]) == ("Other", "2022-01-10")
    assert event["tableBookingConfig"] == {"mode": "ALL_BY_SEAT"}
    assert event["objectCategories"] == {"A-1": 10}


def test_removing_object_categories_and_categories(
    events: OfficialEvents, caller: Caller, chart_key: str
) -> None:
    create_event(
        caller,
        chart_key,
        eventKey="e1",
        objectCategories={"A-1": 10},
        categories=[{"key": "c1", "label": "C1", "color": "red"}],
    )

    events.remove_object_categories("e1")
    events.remove_categories("e1")

    event = caller.json("/events/e1")
    assert "objectCategories" not in event
    assert event["categories"] == SAMPLE_CATEGORIES


def test_update_with_the_official_client_sets_updated_on(
    events: OfficialEvents, chart_key: str
) -> None:
    events.create(chart_key, event_key="e1")

    events.update("e1", name="New name", table_booking_config=table_booking("ALL_BY_SEAT"))

    event = events.retrieve("e1")
    assert event.name == "New name"
    assert event.table_booking_config.mode == "ALL_BY_SEAT"
    assert event.updated_on is not None


def test_delete(caller: Caller, chart_key: str) -> None:
    create_event(caller, chart_key, eventKey="gone")
    create_event(caller, chart_key, eventKey="stays")

    response = caller.delete("/events/gone")

    assert response.status_code == 204
    assert response.content == b""
    error = single_error(caller.get("/events/gone"), 404)
    assert str(error["message"]).startswith("Event not found: gone was not found in workspace")
    assert [item["key"] for item in items_of(caller.json("/events"))] == ["stays"]
    assert single_error(caller.delete("/events/gone"), 404)["code"] == "EVENT_NOT_FOUND"


def test_list_is_newest_first_with_the_documented_cursors(caller: Caller, chart_key: str) -> None:
    ids = {
        n: int(str(create_event(caller, chart_key, eventKey=f"e{n}")["id"])) for n in range(16, 21)
    }

    def page(*query: tuple[str, str | int]) -> tuple[list[str], str | None, str | None]:
        body = caller.json("/events", query=query)
        assert set(body) <= {"items", "next_page_starts_after", "previous_page_ends_before"}
        nxt, prev = body.get("next_page_starts_after"), body.get("previous_page_ends_before")
        assert nxt is None or isinstance(nxt, str)
        assert prev is None or isinstance(prev, str)
        return [str(item["key"]) for item in items_of(body)], nxt, prev

    assert page() == (["e20", "e19", "e18", "e17", "e16"], None, None)
    assert page(("limit", 2)) == (["e20", "e19"], str(ids[19]), None)
    assert page(("limit", 2), ("start_after_id", ids[19])) == (
        ["e18", "e17"],
        str(ids[17]),
        str(ids[18]),
    )
    assert page(("limit", 2), ("end_before_id", ids[18])) == (["e20", "e19"], str(ids[19]), None)
    assert page(("limit", 2), ("start_after_id", ids[17])) == (["e16"], None, str(ids[16]))
    assert page(("limit", 1), ("start_after_id", ids[19])) == (["e18"], str(ids[18]), str(ids[18]))


def test_list_items_are_full_events(events: OfficialEvents, caller: Caller, chart_key: str) -> None:
    created = create_event(caller, chart_key, eventKey="e1", name="N")

    (listed,) = items_of(caller.json("/events"))

    assert listed == created
    assert [event.key for event in events.list()] == ["e1"]


def test_move_to_new_chart_copy(caller: Caller, chart_key: str) -> None:
    created = create_event(caller, chart_key, eventKey="e1")
    change(caller, "e1", ["A-1"])

    moved = ok_json(caller.post("/events/e1/actions/move-to-new-chart-copy"))

    assert moved["key"] == "e1"
    assert moved["chartKey"] != chart_key
    assert moved["id"] == created["id"]
    assert caller.json("/events/e1")["chartKey"] == moved["chartKey"]
    assert caller.json(f"/charts/{quote(str(moved['chartKey']))}")["key"] == moved["chartKey"]


def test_timestamps_and_dates_parse_with_the_official_client(
    events: OfficialEvents, caller: Caller, chart_key: str
) -> None:
    create_event(caller, chart_key, eventKey="e1", date="2024-02-29")
    post_json(caller, "/events/e1", {"name": "x"})

    event = events.retrieve("e1")

    assert event.date == dt.date(2024, 2, 29)
    assert event.created_on is not None
    assert event.updated_on is not None


@pytest.mark.parametrize("date", ["2022-1-10", "10-01-2022", "2022-02-30", "2013-12-31", "soon"])
def test_an_invalid_date_is_refused(caller: Caller, chart_key: str, date: str) -> None:
    error_body(post_json(caller, "/events", {"chartKey": chart_key, "date": date}), 400)
    assert items_of(caller.json("/events")) == []


def test_an_event_with_a_channel_and_an_official_index(
    events: OfficialEvents, chart_key: str
) -> None:
    event = events.create(chart_key, channels=[channel("k", "n", "#000000", ["A-1"], index=3)])

    (made,) = event.channels or []
    assert (made.key, made.name, made.color, made.index, made.objects, made.area_places) == (
        "k",
        "n",
        "#000000",
        3,
        ["A-1"],
        {},
    )


def test_official_client_errors_on_a_repeated_create(
    events: OfficialEvents, chart_key: str
) -> None:
    events.create(chart_key, event_key="dup")

    with pytest.raises(OFFICIAL_ERROR):
        events.create(chart_key, event_key="dup")


def test_move_keeps_the_object_states(caller: Caller, chart_key: str) -> None:
    create_event(caller, chart_key, eventKey="e1")
    change(caller, "e1", ["A-1"], orderId="o1")

    moved = ok_json(caller.post("/events/e1/actions/move-to-new-chart-copy"))

    info = child(caller.json("/events/e1/objects", query=[("label", "A-1")]), "A-1")
    assert (info["status"], info["orderId"]) == ("booked", "o1")
    listed = caller.json(f"/charts/{moved['chartKey']}", query=[("expand", "events")])
    assert [event["key"] for event in items_of({"items": listed["events"]})] == ["e1"]


def test_events_belong_to_the_workspace_acted_in(
    client: OfficialClient, server_url: str, company: Company, upload_sample_chart: UploadChart
) -> None:
    workspace = client.workspaces.create("second")
    there = Caller(server_url, company.admin_key, workspace.key)
    with_its_secret = Caller(server_url, workspace.secret_key)
    default = Caller(server_url, company.admin_key)
    chart = upload_sample_chart("sampleChart.json")
    copied = ok_json(
        default.post(f"/charts/{chart}/version/published/actions/copy-to-workspace/{workspace.key}")
    )

    create_event(there, str(copied["key"]), eventKey="elsewhere")

    assert [e["key"] for e in items_of(with_its_secret.json("/events"))] == ["elsewhere"]
    assert items_of(default.json("/events")) == []
    assert single_error(default.get("/events/elsewhere"), 404)["code"] == "EVENT_NOT_FOUND"
    assert single_error(post_json(default, "/events", {"chartKey": copied["key"]}), 404)


def test_the_chart_lists_its_events(caller: Caller, chart_key: str) -> None:
    create_event(caller, chart_key, eventKey="e1")
    create_event(caller, chart_key, eventKey="e2")

    chart = caller.json(f"/charts/{chart_key}", query=[("expand", "events")])

    assert [event["key"] for event in items_of({"items": chart["events"]})] == ["e2", "e1"]


def test_documented_status_codes(caller: Caller, chart_key: str) -> None:
    created = post_json(caller, "/events", {"chartKey": chart_key, "eventKey": "e1"})
    multiple = post_json(
        caller,
        "/events/actions/create-multiple",
        {"chartKey": chart_key, "events": [dict[str, str]()]},
    )
    retrieved = caller.get("/events/e1")
    infos = caller.get("/events/e1/objects", query=[("label", "A-1")])
    changed = change(caller, "e1", ["A-1"])
    extra = post_json(caller, "/events/e1/objects/A-2/actions/update-extra-data", {"extraData": {}})
    extras = post_json(caller, "/events/e1/actions/update-extra-data", {"extraData": {"A-2": {}}})
    token = post_json(caller, "/hold-tokens", {})
    moved = caller.post("/events/e1/actions/move-to-new-chart-copy")
    deleted = caller.delete("/events/e1")

    assert [
        r.status_code for r in (created, multiple, retrieved, infos, changed, token, moved)
    ] == [200] * 7
    assert [r.status_code for r in (extra, extras, deleted)] == [204] * 3
    for response in (created, multiple, retrieved, infos, changed, token, moved):
        assert "application/json" in response.headers["content-type"]
