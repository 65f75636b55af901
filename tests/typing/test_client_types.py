"""The static types users see, checked by mypy and pyright (`assert_type`) and run by pytest.

Lines marked `# type: ignore[...]` are calls the type checkers must reject: mypy runs with
`warn_unused_ignores`, so an ignore that is no longer needed (a check that got lost) fails.
"""

from __future__ import annotations

import json

import httpx
from typing_extensions import assert_type

from seatsio_typed import (
    AsyncClient,
    AsyncPageIterator,
    Category,
    ChangeObjectStatusResult,
    Chart,
    Client,
    Event,
    EventObjectInfo,
    HoldToken,
    ObjectProperties,
    Page,
    PageIterator,
    Region,
    SeatsioException,
    Workspace,
)

CHART = {"id": 1, "key": "k", "name": "n", "status": "NOT_USED"}
INFO = {
    "label": "A-1",
    "labels": {"own": {"label": "1", "type": "seat"}},
    "ids": {"own": "1"},
    "status": "booked",
}
TOKEN = {"holdToken": "t", "expiresAt": "2024-01-01T00:00:00Z", "expiresInSeconds": 1}
WORKSPACE = {
    "id": 1,
    "name": "w",
    "key": "k",
    "secretKey": "s",
    "isTest": False,
    "isActive": True,
    "isDefault": False,
}
BODIES: dict[tuple[str, str], object] = {
    ("POST", "/charts"): CHART,
    ("GET", "/charts/k"): CHART,
    ("GET", "/charts"): {"items": [CHART]},
    ("GET", "/charts/k/categories"): {"categories": [{"key": 1, "label": "L"}]},
    ("POST", "/events"): {"id": 1, "key": "e"},
    ("GET", "/events/e"): {"id": 1, "key": "e"},
    ("POST", "/events/groups/actions/change-object-status"): {"objects": {"A-1": INFO}},
    ("GET", "/events/e/objects"): {"A-1": INFO},
    ("POST", "/hold-tokens"): TOKEN,
    ("GET", "/hold-tokens/t"): TOKEN,
    ("POST", "/workspaces"): WORKSPACE,
}


def answer(request: httpx.Request) -> httpx.Response:
    body = BODIES.get((request.method, request.url.path))
    if body is None:
        return httpx.Response(204)
    return httpx.Response(200, content=json.dumps(body).encode())


def sync_client() -> Client:
    transport = httpx.MockTransport(answer)
    return Client(
        Region("http://seatsio.test"), "sk", http_client=httpx.Client(transport=transport)
    )


def async_client() -> AsyncClient:
    own = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return AsyncClient(Region("http://seatsio.test"), "sk", http_client=own)


def test_sync_results_are_typed() -> None:
    with sync_client() as client:
        assert_type(client, Client)
        assert_type(client.with_options(timeout=2.0, max_retries=0), Client)
        assert_type(client.charts.create("n", categories=[Category(key=1, label="L")]), Chart)
        assert_type(client.charts.retrieve("k"), Chart)
        charts = client.charts.list(expand_events=True)
        assert_type(charts, PageIterator[Chart])
        for chart in charts:
            assert_type(chart, Chart)
        assert_type(client.charts.list_first_page(10), Page[Chart])
        assert_type(client.charts.list_page_after(1), Page[Chart])
        assert_type(client.charts.list_page_before(1), Page[Chart])
        assert_type(client.charts.list_categories("k"), list[Category])
        client.charts.update_category("k", 1, "label", None, False)
        assert_type(client.events.create("chart"), Event)
        assert_type(client.events.retrieve("e"), Event)
        result = client.events.book("e", ["A-1", ObjectProperties(object_id="A-1")])
        assert_type(result, ChangeObjectStatusResult)
        assert_type(result.objects["A-1"], EventObjectInfo)
        assert_type(client.events.hold(["e"], "A-1", "token"), ChangeObjectStatusResult)
        assert_type(client.events.release("e", "A-1"), ChangeObjectStatusResult)
        assert_type(
            client.events.change_object_status("e", "A-1", "custom"), ChangeObjectStatusResult
        )
        assert_type(client.events.retrieve_object_info("e", "A-1"), EventObjectInfo)
        assert_type(client.events.retrieve_object_infos("e", ["A-1"]), dict[str, EventObjectInfo])
        assert_type(client.hold_tokens.create(5), HoldToken)
        assert_type(client.hold_tokens.retrieve("t"), HoldToken)
        assert_type(client.workspaces.create("w", is_test=True), Workspace)


async def test_async_results_are_typed() -> None:
    async with async_client() as client:
        assert_type(client, AsyncClient)
        assert_type(client.with_options(workspace_key=None), AsyncClient)
        assert_type(await client.charts.create(), Chart)
        assert_type(await client.charts.retrieve("k"), Chart)
        charts = client.charts.list()
        assert_type(charts, AsyncPageIterator[Chart])
        async for chart in charts:
            assert_type(chart, Chart)
        assert_type(await client.charts.list_first_page(), Page[Chart])
        assert_type(await client.charts.list_categories("k"), list[Category])
        assert_type(await client.events.create("chart"), Event)
        assert_type(await client.events.book("e", "A-1"), ChangeObjectStatusResult)
        infos = await client.events.retrieve_object_infos("e", ["A-1"])
        assert_type(infos, dict[str, EventObjectInfo])
        assert_type(await client.hold_tokens.create(), HoldToken)
        assert_type(await client.workspaces.create("w"), Workspace)


def test_exceptions_carry_typed_details() -> None:
    error = SeatsioException("m", status_code=404, request_id="r")
    assert_type(error.status_code, int | None)
    assert_type(error.request_id, str | None)
    assert_type(error.codes, list[str])


def rejected_calls(client: Client, aclient: AsyncClient) -> None:
    """Never run: each line is a mistake the type checkers must catch."""
    client.charts.retrieve(123)  # type: ignore[arg-type]
    client.events.book("e", [1, 2])  # type: ignore[list-item]
    client.hold_tokens.create("5")  # type: ignore[arg-type]
    client.charts.list_first_page(page_size="10")  # type: ignore[arg-type]
    client.events.hold("e", "A-1")  # type: ignore[call-arg]
    Client(Region.EU())  # type: ignore[call-arg]
    Client(Region.EU(), "sk", timeout="10")  # type: ignore[arg-type]
    chart: Chart = aclient.charts.retrieve("k")  # type: ignore[assignment]
    for _ in aclient.charts.list():  # type: ignore[attr-defined]
        pass
    del chart
