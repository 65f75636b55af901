"""Static result types of charts, charts.archive, workspaces (and their listers) and hold tokens.

Checked by mypy and pyright (`assert_type`) and run by pytest against a fake server that answers
every call with a body of the right shape.
"""

from __future__ import annotations

import json

import httpx
from pydantic import JsonValue
from typing_extensions import assert_type

from seatsio_typed import (
    AsyncClient,
    AsyncLister,
    AsyncPageIterator,
    Category,
    Chart,
    ChartDrawing,
    ChartValidation,
    Client,
    ForSaleMode,
    HoldToken,
    Lister,
    Page,
    PageIterator,
    Region,
    Workspace,
)

CHART = {"id": 1, "key": "k", "name": "n", "status": "NOT_USED"}
WORKSPACE = {
    "id": 1,
    "name": "w",
    "key": "w",
    "secretKey": "s",
    "isTest": False,
    "isActive": True,
    "isDefault": False,
}
TOKEN = {"holdToken": "t", "expiresAt": "2024-01-01T00:00:00Z", "expiresInSeconds": 1}
PNG = b"\x89PNG\r\n\x1a\n"


def answer(request: httpx.Request) -> httpx.Response:
    """A body of the right shape for every call of this file."""
    path = request.url.path
    body: object
    if path.endswith("/thumbnail"):
        return httpx.Response(200, content=PNG)
    if path.endswith(("/version/published", "/version/draft")):
        body = {"name": "n", "categories": {"list": []}}
    elif path.endswith("/actions/validate"):
        body = {"errors": [], "warnings": []}
    elif "/actions/copy" in path or path == "/charts/k":
        body = CHART
    elif path == "/charts/tags":
        body = {"tags": ["a"]}
    elif path == "/charts/archive":
        body = {"items": [CHART]}
    elif path.endswith("secret-key"):
        body = {"secretKey": "s"}
    elif path.startswith("/workspaces/w") or (request.method == "POST" and path == "/workspaces"):
        body = WORKSPACE
    elif path.startswith("/workspaces"):
        body = {"items": [WORKSPACE]}
    elif path.startswith("/hold-tokens"):
        body = TOKEN
    else:
        return httpx.Response(204)
    return httpx.Response(200, content=json.dumps(body).encode())


def sync_client() -> Client:
    http = httpx.Client(transport=httpx.MockTransport(answer))
    return Client(Region("http://seatsio.test"), "sk", http_client=http)


def async_client() -> AsyncClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return AsyncClient(Region("http://seatsio.test"), "sk", http_client=http)


def test_sync_chart_results_are_typed() -> None:
    with sync_client() as client:
        charts = client.charts
        assert_type(charts.retrieve_with_events("k"), Chart)
        assert_type(charts.update("k", "n", [Category(key=1, label="L")]), None)
        assert_type(charts.retrieve_published_version("k"), ChartDrawing)
        assert_type(charts.retrieve_draft_version("k"), ChartDrawing)
        assert_type(charts.retrieve_published_version_thumbnail("k"), bytes)
        assert_type(charts.retrieve_draft_version_thumbnail("k"), bytes)
        assert_type(charts.copy("k"), Chart)
        assert_type(charts.copy_to_workspace("k", "w"), Chart)
        assert_type(charts.copy_from_workspace_to("k", "w", "v"), Chart)
        assert_type(charts.copy_draft_version("k"), Chart)
        assert_type(charts.discard_draft_version("k"), None)
        assert_type(charts.publish_draft_version("k"), None)
        assert_type(charts.validate_published_version("k"), ChartValidation)
        assert_type(charts.validate_draft_version("k"), ChartValidation)
        assert_type(charts.move_to_archive("k"), None)
        assert_type(charts.move_out_of_archive("k"), None)
        assert_type(charts.list_all_tags(), list[str])
        assert_type(charts.add_tag("k", "t"), None)
        assert_type(charts.remove_tag("k", "t"), None)
        assert_type(charts.add_category("k", Category(key="c", label="L")), None)
        assert_type(charts.remove_category("k", 1), None)
        assert_type(charts.archive, Lister[Chart])
        assert_type(charts.archive.list("f"), PageIterator[Chart])
        assert_type(charts.archive.first_page(1, "f"), Page[Chart])
        assert_type(charts.archive.page_after(1), Page[Chart])
        assert_type(charts.archive.page_before(1), Page[Chart])


def test_sync_workspace_and_hold_token_results_are_typed() -> None:
    with sync_client() as client:
        workspaces = client.workspaces
        assert_type(workspaces.create("w", False, ForSaleMode.RATE_LIMITED), Workspace)
        assert_type(workspaces.update("w", "n", ForSaleMode.UNLIMITED_BILLABLE), None)
        workspace = workspaces.retrieve("w")
        assert_type(workspace, Workspace)
        assert_type(workspace.secret_keys, list[str | dict[str, JsonValue]] | None)
        assert_type(workspaces.list("f"), PageIterator[Workspace])
        assert_type(workspaces.list_first_page(1, "f"), Page[Workspace])
        assert_type(workspaces.list_page_after(1), Page[Workspace])
        assert_type(workspaces.list_page_before(1), Page[Workspace])
        assert_type(workspaces.regenerate_secret_key("w"), str)
        assert_type(workspaces.add_secret_key("w"), str)
        assert_type(workspaces.remove_secret_key("w", "s"), None)
        assert_type(workspaces.activate("w"), None)
        assert_type(workspaces.deactivate("w"), None)
        assert_type(workspaces.delete("w"), None)
        assert_type(workspaces.set_default("w"), None)
        for lister in (workspaces.active, workspaces.inactive):
            assert_type(lister, Lister[Workspace])
            assert_type(lister.list(), PageIterator[Workspace])
            assert_type(lister.first_page(), Page[Workspace])
            assert_type(lister.page_after(1, 2, "f"), Page[Workspace])
            assert_type(lister.page_before(1), Page[Workspace])
        assert_type(client.hold_tokens.expire_in_minutes("t", 5), HoldToken)


async def test_async_results_are_typed() -> None:
    async with async_client() as client:
        charts = client.charts
        assert_type(await charts.retrieve_with_events("k"), Chart)
        assert_type(await charts.update("k", categories=[]), None)
        assert_type(await charts.retrieve_published_version("k"), ChartDrawing)
        assert_type(await charts.retrieve_draft_version("k"), ChartDrawing)
        assert_type(await charts.retrieve_published_version_thumbnail("k"), bytes)
        assert_type(await charts.retrieve_draft_version_thumbnail("k"), bytes)
        assert_type(await charts.copy("k"), Chart)
        assert_type(await charts.copy_to_workspace("k", "w"), Chart)
        assert_type(await charts.copy_from_workspace_to("k", "w", "v"), Chart)
        assert_type(await charts.copy_draft_version("k"), Chart)
        assert_type(await charts.discard_draft_version("k"), None)
        assert_type(await charts.publish_draft_version("k"), None)
        assert_type(await charts.validate_published_version("k"), ChartValidation)
        assert_type(await charts.validate_draft_version("k"), ChartValidation)
        assert_type(await charts.move_to_archive("k"), None)
        assert_type(await charts.move_out_of_archive("k"), None)
        assert_type(await charts.list_all_tags(), list[str])
        assert_type(await charts.add_tag("k", "t"), None)
        assert_type(await charts.remove_tag("k", "t"), None)
        assert_type(await charts.add_category("k", Category(key="c", label="L")), None)
        assert_type(await charts.remove_category("k", "c"), None)
        assert_type(charts.archive, AsyncLister[Chart])
        assert_type(charts.archive.list(), AsyncPageIterator[Chart])
        assert_type(await charts.archive.first_page(), Page[Chart])
        assert_type(await charts.archive.page_after(1), Page[Chart])
        assert_type(await charts.archive.page_before(1), Page[Chart])

        workspaces = client.workspaces
        assert_type(await workspaces.create("w"), Workspace)
        assert_type(await workspaces.update("w", "n"), None)
        assert_type(await workspaces.retrieve("w"), Workspace)
        assert_type(workspaces.list(), AsyncPageIterator[Workspace])
        assert_type(await workspaces.list_first_page(), Page[Workspace])
        assert_type(await workspaces.list_page_after(1), Page[Workspace])
        assert_type(await workspaces.list_page_before(1), Page[Workspace])
        assert_type(await workspaces.regenerate_secret_key("w"), str)
        assert_type(await workspaces.add_secret_key("w"), str)
        assert_type(await workspaces.remove_secret_key("w", "s"), None)
        assert_type(await workspaces.activate("w"), None)
        assert_type(await workspaces.deactivate("w"), None)
        assert_type(await workspaces.delete("w"), None)
        assert_type(await workspaces.set_default("w"), None)
        for lister in (workspaces.active, workspaces.inactive):
            assert_type(lister, AsyncLister[Workspace])
            assert_type(lister.list("f"), AsyncPageIterator[Workspace])
            assert_type(await lister.first_page(), Page[Workspace])
            assert_type(await lister.page_after(1), Page[Workspace])
            assert_type(await lister.page_before(1), Page[Workspace])
        assert_type(await client.hold_tokens.expire_in_minutes("t", 0), HoldToken)


def rejected_calls(client: Client) -> None:
    """Never run: each line is a mistake the type checkers must catch."""
    client.workspaces.create("w", for_sale_mode=3)  # type: ignore[arg-type]
    client.charts.add_category("k", {"key": 1, "label": "L"})  # type: ignore[arg-type]
    client.charts.archive.page_after("5")  # type: ignore[arg-type]
    client.hold_tokens.expire_in_minutes("t")  # type: ignore[call-arg]
    drawing: str = client.charts.retrieve_draft_version("k")  # type: ignore[assignment]
    del drawing
