"""No secret key reaches a DEBUG log line, whatever the run went through (in-process)."""

from __future__ import annotations

import logging

import pytest

from seatsio_typed import (
    AuthenticationException,
    BadRequestException,
    NotFoundException,
    RateLimitExceededException,
)
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.conftest import Connector
from tests.integration.support import secret_forms
from tests.unit.support import Sdk


async def test_debug_logs_of_a_run_with_errors_and_retries_hold_no_secret(
    sdk: Sdk,
    connect: Connector,
    emulator: Emulator,
    company: TestCompany,
    event_key: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    workspace = await sdk.call(lambda c: c.workspaces.create("Logged"))
    inside = connect(workspace.secret_key, max_retries=1)
    emulator.faults.rate_limit(count=1)
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    with pytest.raises(NotFoundException):
        await inside.call(lambda c: c.events.retrieve(event_key))
    emulator.faults.rate_limit()
    with pytest.raises(RateLimitExceededException):
        await inside.call(lambda c: c.charts.list_first_page())
    emulator.faults.clear()
    with pytest.raises(AuthenticationException):
        await connect(company.admin_key[::-1]).call(lambda c: c.charts.retrieve("x"))

    assert "retry 1 of 5" in caplog.text
    assert "-> HTTP 404" in caplog.text
    for secret in secret_forms(company.admin_key, company.admin_key[::-1], workspace.secret_key):
        assert secret not in caplog.text
