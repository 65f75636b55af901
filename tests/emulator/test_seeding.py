"""The seeding API (overview.md §12) over HTTP and in-process."""

from __future__ import annotations

import json

import httpx
import pytest

from seatsio_typed.testing import Emulator, EmulatorError, TestCompany
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._wire.messages import Response, json_response
from tests.reference import SAMPLE_CHART_NAMES, load_sample_chart

from .conftest import client_for

DRAWING: dict[str, object] = {
    "name": "Small hall",
    "venueType": "ROWS_WITHOUT_SECTIONS",
    "subChart": {"rows": []},
}


def _chart_probe(ctx: RequestContext) -> Response:
    chart = ctx.workspace.charts.require(ctx.param("key"), ctx.workspace.key)
    return json_response(
        {
            "id": chart.id,
            "name": chart.name,
            "draft": chart.draft is not None,
            "archived": chart.archived,
            "tags": list(chart.tags),
            "objects": len(chart.published.index.objects),
        }
    )


@pytest.fixture
def probe(emulator: Emulator) -> Emulator:
    """The emulator with a route that shows a stored chart record."""
    emulator.router.add(Route("GET", "/probe/charts/{key}", _chart_probe, Access.WORKSPACE))
    return emulator


def _probe(
    emulator: Emulator, secret: str, key: str, workspace: str | None = None
) -> httpx.Response:
    with client_for(emulator, secret, workspace) as client:
        return client.get(f"/probe/charts/{key}")


def test_create_test_company_over_http(emulator: Emulator) -> None:
    with client_for(emulator, emulator.system_secret) as client:
        response = client.post("/system/private/create-test-company", content=b"")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"admin", "workspace"}
    assert {"id", "email", "secretKey"} <= set(body["admin"])
    assert body["workspace"]["name"] == "Production workspace"
    assert body["workspace"]["isDefault"] is True
    assert body["workspace"]["isActive"] is True
    assert body["workspace"]["isTest"] is False
    assert set(body["workspace"]) == {
        "id",
        "name",
        "key",
        "secretKey",
        "isDefault",
        "isTest",
        "isActive",
        "secretKeys",
        "forSaleMode",
    }
    with client_for(emulator, body["admin"]["secretKey"]) as admin:
        listed = admin.get("/workspaces").json()
    assert listed == {"items": [body["workspace"]]}


def test_every_company_is_new_and_isolated(emulator: Emulator) -> None:
    first, second = emulator.create_test_company(), emulator.create_test_company()
    assert first.admin_key != second.admin_key
    assert first.workspace.key != second.workspace.key
    assert first.workspace.secret_key != second.workspace.secret_key
    assert first.admin_id != second.admin_id


def test_test_company_repr_hides_secrets(company: TestCompany) -> None:
    text = repr(company)
    assert company.admin_key not in text
    assert company.workspace.secret_key not in text
    assert company.workspace.key in text


def test_upload_over_http_answers_201_and_lands_in_the_default_workspace(
    probe: Emulator, company: TestCompany
) -> None:
    raw = json.dumps(DRAWING, indent=2).replace("\n", "").encode()
    with client_for(probe, company.admin_key) as client:
        response = client.post(
            "/system/public/charts/9d1a2f0e-0000-4000-8000-000000000001",
            content=raw,
            headers={"Accept": "application/json"},
        )
    assert response.status_code == 201
    assert response.content == b""
    stored = _probe(probe, company.workspace.secret_key, "9d1a2f0e-0000-4000-8000-000000000001")
    assert stored.json() == {
        "id": stored.json()["id"],
        "name": "Small hall",
        "draft": False,
        "archived": False,
        "tags": [],
        "objects": 0,
    }


def test_upload_with_workspace_key_header_lands_in_that_workspace(
    probe: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    other = admin.post("/workspaces", json={"name": "other"}).json()
    key = probe.upload_chart(DRAWING, secret_key=company.admin_key, workspace_key=other["key"])
    assert _probe(probe, other["secretKey"], key).status_code == 200
    missing = _probe(probe, company.admin_key, key)
    assert missing.status_code == 404
    assert missing.json()["errors"][0]["code"] == "CHART_NOT_FOUND"
    assert missing.json()["errors"][0]["message"].startswith(
        f"Chart not found: {key} was not found in workspace"
    )


def test_upload_with_a_workspace_secret_key(probe: Emulator, company: TestCompany) -> None:
    key = probe.upload_chart(DRAWING, secret_key=company.workspace.secret_key, chart_key="k 1/x")
    assert key == "k 1/x"
    assert _probe(probe, company.admin_key, "k%201%2Fx").json()["name"] == "Small hall"


def test_upload_needs_a_valid_key(emulator: Emulator) -> None:
    with pytest.raises(EmulatorError, match="HTTP 401"):
        emulator.upload_chart(DRAWING, secret_key="unknown")


def test_upload_of_an_existing_key_is_refused(emulator: Emulator, company: TestCompany) -> None:
    key = emulator.upload_chart(DRAWING, secret_key=company.admin_key)
    with pytest.raises(EmulatorError, match="CHART_KEY_ALREADY_EXISTS"):
        emulator.upload_chart(DRAWING, secret_key=company.admin_key, chart_key=key)


@pytest.mark.parametrize("body", [b"[]", b'"x"', b"{"])
def test_upload_body_must_be_a_json_object(
    emulator: Emulator, company: TestCompany, body: bytes
) -> None:
    with client_for(emulator, company.admin_key) as client:
        response = client.post("/system/public/charts/k", content=body)
    assert response.status_code == 400
    assert response.json()["requestId"]


def test_untitled_drawing_gets_the_default_name(probe: Emulator, company: TestCompany) -> None:
    key = probe.upload_chart({"subChart": {}}, secret_key=company.admin_key)
    assert _probe(probe, company.admin_key, key).json()["name"] == "Untitled chart"


@pytest.mark.parametrize("name", SAMPLE_CHART_NAMES)
def test_every_sample_chart_uploads(probe: Emulator, company: TestCompany, name: str) -> None:
    drawing = load_sample_chart(name)
    key = probe.upload_chart(json.dumps(drawing), secret_key=company.admin_key)
    stored = _probe(probe, company.admin_key, key).json()
    assert stored["name"] == drawing["name"]
    assert stored["objects"] > 0


def test_chart_ids_increase(emulator: Emulator, company: TestCompany) -> None:
    emulator.router.add(Route("GET", "/probe/charts/{key}", _chart_probe, Access.WORKSPACE))
    keys = [emulator.upload_chart(DRAWING, secret_key=company.admin_key) for _ in range(3)]
    ids = [_probe(emulator, company.admin_key, key).json()["id"] for key in keys]
    assert ids == sorted(ids)
    assert len(set(ids)) == 3
