"""workspaces.*: update, retrieve, the three lists, (de)activation, delete, the default one and
secret keys, end to end on the emulator with both clients."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    AuthenticationException,
    ForSaleMode,
    NotFoundException,
    PermissionDeniedException,
    SeatsioException,
    Workspace,
)
from seatsio_typed.testing import TestCompany
from tests.integration.conftest import Connector
from tests.unit.support import Sdk

DEFAULT_NAME = "Production workspace"


async def _create(sdk: Sdk, name: str) -> Workspace:
    return await sdk.call(lambda c: c.workspaces.create(name))


async def _names(sdk: Sdk, which: str, filter: str | None = None) -> list[str]:
    if which == "all":
        listed = await sdk.collect(lambda c: c.workspaces.list(filter))
    elif which == "active":
        listed = await sdk.collect(lambda c: c.workspaces.active.list(filter))
    else:
        listed = await sdk.collect(lambda c: c.workspaces.inactive.list(filter))
    return [workspace.name for workspace in listed]


async def test_update_renames_and_retrieve_reads_it_back(sdk: Sdk) -> None:
    created = await sdk.call(
        lambda c: c.workspaces.create("Box office", True, ForSaleMode.RATE_LIMITED)
    )
    await sdk.call(
        lambda c: c.workspaces.update(created.key, "Front desk", ForSaleMode.UNLIMITED_BILLABLE)
    )
    retrieved = await sdk.call(lambda c: c.workspaces.retrieve(created.key))
    assert (retrieved.key, retrieved.name, retrieved.is_test) == (created.key, "Front desk", True)
    assert retrieved.secret_key == created.secret_key
    assert retrieved.secret_key not in repr(retrieved)


async def test_retrieve_of_an_unknown_workspace_is_not_found(sdk: Sdk) -> None:
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.workspaces.retrieve("no-such-workspace"))


async def test_deactivation_moves_a_workspace_between_the_lists(sdk: Sdk) -> None:
    await _create(sdk, "Summer stage")
    winter = await _create(sdk, "Winter stage")
    await sdk.call(lambda c: c.workspaces.deactivate(winter.key))

    assert await _names(sdk, "all") == ["Winter stage", "Summer stage", DEFAULT_NAME]
    assert await _names(sdk, "active") == ["Summer stage", DEFAULT_NAME]
    assert await _names(sdk, "inactive") == ["Winter stage"]
    assert await _names(sdk, "all", "stage") == ["Winter stage", "Summer stage"]
    assert not (await sdk.call(lambda c: c.workspaces.retrieve(winter.key))).is_active

    await sdk.call(lambda c: c.workspaces.activate(winter.key))
    assert await _names(sdk, "inactive") == []
    assert (await sdk.call(lambda c: c.workspaces.retrieve(winter.key))).is_active


async def test_the_lists_page_with_cursors(sdk: Sdk) -> None:
    for number in range(4):
        await _create(sdk, f"Stage {number}")
    first = await sdk.call(lambda c: c.workspaces.list_first_page(2, "stage"))
    assert [ws.name for ws in first.items] == ["Stage 3", "Stage 2"]
    after = first.next_page_starts_after
    assert after is not None
    second = await sdk.call(lambda c: c.workspaces.list_page_after(after, 2, "stage"))
    assert [ws.name for ws in second.items] == ["Stage 1", "Stage 0"]
    before = second.previous_page_ends_before
    assert before is not None
    back = await sdk.call(lambda c: c.workspaces.list_page_before(before, 2))
    assert [ws.name for ws in back.items] == ["Stage 3", "Stage 2"]

    active = await sdk.call(lambda c: c.workspaces.active.first_page(1))
    assert [ws.name for ws in active.items] == ["Stage 3"]
    cursor = active.next_page_starts_after
    assert cursor is not None
    next_active = await sdk.call(lambda c: c.workspaces.active.page_after(cursor, 1))
    assert [ws.name for ws in next_active.items] == ["Stage 2"]
    previous = next_active.previous_page_ends_before
    assert previous is not None
    back_active = await sdk.call(lambda c: c.workspaces.active.page_before(previous))
    assert [ws.name for ws in back_active.items] == ["Stage 3"]
    inactive = await sdk.call(lambda c: c.workspaces.inactive.first_page())
    assert inactive.items == []


async def test_a_deactivated_workspace_can_be_deleted(sdk: Sdk) -> None:
    workspace = await _create(sdk, "Temporary")
    await sdk.call(lambda c: c.workspaces.deactivate(workspace.key))
    await sdk.call(lambda c: c.workspaces.delete(workspace.key))
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.workspaces.retrieve(workspace.key))
    assert await _names(sdk, "all") == [DEFAULT_NAME]


async def test_deleting_an_active_workspace_is_refused(sdk: Sdk) -> None:
    # Deletion follows deactivation (workspaces.md §3.6); the status is the emulator's choice.
    workspace = await _create(sdk, "Still active")
    with pytest.raises(SeatsioException):
        await sdk.call(lambda c: c.workspaces.delete(workspace.key))
    assert (await sdk.call(lambda c: c.workspaces.retrieve(workspace.key))).is_active


async def test_set_default_redirects_admin_calls_without_a_workspace(
    sdk: Sdk, connect: Connector, company: TestCompany
) -> None:
    workspace = await _create(sdk, "New home")
    await sdk.call(lambda c: c.workspaces.set_default(workspace.key))

    assert (await sdk.call(lambda c: c.workspaces.retrieve(workspace.key))).is_default
    old = await sdk.call(lambda c: c.workspaces.retrieve(company.workspace.key))
    assert not old.is_default
    chart = await sdk.call(lambda c: c.charts.create(name="Lands in the new default"))
    inside = connect(workspace.secret_key)
    assert (await inside.call(lambda c: c.charts.retrieve(chart.key))).key == chart.key


async def test_a_regenerated_secret_key_replaces_the_old_one(sdk: Sdk, connect: Connector) -> None:
    workspace = await _create(sdk, "Rotating")
    new_secret = await sdk.call(lambda c: c.workspaces.regenerate_secret_key(workspace.key))
    assert new_secret != workspace.secret_key
    assert (await sdk.call(lambda c: c.workspaces.retrieve(workspace.key))).secret_key == (
        new_secret
    )
    await connect(new_secret).call(lambda c: c.charts.create())
    with pytest.raises(AuthenticationException):
        await connect(workspace.secret_key).call(lambda c: c.charts.create())


async def test_an_added_secret_key_works_beside_the_old_one_until_removed(
    sdk: Sdk, connect: Connector
) -> None:
    workspace = await _create(sdk, "Two keys")
    added = await sdk.call(lambda c: c.workspaces.add_secret_key(workspace.key))
    assert added != workspace.secret_key
    chart = await connect(added).call(lambda c: c.charts.create(name="Made with the new key"))
    old = connect(workspace.secret_key)
    assert (await old.call(lambda c: c.charts.retrieve(chart.key))).key == chart.key

    await sdk.call(lambda c: c.workspaces.remove_secret_key(workspace.key, workspace.secret_key))
    with pytest.raises(AuthenticationException):
        await connect(workspace.secret_key).call(lambda c: c.charts.retrieve(chart.key))
    assert (await connect(added).call(lambda c: c.charts.retrieve(chart.key))).key == chart.key


async def test_removing_a_key_the_workspace_lacks_is_refused(sdk: Sdk) -> None:
    workspace = await _create(sdk, "One key")
    with pytest.raises(SeatsioException) as raised:
        await sdk.call(lambda c: c.workspaces.remove_secret_key(workspace.key, "not-a-key"))
    assert "not-a-key" not in str(raised.value)


async def test_a_workspace_secret_key_cannot_manage_workspaces(
    sdk: Sdk, connect: Connector
) -> None:
    workspace = await _create(sdk, "Own")
    own = connect(workspace.secret_key)
    with pytest.raises(PermissionDeniedException):
        await own.call(lambda c: c.workspaces.regenerate_secret_key(workspace.key))
    with pytest.raises(PermissionDeniedException):
        await own.collect(lambda c: c.workspaces.active.list())
