"""`bench/cold.py`: ours' book + release in memory, warm and cold (structure only, no speed)."""

from __future__ import annotations

import pytest

from bench import cold, stages
from bench._measure import HTTPX_TRANSPORT, OURS


def test_a_tiny_run_prints_every_stage_warm_and_cold(capsys: pytest.CaptureFixture[str]) -> None:
    assert cold.main(["--rounds", "3", "--seats", "120"]) == 0

    printed = capsys.readouterr().out
    assert "answered from memory, 3 rounds" in printed
    rows: dict[str, tuple[float, float]] = {}
    for line in printed.splitlines()[3:]:  # after the title, the note and the column heads
        if line.startswith("  "):
            name, warm, cold_ = line.rsplit(None, 2)
            rows[name.strip()] = (float(warm), float(cold_))
    assert set(rows) == {*stages.STAGES, stages.REST, OURS, HTTPX_TRANSPORT}
    # Every probe fired on each timed call, warm and cold (the in-memory transport's too).
    assert all(value > 0 for stage in stages.STAGES for value in rows[stage])
