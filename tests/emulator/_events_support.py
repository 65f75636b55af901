"""Helpers shared by the events, object-status and hold-token tests (no tests in here).

Charts are made with the public `ChartBuilder`; the sample charts of ../shared/charts are used
only where a test names one (and skip when the reference is absent).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import httpx

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing.builder import ChartBuilder
from tests.reference import load_sample_chart

JsonDict = dict[str, Any]

HELD = "reservedByToken"


def hall_drawing() -> dict[str, object]:
    """A small chart with every kind of object.

    Rows A (category 1) and B (category "vip"), 4 seats each; table T1 (3 seats, by seat) and
    T2 (3 seats, booked as a whole); booth B1; GA area GA1 (capacity 10, category "vip");
    section S1 (category 1, entrance "Gate 2") with row A of 2 seats; a focal point.
    """
    return (
        ChartBuilder("Hall")
        .category(1, "Stalls", "#ff0000")
        .category("vip", "VIP", "#00ff00")
        .focal_point()
        .row("A", seats=4, category=1)
        .row("B", seats=4, category="vip")
        .table("T1", seats=3, category=1)
        .table("T2", seats=3, category=1, book_as_a_whole=True)
        .booth("B1", category=1)
        .ga_area("GA1", capacity=10, category="vip")
        .section("S1", category=1, entrance="Gate 2")
        .row("A", seats=2)
        .done()
        .build()
    )


def default_workspace(emulator: Emulator, company: TestCompany) -> Workspace:
    """The company's default workspace record inside the emulator (engine-level tests)."""
    state = emulator._state  # pyright: ignore[reportPrivateUsage]  # engine-level tests
    for owner in state.companies.values():
        if owner.admin_key == company.admin_key:
            return owner.default
    raise AssertionError("company not found")


def upload_hall(emulator: Emulator, company: TestCompany) -> str:
    """Upload `hall_drawing()` into the company's default workspace; returns the chart key."""
    return emulator.upload_chart(hall_drawing(), secret_key=company.admin_key)


def upload_sample(emulator: Emulator, company: TestCompany, name: str) -> str:
    """Upload a sample chart of ../shared/charts (skips when the reference is absent)."""
    return emulator.upload_chart(load_sample_chart(name), secret_key=company.admin_key)


def body(response: httpx.Response) -> JsonDict:
    """The JSON object of a response."""
    return cast("JsonDict", response.json())


def ok(response: httpx.Response, status: int = 200) -> JsonDict:
    """Assert the status and return the JSON object."""
    assert response.status_code == status, response.text
    return body(response)


def create_event(client: httpx.Client, chart_key: str, **fields: object) -> JsonDict:
    """Create an event (extra body fields by their wire names) and return it."""
    return ok(client.post("/events", json={"chartKey": chart_key, **fields}))


def change(
    client: httpx.Client,
    events: str | Sequence[str],
    objects: Sequence[object],
    status: str | None = "booked",
    **options: object,
) -> httpx.Response:
    """POST a group change-object-status with `expand=objects`; `status=None` releases."""
    keys = [events] if isinstance(events, str) else list(events)
    payload: JsonDict = {"events": keys, "objects": list(objects), **options}
    if status is None:
        payload["type"] = "RELEASE"
    else:
        payload.setdefault("type", "CHANGE_STATUS_TO")
        payload["status"] = status
    return client.post(
        "/events/groups/actions/change-object-status", params={"expand": "objects"}, json=payload
    )


def changed(
    client: httpx.Client,
    events: str | Sequence[str],
    objects: Sequence[object],
    status: str | None = "booked",
    **options: object,
) -> JsonDict:
    """Like `change`, asserting success; returns the `objects` map."""
    result = ok(change(client, events, objects, status, **options))
    return cast("JsonDict", result["objects"])


def infos(client: httpx.Client, event_key: str, *labels: str) -> JsonDict:
    """The object infos of some labels."""
    return ok(client.get(f"/events/{event_key}/objects", params={"label": list(labels)}))


def info(client: httpx.Client, event_key: str, label: str) -> JsonDict:
    """The object info of one label."""
    return cast("JsonDict", infos(client, event_key, label)[label])


def status_of(client: httpx.Client, event_key: str, label: str) -> str:
    """The status of one object."""
    return str(info(client, event_key, label)["status"])


def hold_token(client: httpx.Client, **fields: object) -> str:
    """A new hold token."""
    return str(ok(client.post("/hold-tokens", json=fields))["holdToken"])


def errors(response: httpx.Response, status: int = 400) -> list[tuple[str, str]]:
    """Assert an error response and return its (code, message) pairs."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error_body = body(response)
    assert error_body["requestId"]
    return [(str(item["code"]), str(item["message"])) for item in error_body["errors"]]


def codes(response: httpx.Response, status: int = 400) -> list[str]:
    """Assert an error response and return its error codes."""
    return [code for code, _ in errors(response, status)]


def status_changes(client: httpx.Client, event_key: str, **params: str | int) -> JsonDict:
    """One page of an event's status changes."""
    return ok(client.get(f"/events/{event_key}/status-changes", params=params))
