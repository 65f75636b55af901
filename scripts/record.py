"""Re-record the cassettes: `pytest tests/cassette -m vcr --record-mode=rewrite`.

    python scripts/record.py               # against the deterministic emulator on loopback
    python scripts/record.py -k charts     # further arguments go to pytest

Each cassette is deleted and recorded again by its test's sync run; the async run then replays
what was just written. With `SEATSIO_SECRET_KEY` (a company admin key) and `SEATSIO_REGION`
(`eu`, `na`, `sa`, `oc` or a base URL) both set, the recordings are made against that Seats.io
instead, each in a new test workspace (see cassettes/README.md).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
Runner = Callable[[Sequence[str], Path, Mapping[str, str]], int]


def _run(command: Sequence[str], cwd: Path, env: Mapping[str, str]) -> int:
    return subprocess.call(list(command), cwd=cwd, env=dict(env))


def target(env: Mapping[str, str]) -> str:
    """Where the recordings will be made, in words (never showing the key)."""
    region = env.get("SEATSIO_REGION", "").strip()
    if env.get("SEATSIO_SECRET_KEY", "").strip() and region:
        return f"Seats.io ({region}), in a new test workspace per recording"
    return "the deterministic emulator on a loopback port"


def main(
    argv: Sequence[str] | None = None,
    *,
    env: Mapping[str, str] = os.environ,
    run: Runner = _run,
) -> int:
    """Record every cassette (or those pytest's arguments select); pytest's exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    print(f"recording cassettes against {target(env)}")
    command = [
        *(sys.executable, "-m", "pytest", "tests/cassette", "-m", "vcr", "-q"),
        *("--record-mode=rewrite", *arguments),
    ]
    return run(command, REPO, env)


if __name__ == "__main__":
    sys.exit(main())
