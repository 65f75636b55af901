"""Audit: every workspace operation of workspaces.md, as the reference states it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, cast

import pytest

from ._audit_wire import Caller, items_of, ok_json, single_error
from ._official import (
    OFFICIAL_ERROR,
    OfficialClient,
    OfficialWorkspace,
    error_codes,
    official_client,
)
from .conftest import Company

WORKSPACE_KEYS = {"id", "name", "key", "secretKey", "isTest", "isActive", "isDefault"}


def _names(workspaces: Iterable[OfficialWorkspace]) -> list[str]:
    return [w.name for w in workspaces]


def _fresh(server_url: str, company: Company) -> OfficialClient:
    # The official active/inactive Listers keep query parameters between calls.
    return official_client(server_url, company.admin_key)


def test_create_answers_the_whole_workspace(caller: Caller) -> None:
    created = ok_json(caller.post("/workspaces", '{"name": "a workspace"}'))
    assert set(created) >= WORKSPACE_KEYS
    assert type(created["id"]) is int
    assert created["id"] != 0
    assert created["name"] == "a workspace"
    assert isinstance(created["key"], str)
    assert created["key"]
    assert isinstance(created["secretKey"], str)
    assert created["secretKey"]
    assert created["key"] != created["secretKey"]
    assert (created["isTest"], created["isActive"], created["isDefault"]) == (False, True, False)


def test_is_test_is_stored(client: OfficialClient, caller: Caller) -> None:
    assert client.workspaces.create("test ws", True).is_test is True
    assert client.workspaces.create("prod ws", False).is_test is False
    assert client.workspaces.create("default ws").is_test is False
    explicit = ok_json(caller.post("/workspaces", '{"name": "js style", "isTest": true}'))
    assert explicit["isTest"] is True


def test_names_may_hold_any_characters(client: OfficialClient) -> None:
    name = "Zaal ä / é & 'quotes' <tags> 中文"
    created = client.workspaces.create(name)
    assert client.workspaces.retrieve(created.key).name == name
    assert [w.key for w in client.workspaces.list(filter="ä / é")] == [created.key]


def test_retrieve_answers_the_whole_workspace(caller: Caller, company: Company) -> None:
    retrieved = caller.json(f"/workspaces/{company.workspace_key}")
    assert set(retrieved) >= WORKSPACE_KEYS
    assert (retrieved["key"], retrieved["name"], retrieved["isDefault"]) == (
        company.workspace_key,
        "Production workspace",
        True,
    )
    assert retrieved["secretKey"] == company.workspace_secret_key


def test_a_deactivated_workspace_is_still_retrievable(client: OfficialClient) -> None:
    workspace = client.workspaces.create("ws")
    client.workspaces.deactivate(workspace.key)
    retrieved = client.workspaces.retrieve(workspace.key)
    assert (retrieved.key, retrieved.is_active, retrieved.secret_key) == (
        workspace.key,
        False,
        workspace.secret_key,
    )


def test_update_changes_only_the_name(client: OfficialClient) -> None:
    workspace = client.workspaces.create("my workspace", True)
    client.workspaces.update(workspace.key, "my ws")
    retrieved = client.workspaces.retrieve(workspace.key)
    assert (retrieved.id, retrieved.name, retrieved.key, retrieved.secret_key) == (
        workspace.id,
        "my ws",
        workspace.key,
        workspace.secret_key,
    )
    assert (retrieved.is_test, retrieved.is_active, retrieved.is_default) == (True, True, False)


def test_list_is_newest_first_with_the_production_workspace_last(client: OfficialClient) -> None:
    created = [client.workspaces.create(name) for name in ("ws1", "ws2", "ws3")]
    listed = list(client.workspaces.list())
    assert [w.key for w in listed[:3]] == [w.key for w in reversed(created)]
    assert listed[3].name == "Production workspace"
    assert len(listed) == 4


def test_filter_is_a_substring_of_the_name(client: OfficialClient) -> None:
    for name in ("someWorkspace", "anotherWorkspace", "anotherAnotherWorkspace"):
        client.workspaces.create(name)
    assert _names(client.workspaces.list(filter="another")) == [
        "anotherAnotherWorkspace",
        "anotherWorkspace",
    ]
    assert _names(client.workspaces.list(filter="eWork")) == ["someWorkspace"]
    assert _names(client.workspaces.list(filter="nothing matches")) == []


def test_filter_also_matches_the_public_key(client: OfficialClient) -> None:
    workspace = client.workspaces.create("named")
    client.workspaces.create("unrelated")
    assert [w.key for w in client.workspaces.list(filter=workspace.key)] == [workspace.key]


def test_active_and_inactive_lists(server_url: str, company: Company) -> None:
    setup = _fresh(server_url, company).workspaces
    ws1, ws2, ws3 = (setup.create(name) for name in ("ws1", "ws2", "ws3"))
    setup.deactivate(ws2.key)
    active = list(_fresh(server_url, company).workspaces.active.list())
    assert [w.key for w in active] == [ws3.key, ws1.key, company.workspace_key]
    assert all(w.is_active for w in active)
    inactive = list(_fresh(server_url, company).workspaces.inactive.list())
    assert [(w.key, w.is_active) for w in inactive] == [(ws2.key, False)]
    everything = list(_fresh(server_url, company).workspaces.list())
    assert [w.key for w in everything] == [ws3.key, ws2.key, ws1.key, company.workspace_key]


def test_filters_combine_with_active_and_inactive(server_url: str, company: Company) -> None:
    setup = _fresh(server_url, company).workspaces
    match_active, match_inactive = setup.create("match a"), setup.create("match b")
    setup.create("other")
    setup.deactivate(match_inactive.key)
    active = _fresh(server_url, company).workspaces.active.list(filter="match")
    assert [w.key for w in active] == [match_active.key]
    inactive = _fresh(server_url, company).workspaces.inactive.list(filter="match")
    assert [w.key for w in inactive] == [match_inactive.key]
    none = _fresh(server_url, company).workspaces.inactive.first_page(filter="other")
    assert list(none.items) == []


def test_activate_and_deactivate_show_on_retrieve(client: OfficialClient) -> None:
    workspace = client.workspaces.create("ws")
    client.workspaces.deactivate(workspace.key)
    assert client.workspaces.retrieve(workspace.key).is_active is False
    client.workspaces.activate(workspace.key)
    assert client.workspaces.retrieve(workspace.key).is_active is True


def test_delete_removes_the_workspace_everywhere(server_url: str, company: Company) -> None:
    workspaces = _fresh(server_url, company).workspaces
    workspace = workspaces.create("doomed")
    workspaces.deactivate(workspace.key)
    workspaces.delete(workspace.key)
    with pytest.raises(OFFICIAL_ERROR) as caught:
        workspaces.retrieve(workspace.key)
    assert error_codes(caught.value) == ["WORKSPACE_NOT_FOUND"]
    assert [w.key for w in workspaces.list()] == [company.workspace_key]
    assert list(_fresh(server_url, company).workspaces.inactive.list()) == []


def test_set_default_moves_the_flag(client: OfficialClient, company: Company) -> None:
    workspace = client.workspaces.create("ws")
    client.workspaces.set_default(workspace.key)
    assert client.workspaces.retrieve(workspace.key).is_default is True
    assert client.workspaces.retrieve(company.workspace_key).is_default is False
    assert [w.key for w in client.workspaces.list() if w.is_default] == [workspace.key]


def test_regenerate_secret_key_changes_only_the_secret(
    client: OfficialClient, caller: Caller
) -> None:
    workspace = client.workspaces.create("ws")
    response = caller.post(f"/workspaces/{workspace.key}/actions/regenerate-secret-key")
    assert response.status_code == 200
    body = ok_json(response)
    assert set(body) == {"secretKey"}
    new_secret = body["secretKey"]
    assert isinstance(new_secret, str)
    assert new_secret != workspace.secret_key
    retrieved = client.workspaces.retrieve(workspace.key)
    assert (retrieved.key, retrieved.secret_key) == (workspace.key, new_secret)
    assert client.workspaces.regenerate_secret_key(workspace.key) not in (
        new_secret,
        workspace.secret_key,
    )


def test_the_documented_page_example(client: OfficialClient) -> None:
    created = [client.workspaces.create(name) for name in ("16", "17", "18", "19", "20")]
    ids = {w.name: w.id for w in created}

    first = client.workspaces.list_first_page(page_size=2)
    assert _names(first.items) == ["20", "19"]
    assert (first.next_page_starts_after, first.previous_page_ends_before) == (ids["19"], None)
    after = client.workspaces.list_page_after(ids["19"], page_size=2)
    assert _names(after.items) == ["18", "17"]
    assert (after.next_page_starts_after, after.previous_page_ends_before) == (
        ids["17"],
        ids["18"],
    )
    before = client.workspaces.list_page_before(ids["18"], page_size=2)
    assert _names(before.items) == ["20", "19"]
    assert before.previous_page_ends_before is None
    one = client.workspaces.list_page_after(ids["19"], page_size=1)
    assert (one.next_page_starts_after, one.previous_page_ends_before) == (ids["18"], ids["18"])


def test_workspace_cursors_are_json_strings(caller: Caller, client: OfficialClient) -> None:
    newest = client.workspaces.create("newest")
    page = caller.json("/workspaces", query=[("limit", 1)])
    assert set(page) == {"items", "next_page_starts_after"}
    assert page["next_page_starts_after"] == str(newest.id)
    assert [item["key"] for item in items_of(page)] == [newest.key]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/workspaces/{key}"),
        ("POST", "/workspaces/{key}"),
        ("DELETE", "/workspaces/{key}"),
        ("POST", "/workspaces/{key}/actions/activate"),
        ("POST", "/workspaces/{key}/actions/deactivate"),
        ("POST", "/workspaces/{key}/actions/regenerate-secret-key"),
        ("POST", "/workspaces/actions/set-default/{key}"),
    ],
)
def test_an_unknown_workspace_is_404_workspace_not_found(
    caller: Caller, method: str, path: str
) -> None:
    response = caller.send(method, path.format(key="no-such-workspace"), '{"name": "x"}')
    assert single_error(response, 404)["code"] == "WORKSPACE_NOT_FOUND"


@pytest.mark.parametrize(
    "body", ["null", "{}", '{"name": 5}', '{"name": null}', '{"name": "x", "isTest": "yes"}']
)
def test_create_without_a_valid_name_is_400(caller: Caller, body: str) -> None:
    single_error(caller.post("/workspaces", body), 400)


@pytest.mark.parametrize("body", ["null", "{}", '{"name": ["x"]}'])
def test_update_without_a_valid_name_is_400(
    caller: Caller, client: OfficialClient, body: str
) -> None:
    workspace = client.workspaces.create("unchanged")
    single_error(caller.post(f"/workspaces/{workspace.key}", body), 400)
    assert client.workspaces.retrieve(workspace.key).name == "unchanged"


class _SecretKeys(Protocol):
    """`client.workspaces` of official clients newer than the reference (83.21)."""

    def add_secret_key(self, key: str) -> str: ...
    def remove_secret_key(self, key: str, secret_key_to_remove: str) -> None: ...


def test_the_official_clients_secret_key_management(
    server_url: str, client: OfficialClient
) -> None:
    secret_keys = cast("_SecretKeys", client.workspaces)  # untyped library
    workspace = client.workspaces.create("ws")
    added = secret_keys.add_secret_key(workspace.key)
    assert added != workspace.secret_key
    for secret in (workspace.secret_key, added):
        assert Caller(server_url, secret).get("/charts").status_code == 200
    secret_keys.remove_secret_key(workspace.key, workspace.secret_key)
    assert Caller(server_url, workspace.secret_key).get("/charts").status_code == 401
    assert client.workspaces.retrieve(workspace.key).secret_key == added
