"""Secrets canary: one secret key used across every kind of operation and failure never shows.

Not in DEBUG logs, not in repr/str of clients, requests, results or exceptions, not in formatted
tracebacks with their causes, not in attributes or frame locals of chained exceptions, not in
pickled exceptions, and not in `cassettes/`.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from seatsio_typed import (
    AsyncClient,
    Client,
    ObjectProperties,
    Region,
    SeatsioException,
)
from seatsio_typed.testing import Emulator, TestCompany
from tests.cassette._recording import EmulatorBackend
from tests.reliability.sizes import record
from tests.reliability.support import secret_forms, where_secret_leaks

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"


def test_the_canary_never_leaks_from_a_whole_session(
    emulator: Emulator,
    url: str,
    company: TestCompany,
    chart_key: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    canary = company.admin_key
    forms = secret_forms(canary, company.workspace.secret_key)
    shown: list[str] = []
    errors: list[SeatsioException] = []
    sleeps: list[float] = []
    with Client(Region(url), canary, sleep=sleeps.append, max_retries=1) as client:
        shown += [repr(client), str(client), repr(client.with_options(timeout=3))]
        event = client.events.create(chart_key)
        token = client.hold_tokens.create()
        workspace = client.workspaces.create("canary")
        operations: list[Callable[[], object]] = [
            lambda: client.events.retrieve(event.key),
            lambda: client.events.hold(event.key, ["A-1"], token.hold_token),
            lambda: client.events.book(
                event.key, [ObjectProperties(object_id="A-1")], hold_token=token.hold_token
            ),
            lambda: client.events.book(event.key, ["A-1"]),  # 400: already booked
            lambda: client.events.retrieve("no-such-event"),  # 404
            lambda: client.workspaces.retrieve(workspace.key),
            lambda: client.events.reports.by_status(event.key),
            lambda: list(client.events.status_changes(event.key).list()),
            lambda: client.charts.retrieve(chart_key),
        ]
        emulator.faults.rate_limit(every=3)
        emulator.faults.server_error(status=500, count=2, method="GET")
        for operation in operations:
            try:
                shown += [repr(operation()), str(operation())]
            except SeatsioException as error:
                errors.append(error)
        emulator.faults.clear()
    with Client(Region("http://127.0.0.1:9"), canary, max_retries=0) as dead:
        try:
            dead.hold_tokens.create()
        except SeatsioException as refused:
            errors.append(refused)
    leaks = [place for caught in errors for place in where_secret_leaks(caught, forms)]
    shown += [repr(pickle.loads(pickle.dumps(caught))) for caught in errors]
    logged = caplog.text
    shown_leaks = [text[:40] for text in shown if any(form in text for form in forms)]
    assert errors
    assert len(caplog.records) > 10
    assert [form for form in forms if form in logged] == []
    assert shown_leaks == []
    record(
        "secrets canary (session)",
        operations=len(operations) * 2 + 4,
        exceptions_checked=len(errors),
        log_records=len(caplog.records),
        leaks=len(leaks) + len(shown_leaks),
    )
    assert leaks == []


async def test_the_async_client_keeps_the_canary_out_of_its_reprs() -> None:
    canary = "sk-async-canary-0c1d"
    async with AsyncClient(Region("http://127.0.0.1:9"), canary, max_retries=0) as client:
        assert [f for f in secret_forms(canary) if f in repr(client) + str(client)] == []
        with pytest.raises(SeatsioException) as raised:
            await client.hold_tokens.create()
    assert where_secret_leaks(raised.value, secret_forms(canary)) == []


def test_no_known_recording_secret_is_in_the_cassettes() -> None:
    # known_secrets replays a reset emulator's first company on its own emulator: no server.
    secrets = EmulatorBackend(Emulator(deterministic=True), "http://127.0.0.1:9").known_secrets()
    forms = secret_forms(*secrets)
    files = sorted(p for p in CASSETTES.rglob("*") if p.is_file())
    found = [str(p.relative_to(CASSETTES)) for p in files if any(f in p.read_text() for f in forms)]
    record("secrets canary (cassettes)", files=len(files), secrets=len(secrets), leaks=len(found))
    assert files
    assert found == []


def test_a_request_repr_masks_the_authorization() -> None:
    canary = "sk-repr-canary"
    request = httpx.Request("GET", "http://x.test", headers={"Authorization": canary})
    assert canary not in repr(request.headers)
