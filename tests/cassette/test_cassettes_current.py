"""The committed cassettes: current (re-recorded in memory, byte for byte), owned, secret-free."""

from __future__ import annotations

import os

import pytest

from tests.cassette._currency import RecordedFlow, discover_flows, rerecord, staleness
from tests.cassette._recording import EMULATOR_SERVER, UNKNOWN_KEY, EmulatorBackend
from tests.cassette._scrub import find_secrets
from tests.cassette._vcr import CASSETTE_DIR
from tests.reference import REPO_ROOT

FLOWS = discover_flows()
LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def _flow_id(flow: RecordedFlow) -> str:
    return f"{flow.module.rsplit('.', 1)[-1]}/{flow.name}"


def _shown(flow: RecordedFlow) -> str:
    return str(flow.path.relative_to(REPO_ROOT))


@LOOPBACK
@pytest.mark.parametrize("flow", FLOWS, ids=_flow_id)
async def test_the_cassette_is_what_the_flow_records_now(
    flow: RecordedFlow, emulator_backend: EmulatorBackend
) -> None:
    if not flow.path.exists():
        pytest.fail(f"{_shown(flow)} is missing: record it with `make record`")
    committed = flow.path.read_text(encoding="utf-8")
    if f"server: {EMULATOR_SERVER}" not in committed:
        pytest.skip(f"{_shown(flow)} was recorded against Seats.io; only emulator ones re-record")
    problem = staleness(_shown(flow), committed, await rerecord(flow, emulator_backend))
    assert problem is None, problem


def test_every_cassette_belongs_to_a_test() -> None:
    owned = {flow.path for flow in FLOWS}
    orphans = sorted(
        str(path.relative_to(REPO_ROOT))
        for path in CASSETTE_DIR.rglob("*")
        if path.is_file() and path.name != "README.md" and path not in owned
    )
    assert orphans == [], f"no test records these cassettes any more; delete them: {orphans}"


def test_the_flows_are_found() -> None:
    assert len(FLOWS) >= 18  # catches a discovery that silently finds nothing
    assert len({flow.path for flow in FLOWS}) == len(FLOWS)


def test_no_cassette_holds_anything_secret_shaped(emulator_backend: EmulatorBackend) -> None:
    known = (
        *emulator_backend.known_secrets(),
        UNKNOWN_KEY,
        os.environ.get("SEATSIO_SECRET_KEY", ""),
    )
    cassettes = sorted(CASSETTE_DIR.rglob("*.yaml"))
    assert cassettes, f"no cassettes under {CASSETTE_DIR}"
    findings = [
        f"{path.relative_to(REPO_ROOT)}: {finding}"
        for path in cassettes
        for finding in find_secrets(path.read_text(encoding="utf-8"), known)
    ]
    assert findings == [], "\n".join(findings)
