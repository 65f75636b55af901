"""Audit: authentication, key types and workspace selection (overview.md §2, §12).

Each test drives the served emulator with the official client (or with raw requests shaped
like its own) and asserts what the reference states.
"""

from __future__ import annotations

import base64

import pytest
import requests

from ._audit_wire import Caller, assert_refused, items_of, ok_json, single_error
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes, official_client, official_error
from ._official_charts import OfficialCharts, charts_of
from ._official_events import events_of, hold_tokens_of
from .conftest import Company, create_test_company


def _charts(url: str, secret: str, workspace_key: str | None = None) -> OfficialCharts:
    return charts_of(official_client(url, secret, workspace_key))


def _chart_keys(charts: OfficialCharts) -> list[str]:
    return [chart.key for chart in charts.list()]


def test_admin_key_without_header_acts_on_the_default_workspace(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    chart = charts_of(client).create("in default")
    event = events_of(client).create(chart.key)
    in_default = _charts(server_url, company.workspace_secret_key)
    assert in_default.retrieve(chart.key).name == "in default"
    assert [e.key for e in in_default.retrieve_with_events(chart.key).events or []] == [event.key]
    other = client.workspaces.create("other")
    assert _chart_keys(_charts(server_url, other.secret_key)) == []


def test_a_new_company_default_workspace_is_the_production_workspace(
    client: OfficialClient,
) -> None:
    (workspace,) = list(client.workspaces.list())
    assert (workspace.name, workspace.is_default, workspace.is_active) == (
        "Production workspace",
        True,
        True,
    )


def test_admin_key_with_workspace_key_acts_on_that_workspace(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    other = client.workspaces.create("other")
    scoped = official_client(server_url, company.admin_key, other.key)
    chart = charts_of(scoped).create("in other")
    events_of(scoped).create(chart.key)
    assert _chart_keys(_charts(server_url, other.secret_key)) == [chart.key]
    assert _chart_keys(charts_of(client)) == []
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts_of(client).retrieve(chart.key)
    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]


def test_a_workspace_secret_key_works_at_once_in_its_workspace(
    server_url: str, client: OfficialClient
) -> None:
    workspace = client.workspaces.create("fresh")
    charts = _charts(server_url, workspace.secret_key)
    chart = charts.create("mine")
    assert charts.retrieve(chart.key).name == "mine"
    assert charts.retrieve_published_version(chart.key)["name"] == "mine"


def test_a_chart_of_another_workspace_is_not_found_there(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    other = client.workspaces.create("other")
    chart = charts_of(client).create()
    with pytest.raises(OFFICIAL_ERROR) as caught:
        _charts(server_url, other.secret_key).retrieve(chart.key)
    error = official_error(caught.value)
    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]
    assert error.message.startswith(f"Chart not found: {chart.key} was not found in workspace")
    assert error.requestId


def test_unknown_secret_key_is_401_with_an_empty_body(server_url: str) -> None:
    assert_refused(Caller(server_url, "not-a-key").get("/charts"))
    assert_refused(Caller(server_url, "not-a-key").post("/workspaces", '{"name": "x"}'))


def test_missing_credentials_are_401_with_an_empty_body(server_url: str) -> None:
    assert_refused(Caller(server_url, None).get("/charts"))
    assert_refused(Caller(server_url, None).get("/workspaces"))


def test_the_official_client_reports_a_bodiless_refusal(server_url: str) -> None:
    charts = _charts(server_url, "not-a-key")
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.retrieve("some-chart")
    error = official_error(caught.value)
    assert (error.errors, error.requestId) == (None, None)
    assert error.message == f"Error while executing GET {server_url}/charts/some-chart"


def test_the_basic_auth_password_is_ignored(server_url: str, company: Company) -> None:
    response = requests.get(
        f"{server_url}/charts", auth=(company.workspace_secret_key, "anything"), timeout=10
    )
    assert ok_json(response)["items"] == []


def test_the_documented_authorization_header_is_accepted(server_url: str, company: Company) -> None:
    token = base64.b64encode(f"{company.admin_key}:".encode()).decode("ascii")
    response = requests.get(
        f"{server_url}/workspaces", headers={"Authorization": f"Basic {token}"}, timeout=10
    )
    assert [item["key"] for item in items_of(ok_json(response))] == [company.workspace_key]


def test_a_workspace_secret_key_is_refused_on_admin_only_endpoints(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    target = client.workspaces.create("target")
    chart = charts_of(client).create()
    caller = Caller(server_url, company.workspace_secret_key)
    for method, path in (
        ("GET", "/workspaces"),
        ("POST", "/workspaces"),
        ("GET", f"/workspaces/{target.key}"),
        ("POST", f"/workspaces/{target.key}/actions/deactivate"),
        (
            "POST",
            f"/charts/{chart.key}/version/published/actions/copy-to-workspace/{target.key}",
        ),
        (
            "POST",
            f"/charts/{chart.key}/version/published/actions/copy/from/"
            f"{company.workspace_key}/to/{target.key}",
        ),
    ):
        assert_refused(caller.send(method, path, "null"), 401, 403)
    assert client.workspaces.retrieve(target.key).is_active is True


def test_set_default_moves_the_admin_keys_default_workspace(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    new_default = client.workspaces.create("new default")
    client.workspaces.set_default(new_default.key)
    chart = charts_of(client).create("where?")
    assert _chart_keys(_charts(server_url, new_default.secret_key)) == [chart.key]
    assert _chart_keys(_charts(server_url, company.workspace_secret_key)) == []


def test_a_regenerated_secret_key_replaces_the_old_one(
    server_url: str, client: OfficialClient
) -> None:
    workspace = client.workspaces.create("ws")
    old = workspace.secret_key
    new = client.workspaces.regenerate_secret_key(workspace.key)
    assert _chart_keys(_charts(server_url, new)) == []
    assert_refused(Caller(server_url, old).get("/charts"))


def test_a_deleted_workspace_secret_key_stops_working(
    server_url: str, client: OfficialClient
) -> None:
    workspace = client.workspaces.create("doomed")
    client.workspaces.deactivate(workspace.key)
    client.workspaces.delete(workspace.key)
    assert_refused(Caller(server_url, workspace.secret_key).get("/charts"))


def test_an_inactive_workspace_is_disabled_until_reactivated(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    workspace = client.workspaces.create("sleeping")
    chart = _charts(server_url, workspace.secret_key).create()
    client.workspaces.deactivate(workspace.key)
    by_secret = Caller(server_url, workspace.secret_key).get(f"/charts/{chart.key}")
    by_admin = Caller(server_url, company.admin_key, workspace.key).get(f"/charts/{chart.key}")
    for response in (by_secret, by_admin):
        assert 400 <= response.status_code < 500
    # An admin client configured with the inactive workspace can still re-activate it.
    official_client(server_url, company.admin_key, workspace.key).workspaces.activate(workspace.key)
    assert _charts(server_url, workspace.secret_key).retrieve(chart.key).key == chart.key


def test_companies_are_isolated(server_url: str, system_secret: str, company: Company) -> None:
    other = create_test_company(server_url, system_secret)
    chart = _charts(server_url, company.admin_key).create("private")
    with pytest.raises(OFFICIAL_ERROR) as caught:
        _charts(server_url, other.admin_key).retrieve(chart.key)
    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]
    workspaces = official_client(server_url, other.admin_key).workspaces
    with pytest.raises(OFFICIAL_ERROR) as not_found:
        workspaces.retrieve(company.workspace_key)
    assert error_codes(not_found.value) == ["WORKSPACE_NOT_FOUND"]
    assert_refused(Caller(server_url, other.admin_key, company.workspace_key).get("/charts"))


def test_workspace_not_found_has_the_documented_body(server_url: str, company: Company) -> None:
    response = Caller(server_url, company.admin_key).get("/workspaces/no-such-workspace")
    assert single_error(response, 404)["code"] == "WORKSPACE_NOT_FOUND"


def test_a_hold_token_belongs_to_the_workspace_the_key_selects(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    other = client.workspaces.create("other")
    assert hold_tokens_of(client).create().workspace_key == company.workspace_key
    scoped = official_client(server_url, company.admin_key, other.key)
    assert hold_tokens_of(scoped).create().workspace_key == other.key
    by_secret = official_client(server_url, other.secret_key)
    token = hold_tokens_of(by_secret).create()
    assert token.workspace_key == other.key
    assert hold_tokens_of(scoped).retrieve(token.hold_token).workspace_key == other.key
