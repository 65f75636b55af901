"""The event log: which calls write which items, order, retention, paging
(ticket-buyers-and-event-log.md §2)."""

from __future__ import annotations

import httpx

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import JsonDict, create_event, ok, upload_hall
from .conftest import client_for


def items(client: httpx.Client, **params: str) -> list[JsonDict]:
    listed: list[JsonDict] = ok(client.get("/event-log", params=params))["items"]
    return listed


def kinds_and_keys(client: httpx.Client) -> list[tuple[str, str]]:
    return [(item["type"], _data(item)["key"]) for item in items(client)]


def _data(item: JsonDict) -> JsonDict:
    data: JsonDict = item["data"]
    return data


def test_a_new_company_has_an_empty_log(admin: httpx.Client) -> None:
    assert items(admin) == []


def test_create_then_rename_a_chart_writes_created_then_published(
    admin: httpx.Client, company: TestCompany
) -> None:
    chart = ok(admin.post("/charts", json={"name": "Hall"}), 201)
    admin.post(f"/charts/{chart['key']}", json={"name": "a chart"})

    logged = items(admin)

    assert [item["type"] for item in logged] == ["chart.created", "chart.published"]
    assert logged[0]["data"] == {"workspaceKey": company.workspace.key, "key": chart["key"]}
    assert set(logged[0]) == {"id", "type", "timestamp", "data"}
    assert logged[0]["timestamp"] == "2025-01-01T12:00:00.000Z"
    first, second = (item["id"] for item in logged)
    assert isinstance(first, int)
    assert 0 < first < second


def test_a_change_that_goes_to_a_draft_writes_nothing_until_published(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_hall(emulator, company)
    create_event(admin, chart, eventKey="e1")
    assert items(admin) == []  # the seeding upload is not an API call

    admin.post(f"/charts/{chart}", json={"name": "renamed"})  # has events: goes to a draft
    assert items(admin) == []
    admin.post(f"/charts/{chart}/version/draft/actions/publish")

    assert kinds_and_keys(admin) == [("chart.published", chart)]


def test_copies_write_chart_created_in_their_workspace(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_hall(emulator, company)
    other = ok(admin.post("/workspaces", json={"name": "Other"}))
    copy = ok(admin.post(f"/charts/{chart}/version/published/actions/copy"), 201)
    moved = ok(
        admin.post(f"/charts/{chart}/version/published/actions/copy-to-workspace/{other['key']}"),
        201,
    )

    logged = items(admin)

    assert [(item["type"], _data(item)) for item in logged] == [
        ("chart.created", {"workspaceKey": company.workspace.key, "key": copy["key"]}),
        ("chart.created", {"workspaceKey": other["key"], "key": moved["key"]}),
    ]


def test_event_updates_write_categories_and_table_booking_items(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    create_event(admin, upload_hall(emulator, company), eventKey="e1")
    admin.post("/events/e1", json={"name": "renamed"})  # nothing the log knows about
    admin.post("/events/e1", json={"objectCategories": {"A-1": 1}})
    admin.post("/events/e1", json={"tableBookingConfig": {"mode": "INHERIT"}})
    admin.post("/events/e1", json={"categories": [], "tableBookingConfig": {"mode": "INHERIT"}})

    assert kinds_and_keys(admin) == [
        ("event.categories.updated", "e1"),
        ("event.table.booking.config.updated", "e1"),
        ("event.categories.updated", "e1"),
        ("event.table.booking.config.updated", "e1"),
    ]


def test_items_older_than_fourteen_days_are_not_listed(
    emulator: Emulator, admin: httpx.Client
) -> None:
    old = ok(admin.post("/charts", json={}), 201)
    emulator.clock.advance(13 * 86400)
    recent = ok(admin.post("/charts", json={}), 201)
    emulator.clock.advance(86400 + 1)

    assert kinds_and_keys(admin) == [("chart.created", recent["key"])]
    assert old["key"] != recent["key"]


def test_pages_follow_the_ids_oldest_first(admin: httpx.Client) -> None:
    keys = [ok(admin.post("/charts", json={}), 201)["key"] for _ in range(5)]

    first = ok(admin.get("/event-log", params={"limit": 2}))
    second = ok(
        admin.get(
            "/event-log",
            params={"limit": 2, "start_after_id": str(first["next_page_starts_after"])},
        )
    )

    assert [_data(item)["key"] for item in first["items"]] == keys[:2]
    assert [_data(item)["key"] for item in second["items"]] == keys[2:4]
    assert second["previous_page_ends_before"] == str(second["items"][0]["id"])


def test_the_filter_keeps_matching_types_and_keys(admin: httpx.Client) -> None:
    chart = ok(admin.post("/charts", json={}), 201)
    admin.post(f"/charts/{chart['key']}", json={"name": "x"})

    assert [item["type"] for item in items(admin, filter="PUBLISHED")] == ["chart.published"]
    assert len(items(admin, filter=str(chart["key"])[:8])) == 2


def test_the_log_is_the_companys(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    ok(admin.post("/charts", json={}), 201)
    workspace = ok(admin.post("/workspaces", json={"name": "Other"}))
    with client_for(emulator, str(workspace["secretKey"])) as in_workspace:
        ok(in_workspace.post("/charts", json={}), 201)
        assert len(items(in_workspace)) == 2
    with client_for(emulator, emulator.create_test_company().admin_key) as other:
        assert items(other) == []


def test_channel_and_for_sale_calls_write_their_items(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    create_event(admin, upload_hall(emulator, company), eventKey="e1")
    channel = {"key": "web", "name": "Web", "color": "#123456", "index": 1}
    admin.post("/events/e1/channels", json=channel)
    admin.post("/events/e1/channels/web/objects", json={"objects": ["A-1"]})
    admin.post("/events/e1/actions/edit-for-sale-config", json={"notForSale": [{"object": "A-2"}]})
    admin.post("/events/e1/actions/mark-everything-as-for-sale")
    admin.request("DELETE", "/events/e1/channels/web")
    admin.request("DELETE", "/events/e1/channels/nope")  # refused: nothing changed, no item

    assert kinds_and_keys(admin) == [
        ("event.channels.updated", "e1"),
        ("event.channels.updated", "e1"),
        ("event.for.sale.config.updated", "e1"),
        ("event.for.sale.config.updated", "e1"),
        ("event.channels.updated", "e1"),
    ]
