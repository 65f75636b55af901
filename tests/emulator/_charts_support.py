"""Helpers shared by the charts endpoint tests (this module holds no tests itself)."""

from __future__ import annotations

from typing import Any

import httpx

from seatsio_typed.testing import ChartBuilder, Emulator, TestCompany

from ._events_support import create_event

Json = dict[str, Any]

CHART_KEYS = {"id", "key", "name", "status", "tags", "archived", "publishedVersionThumbnailUrl"}
"""What every chart object carries (plus `draftVersionThumbnailUrl` while a draft exists)."""


def client_at(emulator: Emulator, secret: str, base_url: str) -> httpx.Client:
    """A client on the emulator's in-process transport that believes it talks to `base_url`."""
    return httpx.Client(transport=emulator.transport(), base_url=base_url, auth=(secret, ""))


def create_chart(client: httpx.Client, **body: object) -> Json:
    """POST /charts with a JSON body; asserts success and returns the new chart."""
    response = client.post("/charts", json=body)
    assert response.status_code == 201, response.text
    chart: Json = response.json()
    return chart


def ok_json(response: httpx.Response) -> Any:
    """The JSON body of a 200 response."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()


def retrieve(client: httpx.Client, key: str, **params: str | list[str]) -> Json:
    """GET /charts/{key} (with query parameters); asserts 200."""
    chart: Json = ok_json(client.get(f"/charts/{key}", params=params))
    return chart


def published(client: httpx.Client, key: str) -> Json:
    """The chart's published drawing."""
    drawing: Json = ok_json(client.get(f"/charts/{key}/version/published"))
    return drawing


def error(response: httpx.Response, status: int) -> Json:
    """The single error of an error response with that status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body: Json = response.json()
    assert len(body["errors"]) == 1
    assert body["requestId"]
    first: Json = body["errors"][0]
    return first


def assert_no_content(response: httpx.Response) -> None:
    """The call answered 204 with an empty body."""
    assert response.status_code == 204, response.text
    assert response.content == b""


def upload(emulator: Emulator, company: TestCompany, drawing: dict[str, Any]) -> str:
    """Seed a drawing as a published chart of the company's default workspace."""
    return emulator.upload_chart(drawing, secret_key=company.admin_key)


def small_drawing(name: str = "Small hall") -> Json:
    """A drawing with two categories, one row of three seats and a GA area."""
    drawing: Json = (
        ChartBuilder(name)
        .category(1, "Stalls", "#ff0000")
        .category("balcony", "Balcony", "#00ff00")
        .focal_point()
        .row("A", seats=3, category=1)
        .ga_area("Floor", capacity=10, category="balcony")
        .build()
    )
    return drawing


def zoned_drawing() -> Json:
    """A drawing with two zones (venue type ZONES), each with one section."""
    drawing: Json = (
        ChartBuilder("Race track", venue_type="ZONES")
        .category(1, "Stand", "#123456")
        .zone("finish", "Finish Line")
        .zone("mid", "Mid Track")
        .section("F1", zone="finish", category=1)
        .row("A", seats=2)
        .done()
        .section("M1", zone="mid", category=1)
        .row("A", seats=2)
        .done()
        .build()
    )
    return drawing


def chart_with_event(client: httpx.Client, **body: object) -> tuple[Json, Json]:
    """A new chart (POST /charts with `body`) that has one event on it."""
    chart = create_chart(client, **body)
    return chart, create_event(client, chart["key"])
