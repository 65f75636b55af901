"""Forward compatibility: tomorrow's API answers still parse today.

Real example bodies from the reference, changed the way a new API release would change them:
new fields (top level and nested), new enum values (an object status, an event-log type, a
report group) and optional fields left out. Each parses, keeps the extra data and is typed; a
truly malformed body raises UnexpectedResponseError naming the field.
"""

from __future__ import annotations

import json
from typing import Any, cast

import httpx
import pytest
from typing_extensions import assert_type

from seatsio_typed import (
    EventLogItem,
    EventObjectInfo,
    EventReport,
    ObjectStatus,
    UnexpectedResponseError,
)
from tests.reference import load_example
from tests.reliability.sizes import record
from tests.unit.support import Kind, Sdk

NEW = {"brandNewField": {"nested": [1, 2, {"x": None}]}, "anotherOne": "v2"}


def _sdk(kind: Kind, body: object) -> Sdk:
    content = json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})

    return Sdk(
        kind,
        "https://api-eu.seatsio.test",
        "sk",
        transport=lambda: httpx.MockTransport(handler),
        async_transport=lambda: httpx.MockTransport(handler),
    )


def _example(name: str) -> Any:
    return json.loads(load_example(name))


async def test_object_infos_with_new_fields_and_a_new_status(kind: Kind) -> None:
    body = _example("events.retrieve-object-infos.response.seat.json")
    info = next(iter(body.values()))
    info.update(NEW, status="teleported")
    info["labels"]["own"]["glowInTheDark"] = True
    for optional in ("entrance", "ticketType", "orderId", "leftNeighbour"):
        info.pop(optional, None)
    infos = await _sdk(kind, body).call(lambda c: c.events.retrieve_object_infos("e", ["C-11"]))
    parsed = assert_type(infos["C-11"], EventObjectInfo)
    assert parsed.status == "teleported"
    assert isinstance(parsed.status, str)
    assert parsed.status not in (ObjectStatus.FREE, ObjectStatus.BOOKED)
    assert parsed.model_extra is not None
    assert parsed.model_extra["brandNewField"] == NEW["brandNewField"]
    assert parsed.order_id is None
    assert parsed.entrance is None


async def test_event_log_items_with_a_new_type(kind: Kind) -> None:
    body = _example("event-log.list.response.json")
    body["items"][0].update(NEW, type="chart.teleported")
    body["items"][0]["data"]["destination"] = "moon"
    body["items"].append({"id": 999, "type": "venue.flooded", "date": "2030-01-01T00:00:00Z"})
    page = await _sdk(kind, body).call(lambda c: c.event_log.list_first_page())
    items = assert_type(page.items, list[EventLogItem])
    assert str(items[0].type) == "chart.teleported"
    assert items[0].model_extra is not None
    assert items[0].model_extra["anotherOne"] == "v2"
    assert str(items[-1].type) == "venue.flooded"


async def test_a_report_with_a_new_group(kind: Kind) -> None:
    body = _example("reports.event.by-status.response.json")
    first_group = next(iter(body.values()))
    body["levitating"] = [dict(first_group[0], status="levitating", **NEW)]
    report = await _sdk(kind, body).call(lambda c: c.events.reports.by_status("e"))
    parsed = assert_type(report, EventReport)
    group = parsed.get("levitating")
    assert group is not None
    assert group[0].status == "levitating"
    assert group[0].model_extra is not None
    assert "brandNewField" in group[0].model_extra
    record("forward compatibility", bodies=3, new_fields=len(NEW) * 3 + 2, new_enum_values=4)


@pytest.mark.parametrize(
    ("field", "value"),
    [("status", 17), ("label", None), ("labels", "not an object")],
)
async def test_a_truly_malformed_body_names_the_field(
    kind: Kind, field: str, value: object
) -> None:
    body = _example("events.retrieve-object-infos.response.seat.json")
    info = next(iter(body.values()))
    if value is None:
        del info[field]  # a required field left out
    else:
        info[field] = value
    with pytest.raises(UnexpectedResponseError) as raised:
        await _sdk(kind, body).call(lambda c: c.events.retrieve_object_infos("e", ["C-11"]))
    assert field in str(raised.value)
    assert cast("object", raised.value.status_code) == 200
