"""Audit: the seeding API and the six sample charts as the charts API exposes them
(overview.md §12, chart-model.md §1 and §6, charts.md §1.2, §1.5)."""

from __future__ import annotations

import uuid

import pytest
import requests

from tests.reference import SAMPLE_CHART_NAMES, load_sample_chart, shared_path

from ._audit_wire import Caller, child, drawing_categories, items_of, ok_json
from ._official import OfficialClient, official_client
from ._official_builders import category
from ._official_charts import OfficialCharts, charts_of
from ._official_events import events_of
from .conftest import Company, UploadChart, create_test_company, upload_chart_file

API_VENUE_TYPES = {"SIMPLE", "WITH_SECTIONS_AND_FLOORS", "WITH_ZONES"}


def test_create_test_company_answers_admin_and_default_workspace(
    server_url: str, system_secret: str
) -> None:
    response = requests.post(
        f"{server_url}/system/private/create-test-company", auth=(system_secret, ""), timeout=10
    )
    body = ok_json(response)
    admin, workspace = child(body, "admin"), child(body, "workspace")
    assert isinstance(admin["secretKey"], str)
    assert admin["secretKey"]
    assert {"id", "name", "key", "secretKey", "isTest", "isActive", "isDefault"} <= set(workspace)
    assert (workspace["name"], workspace["isActive"], workspace["isDefault"]) == (
        "Production workspace",
        True,
        True,
    )
    assert type(workspace["id"]) is int


def test_every_test_company_is_new_and_empty(
    server_url: str, system_secret: str, company: Company
) -> None:
    charts_of(official_client(server_url, company.admin_key)).create("in the first company")
    second = create_test_company(server_url, system_secret)
    assert second.admin_key != company.admin_key
    assert second.workspace_key != company.workspace_key
    caller = Caller(server_url, second.admin_key)
    assert items_of(caller.json("/charts")) == []
    assert items_of(caller.json("/charts/archive")) == []
    assert caller.json("/charts/tags") == {"tags": []}
    assert [w["key"] for w in items_of(caller.json("/workspaces"))] == [second.workspace_key]
    assert items_of(caller.json("/events")) == []


def test_the_upload_answers_exactly_201(server_url: str, company: Company) -> None:
    response = requests.post(
        f"{server_url}/system/public/charts/{uuid.uuid4()}",
        headers={"Accept": "application/json"},
        data=load_sample_chart_text("sampleChart.json"),
        auth=(company.admin_key, ""),
        timeout=10,
    )
    assert "content-type" not in response.request.headers
    assert response.status_code == 201


def load_sample_chart_text(name: str) -> str:
    """A sample chart as the official test suite sends it: raw text, newlines removed."""
    return shared_path("charts", name).read_text(encoding="utf-8").replace("\n", "")


def test_the_upload_uses_the_callers_key_and_the_selected_workspace(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    other = client.workspaces.create("other")
    key = str(uuid.uuid4())
    response = requests.post(
        f"{server_url}/system/public/charts/{key}",
        headers={"Accept": "application/json", "X-Workspace-Key": other.key},
        data=load_sample_chart_text("sampleChart.json"),
        auth=(company.admin_key, ""),
        timeout=10,
    )
    assert response.status_code == 201
    in_other = charts_of(official_client(server_url, other.secret_key))
    assert [chart.key for chart in in_other.list()] == [key]
    assert list(charts_of(client).list()) == []


@pytest.mark.parametrize("name", SAMPLE_CHART_NAMES)
def test_an_uploaded_sample_chart_is_a_published_chart_without_draft(
    caller: Caller, charts: OfficialCharts, upload_sample_chart: UploadChart, name: str
) -> None:
    drawing = load_sample_chart(name)
    key = upload_sample_chart(name)
    retrieved = caller.json(f"/charts/{key}")
    assert (retrieved["key"], retrieved["name"], retrieved["status"]) == (
        key,
        drawing["name"],
        "NOT_USED",
    )
    assert (retrieved["tags"], retrieved["archived"]) == ([], False)
    assert "draftVersionThumbnailUrl" not in retrieved
    assert retrieved["venueType"] in API_VENUE_TYPES
    assert charts.validate_published_version(key).errors == []
    expected = [
        category(c["key"], c["label"], c["color"], c["accessible"])
        for c in drawing["categories"]["list"]
    ]
    assert charts.list_categories(key) == expected
    assert (
        drawing_categories(caller.json(f"/charts/{key}/version/published"))
        == (drawing["categories"]["list"])
    )


@pytest.mark.parametrize("name", SAMPLE_CHART_NAMES)
def test_events_can_be_created_on_every_sample_chart(
    charts: OfficialCharts, client: OfficialClient, upload_sample_chart: UploadChart, name: str
) -> None:
    key = upload_sample_chart(name)
    event = events_of(client).create(key)
    assert event.chart_key == key
    retrieved = charts.retrieve_with_events(key)
    assert retrieved.status == "PUBLISHED"
    assert [e.key for e in retrieved.events or []] == [event.key]


@pytest.mark.parametrize("name", SAMPLE_CHART_NAMES)
def test_expand_reflects_the_uploaded_drawing(
    caller: Caller, upload_sample_chart: UploadChart, name: str
) -> None:
    drawing = load_sample_chart(name)
    upload_sample_chart(name)
    query = [("expand", "zones"), ("expand", "venueType"), ("expand", "validation")]
    (item,) = items_of(caller.json("/charts", query=query))
    zones = drawing.get("zones", {}).get("list", [])
    assert item["zones"] == [{"key": z["key"], "label": z["label"]} for z in zones]
    assert item["venueType"] in API_VENUE_TYPES
    validation = child(item, "validation")
    assert set(validation) == {"errors", "warnings"}
    assert validation["errors"] == []


def test_the_zones_chart_is_reported_with_zones(
    caller: Caller, charts: OfficialCharts, upload_sample_chart: UploadChart
) -> None:
    key = upload_sample_chart("sampleChartWithZones.json")
    chart = charts.retrieve(key)
    assert chart.venue_type == "WITH_ZONES"
    assert [(z.key, z.label) for z in chart.zones or []] == [
        ("finishline", "Finish Line"),
        ("midtrack", "Mid Track"),
    ]
    assert charts.validate_published_version(key).warnings == []
    assert caller.json(f"/charts/{key}/version/published")["venueType"] == "ZONES"


def test_copies_keep_the_drawing_venue_type(
    server_url: str, company: Company, charts: OfficialCharts, client: OfficialClient
) -> None:
    target = client.workspaces.create("target")
    for name in SAMPLE_CHART_NAMES:
        key = upload_chart_file(server_url, company.admin_key, shared_path("charts", name))
        venue_type = load_sample_chart(name)["venueType"]
        assert charts.retrieve_published_version(charts.copy(key).key)["venueType"] == venue_type
        across = charts.copy_to_workspace(key, target.key)
        in_target = charts_of(official_client(server_url, target.secret_key))
        assert in_target.retrieve_published_version(across.key)["venueType"] == venue_type
