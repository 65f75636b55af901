"""Recorded: workspaces updated, listed in three lists and pages, (de)activated, deleted, made the
default, their secret keys rotated; a client copy acting in another workspace."""

from __future__ import annotations

import pytest

from seatsio_typed import AuthenticationException, ForSaleMode, NotFoundException
from tests.cassette._recording import Recording

pytestmark = pytest.mark.vcr

DEFAULT_NAME = "Production workspace"


async def test_workspaces_are_listed_paged_deactivated_and_deleted(rec: Recording) -> None:
    sdk = rec.sdk()
    created = await sdk.call(
        lambda c: c.workspaces.create("Stage 0", True, ForSaleMode.RATE_LIMITED)
    )
    await sdk.call(
        lambda c: c.workspaces.update(created.key, "Stage 0", ForSaleMode.UNLIMITED_BILLABLE)
    )
    for name in ("Stage 1", "Stage 2"):
        await sdk.call(lambda c, name=name: c.workspaces.create(name))  # type: ignore[misc]
    retrieved = await sdk.call(lambda c: c.workspaces.retrieve(created.key))
    assert (retrieved.name, retrieved.is_test) == ("Stage 0", True)

    first = await sdk.call(lambda c: c.workspaces.list_first_page(2, "stage"))
    assert [ws.name for ws in first.items] == ["Stage 2", "Stage 1"]
    after = first.next_page_starts_after
    assert after is not None
    second = await sdk.call(lambda c: c.workspaces.list_page_after(after, 2, "stage"))
    assert [ws.name for ws in second.items] == ["Stage 0"]
    before = second.previous_page_ends_before
    assert before is not None
    back = await sdk.call(lambda c: c.workspaces.list_page_before(before, 2))
    assert [ws.name for ws in back.items] == ["Stage 2", "Stage 1"]

    await sdk.call(lambda c: c.workspaces.deactivate(created.key))
    everything = await sdk.collect(lambda c: c.workspaces.list())
    assert [ws.name for ws in everything] == ["Stage 2", "Stage 1", "Stage 0", DEFAULT_NAME]
    active = await sdk.collect(lambda c: c.workspaces.active.list("stage"))
    assert [ws.name for ws in active] == ["Stage 2", "Stage 1"]
    inactive = await sdk.collect(lambda c: c.workspaces.inactive.list())
    assert [ws.name for ws in inactive] == ["Stage 0"]
    page = await sdk.call(lambda c: c.workspaces.active.first_page(1))
    cursor = page.next_page_starts_after
    assert cursor is not None
    next_page = await sdk.call(lambda c: c.workspaces.active.page_after(cursor, 1))
    assert [ws.name for ws in next_page.items] == ["Stage 1"]
    previous = next_page.previous_page_ends_before
    assert previous is not None
    back_active = await sdk.call(lambda c: c.workspaces.active.page_before(previous))
    assert [ws.name for ws in back_active.items] == ["Stage 2"]
    inactive_page = await sdk.call(lambda c: c.workspaces.inactive.first_page())
    inactive_cursor = inactive_page.items[0].id
    assert (await sdk.call(lambda c: c.workspaces.inactive.page_after(inactive_cursor))).items == []
    assert (
        await sdk.call(lambda c: c.workspaces.inactive.page_before(inactive_cursor))
    ).items == []

    await sdk.call(lambda c: c.workspaces.activate(created.key))
    assert (await sdk.call(lambda c: c.workspaces.retrieve(created.key))).is_active
    await sdk.call(lambda c: c.workspaces.deactivate(created.key))
    await sdk.call(lambda c: c.workspaces.delete(created.key))
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.workspaces.retrieve(created.key))


async def test_secret_keys_are_added_removed_and_regenerated(rec: Recording) -> None:
    sdk = rec.sdk()
    workspace = await sdk.call(lambda c: c.workspaces.create("Rotating"))
    added = await sdk.call(lambda c: c.workspaces.add_secret_key(workspace.key))
    assert added != workspace.secret_key
    chart = await rec.sdk_with(added).call(lambda c: c.charts.create(name="With the new key"))
    await sdk.call(lambda c: c.workspaces.remove_secret_key(workspace.key, workspace.secret_key))
    with pytest.raises(AuthenticationException):
        await rec.sdk_with(workspace.secret_key).call(lambda c: c.charts.retrieve(chart.key))

    regenerated = await sdk.call(lambda c: c.workspaces.regenerate_secret_key(workspace.key))
    assert regenerated != added
    assert (await sdk.call(lambda c: c.workspaces.retrieve(workspace.key))).secret_key == (
        regenerated
    )
    renamed = await rec.sdk_with(regenerated).call(lambda c: c.charts.retrieve(chart.key))
    assert renamed.name == "With the new key"


async def test_the_default_workspace_and_a_client_copy_in_another_workspace(
    rec: Recording,
) -> None:
    sdk = rec.sdk()
    workspace = await sdk.call(lambda c: c.workspaces.create("New home"))
    await sdk.call(lambda c: c.workspaces.set_default(workspace.key))
    assert (await sdk.call(lambda c: c.workspaces.retrieve(workspace.key))).is_default
    assert not (await sdk.call(lambda c: c.workspaces.retrieve(rec.workspace_key))).is_default

    chart = await sdk.call(
        lambda c: c.with_options(workspace_key=workspace.key).charts.create(name="Over there")
    )
    inside = rec.sdk_with(workspace.secret_key)
    assert (await inside.call(lambda c: c.charts.retrieve(chart.key))).name == "Over there"
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.retrieve(chart.key))
