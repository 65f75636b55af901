"""The emulator answers in the shape of every report and usage example of ../shared/api/examples/.

The report examples are 2021 docs snapshots (examples/INDEX.md): their obsolete fields
(`isSelectable`, `isDisabledBySocialDistancing`, `bySelectability`) are left out, and their
data is not ours, so what is held is the shape: the JSON type at every level, and every field
an example item or summary item uses is also used by the emulator's answer for an event where
such fields apply (sections with entrances, a GA area, bookings with order ids, ticket types
and extra data, a hold, a channel). The usage examples have fixed fields: the same key sets.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, cast

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany
from tests.reference import load_example

from ._events_support import changed, create_event, hold_token, upload_hall

HELD = "reservedByToken"
OBSOLETE = frozenset({"isSelectable", "isDisabledBySocialDistancing", "bySelectability"})
DETAILED = {
    "reports.chart.by-label.response.json": "byLabel",
    "reports.chart.by-category-key.response.json": "byCategoryKey",
    "reports.chart.by-category-label.response.json": "byCategoryLabel",
    "reports.chart.by-object-type.response.json": "byObjectType",
    "reports.event.by-status.response.json": "byStatus",
    "reports.event.by-category-label.response.json": "byCategoryLabel",
    "reports.event.by-category-key.response.json": "byCategoryKey",
    "reports.event.by-label.response.json": "byLabel",
    "reports.event.by-order-id.response.json": "byOrderId",
    "reports.event.by-section.response.json": "bySection",
    "reports.event.by-channel.response.json": "byChannel",
    "reports.event.by-object-type.response.json": "byObjectType",
}
SUMMARIES = ("status", "category-label", "category-key", "section", "channel", "object-type")
WIRE = {
    "status": "byStatus",
    "category-label": "byCategoryLabel",
    "category-key": "byCategoryKey",
    "section": "bySection",
    "channel": "byChannel",
    "object-type": "byObjectType",
}


def _example(name: str) -> Any:
    return json.loads(load_example(name))


def _get(client: httpx.Client, path: str) -> Any:
    response = client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


def _item_fields(report: dict[str, Any]) -> set[str]:
    assert all(isinstance(items, list) for items in report.values())
    return {field for items in report.values() for item in items for field in item} - OBSOLETE


def _summary_fields(summary: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The fields of the items, and of the items nested one level down (deep summaries)."""
    outer: set[str] = set()
    inner: set[str] = set()
    for item in summary.values():
        if not isinstance(item, dict):  # the docs' stray top-level "count" (examples/INDEX.md)
            continue
        fields = cast("dict[str, Any]", item)
        outer |= set(fields)
        for value in fields.values():
            if isinstance(value, dict):
                breakdown = cast("dict[str, Any]", value)
                for nested in breakdown.values():
                    if isinstance(nested, dict):
                        inner |= set(cast("dict[str, Any]", nested))
    return outer - OBSOLETE, inner - OBSOLETE


@pytest.fixture
def event(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> tuple[str, str]:
    """(chart key, event key) of the hall chart with every kind of object info field in use."""
    chart = upload_hall(emulator, company)
    channel = {"key": "ch1", "name": "Ch", "color": "#ff0000", "index": 1, "objects": ["B-1"]}
    create_event(admin, chart, eventKey="x", channels=[channel])
    booked = [{"objectId": "S1-A-1", "ticketType": "adult", "extraData": {"a": 1}}]
    changed(admin, "x", booked, orderId="order1")
    changed(admin, "x", ["A-1", {"objectId": "GA1", "quantity": 2}], orderId="order2")
    changed(admin, "x", ["A-2"], status=HELD, holdToken=hold_token(admin))
    changed(admin, "x", ["B-1"], channelKeys=["ch1"])
    return chart, "x"


@pytest.mark.parametrize("name", sorted(DETAILED))
def test_detailed_reports_use_every_field_of_the_example(
    admin: httpx.Client, event: tuple[str, str], name: str
) -> None:
    chart, event_key = event
    family = "charts" if ".chart." in name else "events"
    key = chart if family == "charts" else event_key

    ours = _get(admin, f"/reports/{family}/{key}/{DETAILED[name]}")

    assert _item_fields(_example(name)) <= _item_fields(ours)


@pytest.mark.parametrize("report", SUMMARIES)
@pytest.mark.parametrize("deep", [False, True])
def test_summaries_use_every_field_of_the_example(
    admin: httpx.Client, event: tuple[str, str], report: str, deep: bool
) -> None:
    _, event_key = event
    kind = "deep-summary" if deep else "summary"
    example = _example(f"reports.event.{kind}-by-{report}.response.json")
    path = f"/reports/events/{event_key}/{WIRE[report]}/summary" + ("/deep" if deep else "")

    ours = _get(admin, path)

    example_outer, example_inner = _summary_fields(example)
    our_outer, our_inner = _summary_fields(ours)
    assert example_outer <= our_outer
    assert example_inner <= our_inner
    for item in ours.values():
        assert isinstance(item["count"], int)


def test_chart_summary_fragment(admin: httpx.Client, event: tuple[str, str]) -> None:
    chart, _ = event
    example = _example("reports.chart.summary-by-object-type.partial.response.json")

    ours = _get(admin, f"/reports/charts/{chart}/byObjectType/summary")

    assert set(example) <= set(ours)
    assert set(example["generalAdmission"]) <= set(ours["generalAdmission"])


def _keys(value: Any) -> Any:
    """The key structure of a JSON value (keys of objects, first element of arrays)."""
    if isinstance(value, dict):
        fields = cast("dict[str, Any]", value)
        return {key: _keys(item) for key, item in fields.items()}
    if isinstance(value, list):
        return [_keys(value[0])] if value else []
    return type(value).__name__


def test_usage_reports_have_the_fields_of_the_examples(
    emulator: Emulator, admin: httpx.Client, event: tuple[str, str]
) -> None:
    _, event_key = event
    event_id = _get(admin, f"/events/{event_key}")["id"]
    month = emulator.clock.now().strftime("%Y-%m")
    emulator.clock.set(datetime(2021, 3, 5, tzinfo=timezone.utc))
    old_event = create_event(admin, _get(admin, f"/events/{event_key}")["chartKey"], eventKey="o")
    changed(admin, "o", ["A-1"])

    summary = _get(admin, "/reports/usage?version=2")
    details = _get(admin, f"/reports/usage/month/{month}")
    per_object = _get(admin, f"/reports/usage/month/{month}/event/{event_id}")
    old_per_object = _get(admin, f"/reports/usage/month/2021-03/event/{old_event['id']}")

    assert _keys(summary) == _keys(_example("reports.usage.summary-all-months.response.json"))
    assert _keys(details) == _keys(_example("reports.usage.details-for-month.response.json"))
    v2 = _example("reports.usage.details-for-event-in-month.v2.response.json")
    v1 = _example("reports.usage.details-for-event-in-month.v1.response.json")
    assert {json.dumps(_keys(item)) for item in per_object} == {json.dumps(_keys(v2[0]))}
    assert set(per_object[0]["usageByReason"]) <= set(v2[-1]["usageByReason"])
    assert [set(item) for item in old_per_object] == [set(v1[0])]
