"""Start the emulator's HTTP server in a child process, and seed it over the seeding API."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import dataclass, field

from seatsio_typed.testing._cli import SYSTEM_SECRET_VARIABLE

_STOP_TIMEOUT_SECONDS = 10.0
_SERVING_ON = "Seats.io emulator serving on "


@dataclass(frozen=True)
class EmulatorProcess:
    """A running emulator: where it listens and the secret of its seeding API."""

    url: str
    system_secret: str = field(repr=False)
    pid: int


@contextmanager
def emulator_process() -> Generator[EmulatorProcess, None, None]:
    """Run the emulator on a free loopback port in a child process for the block.

    A process of its own keeps the server's work off this process's GIL and out of its
    tracemalloc figures, so the timings and memory peaks are the clients' alone.
    """
    system_secret = secrets.token_hex(16)
    child = subprocess.Popen(
        [sys.executable, "-m", "seatsio_typed.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        # The secret goes through the environment, not argv, so `ps` does not show it.
        env={**os.environ, SYSTEM_SECRET_VARIABLE: system_secret},
        text=True,
    )
    try:
        assert child.stdout is not None  # stdout=PIPE always gives a stream
        url = child.stdout.readline().strip().removeprefix(_SERVING_ON)
        if not url.startswith("http://"):
            raise RuntimeError(f"the emulator server did not start (exit code {child.poll()})")
        yield EmulatorProcess(url=url, system_secret=system_secret, pid=child.pid)
    finally:
        child.terminate()
        try:
            child.wait(_STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
