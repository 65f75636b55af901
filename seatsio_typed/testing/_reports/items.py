"""Report items: one object's info, the group it falls in for every dimension, its places.

An event report item is exactly the object's EventObjectInfo (reports.md §3.3: the same object
the object-info calls return), rendered by `EventView.object_info`; a chart report item is the
object's chart-level info (§2.3). The group keys are read from that info, so a report can never
disagree with the object infos.

Summaries count places (§2.4, §3.4): a seat or booth counts 1; a general admission area counts
its capacity, split by how its places stand (booked, held, free, not for sale); a table counts
1 in chart reports and its seats in event reports (accounts created after 2022-07-12, §3.4).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final, cast

from seatsio_typed.testing._charts import ChartIndex, ObjectDef
from seatsio_typed.testing._engine.records import BOOKED, FREE, HELD, ObjectState
from seatsio_typed.testing._engine.view import EventView
from seatsio_typed.testing._reports.status_source import report_state
from seatsio_typed.testing._wire.messages import JSONObject, dump_json_text

NO_CATEGORY: Final = "NO_CATEGORY"
NO_SECTION: Final = "NO_SECTION"
NO_ZONE: Final = "NO_ZONE"
NO_CHANNEL: Final = "NO_CHANNEL"
NO_ORDER_ID: Final = "NO_ORDER_ID"
AVAILABLE: Final = "available"
NOT_AVAILABLE: Final = "not_available"
NOT_FOR_SALE: Final = "not_for_sale"

EVENT_SUMMARY_DIMENSIONS: Final[tuple[str, ...]] = (
    "byStatus",
    "byObjectType",
    "byCategoryLabel",
    "byCategoryKey",
    "bySection",
    "byZone",
    "byAvailability",
    "byAvailabilityReason",
    "byChannel",
)
"""The event report types that have summaries, in the order `Part.values` holds them."""

EVENT_DIMENSIONS: Final[tuple[str, ...]] = (*EVENT_SUMMARY_DIMENSIONS, "byLabel", "byOrderId")
"""Every event report type (the path segment after the event key)."""

CHART_SUMMARY_DIMENSIONS: Final[tuple[str, ...]] = (
    "byObjectType",
    "byCategoryKey",
    "byCategoryLabel",
    "bySection",
    "byZone",
)
"""The chart report types that have summaries, in the order `Part.values` holds them."""

CHART_DIMENSIONS: Final[tuple[str, ...]] = ("byLabel", *CHART_SUMMARY_DIMENSIONS)
"""Every chart report type."""


@dataclass(frozen=True, slots=True)
class Part:
    """Some places of one object that share every summary dimension's value."""

    places: int
    values: tuple[str, ...]
    """One group key per summary dimension, in the order of the report family's tuple."""


@dataclass(frozen=True, slots=True)
class ReportItem:
    """One object in a report: its info, its group per dimension and its places."""

    info: JSONObject
    groups: Mapping[str, str]
    """Report type ("bySection") -> the group key of this object ("NO_SECTION")."""
    parts: tuple[Part, ...]


def _text(info: JSONObject, key: str, fallback: str) -> str:
    value = info.get(key)
    return value if isinstance(value, str) else fallback


def _count(info: JSONObject, key: str) -> int:
    value = info.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _chart_groups(info: JSONObject) -> dict[str, str]:
    category_key = info.get("categoryKey")
    return {
        "byLabel": _text(info, "label", ""),
        "byObjectType": _text(info, "objectType", ""),
        "byCategoryKey": NO_CATEGORY if category_key is None else str(category_key),
        "byCategoryLabel": _text(info, "categoryLabel", NO_CATEGORY),
        "bySection": _text(info, "section", NO_SECTION),
        "byZone": _text(info, "zone", NO_ZONE),
    }


_CATEGORY_FIELDS: Final = frozenset({"categoryKey", "categoryLabel"})
"""The chart fields an event's object info may replace (`objectCategories`)."""


@dataclass(slots=True)
class ChartFacts:
    """An object's chart info and chart-level groups, computed once per drawing."""

    info: JSONObject
    """Shared: copy it before handing it out or changing it."""
    groups: Mapping[str, str]
    places: int
    """Places in chart reports."""
    event_field_names: frozenset[str]
    """The chart field names an event info keeps (objects of one kind share the set)."""
    _event_fragment: str | None = None
    _chart_text: str | None = None

    def chart_text(self) -> str:
        """The object's chart report item, encoded (computed on first use and kept)."""
        if self._chart_text is None:
            self._chart_text = dump_json_text(self.info)
        return self._chart_text

    def event_fragment(self) -> str:
        """The chart fields of the object's event info, encoded, without the braces.

        `EventView.object_info` keeps the chart fields in their order, drops the category
        fields and appends the event's fields after them; so an event info is exactly `{`, this
        fragment, `,`, the encoded event fields without braces, `}` (see `encoding.py`).
        Computed on first use (only big reports need it) and kept: the drawing never changes.
        """
        if self._event_fragment is None:
            self._event_fragment = dump_json_text(self.event_chart_fields())[1:-1]
        return self._event_fragment

    def event_chart_fields(self) -> JSONObject:
        """The chart fields an event info keeps, in order (a fresh dict)."""
        return {k: v for k, v in self.info.items() if k not in _CATEGORY_FIELDS}


# Rendering the chart fields of 8,897 objects costs more than the rest of a report; a drawing
# never changes once indexed, so they are kept per ChartIndex (by identity, the index itself
# held so that its id stays its own), for the few most recently reported drawings. Several
# emulators may run in one process (each under its own lock), hence a lock of its own.
_FACTS: dict[int, tuple[ChartIndex, dict[int, ChartFacts]]] = {}
_FACTS_LOCK = threading.Lock()
_MAX_CACHED_CHARTS: Final = 8


def chart_facts(index: ChartIndex) -> dict[int, ChartFacts]:
    """`id(obj)` -> facts for every object of the drawing (tables and their seats alike)."""
    with _FACTS_LOCK:
        cached = _FACTS.get(id(index))
    if cached is not None and cached[0] is index:
        return cached[1]
    facts: dict[int, ChartFacts] = {}
    name_sets: dict[frozenset[str], frozenset[str]] = {}
    for obj in index.objects:
        # chart_info builds a fresh dict of JSON values; its declared type is just wider.
        info = cast("JSONObject", obj.chart_info())
        places = _count(info, "capacity") if obj.object_type == "generalAdmission" else 1
        names = frozenset(info) - _CATEGORY_FIELDS
        names = name_sets.setdefault(names, names)
        facts[id(obj)] = ChartFacts(info, _chart_groups(info), places, names)
    with _FACTS_LOCK:
        while len(_FACTS) >= _MAX_CACHED_CHARTS:
            del _FACTS[next(iter(_FACTS))]
        _FACTS[id(index)] = (index, facts)
    return facts


def _event_parts(info: JSONObject, groups: Mapping[str, str]) -> tuple[Part, ...]:
    object_type = groups["byObjectType"]
    common = (
        object_type,
        groups["byCategoryLabel"],
        groups["byCategoryKey"],
        groups["bySection"],
        groups["byZone"],
    )
    channel = groups["byChannel"]
    if object_type != "generalAdmission":
        places = max(_count(info, "numSeats"), 1) if object_type == "table" else 1
        values = (
            groups["byStatus"],
            *common,
            groups["byAvailability"],
            groups["byAvailabilityReason"],
            channel,
        )
        return (Part(places, values),)
    # A GA area's places stand differently: split them so that summaries count each place
    # under its own status and availability.
    booked, held, free = _count(info, "numBooked"), _count(info, "numHeld"), _count(info, "numFree")
    not_for_sale = max(_count(info, "capacity") - booked - held - free, 0)
    status = groups["byStatus"]
    taken_status = BOOKED if status in (FREE, HELD) else status
    split = (
        (booked, taken_status, NOT_AVAILABLE, taken_status),
        (held, HELD, NOT_AVAILABLE, HELD),
        (free, FREE, AVAILABLE, AVAILABLE),
        (not_for_sale, FREE, NOT_AVAILABLE, NOT_FOR_SALE),
    )
    return tuple(
        Part(places, (part_status, *common, availability, reason, channel))
        for places, part_status, availability, reason in split
        if places > 0
    )


def _category_key_group(info: JSONObject) -> str:
    category_key = info.get("categoryKey")
    return NO_CATEGORY if category_key is None else str(category_key)


EVENT_GROUP_READERS: Final[Mapping[str, Callable[[JSONObject], str]]] = {
    "byCategoryKey": _category_key_group,
    "byCategoryLabel": lambda info: _text(info, "categoryLabel", NO_CATEGORY),
    "byStatus": lambda info: _text(info, "status", FREE),
    "byAvailability": lambda info: AVAILABLE if info.get("isAvailable") is True else NOT_AVAILABLE,
    "byAvailabilityReason": lambda info: _text(info, "availabilityReason", AVAILABLE),
    "byChannel": lambda info: _text(info, "channel", NO_CHANNEL),
    "byOrderId": lambda info: _text(info, "orderId", NO_ORDER_ID),
}
"""Report type -> its group key read from an object's event info (or only its event fields:
none of these reads a chart field). The other report types take the chart's group."""


def _event_item(
    view: EventView, obj: ObjectDef, fact: ChartFacts, state: ObjectState
) -> ReportItem:
    # A shallow copy: object_info only adds and replaces top-level keys, and the nested
    # labels/ids/floor objects are never changed by anyone.
    info = view.object_info(obj, state, dict(fact.info))
    groups = dict(fact.groups)
    for dimension, read in EVENT_GROUP_READERS.items():
        groups[dimension] = read(info)
    return ReportItem(info, groups, _event_parts(info, groups))


def event_tails(view: EventView) -> Iterator[tuple[ChartFacts, JSONObject]]:
    """Every bookable object of the event, in chart order: its chart facts and event fields.

    The event fields are what `EventView.object_info` adds to the chart fields (categories,
    status, for-sale, holds, channel, availability, ...), in its order; the whole info is the
    chart fields without the categories followed by these (`ChartFacts.event_fragment`).
    """
    event = view.event
    facts = chart_facts(view.index)
    for obj in view.bookable.objects:
        state = report_state(event, obj.label)
        yield facts[id(obj)], view.object_info(obj, state, {})


def event_items(view: EventView) -> Iterator[ReportItem]:
    """Every bookable object of the event, in chart order, as a report item.

    Args:
        view: the event with its chart, from `status_source.report_view`.
    """
    event = view.event
    facts = chart_facts(view.index)
    for obj in view.bookable.objects:
        state = report_state(event, obj.label)
        yield _event_item(view, obj, facts[id(obj)], state)


def event_parts(view: EventView) -> Iterator[Part]:
    """The places of every bookable object, for summaries: what `event_items` would give.

    Rendering 8,897 object infos costs more than counting them. A seat, table or booth differs
    in its summary groups from another of the same type, status, category, channel and
    for-sale state only by its chart groups (section, zone) and its places (status and for-sale
    decide availability; order ids, hold tokens and extra data are not summary dimensions), so
    one info is rendered per such kind and its event groups are reused. GA areas, whose places
    split by their counters, are rendered one by one, and so is every object of an event in a
    season: there each object's shown state comes from its seasons (the seasons engine gives
    the view a `season`).
    """
    event = view.event
    facts = chart_facts(view.index)
    kinds: dict[tuple[object, ...], tuple[str, ...]] = {}
    one_by_one = getattr(view, "season", None) is not None
    for obj in view.bookable.objects:
        fact = facts[id(obj)]
        state = report_state(event, obj.label)
        if one_by_one or obj.object_type == "generalAdmission":
            yield from _event_item(view, obj, fact, state).parts
            continue
        channel = view.channel(obj.label)
        kind = (obj.object_type, state.status, view.category(obj), channel, view.for_sale(obj))
        shared = kinds.get(kind)
        if shared is None:
            (part,) = _event_item(view, obj, fact, state).parts
            shared = kinds[kind] = part.values
            yield part
            continue
        status, object_type, category_label, category_key, _, _, available, reason, _ = shared
        groups = fact.groups
        places = max(_count(fact.info, "numSeats"), 1) if object_type == "table" else 1
        values = (
            status,
            object_type,
            category_label,
            category_key,
            groups["bySection"],
            groups["byZone"],
            available,
            reason,
            shared[-1],
        )
        yield Part(places, values)


def chart_items(index: ChartIndex, objects: tuple[ObjectDef, ...]) -> Iterator[ReportItem]:
    """Objects of a drawing (from `index`) as chart report items (ChartObjectInfo, no status)."""
    facts = chart_facts(index)
    for obj in objects:
        fact = facts[id(obj)]
        values = tuple(fact.groups[dimension] for dimension in CHART_SUMMARY_DIMENSIONS)
        yield ReportItem(dict(fact.info), fact.groups, (Part(fact.places, values),))
