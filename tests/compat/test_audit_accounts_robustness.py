"""Audit: malformed input never crashes the emulator (h7 brief, method step 4).

Every odd body, query value, path segment and credential gets a 4xx with the documented error
body (or the bodiless 401/403 of a credentials refusal), never a 500; and nothing accepted on the
way poisons later responses.
"""

from __future__ import annotations

import base64
import itertools
import uuid

import pytest
import requests

from ._audit_wire import Caller, error_body, items_of
from ._official import OfficialClient
from ._official_charts import charts_of
from .conftest import Company

BODIES: tuple[str | bytes, ...] = (
    "null",
    "",
    "true",
    "-1",
    "1e999",
    '"text"',
    "[]",
    "[null]",
    "{}",
    '{"name": null}',
    '{"name": 1}',
    '{"name": []}',
    '{"name": {}}',
    '{"name": "' + "x" * 20_000 + '"}',
    '{"name": "\\ud800"}',
    '{"name": "a\\u0000b"}',
    '{"name": "x", "name": "y"}',
    '{"name": "x", "unknown": {"deep": [1, 2]}}',
    '{"categories": null}',
    '{"categories": {}}',
    '{"categories": [null]}',
    '{"categories": [{}]}',
    '{"categories": [{"key": null, "label": null}]}',
    '{"categories": [{"key": 1, "label": 1}]}',
    '{"categories": [{"key": 1, "label": "x", "color": 5}]}',
    '{"categories": [{"key": 1, "label": "x", "accessible": "yes"}]}',
    '{"categories": [{"key": -9007199254740993, "label": "x"}]}',
    '{"categories": [{"key": 1e20, "label": "x"}]}',
    '{"categories": [{"key": "", "label": ""}]}',
    '{"categories": [{"key": 1, "label": "a"}, {"key": "1", "label": "b"}]}',
    '{"key": 1}',
    '{"key": [], "label": "x"}',
    '{"key": 1, "label": "x", "color": null}',
    '{"isTest": "x"}',
    '{"venueType": 5}',
    '{"label": 5, "color": [], "accessible": 1}',
    "[" * 50_000,
    '{"a":' * 2_000 + "1" + "}" * 2_000,
    "\ufeff{}",
    b"\x00",
    b'{"name": "\xc3"}',
    b"\xff\xfe{\x00}\x00",
    "{",
    '{"name": "x"} trailing',
)

QUERIES: tuple[str, ...] = (
    "limit=0",
    "limit=-5",
    "limit=1e3",
    "limit=%20%205",
    "limit=%D9%A3",
    "limit=99999999999999999999999999",
    "start_after_id=99999999999999999999999999",
    "end_before_id=-99999999999999999999",
    "start_after_id=&end_before_id=",
    "eventsLimit=-1",
    "eventsLimit=abc",
    "expand=events&eventsLimit=99999999999999999999",
    "expand=&expand=%00",
    "validation=maybe",
    "filter=%00",
    "filter=%FF%FE",
    "tag=%ED%A0%80",
    "filter=a&filter=b",
    "%ZZ=1&limit=%ZZ",
)

SEGMENTS: tuple[str, ...] = (
    "%00",
    "%FF",
    "%ED%A0%80",
    "x" * 5_000,
    "%2e%2e",
    "%25",
    "a%2Fb",
    "%20",
    "%E2%80%AE",
)


def _assert_handled(response: requests.Response) -> None:
    assert response.status_code < 500, (response.request.method, response.url, response.text)
    if response.status_code in (401, 403):
        assert response.content == b""
    elif response.status_code >= 400:
        error_body(response, response.status_code)


def _assert_still_healthy(caller: Caller) -> None:
    for path in ("/charts", "/charts/archive", "/workspaces", "/workspaces/inactive"):
        items_of(caller.json(path, query=[("expand", "events"), ("expand", "validation")]))
    assert isinstance(caller.json("/charts/tags")["tags"], list)


def test_odd_bodies_on_every_writing_endpoint(
    caller: Caller, client: OfficialClient, company: Company
) -> None:
    chart = charts_of(client).create("c", categories=[])
    workspace = client.workspaces.create("w")
    routes = (
        ("POST", "/charts"),
        ("POST", f"/charts/{chart.key}"),
        ("POST", f"/charts/{chart.key}/categories"),
        ("POST", f"/charts/{chart.key}/categories/1"),
        ("DELETE", f"/charts/{chart.key}/categories/1"),
        ("POST", f"/charts/{chart.key}/tags/x"),
        ("POST", f"/charts/{chart.key}/version/published/actions/validate"),
        ("POST", f"/charts/{chart.key}/version/published/actions/copy"),
        ("POST", "/workspaces"),
        ("POST", f"/workspaces/{workspace.key}"),
        ("POST", f"/workspaces/{workspace.key}/actions/activate"),
        (
            "POST",
            f"/charts/{chart.key}/version/published/actions/copy-to-workspace/{workspace.key}",
        ),
        ("POST", "/system/public/charts/{new}"),
    )
    for (method, path), body in itertools.product(routes, BODIES):
        _assert_handled(caller.send(method, path.format(new=uuid.uuid4()), body))
    _assert_still_healthy(caller)
    for chart_item in items_of(caller.json("/charts")):
        for suffix in ("", "/version/published", "/categories", "/version/published/thumbnail"):
            _assert_handled(caller.get(f"/charts/{chart_item['key']}{suffix}"))


def test_odd_query_values_on_every_list(caller: Caller, client: OfficialClient) -> None:
    chart = charts_of(client).create()
    for query, path in itertools.product(
        QUERIES,
        ("/charts", "/charts/archive", "/workspaces", "/workspaces/active", f"/charts/{chart.key}"),
    ):
        _assert_handled(caller.get(f"{path}?{query}"))
    _assert_still_healthy(caller)


def test_odd_path_segments(caller: Caller, client: OfficialClient) -> None:
    chart = charts_of(client).create()
    templates = (
        "/charts/{s}",
        f"/charts/{chart.key}/tags/{{s}}",
        f"/charts/{chart.key}/categories/{{s}}",
        "/charts/{s}/version/draft",
        "/workspaces/{s}",
        "/workspaces/actions/set-default/{s}",
        "/thumbnails/{s}/{s}/{s}/thumbnail",
    )
    for segment, template, method in itertools.product(
        SEGMENTS, templates, ("GET", "POST", "DELETE")
    ):
        _assert_handled(caller.send(method, template.format(s=segment), "null"))
    _assert_still_healthy(caller)


@pytest.mark.parametrize(
    "authorization",
    [
        "Basic",
        "Basic !!!",
        "Bearer token",
        "Basic " + base64.b64encode(b"\xff\xfe:").decode(),
        "Basic " + base64.b64encode(b":").decode(),
        "Digest username=x",
    ],
)
def test_odd_credentials_are_refused_without_a_body(server_url: str, authorization: str) -> None:
    response = requests.get(
        f"{server_url}/charts", headers={"Authorization": authorization}, timeout=10
    )
    assert (response.status_code, response.content) == (401, b"")


@pytest.mark.parametrize("workspace_key", ["x" * 5_000, "%00", "ä-workspace", "null"])
def test_odd_workspace_key_headers_are_refused_without_a_body(
    server_url: str, company: Company, workspace_key: str
) -> None:
    response = requests.get(
        f"{server_url}/charts",
        auth=(company.admin_key, ""),
        headers={"X-Workspace-Key": workspace_key.encode().decode("latin-1")},
        timeout=10,
    )
    assert response.status_code in (401, 403)
    assert response.content == b""
