"""Where the reference material beside the checkout lives, and a clear skip when it is absent.

`../shared/` (the API reference, its example bodies and the sample chart drawings) sits beside
the checkout in CI and on developer machines, but not in a user's clone. Tests that read it ask
for it through these helpers, so that they skip with a reason instead of failing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("SEATSIO_SHARED_DIR", REPO_ROOT.parent / "shared"))
SAMPLE_CHART_NAMES = (
    "sampleChart.json",
    "sampleChartWithErrors.json",
    "sampleChartWithFloors.json",
    "sampleChartWithSections.json",
    "sampleChartWithTables.json",
    "sampleChartWithZones.json",
)


def shared_path(*parts: str) -> Path:
    """Return a path inside ../shared/, skipping the calling test when it is not there."""
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"reference material {path} is absent (it sits beside the checkout in CI, "
            "not in a user's clone); set SEATSIO_SHARED_DIR to point at it"
        )
    return path


def load_example(name: str) -> bytes:
    """Return the raw bytes of an example body from ../shared/api/examples/."""
    return shared_path("api", "examples", name).read_bytes()


def load_sample_chart(name: str) -> dict[str, Any]:
    """Return one of the six sample chart drawings from ../shared/charts/ as JSON."""
    drawing: dict[str, Any] = json.loads(shared_path("charts", name).read_text(encoding="utf-8"))
    return drawing
