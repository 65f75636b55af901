"""Peak memory (tracemalloc) while iterating over a long chart list, ours against the official.

A lazy iterator that keeps one page at a time should peak as high for half the list as for all
of it; one that accumulates grows with the list. Raw httpx walking the pages by hand is the
floor, and holding every chart in a list shows what "grows with the list" looks like.
"""

from __future__ import annotations

import gc
import statistics
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice

from bench._clients import Clients
from bench._measure import HTTPX, OFFICIAL, OURS
from bench._raw import raw_charts


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


def _lazily(listing: Callable[[], Iterable[object]], limit: int) -> Callable[[], int]:
    return lambda: count_lazily(iter(listing()), limit)


def measure_memory(clients: Clients, chart_count: int, *, repeats: int) -> list[MemoryResult]:
    """Peaks of lazily iterating half and all of the charts (ours, official), and of a list."""
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    half = max(1, chart_count // 2)
    listings: list[tuple[str, Callable[[], Iterable[object]]]] = [
        (OURS, clients.ours.charts.list),
        (OFFICIAL, clients.official.charts.list),
        (HTTPX, partial(raw_charts, clients.raw)),
    ]
    ways: list[tuple[str, str, int, Callable[[], object]]] = [
        (name, "lazy", items, _lazily(listing, items))
        for name, listing in listings
        for items in (half, chart_count)
    ]
    ways.append((OURS, "list() of all", chart_count, lambda: list(clients.ours.charts.list())))
    for _, _, _, action in ways:
        action()  # warm-up: connections, first-use caches and imports stay out of the peaks
    results: list[MemoryResult] = []
    for contender, how, items, action in ways:
        peaks = [traced_peak(action) for _ in range(repeats)]
        results.append(MemoryResult(contender, how, items, statistics.median(peaks) / 1024))
    return results
