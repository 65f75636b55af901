"""workspaces.create, and acting in the new workspace by its public key or its secret key."""

from __future__ import annotations

import pytest

from seatsio_typed import NotFoundException, PermissionDeniedException, Workspace
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.conftest import Connector
from tests.integration.support import venue_drawing
from tests.unit.support import Sdk


async def _new_workspace(sdk: Sdk, name: str = "Box office") -> Workspace:
    return await sdk.call(lambda c: c.workspaces.create(name))


async def test_create_a_workspace(sdk: Sdk, company: TestCompany) -> None:
    workspace = await _new_workspace(sdk)
    assert (workspace.name, workspace.is_active, workspace.is_default) == (
        "Box office",
        True,
        False,
    )
    assert workspace.is_test is False
    assert workspace.key != company.workspace.key
    assert workspace.secret_key
    assert workspace.secret_key not in repr(workspace)


async def test_create_a_test_workspace(sdk: Sdk) -> None:
    workspace = await sdk.call(lambda c: c.workspaces.create("Staging", is_test=True))
    assert workspace.is_test is True


async def test_the_admin_key_acts_in_a_workspace_named_by_its_public_key(
    sdk: Sdk, connect: Connector, company: TestCompany
) -> None:
    workspace = await _new_workspace(sdk)
    inside = connect(company.admin_key, workspace_key=workspace.key)
    chart = await inside.call(lambda c: c.charts.create(name="Side stage"))
    event = await inside.call(lambda c: c.events.create(chart.key))
    token = await inside.call(lambda c: c.hold_tokens.create())
    assert token.workspace_key == workspace.key

    charts_inside = await inside.collect(lambda c: c.charts.list())
    assert [listed.key for listed in charts_inside] == [chart.key]
    assert await sdk.collect(lambda c: c.charts.list()) == []  # the default workspace
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.events.retrieve(event.key))


async def test_the_workspace_secret_key_acts_in_its_workspace(
    sdk: Sdk, connect: Connector, emulator: Emulator
) -> None:
    workspace = await _new_workspace(sdk)
    chart_key = emulator.upload_chart(venue_drawing("Box"), secret_key=workspace.secret_key)
    own = connect(workspace.secret_key)
    event = await own.call(lambda c: c.events.create(chart_key, event_key="box-night"))
    await own.call(lambda c: c.events.book(event.key, "A-1"))

    assert await own.statuses("box-night", "A-1") == {"A-1": "booked"}
    assert (await own.call(lambda c: c.charts.retrieve(chart_key))).name == "Box"
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.retrieve(chart_key))


async def test_a_workspace_secret_key_cannot_create_workspaces(
    sdk: Sdk, connect: Connector
) -> None:
    workspace = await _new_workspace(sdk)
    own = connect(workspace.secret_key)
    with pytest.raises(PermissionDeniedException) as raised:
        await own.call(lambda c: c.workspaces.create("Not allowed"))
    assert raised.value.status_code == 403
