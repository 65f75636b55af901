"""Audit of ticket buyers and the event log against ticket-buyers-and-event-log.md: result keys,
repeats inside one call, the per-call limit, bare-string list items, the exact item shape, and
the event-side item types."""

from __future__ import annotations

import uuid
from typing import cast

import pytest

from ._audit_events import encode, parse_timestamp, post_json
from ._audit_wire import Caller, error_body, items_of, ok_json
from ._official import OfficialClient, official_client
from ._official_builders import table_booking
from ._official_charts import OfficialCharts, charts_of
from ._official_company import event_log_of, ticket_buyers_of
from ._official_events import OfficialEvents
from .conftest import Company, UploadChart

ID1 = uuid.UUID("fbbbc8d7-1067-432c-b71f-abefe29b3be9")
ID2 = uuid.UUID("6ad35155-8b8c-4a6b-ae43-57bf2411dcd9")


def test_ids_repeated_in_one_add_are_reported_once(client: OfficialClient) -> None:
    result = ticket_buyers_of(client).add([ID1, ID1, ID1, ID2, ID2])
    assert (result.added, result.already_present) == ([ID1, ID2], [])


def test_a_new_company_has_no_ticket_buyers(caller: Caller, client: OfficialClient) -> None:
    assert list(ticket_buyers_of(client).list_all()) == []
    page = caller.json("/ticket-buyers")
    assert page["items"] == []
    assert "next_page_starts_after" not in page


def test_results_carry_both_lists_even_when_empty(caller: Caller) -> None:
    added = ok_json(post_json(caller, "/ticket-buyers", {"ids": [str(ID1)]}))
    assert added == {"added": [str(ID1)], "alreadyPresent": []}
    removed = ok_json(caller.delete("/ticket-buyers", encode({"ids": [str(ID1)]})))
    assert removed == {"removed": [str(ID1)], "notPresent": []}


def test_list_items_are_bare_uuid_strings_with_string_cursors(caller: Caller) -> None:
    ids = [str(uuid.uuid5(uuid.NAMESPACE_OID, str(n))) for n in range(3)]
    ok_json(post_json(caller, "/ticket-buyers", {"ids": ids}))
    page = caller.json("/ticket-buyers", query=[("limit", 2)])
    assert page["items"] == ids[:2]
    cursor = page["next_page_starts_after"]
    assert isinstance(cursor, str)
    assert caller.json("/ticket-buyers", query=[("start_after_id", cursor)])["items"] == ids[2:]


def test_a_thousand_ids_are_accepted_and_more_refused(caller: Caller) -> None:
    ids = [str(uuid.uuid5(uuid.NAMESPACE_URL, str(n))) for n in range(1001)]
    error_body(post_json(caller, "/ticket-buyers", {"ids": ids}), 400)
    assert caller.json("/ticket-buyers")["items"] == []
    answer = ok_json(post_json(caller, "/ticket-buyers", {"ids": ids[:1000]}))
    assert len(cast("list[str]", answer["added"])) == 1000


@pytest.mark.parametrize("bad", ['{"ids": ["not-a-uuid"]}', '{"ids": [1]}', '{"ids": "x"}', "{}"])
def test_invalid_ids_are_400_with_the_documented_body(caller: Caller, bad: str) -> None:
    error_body(caller.send("POST", "/ticket-buyers", bad), 400)


def test_an_item_has_exactly_the_documented_shape(
    caller: Caller, company: Company, charts: OfficialCharts
) -> None:
    chart = charts.create()
    (item,) = items_of(caller.json("/event-log"))
    assert set(item) == {"id", "type", "timestamp", "data"}
    assert isinstance(item["id"], int)
    assert item["id"] > 0
    assert item["type"] == "chart.created"
    parse_timestamp(item["timestamp"])
    assert item["data"] == {"key": chart.key, "workspaceKey": company.workspace_key}


def test_event_log_cursors_are_strings(caller: Caller, charts: OfficialCharts) -> None:
    for _ in range(3):
        charts.create()
    page = caller.json("/event-log", query=[("limit", 2)])
    assert isinstance(page["next_page_starts_after"], str)
    cursor = str(page["next_page_starts_after"])
    after = caller.json("/event-log", query=[("start_after_id", cursor)])
    assert len(items_of(after)) == 1
    assert isinstance(after["previous_page_ends_before"], str)


def test_event_updates_write_their_item_types(
    client: OfficialClient, events: OfficialEvents, upload_sample_chart: UploadChart
) -> None:
    key = events.create(upload_sample_chart("sampleChart.json"), event_key="event1").key
    events.update(key, object_categories={"A-1": 10})
    events.update(key, table_booking_config=table_booking("ALL_BY_SEAT"))
    logged = [item for item in event_log_of(client).list() if item.type.startswith("event.")]
    assert [(item.type, item.data["key"]) for item in logged] == [
        ("event.categories.updated", key),
        ("event.table.booking.config.updated", key),
    ]


def test_the_event_log_is_company_wide(server_url: str, client: OfficialClient) -> None:
    other = client.workspaces.create("other")
    chart = charts_of(official_client(server_url, other.secret_key)).create()
    logged = [item for item in event_log_of(client).list() if item.data.get("key") == chart.key]
    assert [item.data["workspaceKey"] for item in logged] == [other.key]
