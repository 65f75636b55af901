"""Every workspace operation of workspaces.md, with its state rules and error cases."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from .conftest import client_for

WORKSPACE_KEYS = {
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


def _create(admin: httpx.Client, name: str, **extra: object) -> dict[str, object]:
    response = admin.post("/workspaces", json={"name": name, **extra})
    assert response.status_code == 200
    body: dict[str, object] = response.json()
    return body


def _code(response: httpx.Response) -> str:
    code: str = response.json()["errors"][0]["code"]
    return code


def _names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200
    return [item["name"] for item in response.json()["items"]]


def test_create_returns_a_new_active_production_workspace(
    admin: httpx.Client, company: TestCompany
) -> None:
    created = _create(admin, "a workspace")
    assert set(created) == WORKSPACE_KEYS
    assert created["name"] == "a workspace"
    assert created["isActive"] is True
    assert created["isTest"] is False
    assert created["isDefault"] is False
    assert isinstance(created["id"], int)
    assert created["id"] > company.workspace.id
    assert created["key"] != created["secretKey"]
    assert created["key"] != company.workspace.key


def test_create_test_workspace(admin: httpx.Client) -> None:
    assert _create(admin, "t", isTest=True)["isTest"] is True
    assert _create(admin, "p", isTest=False)["isTest"] is False


def test_create_accepts_for_sale_mode_from_newer_clients(admin: httpx.Client) -> None:
    assert _create(admin, "x", forSaleMode="SOMETHING")["name"] == "x"


def test_for_sale_mode_defaults_to_rate_limited_and_follows_create_and_update(
    admin: httpx.Client,
) -> None:
    assert _create(admin, "x")["forSaleMode"] == "RATE_LIMITED"
    created = _create(admin, "y", forSaleMode="UNLIMITED_BILLABLE")
    assert created["forSaleMode"] == "UNLIMITED_BILLABLE"
    key = created["key"]

    assert admin.post(f"/workspaces/{key}", json={"name": "y"}).status_code == 204
    assert admin.get(f"/workspaces/{key}").json()["forSaleMode"] == "UNLIMITED_BILLABLE"
    body = {"name": "y", "forSaleMode": "RATE_LIMITED"}
    assert admin.post(f"/workspaces/{key}", json=body).status_code == 204
    assert admin.get(f"/workspaces/{key}").json()["forSaleMode"] == "RATE_LIMITED"
    wrong = admin.post(f"/workspaces/{key}", json={"name": "y", "forSaleMode": 3})
    assert wrong.status_code == 400


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{}", "#: required key [name] not found"),
        (b"null", "#: required key [name] not found"),
        (b'{"name": 3}', "#/name: expected type: String, found: Integer"),
        (b'{"name": "n", "isTest": "yes"}', "#/isTest: expected type: Boolean, found: String"),
        (b'"name"', "#: expected type: JSONObject, found: String"),
    ],
)
def test_create_rejects_bad_bodies(admin: httpx.Client, body: bytes, message: str) -> None:
    response = admin.post("/workspaces", content=body)
    assert response.status_code == 400
    assert response.json()["messages"] == [message]


def test_retrieve(admin: httpx.Client, company: TestCompany) -> None:
    created = _create(admin, "r")
    assert admin.get(f"/workspaces/{created['key']}").json() == created
    default = admin.get(f"/workspaces/{company.workspace.key}").json()
    assert default["name"] == "Production workspace"
    assert default["isDefault"] is True
    assert default["secretKey"] == company.workspace.secret_key


def test_retrieve_unknown_is_404_workspace_not_found(admin: httpx.Client) -> None:
    response = admin.get("/workspaces/nope")
    assert response.status_code == 404
    assert _code(response) == "WORKSPACE_NOT_FOUND"


def test_update_renames_and_keeps_the_rest(admin: httpx.Client) -> None:
    created = _create(admin, "before")
    response = admin.post(f"/workspaces/{created['key']}", json={"name": "after"})
    assert (response.status_code, response.content) == (204, b"")
    assert admin.get(f"/workspaces/{created['key']}").json() == {**created, "name": "after"}


def test_update_needs_a_name_and_an_existing_workspace(admin: httpx.Client) -> None:
    created = _create(admin, "x")
    assert admin.post(f"/workspaces/{created['key']}", content=b"null").status_code == 400
    assert _code(admin.post("/workspaces/nope", json={"name": "y"})) == "WORKSPACE_NOT_FOUND"


def test_list_is_newest_first_and_includes_inactive(admin: httpx.Client) -> None:
    first, second = _create(admin, "one"), _create(admin, "two")
    admin.post(f"/workspaces/{first['key']}/actions/deactivate")
    assert _names(admin.get("/workspaces")) == ["two", "one", "Production workspace"]
    assert int(str(second["id"])) > int(str(first["id"]))


def test_active_and_inactive_lists(admin: httpx.Client) -> None:
    one, _two = _create(admin, "one"), _create(admin, "two")
    admin.post(f"/workspaces/{one['key']}/actions/deactivate")
    assert _names(admin.get("/workspaces/active")) == ["two", "Production workspace"]
    assert _names(admin.get("/workspaces/inactive")) == ["one"]


def test_filter_matches_name_substring_and_combines_with_status(admin: httpx.Client) -> None:
    created = {
        name: _create(admin, name)
        for name in ("someWorkspace", "anotherWorkspace", "anotherAnotherWorkspace")
    }
    another = ["anotherAnotherWorkspace", "anotherWorkspace"]
    assert _names(admin.get("/workspaces", params={"filter": "another"})) == another
    assert _names(admin.get("/workspaces", params={"filter": "ANOTHER"})) == another
    admin.post(f"/workspaces/{created['anotherWorkspace']['key']}/actions/deactivate")
    assert _names(admin.get("/workspaces/active", params={"filter": "another"})) == [
        "anotherAnotherWorkspace"
    ]
    assert _names(admin.get("/workspaces/inactive", params={"filter": "another"})) == [
        "anotherWorkspace"
    ]


def test_filter_matches_the_public_key(admin: httpx.Client) -> None:
    created = _create(admin, "by key")
    assert _names(admin.get("/workspaces", params={"filter": str(created["key"])})) == ["by key"]


def test_filter_given_twice_is_400(admin: httpx.Client) -> None:
    assert admin.get("/workspaces?filter=a&filter=b").status_code == 400


def test_list_pages_with_cursors(admin: httpx.Client) -> None:
    ids = [int(str(_create(admin, f"w{n}")["id"])) for n in range(4)]
    newest_first = sorted(ids, reverse=True)
    first = admin.get("/workspaces", params={"limit": 2}).json()
    assert [item["id"] for item in first["items"]] == newest_first[:2]
    assert first["next_page_starts_after"] == str(newest_first[1])
    assert "previous_page_ends_before" not in first
    second = admin.get(
        "/workspaces", params={"limit": 2, "start_after_id": first["next_page_starts_after"]}
    ).json()
    assert [item["id"] for item in second["items"]] == newest_first[2:4]
    assert second["previous_page_ends_before"] == str(newest_first[2])
    back = admin.get(
        "/workspaces", params={"limit": 2, "end_before_id": second["previous_page_ends_before"]}
    ).json()
    assert back["items"] == first["items"]
    both = admin.get("/workspaces?start_after_id=1&end_before_id=2")
    assert both.status_code == 400


def test_deactivate_and_activate(admin: httpx.Client) -> None:
    created = _create(admin, "x")
    key = created["key"]
    assert admin.post(f"/workspaces/{key}/actions/deactivate").status_code == 204
    assert admin.get(f"/workspaces/{key}").json()["isActive"] is False
    assert admin.post(f"/workspaces/{key}/actions/deactivate").status_code == 204
    assert admin.post(f"/workspaces/{key}/actions/activate").status_code == 204
    assert admin.get(f"/workspaces/{key}").json()["isActive"] is True


def test_default_workspace_cannot_be_deactivated(admin: httpx.Client, company: TestCompany) -> None:
    response = admin.post(f"/workspaces/{company.workspace.key}/actions/deactivate")
    assert response.status_code == 400
    assert admin.get(f"/workspaces/{company.workspace.key}").json()["isActive"] is True


def test_actions_on_unknown_workspaces_are_404(admin: httpx.Client) -> None:
    for path in (
        "/workspaces/nope/actions/activate",
        "/workspaces/nope/actions/deactivate",
        "/workspaces/nope/actions/regenerate-secret-key",
        "/workspaces/actions/set-default/nope",
    ):
        response = admin.post(path)
        assert response.status_code == 404, path
        assert _code(response) == "WORKSPACE_NOT_FOUND"
    assert _code(admin.delete("/workspaces/nope")) == "WORKSPACE_NOT_FOUND"


def test_delete_only_after_deactivation(admin: httpx.Client) -> None:
    created = _create(admin, "doomed")
    key = created["key"]
    assert admin.delete(f"/workspaces/{key}").status_code == 400
    admin.post(f"/workspaces/{key}/actions/deactivate")
    assert admin.delete(f"/workspaces/{key}").status_code == 204
    gone = admin.get(f"/workspaces/{key}")
    assert gone.status_code == 404
    assert _code(gone) == "WORKSPACE_NOT_FOUND"
    assert "doomed" not in _names(admin.get("/workspaces"))
    assert "doomed" not in _names(admin.get("/workspaces/inactive"))


def test_set_default_moves_the_flag(admin: httpx.Client, company: TestCompany) -> None:
    created = _create(admin, "new default")
    response = admin.post(f"/workspaces/actions/set-default/{created['key']}", content=b"null")
    assert response.status_code == 204
    assert admin.get(f"/workspaces/{created['key']}").json()["isDefault"] is True
    assert admin.get(f"/workspaces/{company.workspace.key}").json()["isDefault"] is False
    flags = [item["isDefault"] for item in admin.get("/workspaces").json()["items"]]
    assert flags.count(True) == 1
    # The old default is an ordinary workspace now: it can be deactivated.
    deactivate = f"/workspaces/{company.workspace.key}/actions/deactivate"
    assert admin.post(deactivate).status_code == 204


def test_inactive_workspace_cannot_become_default(admin: httpx.Client) -> None:
    created = _create(admin, "x")
    admin.post(f"/workspaces/{created['key']}/actions/deactivate")
    assert admin.post(f"/workspaces/actions/set-default/{created['key']}").status_code == 400
    assert admin.get(f"/workspaces/{created['key']}").json()["isDefault"] is False


def test_set_default_ignores_a_body(admin: httpx.Client) -> None:
    created = _create(admin, "x")
    path = f"/workspaces/actions/set-default/{created['key']}"
    assert admin.post(path, json={"key": created["key"]}).status_code == 204


def test_regenerate_secret_key(admin: httpx.Client) -> None:
    created = _create(admin, "x")
    response = admin.post(f"/workspaces/{created['key']}/actions/regenerate-secret-key")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"secretKey"}
    assert body["secretKey"] != created["secretKey"]
    retrieved = admin.get(f"/workspaces/{created['key']}").json()
    new = body["secretKey"]
    assert retrieved == {**created, "secretKey": new, "secretKeys": [new]}


def _charts_status(emulator: Emulator, secret: str) -> int:
    with client_for(emulator, secret) as client:
        return client.get("/charts").status_code


def test_added_secret_keys_work_next_to_the_primary_one(
    emulator: Emulator, admin: httpx.Client
) -> None:
    created = _create(admin, "x")
    key, primary = created["key"], str(created["secretKey"])
    response = admin.post(f"/workspaces/{key}/actions/add-secret-key")
    assert response.status_code == 200
    assert set(response.json()) == {"secretKey"}
    extra = str(response.json()["secretKey"])
    assert extra != primary
    assert (_charts_status(emulator, primary), _charts_status(emulator, extra)) == (200, 200)
    assert created["secretKeys"] == [primary]
    assert admin.get(f"/workspaces/{key}").json() == {**created, "secretKeys": [primary, extra]}

    regenerated = admin.post(f"/workspaces/{key}/actions/regenerate-secret-key").json()
    new_primary = str(regenerated["secretKey"])
    assert (_charts_status(emulator, primary), _charts_status(emulator, extra)) == (401, 200)
    retrieved = admin.get(f"/workspaces/{key}").json()
    assert (retrieved["secretKey"], retrieved["secretKeys"]) == (new_primary, [new_primary, extra])


def test_removed_secret_keys_stop_working(emulator: Emulator, admin: httpx.Client) -> None:
    created = _create(admin, "x")
    key, primary = created["key"], str(created["secretKey"])
    extra = str(admin.post(f"/workspaces/{key}/actions/add-secret-key").json()["secretKey"])
    path = f"/workspaces/{key}/actions/remove-secret-key"
    assert admin.post(path, json={"secretKey": primary}).status_code == 204
    assert (_charts_status(emulator, primary), _charts_status(emulator, extra)) == (401, 200)
    retrieved = admin.get(f"/workspaces/{key}").json()
    assert (retrieved["secretKey"], retrieved["secretKeys"]) == (extra, [extra])

    unknown = admin.post(path, json={"secretKey": primary})
    assert (unknown.status_code, _code(unknown)) == (404, "SECRET_KEY_NOT_FOUND")
    assert primary not in unknown.text
    last = admin.post(path, json={"secretKey": extra})
    assert (last.status_code, _code(last)) == (400, "LAST_SECRET_KEY")
    assert admin.post(path, json={}).status_code == 400
    assert _charts_status(emulator, extra) == 200


def test_every_secret_key_of_a_deleted_workspace_stops_working(
    emulator: Emulator, admin: httpx.Client
) -> None:
    created = _create(admin, "x")
    key = created["key"]
    extra = str(admin.post(f"/workspaces/{key}/actions/add-secret-key").json()["secretKey"])
    admin.post(f"/workspaces/{key}/actions/deactivate")
    assert admin.delete(f"/workspaces/{key}").status_code == 204
    assert _charts_status(emulator, str(created["secretKey"])) == 401
    assert _charts_status(emulator, extra) == 401
