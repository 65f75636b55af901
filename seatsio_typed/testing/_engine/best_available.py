"""Choosing the best available objects of an event (object-status.md §3.4, chart-model.md §5.1).

Candidates are the event's bookable objects that are `free` (never `resale`), for sale, allowed
by the channel options (`channelKeys`: only those channels, plus unassigned objects with
`NO_CHANNEL`; `ignoreChannels`: every channel; neither: unassigned objects only) and inside the
requested categories (keys, or labels compared case-insensitively), zone and sections.

The documented steps run in order until one finds a solution:
1. `number` adjacent seats in one row (or by-seat table) that leave no single free seat next to
   them (skipped when `tryToPreventOrphanSeats` is false);
2. the same, single free seats allowed;
3. the `number` seats closest to the focal point, anywhere (`nextToEachOther: false`);
4. tables booked as a whole and booths, closest first;
5. one GA area with enough free places, closest first (never split over two areas; an area
   booked as a whole only when all its places are asked for).
`accessibleSeats` asks for at least that many wheelchair-accessible seats among the chosen seats.
Distances are the objects' `distanceToFocalPoint` (a zoned object's is measured to its zone's
focal point).

Steps 1 and 2 search each row outward from its ideal spot: the `number` adjacent seats of the row
with the smallest sum of distances, whatever their status. Windows are tried by how many seats
they lie from that spot, the left one first when two are equally far; the row's answer is the
first window that can be taken. Rows then compete by the sum of distances of their answers
(ties: chart order). The outward search is inferred, not documented: it is the rule consistent
with every confirmed pick, including A-2, A-3 for 2 seats with A-4 and A-5 of sampleChart
booked and orphans allowed (object-status.md §3.4), where the closest free pair is A-6, A-7.
A round table's seats form a ring (`SeatGroup.ring`): its windows may wrap from the last seat
to the first, and a window's distance from the ideal one is counted round the table.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from seatsio_typed.testing._charts import ObjectDef
from seatsio_typed.testing._engine.records import NO_CHANNEL
from seatsio_typed.testing._engine.view import EventView, area_free_places
from seatsio_typed.testing._wire.messages import ApiError, bad_request

BEST_AVAILABLE_OBJECTS_NOT_FOUND = "BEST_AVAILABLE_OBJECTS_NOT_FOUND"


@dataclass(frozen=True, slots=True)
class BestAvailableQuery:
    """The `bestAvailable` parameters plus the channel options of the request."""

    number: int
    categories: tuple[str, ...] | None = None
    zone: str | None = None
    sections: tuple[str, ...] | None = None
    accessible_seats: int = 0
    try_to_prevent_orphan_seats: bool = True
    ignore_channels: bool = False
    channel_keys: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Pick:
    """The chosen objects in chart order; a GA area is chosen once with `places`."""

    objects: tuple[ObjectDef, ...]
    places: int = 1
    next_to_each_other: bool | None = None


def not_found() -> ApiError:
    """The 400 for a search without a solution."""
    return bad_request(BEST_AVAILABLE_OBJECTS_NOT_FOUND, "Best available objects not found")


def choose(view: EventView, query: BestAvailableQuery) -> Pick:
    """The best available objects for the query, or the 400 `BEST_AVAILABLE_OBJECTS_NOT_FOUND`."""
    if not view.index.supports_best_available:
        raise not_found()
    # Category labels match case-insensitively: lower the wanted ones once, not per object.
    labels = None if query.categories is None else {name.lower() for name in query.categories}
    candidates = [obj for obj in view.bookable.objects if _candidate(view, obj, query, labels)]
    seats = {obj.label: obj for obj in candidates if obj.object_type == "seat"}
    rows = _rows(view, seats)
    if query.try_to_prevent_orphan_seats:
        found = _in_one_row(rows, query, allow_orphans=False)
        if found is not None:
            return found
    found = _in_one_row(rows, query, allow_orphans=True)
    if found is not None:
        return found
    found = _closest_seats(list(seats.values()), query)
    if found is not None:
        return found
    if query.accessible_seats == 0:
        found = _closest_units(candidates, query) or _one_area(view, candidates, query)
        if found is not None:
            return found
    raise not_found()


def _candidate(
    view: EventView, obj: ObjectDef, query: BestAvailableQuery, labels: set[str] | None
) -> bool:
    if obj.object_type != "generalAdmission" and not view.is_free(obj.label):
        return False
    if obj.distance_to_focal_point is None or not view.for_sale(obj).for_sale:
        return False
    if query.zone is not None and obj.zone != query.zone:
        return False
    if query.sections is not None and obj.section not in query.sections:
        return False
    return _channel_allows(view, obj, query) and _category_allows(view, obj, query, labels)


def _channel_allows(view: EventView, obj: ObjectDef, query: BestAvailableQuery) -> bool:
    if query.ignore_channels:
        return True
    channel = view.channel(obj.label)
    if query.channel_keys is None:
        return channel is None
    return (channel if channel is not None else NO_CHANNEL) in query.channel_keys


def _category_allows(
    view: EventView, obj: ObjectDef, query: BestAvailableQuery, labels: set[str] | None
) -> bool:
    if query.categories is None or labels is None:
        return True
    category = view.category(obj)
    if category is None:
        return False
    return category.key_text in query.categories or (category.label or "").lower() in labels


def _distance(obj: ObjectDef) -> float:
    return obj.distance_to_focal_point if obj.distance_to_focal_point is not None else 0.0


@dataclass(frozen=True, slots=True)
class SeatLine:
    """A row or table for steps 1-2: per seat in drawing order, the candidate (None when the
    seat cannot be chosen), whether it is free at all (a non-candidate can still be free, e.g.
    in another category), and its distance to the focal point whatever its status."""

    line: list[ObjectDef | None]
    free: list[bool]
    distances: tuple[float, ...]
    ring: bool
    """The last seat is next to the first (a round table)."""

    def windows(self, size: int) -> list[tuple[int, ...]]:
        """Every run of `size` adjacent positions, by its first position (wrapping on a ring)."""
        count = len(self.line)
        if size > count:
            return []
        if self.ring and size < count:
            return [tuple((start + i) % count for i in range(size)) for start in range(count)]
        return [tuple(range(start, start + size)) for start in range(count - size + 1)]

    def gap(self, start: int, other: int) -> int:
        """How many positions lie between two windows' first positions (round a ring)."""
        apart = abs(start - other)
        return min(apart, len(self.line) - apart) if self.ring else apart

    def neighbours(self, position: int) -> tuple[int, ...]:
        """The positions next to one: two, but one at either end of a line (a ring has no end)."""
        count = len(self.line)
        if self.ring:
            return tuple({(position - 1) % count, (position + 1) % count} - {position})
        return tuple(other for other in (position - 1, position + 1) if 0 <= other < count)


def _rows(view: EventView, seats: dict[str, ObjectDef]) -> list[SeatLine]:
    rows: list[SeatLine] = []
    bookable = view.bookable.by_label
    for group in view.index.groups:
        line = [seats.get(label) for label in group.seat_labels]
        if not any(obj is not None for obj in line):
            continue
        free = [label in bookable and view.is_free(label) for label in group.seat_labels]
        rows.append(SeatLine(line, free, group.seat_distances, group.ring))
    return rows


def _in_one_row(
    rows: list[SeatLine], query: BestAvailableQuery, *, allow_orphans: bool
) -> Pick | None:
    best: tuple[float, int, tuple[ObjectDef, ...]] | None = None
    for row in rows:
        chosen = _outward_from_ideal(row, query, allow_orphans=allow_orphans)
        if chosen is None:
            continue
        score = (sum(_distance(obj) for obj in chosen), chosen[0].order, chosen)
        if best is None or score[:2] < best[:2]:
            best = score
    return None if best is None else Pick(best[2], next_to_each_other=True)


def _outward_from_ideal(
    row: SeatLine, query: BestAvailableQuery, *, allow_orphans: bool
) -> tuple[ObjectDef, ...] | None:
    """The first window that can be taken, searching outward from the row's ideal window."""
    size = query.number
    windows = row.windows(size)
    if not windows:
        return None
    distances = row.distances
    ideal = min(windows, key=lambda window: (sum(distances[i] for i in window), window[0]))[0]
    for window in sorted(windows, key=lambda window: (row.gap(window[0], ideal), window[0])):
        chosen = tuple(obj for obj in (row.line[i] for i in window) if obj is not None)
        if len(chosen) != size or _accessible(chosen) < query.accessible_seats:
            continue
        if not allow_orphans and leaves_orphan(row, window):
            continue
        return chosen
    return None


def leaves_orphan(row: SeatLine, window: tuple[int, ...]) -> bool:
    """Whether taking the window leaves a lone free seat right next to it: a free seat whose
    other neighbour is taken, not free, or missing (the end of a row)."""
    taken = set(window)
    beside = {other for end in (window[0], window[-1]) for other in row.neighbours(end)} - taken
    return any(
        row.free[seat]
        and all(other in taken or not row.free[other] for other in row.neighbours(seat))
        for seat in beside
    )


def _accessible(objects: Sequence[ObjectDef]) -> int:
    return sum(1 for obj in objects if obj.is_accessible)


def _closest_seats(seats: list[ObjectDef], query: BestAvailableQuery) -> Pick | None:
    if len(seats) < query.number:
        return None
    wanted_accessible = query.accessible_seats
    accessible = heapq.nsmallest(
        wanted_accessible, (s for s in seats if s.is_accessible), key=_distance
    )
    if len(accessible) < wanted_accessible:
        return None
    taken = {obj.label for obj in accessible}
    rest = heapq.nsmallest(
        query.number - len(accessible), (s for s in seats if s.label not in taken), key=_distance
    )
    chosen = sorted([*accessible, *rest], key=lambda obj: obj.order)
    if len(chosen) < query.number:
        return None
    return Pick(tuple(chosen), next_to_each_other=False)


def _closest_units(candidates: list[ObjectDef], query: BestAvailableQuery) -> Pick | None:
    units = [obj for obj in candidates if obj.object_type in ("table", "booth")]
    if len(units) < query.number:
        return None
    chosen = sorted(heapq.nsmallest(query.number, units, key=_distance), key=lambda o: o.order)
    return Pick(tuple(chosen))


def _one_area(
    view: EventView, candidates: list[ObjectDef], query: BestAvailableQuery
) -> Pick | None:
    for area in sorted(
        (obj for obj in candidates if obj.object_type == "generalAdmission"), key=_distance
    ):
        free_places = area_free_places(area, view.state(area.label), view.for_sale(area))
        if area.book_as_a_whole and query.number != (area.capacity or 0):
            continue
        if free_places >= query.number:
            return Pick((area,), places=query.number)
    return None
