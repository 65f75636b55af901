"""Print the figures `make stress` collected (one JSON object per line) as a Markdown table."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(path: str) -> int:
    """Print one row per property; exit 1 when the file is missing or empty."""
    file = Path(path)
    if not file.exists():
        print(f"no figures in {path}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in file.read_text().splitlines() if line.strip()]
    if not rows:
        print(f"no figures in {path}", file=sys.stderr)
        return 1
    print("| property | figures |")
    print("|---|---|")
    for row in rows:
        name = row.pop("property")
        figures = ", ".join(f"{key}: {value}" for key, value in row.items())
        print(f"| {name} | {figures} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ".stress-figures.jsonl"))
