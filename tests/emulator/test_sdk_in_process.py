"""Our SDK's clients on the emulator's in-process transports, with injected faults."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed import AsyncClient, Client, Region, ServerException
from seatsio_typed.testing import Emulator, TestCompany

from .conftest import client_for

REGION = Region("https://api-emulator.seatsio.test")


def _workspace_names(emulator: Emulator, company: TestCompany) -> list[str]:
    with client_for(emulator, company.admin_key) as admin:
        return [item["name"] for item in admin.get("/workspaces").json()["items"]]


def test_sync_client_talks_to_the_emulator(emulator: Emulator, company: TestCompany) -> None:
    with Client(
        REGION, company.admin_key, http_client=httpx.Client(transport=emulator.transport())
    ) as client:
        workspace = client.workspaces.create("from the SDK", is_test=True)
    assert workspace.name == "from the SDK"
    assert workspace.is_test is True
    assert _workspace_names(emulator, company) == ["from the SDK", "Production workspace"]


async def test_async_client_talks_to_the_emulator(emulator: Emulator, company: TestCompany) -> None:
    http_client = httpx.AsyncClient(transport=emulator.async_transport())
    async with AsyncClient(REGION, company.admin_key, http_client=http_client) as client:
        workspace = await client.workspaces.create("async")
    assert workspace.is_active is True
    assert _workspace_names(emulator, company) == ["async", "Production workspace"]


def test_rate_limits_are_retried_and_the_write_happens_once(
    emulator: Emulator, company: TestCompany
) -> None:
    emulator.faults.rate_limit(count=2, retry_after=3)
    waits: list[float] = []
    with Client(
        REGION,
        company.admin_key,
        http_client=httpx.Client(transport=emulator.transport()),
        sleep=waits.append,
    ) as client:
        client.workspaces.create("after two 429s")
    assert len(waits) == 2
    assert _workspace_names(emulator, company) == ["after two 429s", "Production workspace"]


def test_a_5xx_after_processing_is_not_replayed(emulator: Emulator, company: TestCompany) -> None:
    emulator.faults.server_error(status=502, after_processing=True, method="POST")
    with (
        Client(
            REGION,
            company.admin_key,
            http_client=httpx.Client(transport=emulator.transport()),
            sleep=lambda _seconds: None,
        ) as client,
        pytest.raises(ServerException),
    ):
        client.workspaces.create("processed once")
    assert _workspace_names(emulator, company) == ["processed once", "Production workspace"]
