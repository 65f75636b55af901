"""`make record` runs the recorded tests with `--record-mode=rewrite`, never showing the key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from scripts import record


def test_record_rewrites_every_recorded_module_and_passes_arguments() -> None:
    seen: list[Sequence[str]] = []

    def run(command: Sequence[str], cwd: Path, env: Mapping[str, str]) -> int:
        seen.append(command)
        return 3

    assert record.main(["-k", "charts"], env={}, run=run) == 3
    command = list(seen[0])
    assert command[2:] == [
        *("pytest", "tests/cassette", "-m", "vcr", "-q"),
        *("--record-mode=rewrite", "-k", "charts"),
    ]


def test_the_target_names_the_region_never_the_key() -> None:
    live = record.target({"SEATSIO_SECRET_KEY": "sk-live-123456", "SEATSIO_REGION": "eu"})
    assert "eu" in live
    assert "sk-live" not in live
    assert "emulator" in record.target({"SEATSIO_SECRET_KEY": "sk-live-123456"})
