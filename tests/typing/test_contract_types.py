"""Static types of the escape hatch, the official names and the error contract (both clients).

`assert_type` lines are checked by mypy and pyright and run by pytest; `# type: ignore[...]`
lines are calls the type checkers must reject (mypy's `warn_unused_ignores` keeps them honest).
"""

from __future__ import annotations

import json

import httpx
import pytest
from pydantic import JsonValue
from typing_extensions import assert_type

from seatsio_typed import (
    AsyncClient,
    Category,
    CategoryKey,
    Chart,
    Client,
    ClientConfigurationError,
    EventObjectInfo,
    ForSaleConfig,
    HoldToken,
    ObjectProperties,
    ObjectStatus,
    Page,
    Region,
    RequestValidationError,
    SeatsioException,
    TableBookingConfig,
)

CHART = {"id": 1, "key": "k", "name": "n", "status": "NOT_USED"}
TOKEN = {"holdToken": "t", "expiresAt": "2024-01-01T00:00:00Z", "expiresInSeconds": 1}
BODIES: dict[tuple[str, str], object] = {
    ("GET", "/charts/k"): CHART,
    ("GET", "/charts"): {"items": [CHART]},
    ("POST", "/hold-tokens"): TOKEN,
    ("GET", "/charts/k/version/published"): {"name": "n"},
}


def answer(request: httpx.Request) -> httpx.Response:
    body = BODIES.get((request.method, request.url.path))
    if body is None:
        return httpx.Response(204)
    return httpx.Response(200, content=json.dumps(body).encode())


def sync_client() -> Client:
    own = httpx.Client(transport=httpx.MockTransport(answer))
    return Client(Region("http://seatsio.test"), "sk", http_client=own)


def async_client() -> AsyncClient:
    own = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return AsyncClient(Region("http://seatsio.test"), "sk", http_client=own)


def test_the_escape_hatch_returns_what_result_type_says() -> None:
    with sync_client() as client:
        chart = client.request("GET", "/charts/{key}", path_params={"key": "k"}, result_type=Chart)
        assert_type(chart, Chart)
        page = client.request("GET", "/charts", query={"limit": 1}, result_type=Page[Chart])
        assert_type(page, Page[Chart])
        assert_type(page.items[0], Chart)
        drawing = client.request("GET", "/charts/k/version/published")
        assert_type(drawing, JsonValue)
        assert_type(client.request("POST", "/charts/k/tags/t", json={"a": [1, None]}), JsonValue)
        client.request("PUT", "/charts/k")  # type: ignore[call-overload]
        with pytest.raises(RequestValidationError, match="when"):
            client.request("GET", "/charts/k", query={"when": 1.5})  # type: ignore[call-overload]


async def test_the_async_escape_hatch_returns_what_result_type_says() -> None:
    async with async_client() as client:
        token = await client.request("POST", "/hold-tokens", json={}, result_type=HoldToken)
        assert_type(token, HoldToken)
        chart = await client.request("GET", "/charts/k", result_type=Chart)
        assert_type(chart, Chart)
        assert_type(await client.request("DELETE", "/charts/k/tags/t"), JsonValue)


def test_official_names_are_typed() -> None:
    assert_type(EventObjectInfo.HELD, ObjectStatus)
    assert_type(EventObjectInfo.FREE, ObjectStatus)
    assert_type(TableBookingConfig.custom({"T1": "BY_TABLE"}), TableBookingConfig)
    assert_type(ForSaleConfig.create_new(False, ["A-1"]), ForSaleConfig)
    assert_type(ObjectProperties("A-1", ticket_type="adult"), ObjectProperties)
    assert_type(Category(1, "Stalls", "#ff0000"), Category)
    assert_type(Chart.create(CHART), Chart)
    assert_type(HoldToken.create(TOKEN), HoldToken)
    info = EventObjectInfo.create(
        {"label": "A-1", "labels": {"own": {"label": "1", "type": "seat"}}, "ids": {"own": "1"}}
        | {"status": "free", "categoryKey": "1"}
    )
    assert_type(info.category_key, CategoryKey | None)
    assert info.category_key == Category(1, "Stalls").key
    TableBookingConfig.custom({"T1": "BY_TABLES"})  # type: ignore[dict-item]
    with pytest.raises(RequestValidationError, match="extra_data"):
        ObjectProperties("A-1", "adult")  # type: ignore[arg-type]


def test_the_error_classes_are_seatsio_exceptions_and_value_errors() -> None:
    error: SeatsioException = RequestValidationError("x: y", parameter="x")
    value_error: ValueError = RequestValidationError("x: y", parameter="x")
    configuration: ValueError = ClientConfigurationError("bad")
    assert_type(RequestValidationError("x", parameter="x").parameter, str | None)
    assert isinstance(error, ValueError)
    assert isinstance(value_error, SeatsioException)
    assert isinstance(configuration, SeatsioException)
