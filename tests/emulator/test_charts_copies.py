"""Copying charts in a workspace and across workspaces (charts.md §3.8-§3.9)."""

from __future__ import annotations

from collections.abc import Generator

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._charts_support import (
    CHART_KEYS,
    Json,
    create_chart,
    error,
    ok_json,
    published,
    retrieve,
    small_drawing,
    upload,
)
from .conftest import client_for


@pytest.fixture
def workspace(admin: httpx.Client) -> Json:
    """A second workspace of the company (with its secret key)."""
    created: Json = ok_json(admin.post("/workspaces", json={"name": "second"}))
    return created


@pytest.fixture
def second(emulator: Emulator, workspace: Json) -> Generator[httpx.Client, None, None]:
    """A client on the second workspace (its own secret key)."""
    with client_for(emulator, workspace["secretKey"]) as client:
        yield client


def _tagged_chart(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> str:
    key = upload(emulator, company, small_drawing("My Super Chart"))
    for tag in ("tag1", "tag2"):
        admin.post(f"/charts/{key}/tags/{tag}")
    return key


def test_copy_makes_a_new_chart_named_copy_with_the_tags(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = _tagged_chart(emulator, company, admin)
    response = admin.post(f"/charts/{key}/version/published/actions/copy", content=b"null")
    assert response.status_code == 201
    copy = response.json()
    assert set(copy) == CHART_KEYS
    assert copy["name"] == "My Super Chart (copy)"
    assert sorted(copy["tags"]) == ["tag1", "tag2"]
    assert copy["status"] == "NOT_USED"
    assert copy["archived"] is False
    assert copy["key"] != key
    assert copy["id"] > retrieve(admin, key)["id"]
    source, copied = published(admin, key), published(admin, copy["key"])
    assert copied == {**source, "name": "My Super Chart (copy)"}
    assert copied["venueType"] == "ROWS_WITHOUT_SECTIONS"


def test_a_copy_is_independent_of_its_source(admin: httpx.Client) -> None:
    source = create_chart(admin, name="src", categories=[{"key": 1, "label": "a"}])["key"]
    copy = admin.post(f"/charts/{source}/version/published/actions/copy").json()["key"]
    admin.post(f"/charts/{copy}/categories", json={"key": 2, "label": "b"})
    admin.post(f"/charts/{copy}/tags/only-copy")
    assert [c["key"] for c in published(admin, source)["categories"]["list"]] == [1]
    assert retrieve(admin, source)["tags"] == []


def test_copy_of_an_archived_chart_is_active(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    admin.post(f"/charts/{key}/actions/move-to-archive")
    copy = admin.post(f"/charts/{key}/version/published/actions/copy").json()
    assert copy["archived"] is False


def test_copy_to_workspace_keeps_the_name_and_drops_the_tags(
    admin: httpx.Client,
    emulator: Emulator,
    company: TestCompany,
    workspace: Json,
    second: httpx.Client,
) -> None:
    key = _tagged_chart(emulator, company, admin)
    path = f"/charts/{key}/version/published/actions/copy-to-workspace/{workspace['key']}"
    response = admin.post(path, content=b"null")
    assert response.status_code == 201
    copy = response.json()
    assert copy["name"] == "My Super Chart"
    assert copy["tags"] == []
    assert copy["status"] == "NOT_USED"
    assert workspace["key"] in copy["publishedVersionThumbnailUrl"]
    assert retrieve(second, copy["key"])["name"] == "My Super Chart"
    assert published(second, copy["key"]) == published(admin, key)
    assert error(admin.get(f"/charts/{copy['key']}"), 404)["code"] == "CHART_NOT_FOUND"


def test_copy_to_workspace_copies_from_the_selected_workspace(
    emulator: Emulator, company: TestCompany, workspace: Json, second: httpx.Client
) -> None:
    key = create_chart(second, name="from second")["key"]
    with client_for(emulator, company.admin_key, workspace["key"]) as selected:
        path = f"/charts/{key}/version/published/actions/copy-to-workspace/{company.workspace.key}"
        copy = ok_json_201(selected.post(path))
    with client_for(emulator, company.admin_key) as default:
        assert retrieve(default, copy["key"])["name"] == "from second"


def test_copy_from_workspace_to_workspace(
    admin: httpx.Client, company: TestCompany, workspace: Json, second: httpx.Client
) -> None:
    key = create_chart(second, name="in second")["key"]
    admin.post(f"/charts/{key}/tags/x")
    path = (
        f"/charts/{key}/version/published/actions/copy/from/{workspace['key']}"
        f"/to/{company.workspace.key}"
    )
    copy = ok_json_201(admin.post(path, content=b"null"))
    assert copy["name"] == "in second"
    assert copy["tags"] == []
    assert retrieve(admin, copy["key"])["key"] == copy["key"]
    assert [item["key"] for item in second.get("/charts").json()["items"]] == [key]


def test_cross_workspace_copies_need_the_company_admin_key(
    second: httpx.Client, company: TestCompany, workspace: Json
) -> None:
    key = create_chart(second)["key"]
    for path in (
        f"/charts/{key}/version/published/actions/copy-to-workspace/{company.workspace.key}",
        f"/charts/{key}/version/published/actions/copy/from/{workspace['key']}"
        f"/to/{company.workspace.key}",
    ):
        response = second.post(path)
        assert response.status_code == 403
        assert response.content == b""
    assert len(second.get("/charts").json()["items"]) == 1


def test_copy_to_an_unknown_workspace_is_404(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    response = admin.post(f"/charts/{key}/version/published/actions/copy-to-workspace/nope")
    assert error(response, 404)["code"] == "WORKSPACE_NOT_FOUND"


def test_copy_from_a_workspace_that_lacks_the_chart_is_404(
    admin: httpx.Client, company: TestCompany, workspace: Json
) -> None:
    key = create_chart(admin)["key"]
    path = (
        f"/charts/{key}/version/published/actions/copy/from/{workspace['key']}"
        f"/to/{company.workspace.key}"
    )
    found = error(admin.post(path), 404)
    assert found["code"] == "CHART_NOT_FOUND"
    assert workspace["key"] in found["message"]


def test_copy_to_a_workspace_of_another_company_is_404(
    admin: httpx.Client, emulator: Emulator
) -> None:
    key = create_chart(admin)["key"]
    stranger = emulator.create_test_company().workspace.key
    response = admin.post(f"/charts/{key}/version/published/actions/copy-to-workspace/{stranger}")
    assert error(response, 404)["code"] == "WORKSPACE_NOT_FOUND"


def ok_json_201(response: httpx.Response) -> Json:
    """The chart of a 201 copy response."""
    assert response.status_code == 201, response.text
    chart: Json = response.json()
    return chart
