"""The mutation score of `make mutate`: killed mutants over those that can change behaviour.

Reads `mutmut results --all true` and `tests/reliability/equivalent_mutants.txt` (one mutant
name per line, then `#` and why it cannot change behaviour). Every mutant that is not killed
(survived, no tests, timeout counts as killed) and not listed there counts against the score.
Prints the score and the surviving mutants, and writes them to `.mutation-score.json`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EQUIVALENTS = REPO / "tests" / "reliability" / "equivalent_mutants.txt"
KILLED = {"killed", "timeout"}


def equivalent_mutants() -> dict[str, str]:
    """Mutant name -> the reason it cannot change behaviour."""
    listed: dict[str, str] = {}
    for line in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition("#")
            listed[name.strip()] = reason.strip()
    return listed


def main() -> int:
    """Print and write the score; exit 1 when mutmut has no results."""
    output = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    statuses: dict[str, str] = {}
    for line in output.splitlines():
        name, sep, status = line.strip().partition(": ")
        if sep and "__mutmut_" in name:
            statuses[name] = status.strip()
    if not statuses:
        print("no mutmut results: run `make mutate`", file=sys.stderr)
        return 1
    equivalent = equivalent_mutants()
    counted = {name: status for name, status in statuses.items() if name not in equivalent}
    killed = sum(status in KILLED for status in counted.values())
    survivors = sorted(name for name, status in counted.items() if status not in KILLED)
    score = killed / len(counted) if counted else 1.0
    summary = {
        "mutants": len(statuses),
        "equivalent": len(set(equivalent) & set(statuses)),
        "killed": killed,
        "not_killed": len(survivors),
        "by_status": dict(Counter(statuses.values())),
        "score": round(score * 100, 1),
        "survivors": survivors,
    }
    (REPO / ".mutation-score.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps({k: v for k, v in summary.items() if k != "survivors"}, indent=2))
    print("\n".join(f"  not killed: {name} ({counted[name]})" for name in survivors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
