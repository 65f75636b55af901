"""The SDK over real HTTP: the emulator served by uvicorn on a loopback port, sync and async.

Written as a user would write it (no harness). The whole run is logged at DEBUG, and no secret
key may show up in the captured log, in plain form or as the Basic-auth token.
"""

from __future__ import annotations

import json
import logging
import uuid

import httpx
import pytest

from seatsio_typed import (
    AsyncClient,
    BadRequestException,
    Client,
    NotFoundException,
    ObjectProperties,
    ObjectStatus,
    Region,
)
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.support import secret_forms, venue_drawing


def _upload_over_http(base_url: str, secret_key: str) -> str:
    """Upload the venue through the public seeding endpoint, as the official test suites do."""
    chart_key = str(uuid.uuid4())
    response = httpx.post(
        f"{base_url}/system/public/charts/{chart_key}",
        auth=(secret_key, ""),
        content=json.dumps(venue_drawing()),
    )
    assert response.status_code == 201
    return chart_key


def test_a_sale_over_http_with_the_sync_client(
    emulator: Emulator, company: TestCompany, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    waits: list[float] = []
    with (
        emulator.serve() as url,
        Client(Region(url), company.admin_key, sleep=waits.append) as client,
    ):
        chart_key = _upload_over_http(url, company.admin_key)
        event = client.events.create(chart_key, event_key="over-http")
        token = client.hold_tokens.create()
        client.events.hold(event.key, ["A-1", "A-2"], token.hold_token)
        emulator.faults.rate_limit(count=1)
        result = client.events.book(
            event.key,
            [ObjectProperties(object_id="A-1", ticket_type="adult"), "A-2"],
            hold_token=token.hold_token,
            order_id="web-1",
        )
        with pytest.raises(BadRequestException):
            client.events.book(event.key, "A-1")
        workspace = client.workspaces.create("Over HTTP")
        with Client(Region(url), workspace.secret_key) as inside:
            with pytest.raises(NotFoundException):
                inside.events.retrieve(event.key)
            assert inside.charts.create(name="Inside").name == "Inside"
        infos = client.events.retrieve_object_infos(event.key, ["A-1", "A-2"])

    assert waits == [0.4]
    assert {info.status for info in result.objects.values()} == {ObjectStatus.BOOKED}
    assert (infos["A-1"].ticket_type, infos["A-1"].order_id) == ("adult", "web-1")
    assert "POST /events/groups/actions/change-object-status -> HTTP 429" in caplog.text
    for secret in secret_forms(company.admin_key, workspace.secret_key):
        assert secret not in caplog.text


async def test_a_sale_over_http_with_the_async_client(
    emulator: Emulator, company: TestCompany, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    chart_key = emulator.upload_chart(venue_drawing(), secret_key=company.admin_key)
    waits: list[float] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)

    with emulator.serve() as url:
        async with AsyncClient(Region(url), company.admin_key, sleep=record_wait) as client:
            event = await client.events.create(chart_key)
            token = await client.hold_tokens.create(expires_in_minutes=5)
            await client.events.hold(event.key, "B-1", token.hold_token)
            emulator.faults.rate_limit(count=2)
            await client.events.book(event.key, "B-1", hold_token=token.hold_token)
            await client.events.change_object_status(event.key, "B-2", "reserved-for-press")
            with pytest.raises(NotFoundException) as raised:
                await client.events.retrieve("no-such-event")
            workspace = await client.workspaces.create("Async over HTTP")
            names = [chart.name async for chart in client.charts.list()]
            infos = await client.events.retrieve_object_infos(event.key, ["B-1", "B-2"])

    assert waits == [0.4, 0.8]
    assert raised.value.request_id
    assert names == ["Integration hall"]
    assert {label: str(info.status) for label, info in infos.items()} == {
        "B-1": "booked",
        "B-2": "reserved-for-press",
    }
    for secret in secret_forms(company.admin_key, workspace.secret_key):
        assert secret not in caplog.text
