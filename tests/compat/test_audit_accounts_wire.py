"""Audit: request conventions, responses and the error body (overview.md §3, §5, §6).

The official client sends no `Content-Type`, a `null` body on bodiless calls, percent-encodes
every path parameter with `quote(value, safe='')` and repeats list-valued query keys.
"""

from __future__ import annotations

import uuid
from typing import cast
from urllib.parse import quote

import pytest
import requests
from seatsio.exceptions import RateLimitExceededException

from ._audit_wire import Caller, JsonBody, error_body, items_of, ok_json, single_error
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes, official_error
from ._official_builders import category
from ._official_charts import OfficialCharts
from ._official_events import events_of
from .conftest import Company

RATE_LIMIT_ERROR: type[Exception] = cast("type[Exception]", RateLimitExceededException)  # untyped


@pytest.mark.parametrize("body", ["null", "", "{}"])
def test_action_endpoints_treat_empty_null_and_empty_object_alike(
    caller: Caller, charts: OfficialCharts, client: OfficialClient, company: Company, body: str
) -> None:
    key = charts.create("c").key
    for path in (
        f"/charts/{key}/tags/t1",
        f"/charts/{key}/actions/move-to-archive",
        f"/charts/{key}/actions/move-out-of-archive",
    ):
        response = caller.post(path, body)
        assert (response.status_code, response.content) == (204, b""), path
    assert charts.retrieve(key).tags == ["t1"]
    validation = ok_json(caller.post(f"/charts/{key}/version/published/actions/validate", body))
    assert validation == {"errors": [], "warnings": []}
    copied = ok_json(caller.post(f"/charts/{key}/version/published/actions/copy", body))
    assert copied["name"] == "c (copy)"
    events_of(client).create(key)
    charts.update(key, new_name="draft")
    validated = ok_json(caller.post(f"/charts/{key}/version/draft/actions/validate", body))
    assert validated["errors"] == []
    response = caller.post(f"/charts/{key}/version/draft/actions/publish", body)
    assert (response.status_code, response.content) == (204, b"")
    assert charts.retrieve(key).name == "draft"
    response = caller.delete(f"/charts/{key}/tags/t1", body)
    assert (response.status_code, response.content) == (204, b"")
    assert charts.retrieve(key).tags == []

    workspace = client.workspaces.create("ws")
    for path in (
        f"/workspaces/{workspace.key}/actions/deactivate",
        f"/workspaces/{workspace.key}/actions/activate",
        f"/workspaces/actions/set-default/{workspace.key}",
        f"/workspaces/actions/set-default/{company.workspace_key}",
    ):
        response = caller.post(path, body)
        assert (response.status_code, response.content) == (204, b""), path
    secret = ok_json(
        caller.post(f"/workspaces/{workspace.key}/actions/regenerate-secret-key", body)
    )
    assert secret["secretKey"] == client.workspaces.retrieve(workspace.key).secret_key
    assert secret["secretKey"] != workspace.secret_key


def test_json_bodies_are_read_without_a_content_type(caller: Caller) -> None:
    response = caller.post("/charts", '{"name": "no content type", "venueType": "SIMPLE"}')
    assert "content-type" not in response.request.headers
    assert ok_json(response)["name"] == "no content type"


def test_json_bodies_are_read_with_a_json_content_type_too(caller: Caller) -> None:
    response = caller.send(
        "POST",
        "/charts",
        '{"name": "typed"}',
        headers={"Content-Type": "application/json"},
    )
    assert ok_json(response)["name"] == "typed"


def test_a_utf8_body_keeps_its_characters(caller: Caller, charts: OfficialCharts) -> None:
    name = "Zaal ä é 中文 😀"
    response = caller.post("/charts", ('{"name": "' + name + '"}').encode())
    assert ok_json(response)["name"] == name
    assert charts.retrieve(str(ok_json(response)["key"])).name == name


@pytest.mark.parametrize(
    "tag",
    ["tag 1/é", "a/b", "50%", "plus+sign", "q?x=1&y", "hash#tag", "ü", "'tag1/:-'<>"],
)
def test_path_parameters_are_percent_decoded_per_segment(charts: OfficialCharts, tag: str) -> None:
    chart = charts.create()
    charts.add_tag(chart.key, tag)
    assert charts.retrieve(chart.key).tags == [tag]
    assert charts.list_all_tags() == [tag]
    charts.remove_tag(chart.key, tag)
    assert charts.retrieve(chart.key).tags == []


def test_the_encoding_of_the_docs_example(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create()
    assert quote("tag 1/é", safe="") == "tag%201%2F%C3%A9"
    assert caller.post(f"/charts/{chart.key}/tags/tag%201%2F%C3%A9").status_code == 204
    assert charts.retrieve(chart.key).tags == ["tag 1/é"]


def test_an_uploaded_chart_key_with_reserved_characters(
    server_url: str, company: Company, charts: OfficialCharts
) -> None:
    key = f"key/with space ä?&#{uuid.uuid4()}"
    response = requests.post(
        f"{server_url}/system/public/charts/{quote(key, safe='')}",
        headers={"Accept": "application/json"},
        data='{"name": "odd key", "venueType": "SIMPLE", "categories": {"list": []}}',
        auth=(company.admin_key, ""),
        timeout=10,
    )
    assert response.status_code == 201
    chart = charts.retrieve(key)
    assert (chart.key, chart.name) == (key, "odd key")
    charts.add_tag(key, "t")
    assert charts.retrieve(key).tags == ["t"]


def test_category_keys_with_reserved_characters(charts: OfficialCharts) -> None:
    chart = charts.create(categories=[category("a/b c", "slashed", "#111111")])
    charts.update_category(chart.key, "a/b c", "renamed", None, None)
    assert [c.label for c in charts.list_categories(chart.key)] == ["renamed"]
    charts.remove_category(chart.key, "a/b c")
    assert charts.list_categories(chart.key) == []


def test_query_values_are_form_decoded(charts: OfficialCharts) -> None:
    for name in ("some stadium", "a+b & c=d", "100% ä"):
        charts.create(name)
    charts.create("other")
    assert [c.name for c in charts.list(chart_filter="some stadium")] == ["some stadium"]
    assert [c.name for c in charts.list(chart_filter="a+b & c=d")] == ["a+b & c=d"]
    assert [c.name for c in charts.list(chart_filter="100% ä")] == ["100% ä"]


def test_repeated_query_keys_combine(caller: Caller) -> None:
    caller.post("/charts", '{"name": "x"}')
    plain = items_of(caller.json("/charts"))[0]
    assert not {"events", "validation", "venueType", "zones"} & set(plain)
    both = items_of(caller.json("/charts", query=[("expand", "events"), ("expand", "zones")]))[0]
    assert (both["events"], both["zones"]) == ([], [])
    assert not {"validation", "venueType"} & set(both)


def test_every_json_response_is_served_as_json(
    caller: Caller, charts: OfficialCharts, company: Company
) -> None:
    chart = charts.create()
    for response in (
        caller.get("/charts"),
        caller.get(f"/charts/{chart.key}"),
        caller.get(f"/charts/{chart.key}/version/published"),
        caller.get("/charts/tags"),
        caller.get(f"/charts/{chart.key}/categories"),
        caller.get("/workspaces"),
        caller.get(f"/workspaces/{company.workspace_key}"),
        caller.get("/charts/unknown"),
        caller.post("/charts", '{"categories": ["x"]}'),
        caller.send("PUT", "/charts", "null"),
    ):
        assert response.headers["content-type"].startswith("application/json"), response.url
        response.json()


def test_no_content_responses_have_an_empty_body(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create()
    response = caller.post(f"/charts/{chart.key}", '{"name": "renamed"}')
    assert (response.status_code, response.content) == (204, b"")


def test_chart_not_found_holds_exactly_one_error(caller: Caller, company: Company) -> None:
    error = single_error(caller.get("/charts/no-such-chart"), 404)
    assert error["code"] == "CHART_NOT_FOUND"
    assert str(error["message"]).startswith(
        "Chart not found: no-such-chart was not found in workspace"
    )
    assert "data" not in error


def test_error_body_of_a_schema_violation(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create()
    error = single_error(caller.post(f"/charts/{chart.key}", '{"categories": ["a string"]}'), 400)
    assert error["message"] == "#/categories/0: expected type: JSONObject, found: String"


def test_schema_violation_names_the_offending_index(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create()
    body = '{"categories": [{"key": 1, "label": "ok", "color": "#000"}, 7]}'
    error = single_error(caller.post(f"/charts/{chart.key}", body), 400)
    assert error["message"] == "#/categories/1: expected type: JSONObject, found: Integer"


def test_the_official_exception_message_joins_the_error_messages(charts: OfficialCharts) -> None:
    chart = charts.create()
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.update(chart.key, categories=["not a category"])
    error = official_error(caught.value)
    assert error.message == "#/categories/0: expected type: JSONObject, found: String."
    assert str(caught.value) == error.message
    assert error.errors is not None
    assert len(error.errors) == 1
    assert error.requestId


def test_unknown_endpoints_and_methods_answer_the_error_body(caller: Caller) -> None:
    not_found: JsonBody = error_body(caller.get("/no/such/endpoint"), 404)
    assert not_found["errors"]
    error_body(caller.send("PUT", "/charts", "null"), 405)
    error_body(caller.send("PATCH", "/workspaces", "null"), 405)


def test_malformed_json_is_a_400_with_the_error_body(caller: Caller) -> None:
    for body in ("{", '{"name": }', "nul", b"\xff\xfe", "[1,", "NaN", '{"name": "x"} trailing'):
        error_body(caller.post("/charts", body), 400)


def test_errors_of_the_official_client_carry_codes(charts: OfficialCharts) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.retrieve_published_version("no-such-chart")
    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]


def test_a_429_is_the_official_rate_limit_exception(
    server_url: str, system_secret: str, caller: Caller, charts: OfficialCharts
) -> None:
    chart = charts.create()
    system = Caller(server_url, system_secret)
    fault = f'{{"rateLimit": {{"count": 1, "pathPrefix": "/charts/{chart.key}"}}}}'
    assert system.post("/_emulator/faults", fault).status_code == 204
    try:
        raw = caller.get(f"/charts/{chart.key}")
        error_body(raw, 429)
        assert system.post("/_emulator/faults", fault).status_code == 204
        with pytest.raises(RATE_LIMIT_ERROR) as caught:
            charts.retrieve(chart.key)
        assert official_error(caught.value).requestId
        assert charts.retrieve(chart.key).key == chart.key
    finally:
        system.delete("/_emulator/faults")
