"""scripts/record.py: pytest on tests/cassette with SEATSIO_RECORD=1, in the repository."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from scripts import record


class Runs:
    """Stands in for the subprocess: keeps what would have run and answers an exit status."""

    def __init__(self, status: int = 0) -> None:
        self.status = status
        self.calls: list[tuple[list[str], Path, dict[str, str]]] = []

    def __call__(self, command: Sequence[str], cwd: Path, env: Mapping[str, str]) -> int:
        self.calls.append((list(command), cwd, dict(env)))
        return self.status


def test_it_runs_the_cassette_tests_in_record_mode_from_the_repository() -> None:
    runs = Runs()
    assert record.main([], env={"PATH": "/bin"}, run=runs) == 0
    [(command, cwd, env)] = runs.calls
    assert command == [sys.executable, "-m", "pytest", "tests/cassette", "-q"]
    assert cwd == record.REPO
    assert (cwd / "tests" / "cassette").is_dir()
    assert env == {"PATH": "/bin", "SEATSIO_RECORD": "1"}


def test_it_passes_pytest_arguments_on_and_returns_pytests_status() -> None:
    runs = Runs(status=1)
    assert record.main(["-k", "charts"], env={}, run=runs) == 1
    assert runs.calls[0][0][-2:] == ["-k", "charts"]


def test_it_says_where_it_records_without_showing_the_key(
    capsys: pytest.CaptureFixture[str],
) -> None:
    record.main([], env={}, run=Runs())
    assert "deterministic in-process emulator" in capsys.readouterr().out
    secret = "1b2c3d4e-admin-key"
    record.main([], env={"SEATSIO_SECRET_KEY": secret, "SEATSIO_REGION": "eu"}, run=Runs())
    out = capsys.readouterr().out
    assert "Seats.io (eu)" in out
    assert secret not in out
