"""The committed cassettes: current (re-recorded in memory, byte for byte), owned, secret-free."""

from __future__ import annotations

import os

import pytest

from tests.cassette._backends import EmulatorBackend
from tests.cassette._currency import compared_against_emulator, rerecord, staleness
from tests.cassette._scrub import find_secrets
from tests.cassette._tape import CASSETTE_DIR, RecordedFlow, discover_flows, recording_requested
from tests.reference import REPO_ROOT
from tests.unit.support import SECRET

FLOWS = discover_flows()


def _flow_id(flow: RecordedFlow) -> str:
    return f"{flow.module.rsplit('.', 1)[-1]}/{flow.name}"


def _shown(flow: RecordedFlow) -> str:
    return str(flow.path.relative_to(REPO_ROOT))


@pytest.mark.parametrize("flow", FLOWS, ids=_flow_id)
async def test_the_cassette_is_what_the_flow_records_now(flow: RecordedFlow) -> None:
    if recording_requested(os.environ):
        pytest.skip("SEATSIO_RECORD is set: this run rewrites the cassettes")
    if not flow.path.exists():
        pytest.fail(f"{_shown(flow)} is missing: record it with `make record`")
    committed = flow.path.read_text(encoding="utf-8")
    if not compared_against_emulator(committed):
        pytest.skip(f"{_shown(flow)} was recorded against Seats.io; only emulator ones re-record")
    problem = staleness(_shown(flow), committed, await rerecord(flow))
    assert problem is None, problem


def test_every_cassette_belongs_to_a_flow() -> None:
    owned = {flow.path for flow in FLOWS}
    orphans = sorted(
        str(path.relative_to(REPO_ROOT))
        for path in CASSETTE_DIR.rglob("*.json")
        if path not in owned
    )
    assert orphans == [], f"no flow records these cassettes any more; delete them: {orphans}"


def test_every_flow_has_its_own_cassette() -> None:
    paths = [flow.path for flow in FLOWS]
    assert len(FLOWS) >= 17  # the seed flows; catches a discovery that silently finds nothing
    assert len(set(paths)) == len(paths)


def test_no_cassette_holds_anything_secret_shaped() -> None:
    known = (
        *EmulatorBackend().known_secrets(),
        SECRET,
        os.environ.get("SEATSIO_SECRET_KEY", ""),
    )
    cassettes = sorted(CASSETTE_DIR.rglob("*.json"))
    assert cassettes, f"no cassettes under {CASSETTE_DIR}"
    findings = [
        f"{path.relative_to(REPO_ROOT)}: {finding}"
        for path in cassettes
        for finding in find_secrets(path.read_text(encoding="utf-8"), known)
    ]
    assert findings == [], "\n".join(findings)
