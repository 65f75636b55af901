"""Time the emulator's chart model on the 8,897-seat zones sample chart.

    .venv/bin/python bench/chart_index.py [--repeat N]

Reports the best and median time of: reading the drawing into a ChartIndex, the bookable
objects of a new table booking config, serialising every object's chart fields, validating
and drawing the thumbnail. Without ../shared/ (a user's clone) it times a builder-made chart
of the same size instead. Speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from seatsio_typed.testing._charts import ChartIndex, render_thumbnail, validate_drawing
from seatsio_typed.testing.builder import ChartBuilder

_SHARED = Path(os.environ.get("SEATSIO_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))


def _drawing() -> tuple[str, dict[str, object]]:
    sample = _SHARED / "charts" / "sampleChartWithZones.json"
    if sample.exists():
        loaded: dict[str, object] = json.loads(sample.read_text(encoding="utf-8"))
        return sample.name, loaded
    builder = ChartBuilder("Bench").category(1, "All").focal_point()
    for stand in range(4):
        section = builder.section(f"Stand {stand}", category=1)
        for row in range(25):
            section.row(f"R{row}", seats=89)
    return "builder chart (4 x 25 x 89 seats)", builder.build()


def _time(label: str, repeat: int, action: Callable[[], object]) -> None:
    timings: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    best, median = min(timings), statistics.median(timings)
    print(f"{label:<44} best {best:8.2f} ms   median {median:8.2f} ms")


def main() -> None:
    """Run the timings and print them."""
    parser = argparse.ArgumentParser(description="Time the emulator's chart model.")
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat
    name, drawing = _drawing()
    index = ChartIndex.from_drawing(drawing)
    print(f"{name}: {len(index.objects)} objects, {len(index.groups)} rows/tables")
    _time("ChartIndex.from_drawing", repeat, lambda: ChartIndex.from_drawing(drawing))
    fresh = iter([ChartIndex.from_drawing(drawing) for _ in range(repeat)])
    _time("objects_for, first call for a config", repeat, lambda: next(fresh).objects_for("CUSTOM"))
    _time("objects_for, cached config", repeat, lambda: index.objects_for("INHERIT"))
    _time("chart_info() of every object", repeat, lambda: [o.chart_info() for o in index.objects])
    _time("validate_drawing(index)", repeat, lambda: validate_drawing(index))
    _time("render_thumbnail(index)", repeat, lambda: render_thumbnail(index))


if __name__ == "__main__":
    main()
