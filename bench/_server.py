"""Start the emulator's HTTP server, or the canned-bytes server, in a child process."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench._canned import SERVING_ON as _CANNED_SERVING_ON
from seatsio_typed.testing._cli import SYSTEM_SECRET_VARIABLE

_STOP_TIMEOUT_SECONDS = 10.0
_SERVING_ON = "Seats.io emulator serving on "
_PROJECT_ROOT = str(Path(__file__).resolve().parents[1])


@dataclass(frozen=True)
class EmulatorProcess:
    """A running emulator: where it listens and the secret of its seeding API."""

    url: str
    system_secret: str = field(repr=False)
    pid: int


@contextmanager
def canned_process(answers: Path, delay: float = 0.0) -> Generator[str, None, None]:
    """Run `bench/_canned.py` on `answers` in a child process; yield its base URL."""
    command = [sys.executable, "-m", "bench._canned", str(answers), "--delay", str(delay)]
    with _child(command, _PROJECT_ROOT, {}, _CANNED_SERVING_ON) as (url, _):
        yield url


@contextmanager
def _child(
    command: list[str], cwd: str | None, env: dict[str, str], serving_on: str
) -> Generator[tuple[str, int], None, None]:
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, cwd=cwd, env={**os.environ, **env}, text=True
    )
    try:
        assert child.stdout is not None  # stdout=PIPE always gives a stream
        url = child.stdout.readline().strip().removeprefix(serving_on)
        if not url.startswith("http://"):
            raise RuntimeError(f"{command[2]} did not start (exit code {child.poll()})")
        yield url, child.pid
    finally:
        child.terminate()
        try:
            child.wait(_STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()


@contextmanager
def emulator_process() -> Generator[EmulatorProcess, None, None]:
    """Run the emulator on a free loopback port in a child process for the block.

    A process of its own keeps the server's work off this process's GIL and out of its
    tracemalloc figures, so the timings and memory peaks are the clients' alone.
    """
    system_secret = secrets.token_hex(16)
    command = [sys.executable, "-m", "seatsio_typed.testing", "serve", "--port", "0"]
    # The secret goes through the environment, not argv, so `ps` does not show it.
    with _child(command, None, {SYSTEM_SECRET_VARIABLE: system_secret}, _SERVING_ON) as (url, pid):
        yield EmulatorProcess(url=url, system_secret=system_secret, pid=pid)
