"""Who may call what (overview.md §2 and the emulator's documented choices in `_http/auth.py`)."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._wire.messages import Response, json_response

from .conftest import client_for


def _whoami(ctx: RequestContext) -> Response:
    principal = ctx.principal
    assert principal is not None
    return json_response({"workspace": ctx.workspace.key, "admin": principal.is_admin})


@pytest.fixture
def probe(emulator: Emulator) -> Emulator:
    """The emulator with a workspace-scoped route that reports who is calling."""
    emulator.router.add(Route("GET", "/whoami", _whoami, Access.WORKSPACE))
    return emulator


@pytest.fixture
def other(admin: httpx.Client) -> dict[str, str]:
    """A second (non-default) workspace of the company: its public and secret keys."""
    created = admin.post("/workspaces", json={"name": "second"}).json()
    return {"key": created["key"], "secretKey": created["secretKey"]}


def _who(emulator: Emulator, secret: str, workspace_key: str | None = None) -> httpx.Response:
    with client_for(emulator, secret, workspace_key) as client:
        return client.get("/whoami")


def test_admin_key_without_header_acts_on_the_default_workspace(
    probe: Emulator, company: TestCompany
) -> None:
    assert _who(probe, company.admin_key).json() == {
        "workspace": company.workspace.key,
        "admin": True,
    }


def test_admin_key_with_header_acts_on_that_workspace(
    probe: Emulator, company: TestCompany, other: dict[str, str]
) -> None:
    assert _who(probe, company.admin_key, other["key"]).json()["workspace"] == other["key"]


def test_admin_key_follows_the_new_default_workspace(
    probe: Emulator, company: TestCompany, admin: httpx.Client, other: dict[str, str]
) -> None:
    admin.post(f"/workspaces/actions/set-default/{other['key']}")
    assert _who(probe, company.admin_key).json()["workspace"] == other["key"]


def test_admin_key_with_an_unknown_workspace_header_is_401(
    probe: Emulator, company: TestCompany
) -> None:
    response = _who(probe, company.admin_key, "no-such-workspace")
    assert (response.status_code, response.content) == (401, b"")


def test_admin_key_cannot_select_another_companys_workspace(
    probe: Emulator, company: TestCompany
) -> None:
    stranger = probe.create_test_company()
    assert _who(probe, company.admin_key, stranger.workspace.key).status_code == 401


def test_workspace_secret_key_acts_in_its_workspace(probe: Emulator, other: dict[str, str]) -> None:
    assert _who(probe, other["secretKey"]).json() == {"workspace": other["key"], "admin": False}
    assert _who(probe, other["secretKey"], other["key"]).status_code == 200


def test_workspace_secret_key_with_another_workspace_header_is_403(
    probe: Emulator, company: TestCompany, other: dict[str, str]
) -> None:
    response = _who(probe, other["secretKey"], company.workspace.key)
    assert (response.status_code, response.content) == (403, b"")


def test_admin_only_endpoints_refuse_workspace_keys_with_403(
    emulator: Emulator, company: TestCompany
) -> None:
    with client_for(emulator, company.workspace.secret_key) as client:
        response = client.get("/workspaces")
    assert (response.status_code, response.content) == (403, b"")


def test_inactive_workspace_cannot_be_used(
    probe: Emulator, company: TestCompany, admin: httpx.Client, other: dict[str, str]
) -> None:
    admin.post(f"/workspaces/{other['key']}/actions/deactivate")
    for response in (_who(probe, other["secretKey"]), _who(probe, company.admin_key, other["key"])):
        assert (response.status_code, response.content) == (403, b"")
    # Admin-only calls still work with that workspace selected, so it can be re-activated.
    with client_for(probe, company.admin_key, other["key"]) as client:
        assert client.post(f"/workspaces/{other['key']}/actions/activate").status_code == 204
    assert _who(probe, other["secretKey"]).status_code == 200


def test_regenerated_secret_key_replaces_the_old_one_at_once(
    probe: Emulator, admin: httpx.Client, other: dict[str, str]
) -> None:
    new = admin.post(f"/workspaces/{other['key']}/actions/regenerate-secret-key").json()
    assert new["secretKey"] != other["secretKey"]
    assert _who(probe, other["secretKey"]).status_code == 401
    assert _who(probe, new["secretKey"]).json()["workspace"] == other["key"]


def test_deleted_workspace_secret_key_stops_working(
    probe: Emulator, admin: httpx.Client, other: dict[str, str]
) -> None:
    admin.post(f"/workspaces/{other['key']}/actions/deactivate")
    assert admin.delete(f"/workspaces/{other['key']}").status_code == 204
    assert _who(probe, other["secretKey"]).status_code == 401


def test_system_routes_need_the_system_secret(emulator: Emulator, company: TestCompany) -> None:
    with client_for(emulator, company.admin_key) as client:
        response = client.post("/system/private/create-test-company")
    assert (response.status_code, response.content) == (401, b"")
    with client_for(emulator, emulator.system_secret) as client:
        assert client.post("/system/private/create-test-company").status_code == 200


def test_the_system_secret_is_not_a_company_key(emulator: Emulator) -> None:
    with client_for(emulator, emulator.system_secret) as client:
        assert client.get("/workspaces").status_code == 401


def test_companies_are_isolated(emulator: Emulator, company: TestCompany) -> None:
    stranger = emulator.create_test_company()
    with client_for(emulator, company.admin_key) as client:
        response = client.get(f"/workspaces/{stranger.workspace.key}")
        assert response.status_code == 404
        assert response.json()["errors"][0]["code"] == "WORKSPACE_NOT_FOUND"
        keys = [item["key"] for item in client.get("/workspaces").json()["items"]]
    assert keys == [company.workspace.key]
