"""Recorded: workspaces create, then act in the new workspace by public key and secret key."""

from __future__ import annotations

import pytest

from seatsio_typed import NotFoundException
from tests.cassette._recording import Recording

pytestmark = pytest.mark.vcr


async def test_create_a_workspace_and_act_in_it_with_the_admin_key(rec: Recording) -> None:
    admin = rec.sdk()
    workspace = await admin.call(lambda c: c.workspaces.create("Box office"))
    assert (workspace.name, workspace.is_active, workspace.is_default) == (
        "Box office",
        True,
        False,
    )
    assert workspace.key != rec.workspace_key
    assert workspace.secret_key

    inside = rec.sdk_with(rec.admin_key, workspace_key=workspace.key)
    chart = await inside.call(lambda c: c.charts.create(name="Side stage"))
    token = await inside.call(lambda c: c.hold_tokens.create())
    assert token.workspace_key == workspace.key
    assert [listed.key for listed in await inside.collect(lambda c: c.charts.list())] == [chart.key]
    with pytest.raises(NotFoundException):
        await admin.call(lambda c: c.charts.retrieve(chart.key))


async def test_create_a_workspace_and_act_in_it_with_its_secret_key(rec: Recording) -> None:
    admin = rec.sdk()
    workspace = await admin.call(lambda c: c.workspaces.create("Staging", is_test=True))
    assert workspace.is_test is True

    own = rec.sdk_with(workspace.secret_key)
    chart = await own.call(lambda c: c.charts.create(name="Rehearsal room"))
    token = await own.call(lambda c: c.hold_tokens.create())
    assert token.workspace_key == workspace.key
    assert (await own.call(lambda c: c.charts.retrieve(chart.key))).name == "Rehearsal room"
    with pytest.raises(NotFoundException):
        await admin.call(lambda c: c.charts.retrieve(chart.key))
