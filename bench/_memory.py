"""Peak memory (tracemalloc) while iterating over a long chart list, each run in its own process.

A lazy iterator that keeps one page at a time should peak as high for 5,000 charts as for
20,000; one that accumulates grows with the list. Raw httpx walking the pages by hand is the
floor. The pages come from the canned server (one captured chart, `total` of them), so the
figures are the client's alone. `python -m bench._memory CONTENDER URL ITEMS` is one run.
"""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path

from bench._measure import HTTPX, OFFICIAL, OURS
from bench._official import official_client
from bench._raw import RawApi, raw_charts
from seatsio_typed import Client, Region

MEMORY_CONTENDERS = (OURS, OFFICIAL, HTTPX)
_PROJECT_ROOT = str(Path(__file__).resolve().parents[1])
_KEY = "bench-key"  # the canned server answers any key


@dataclass(frozen=True)
class MemoryResult:
    """The peak of memory allocated while one way of listing ran over `items` charts."""

    contender: str
    how: str
    items: int
    peak_kib: float


def traced_peak(action: Callable[[], object]) -> int:
    """Bytes allocated at the peak while `action` ran, above what was allocated before it."""
    gc.collect()
    already_tracing = tracemalloc.is_tracing()  # e.g. `python -X tracemalloc`: leave it on
    if not already_tracing:
        tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        if not already_tracing:
            tracemalloc.stop()
    return peak - before


def count_lazily(items: Iterator[object], limit: int) -> int:
    """Consume up to `limit` items one by one without keeping them."""
    count = 0
    for _ in islice(items, limit):
        count += 1
    return count


def listing(contender: str, url: str) -> tuple[Callable[[], Iterable[object]], Callable[[], None]]:
    """How `contender` lists every chart at `url`, and how to close what it opened."""
    if contender == OURS:
        ours = Client(Region(url), secret_key=_KEY)
        return ours.charts.list, ours.close
    if contender == OFFICIAL:
        official = official_client(url, _KEY)
        return official.charts.list, lambda: None
    if contender == HTTPX:
        raw = RawApi(url, _KEY)
        return partial(raw_charts, raw), raw.close
    raise ValueError(f"no contender {contender!r}")


def child_peak(contender: str, url: str, items: int) -> int:
    """In this process: the traced peak of lazily iterating `items` charts (after a warm-up)."""
    charts, close = listing(contender, url)
    try:
        # Warm-up: imports, first-use caches and the connection stay out of the peak.
        count_lazily(iter(charts()), 1)
        counted = 0

        def iterate() -> None:
            nonlocal counted
            counted = count_lazily(iter(charts()), items)

        peak = traced_peak(iterate)
    finally:
        close()
    if counted != items:
        raise RuntimeError(f"{contender} iterated {counted} charts, not {items}")
    return peak


def measure_memory(
    url: str, sizes: Sequence[int], *, repeats: int, contenders: Sequence[str] = MEMORY_CONTENDERS
) -> list[MemoryResult]:
    """Peaks of each contender iterating each number of charts, each run in a fresh process.

    A process of its own per run: nothing one run allocated or cached (pydantic-core's string
    cache, pools, imports) inflates or deflates the next one's figure.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    peaks: dict[tuple[str, int], list[int]] = {}
    for _ in range(repeats):  # interleaved: a change in the machine's load hits every row
        for contender in contenders:
            for items in sizes:
                peaks.setdefault((contender, items), []).append(_run_child(contender, url, items))
    return [
        MemoryResult(contender, "lazy", items, statistics.median(peaks[contender, items]) / 1024)
        for contender in contenders
        for items in sizes
    ]


def _run_child(contender: str, url: str, items: int) -> int:
    command = [sys.executable, "-m", "bench._memory", contender, url, str(items)]
    done = subprocess.run(
        command, cwd=_PROJECT_ROOT, capture_output=True, text=True, check=False, timeout=600
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory run {contender} {items} failed: {done.stderr[-2000:]}")
    return int(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    name, base_url, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    print(child_peak(name, base_url, count))
