"""Are the committed cassettes current? Re-record a flow in memory and compare the bytes."""

from __future__ import annotations

import difflib

from tests.cassette._backends import EMULATOR_SERVER_PREFIX, EmulatorBackend
from tests.cassette._format import Cassette
from tests.cassette._tape import RecordedFlow, Tape, play

MAX_DIFF_LINES = 80


async def rerecord(flow: RecordedFlow) -> str:
    """The cassette text the flow records now against the deterministic emulator (not written)."""
    tape = Tape.record(flow.path, "sync", EmulatorBackend(), write=False)
    try:
        text = await play(flow.flow, tape)
    except AssertionError as error:
        raise AssertionError(
            f"re-recording {flow.module}.{flow.name} against the emulator failed: {error}"
        ) from error
    assert text is not None
    return text


def compared_against_emulator(committed: str) -> bool:
    """Whether a cassette was recorded against the emulator (only those can be re-recorded
    here; a recording of the real Seats.io is kept as it is)."""
    return Cassette.loads(committed).server.startswith(EMULATOR_SERVER_PREFIX)


def staleness(shown_path: str, committed: str, fresh: str) -> str | None:
    """None when the texts are equal, else what differs and how to bring the file up to date."""
    if committed == fresh:
        return None
    diff = list(
        difflib.unified_diff(
            committed.splitlines(),
            fresh.splitlines(),
            fromfile=f"{shown_path} (committed)",
            tofile=f"{shown_path} (recorded now)",
            lineterm="",
        )
    )
    shown = diff[:MAX_DIFF_LINES]
    if len(diff) > MAX_DIFF_LINES:
        shown.append(f"... ({len(diff) - MAX_DIFF_LINES} more diff lines)")
    return (
        f"{shown_path} is out of date: the SDK's wire behaviour or the emulator changed. "
        "Re-record with `make record` (scripts/record.py) and review the diff:\n" + "\n".join(shown)
    )
