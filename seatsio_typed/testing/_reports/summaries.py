"""Summaries and deep summaries: places per group, broken down by the other dimensions.

reports.md §2.4, §3.4, §3.5. The items are first reduced to a count of places per combination
of group keys (few combinations even on the 8,897-seat chart), and every summary is computed
from those counts, so a deep summary costs little more than one pass over the objects.

A summary item is `{count, by<Other>: {key: places}}` with a map for every other summary
dimension of the report family (the grouping dimension is not repeated, as in the docs
examples; which maps the real API sends is partly unverified, and more maps are harmless to a
client that types them optional). A deep summary item holds, per other dimension, full summary
items whose maps leave out both the outer and the inner dimension (docs example: deep byStatus
`booked.bySection.NO_SECTION` has no `byStatus` and no `bySection`).

Groups listed with `count: 0` and empty maps when nothing falls in them (docs examples show
`NO_CATEGORY`, `NO_SECTION`, `NO_CHANNEL` with 0; `NO_ZONE` and the object types confirmed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Final

from seatsio_typed.testing._charts.objects import OBJECT_TYPES
from seatsio_typed.testing._reports.items import (
    AVAILABLE,
    NO_CATEGORY,
    NO_CHANNEL,
    NO_SECTION,
    NO_ZONE,
    NOT_AVAILABLE,
    Part,
)
from seatsio_typed.testing._wire.messages import JSON, JSONObject

PlaceCounts = Counter[tuple[str, ...]]
"""Places per combination of group keys (one key per summary dimension, in family order)."""

SUMMARY_LISTED_WHEN_EMPTY: Final[Mapping[str, tuple[str, ...]]] = {
    "byObjectType": OBJECT_TYPES,
    "byCategoryKey": (NO_CATEGORY,),
    "byCategoryLabel": (NO_CATEGORY,),
    "bySection": (NO_SECTION,),
    "byZone": (NO_ZONE,),
    "byChannel": (NO_CHANNEL,),
    "byAvailability": (AVAILABLE, NOT_AVAILABLE),
}
"""Report type -> groups a summary lists even when they count nothing."""


def place_counts(parts: Iterable[Part]) -> PlaceCounts:
    """Add up places per combination of group keys."""
    counts: PlaceCounts = Counter()
    for part in parts:
        counts[part.values] += part.places
    return counts


def _breakdown(
    counts: Iterable[tuple[tuple[str, ...], int]], dimensions: tuple[str, ...], maps: list[int]
) -> JSONObject:
    total = 0
    by: list[dict[str, int]] = [{} for _ in maps]
    for values, places in counts:
        total += places
        for slot, index in enumerate(maps):
            key = values[index]
            by[slot][key] = by[slot].get(key, 0) + places
    item: JSONObject = {"count": total}
    for slot, index in enumerate(maps):
        item[dimensions[index]] = dict[str, JSON](by[slot])
    return item


def _grouped(
    counts: PlaceCounts, index: int, listed: Iterable[str]
) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    groups: dict[str, list[tuple[tuple[str, ...], int]]] = {key: [] for key in listed}
    for values, places in counts.items():
        if places > 0:
            groups.setdefault(values[index], []).append((values, places))
    return groups


def summary(counts: PlaceCounts, dimensions: tuple[str, ...], dimension: str) -> JSONObject:
    """Group key -> summary item, for grouping by `dimension`.

    Args:
        counts: from `place_counts`.
        dimensions: the summary dimensions of the report family, in `counts` order.
        dimension: the report type grouped by, e.g. "byStatus".
    """
    index = dimensions.index(dimension)
    others = [i for i in range(len(dimensions)) if i != index]
    listed = SUMMARY_LISTED_WHEN_EMPTY.get(dimension, ())
    return {
        key: _breakdown(members, dimensions, others)
        for key, members in _grouped(counts, index, listed).items()
    }


def deep_summary(counts: PlaceCounts, dimensions: tuple[str, ...], dimension: str) -> JSONObject:
    """Group key -> deep summary item: per other dimension, full summary items."""
    index = dimensions.index(dimension)
    others = [i for i in range(len(dimensions)) if i != index]
    listed = SUMMARY_LISTED_WHEN_EMPTY.get(dimension, ())
    result: JSONObject = {}
    for key, members in _grouped(counts, index, listed).items():
        item: JSONObject = {"count": sum(places for _, places in members)}
        for inner in others:
            rest = [i for i in others if i != inner]
            by_inner: dict[str, list[tuple[tuple[str, ...], int]]] = {}
            for values, places in members:
                by_inner.setdefault(values[inner], []).append((values, places))
            item[dimensions[inner]] = {
                inner_key: _breakdown(inner_members, dimensions, rest)
                for inner_key, inner_members in by_inner.items()
            }
        result[key] = item
    return result
