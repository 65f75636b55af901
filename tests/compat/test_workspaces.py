"""Workspaces driven by the official client: every operation of workspaces.md."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from ._official import (
    OFFICIAL_ERROR,
    OfficialClient,
    OfficialWorkspace,
    error_codes,
    official_client,
    official_error,
)
from .conftest import Company


def _names(items: Sequence[OfficialWorkspace]) -> list[str]:
    return [workspace.name for workspace in items]


def test_create(client: OfficialClient) -> None:
    workspace = client.workspaces.create("a workspace")
    assert workspace.id != 0
    assert workspace.name == "a workspace"
    assert workspace.key
    assert workspace.secret_key
    assert workspace.is_test is False
    assert workspace.is_active is True
    assert workspace.is_default is False


def test_create_test_workspace(client: OfficialClient) -> None:
    assert client.workspaces.create("a workspace", True).is_test is True
    assert client.workspaces.create("another", False).is_test is False


def test_retrieve(client: OfficialClient) -> None:
    created = client.workspaces.create("a workspace")
    retrieved = client.workspaces.retrieve(created.key)
    assert (retrieved.id, retrieved.name, retrieved.key, retrieved.secret_key) == (
        created.id,
        created.name,
        created.key,
        created.secret_key,
    )
    assert retrieved.is_active


def test_update(client: OfficialClient) -> None:
    created = client.workspaces.create("my workspace")
    client.workspaces.update(created.key, "my ws")
    retrieved = client.workspaces.retrieve(created.key)
    assert retrieved.name == "my ws"
    assert retrieved.key == created.key
    assert retrieved.secret_key == created.secret_key
    assert retrieved.is_test is False


def test_list_all(client: OfficialClient) -> None:
    for name in ("ws1", "ws2", "ws3"):
        client.workspaces.create(name)
    assert [w.name for w in client.workspaces.list()] == [
        "ws3",
        "ws2",
        "ws1",
        "Production workspace",
    ]


def test_list_with_filter(client: OfficialClient) -> None:
    for name in ("someWorkspace", "anotherWorkspace", "anotherAnotherWorkspace"):
        client.workspaces.create(name)
    assert [w.name for w in client.workspaces.list(filter="another")] == [
        "anotherAnotherWorkspace",
        "anotherWorkspace",
    ]


def test_list_first_page_and_the_pages_after_and_before(client: OfficialClient) -> None:
    created = [client.workspaces.create(f"ws{n}") for n in range(5)]
    newest_first = [w.id for w in reversed(created)]

    first = client.workspaces.list_first_page(page_size=2)
    assert [w.id for w in first.items] == newest_first[:2]
    assert first.next_page_starts_after == newest_first[1]
    assert first.previous_page_ends_before is None

    assert first.next_page_starts_after is not None
    second = client.workspaces.list_page_after(first.next_page_starts_after, page_size=2)
    assert [w.id for w in second.items] == newest_first[2:4]
    assert second.next_page_starts_after == newest_first[3]
    assert second.previous_page_ends_before == newest_first[2]

    assert second.previous_page_ends_before is not None
    back = client.workspaces.list_page_before(second.previous_page_ends_before, page_size=2)
    assert [w.id for w in back.items] == newest_first[:2]
    assert back.previous_page_ends_before is None


def test_pages_follow_the_filter(client: OfficialClient) -> None:
    for name in ("match 1", "other", "match 2", "match 3"):
        client.workspaces.create(name)
    page = client.workspaces.list_first_page(page_size=2, filter="match")
    assert _names(page.items) == ["match 3", "match 2"]
    assert page.next_page_starts_after is not None
    after = client.workspaces.list_page_after(page.next_page_starts_after, 2, "match")
    assert _names(after.items) == ["match 1"]
    assert after.next_page_starts_after is None


def test_active_and_inactive_listers(server_url: str, company: Company) -> None:
    setup = official_client(server_url, company.admin_key)
    ws1, ws2, ws3 = (setup.workspaces.create(name) for name in ("ws1", "ws2", "ws3"))
    setup.workspaces.deactivate(ws2.key)

    # The official Listers keep query parameters between calls: a fresh client per call.
    def fresh() -> OfficialClient:
        return official_client(server_url, company.admin_key)

    assert [w.name for w in fresh().workspaces.active.list()] == [
        "ws3",
        "ws1",
        "Production workspace",
    ]
    assert [w.key for w in fresh().workspaces.inactive.list()] == [ws2.key]
    active_page = fresh().workspaces.active.first_page(page_size=1)
    assert [w.key for w in active_page.items] == [ws3.key]
    assert active_page.next_page_starts_after == ws3.id
    after = fresh().workspaces.active.page_after(ws3.id, page_size=1)
    assert [w.key for w in after.items] == [ws1.key]
    before = fresh().workspaces.active.page_before(ws1.id, page_size=5)
    assert [w.key for w in before.items] == [ws3.key]
    assert _names(fresh().workspaces.inactive.first_page(filter="ws").items) == ["ws2"]
    assert fresh().workspaces.inactive.first_page(filter="ws1").items == []
    assert _names(fresh().workspaces.active.first_page(filter="ws1").items) == ["ws1"]


def test_activate_and_deactivate(client: OfficialClient) -> None:
    workspace = client.workspaces.create("my workspace")
    client.workspaces.deactivate(workspace.key)
    assert client.workspaces.retrieve(workspace.key).is_active is False
    client.workspaces.activate(workspace.key)
    assert client.workspaces.retrieve(workspace.key).is_active is True


def test_delete(client: OfficialClient) -> None:
    workspace = client.workspaces.create("my workspace")
    client.workspaces.deactivate(workspace.key)
    client.workspaces.delete(workspace.key)
    with pytest.raises(OFFICIAL_ERROR) as caught:
        client.workspaces.retrieve(workspace.key)
    assert error_codes(caught.value) == ["WORKSPACE_NOT_FOUND"]
    assert official_error(caught.value).requestId


def test_set_default(client: OfficialClient, company: Company) -> None:
    workspace = client.workspaces.create("my workspace")
    client.workspaces.set_default(workspace.key)
    assert client.workspaces.retrieve(workspace.key).is_default is True
    assert client.workspaces.retrieve(company.workspace_key).is_default is False


def test_regenerate_secret_key(server_url: str, client: OfficialClient) -> None:
    workspace = client.workspaces.create("my workspace")
    new_secret = client.workspaces.regenerate_secret_key(workspace.key)
    assert new_secret
    assert new_secret != workspace.secret_key
    assert client.workspaces.retrieve(workspace.key).secret_key == new_secret


def test_admin_key_with_workspace_key_can_manage_workspaces(
    server_url: str, company: Company
) -> None:
    other = official_client(server_url, company.admin_key).workspaces.create("other")
    scoped = official_client(server_url, company.admin_key, other.key)
    assert scoped.workspaces.retrieve(other.key).name == "other"


def test_workspace_secret_key_cannot_manage_workspaces(server_url: str, company: Company) -> None:
    workspace_client = official_client(server_url, company.workspace_secret_key)
    with pytest.raises(OFFICIAL_ERROR) as caught:
        workspace_client.workspaces.create("nope")
    error = official_error(caught.value)
    assert error.errors is None
    assert error.message.startswith("Error while executing POST ")


def test_unknown_key_is_an_error_without_body(server_url: str) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        list(official_client(server_url, "unknown").workspaces.list())
    assert official_error(caught.value).requestId is None


def test_error_message_is_built_from_the_error_body(client: OfficialClient) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        client.workspaces.retrieve("no-such-workspace")
    assert official_error(caught.value).message == "Workspace not found: no-such-workspace."
