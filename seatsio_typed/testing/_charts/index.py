"""`ChartIndex`: a drawing read once into immutable facts, and the bookable objects per table mode.

The emulator builds one index per published (or draft) drawing version and reuses it for every
event and call; the objects bookable under an event's `tableBookingConfig` are computed once per
distinct configuration.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal, TypeAlias, TypeVar, cast, get_args

from seatsio_typed.testing._charts._traverse import parse_drawing
from seatsio_typed.testing._charts.model import (
    CategoryDef,
    FloorDef,
    Point,
    SeatGroup,
    SectionDef,
    ZoneDef,
)
from seatsio_typed.testing._charts.objects import ObjectDef
from seatsio_typed.testing._charts.venue import DEFAULT_VENUE_TYPE, api_venue_type

TableBookingMode = Literal["INHERIT", "ALL_BY_SEAT", "ALL_BY_TABLE", "CUSTOM"]
"""Event-level `tableBookingConfig.mode` (chart-model.md §5.2)."""

TABLE_BOOKING_MODES: Final[tuple[str, ...]] = get_args(TableBookingMode)
TABLE_BY_TABLE: Final = "BY_TABLE"
TABLE_BY_SEAT: Final = "BY_SEAT"

_Config: TypeAlias = tuple[str, tuple[tuple[str, str], ...]]
"""A table booking config as cache key: mode and the sorted CUSTOM overrides."""


# A user's suite may create events with many distinct CUSTOM maps; keep the memo bounded.
_MAX_CACHED_CONFIGS: Final = 256

_Derived = TypeVar("_Derived")


@dataclass(frozen=True, slots=True, eq=False)
class BookableObjects:
    """The objects an event can book under one table booking configuration, in chart order.

    Labels need not be unique (the Errors chart has `A-1` twice): `objects` keeps every object,
    `by_label` maps a label to its first object in chart order. Event state is kept per label,
    so duplicates share it; reports list each of them.
    """

    objects: tuple[ObjectDef, ...]
    by_label: Mapping[str, ObjectDef]
    duplicates: Mapping[str, tuple[ObjectDef, ...]]
    """Only the labels carried by more than one object, with all of them."""

    @classmethod
    def of(cls, objects: tuple[ObjectDef, ...]) -> BookableObjects:
        """Index `objects` (already in chart order) by label."""
        by_label: dict[str, ObjectDef] = {}
        repeated: dict[str, list[ObjectDef]] = {}
        for obj in objects:
            first = by_label.setdefault(obj.label, obj)
            if first is not obj:
                repeated.setdefault(obj.label, [first]).append(obj)
        return cls(
            objects=objects,
            by_label=MappingProxyType(by_label),
            duplicates=MappingProxyType({label: tuple(objs) for label, objs in repeated.items()}),
        )

    def with_label(self, label: str) -> tuple[ObjectDef, ...]:
        """Every object carrying `label` (usually one, none when it is not bookable here)."""
        repeated = self.duplicates.get(label)
        if repeated is not None:
            return repeated
        found = self.by_label.get(label)
        return () if found is None else (found,)


@dataclass(frozen=True, slots=True, eq=False)
class ChartIndex:
    """Everything the emulator needs to know about one drawing, derived once."""

    name: str
    venue_type: str
    """The drawing's `venueType` (drawing vocabulary; "SIMPLE" when absent)."""
    categories: tuple[CategoryDef, ...]
    zones: tuple[ZoneDef, ...]
    floors: tuple[FloorDef, ...]
    """The floors of a multi-floor chart; empty for a single drawing."""
    focal_point: Point | None
    """The chart's focal point (the first floor that has one)."""
    supports_best_available: bool
    objects: tuple[ObjectDef, ...]
    """Every object of the chart in traversal order: table seats AND tables."""
    tables: tuple[ObjectDef, ...]
    """The table objects, in chart order."""
    groups: tuple[SeatGroup, ...]
    sections: tuple[SectionDef, ...]
    entrances: tuple[str, ...]
    """Distinct entrances: the sections' (in drawing order), then objects' own ones."""
    unlabeled_containers: tuple[str, ...]
    """Rows, tables and sections without a label (their technical label with "?")."""
    empty_floors: tuple[FloorDef, ...]
    _all: BookableObjects = field(repr=False)
    _by_config: dict[_Config, BookableObjects] = field(
        default_factory=dict[_Config, BookableObjects], repr=False
    )
    _by_decisions: dict[tuple[bool, ...], BookableObjects] = field(
        default_factory=dict[tuple[bool, ...], BookableObjects], repr=False
    )
    _derived: dict[Callable[[ChartIndex], object], object] = field(
        default_factory=dict[Callable[["ChartIndex"], object], object], repr=False
    )

    @classmethod
    def from_drawing(cls, drawing: Mapping[str, object]) -> ChartIndex:
        """Read a drawing (the JSON of the sample charts) in one pass."""
        parsed = parse_drawing(drawing)
        objects = tuple(parsed.objects)
        zone_points = [zone.focal_point for zone in parsed.zones]
        floor_points = [point for point in parsed.floor_focal_points if point is not None]
        entrances = dict.fromkeys(
            [section.entrance for section in parsed.sections if section.entrance is not None]
            + [obj.entrance for obj in objects if obj.entrance is not None]
        )
        return cls(
            name=parsed.name,
            venue_type=parsed.venue_type or DEFAULT_VENUE_TYPE,
            categories=parsed.categories,
            zones=parsed.zones,
            floors=parsed.floors,
            focal_point=floor_points[0] if floor_points else None,
            # Best available needs a focal point: the chart's or its zones' (chart-model.md §4.1).
            supports_best_available=bool(floor_points)
            or any(point is not None for point in zone_points),
            objects=objects,
            tables=tuple(obj for obj in objects if obj.object_type == "table"),
            groups=tuple(parsed.groups),
            sections=tuple(parsed.sections),
            entrances=tuple(entrances),
            unlabeled_containers=tuple(parsed.unlabeled_containers),
            empty_floors=tuple(parsed.empty_floors),
            _all=BookableObjects.of(objects),
        )

    @property
    def api_venue_type(self) -> str:
        """The venue type as the Chart resource reports it (SIMPLE, WITH_ZONES, ...)."""
        return api_venue_type(self.venue_type)

    @property
    def duplicate_labels(self) -> tuple[str, ...]:
        """Labels carried by more than one object (under any table mode)."""
        return tuple(self._all.duplicates)

    def category(self, key: int | str) -> CategoryDef | None:
        """The category with `key`, compared as text so that 9 and "9" match."""
        wanted = str(key)
        return next((cat for cat in self.categories if cat.key_text == wanted), None)

    def zone(self, key: str) -> ZoneDef | None:
        """The zone with `key`."""
        return next((zone for zone in self.zones if zone.key == key), None)

    def lookup(self, label: str) -> tuple[ObjectDef, ...]:
        """Every object with `label` under ANY table mode ("not bookable here" vs unknown)."""
        return self._all.with_label(label)

    def objects_for(
        self, mode: str = "INHERIT", tables: Mapping[str, str] | None = None
    ) -> Mapping[str, ObjectDef]:
        """Label -> object for the objects bookable under a `tableBookingConfig`, chart order."""
        return self.bookable(mode, tables).by_label

    def derived(self, compute: Callable[[ChartIndex], _Derived]) -> _Derived:
        """`compute(self)`, computed on the first call and kept for the life of the index.

        For data the layers above derive from a drawing (report fields of every object): the
        drawing never changes once indexed, so they are kept with it, keyed by `compute`.
        Callers run under the emulator's lock, like the rest of the state.
        """
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return cast("_Derived", self._derived[compute])

    def bookable(
        self, mode: str = "INHERIT", tables: Mapping[str, str] | None = None
    ) -> BookableObjects:
        """The objects bookable under a `tableBookingConfig` (computed once per config).

        INHERIT follows each table's chart flag; ALL_BY_SEAT / ALL_BY_TABLE override every
        table; CUSTOM overrides the tables named in `tables` (technical table label ->
        "BY_TABLE" or "BY_SEAT") and lets the others inherit. `tables` is ignored for the
        other modes. Raises ValueError for an unknown mode or table value.
        """
        overrides = tuple(sorted(tables.items())) if mode == "CUSTOM" and tables else ()
        config = (mode, overrides)
        cached = self._by_config.get(config)
        if cached is not None:
            return cached
        decisions = self._decisions(mode, dict(overrides))
        found = self._by_decisions.get(decisions)
        if found is None:
            found = self._select(decisions)
            self._by_decisions[decisions] = found
        if len(self._by_config) >= _MAX_CACHED_CONFIGS:
            self._by_config.clear()
        self._by_config[config] = found
        return found

    def _decisions(self, mode: str, overrides: dict[str, str]) -> tuple[bool, ...]:
        """For each table in chart order: is it booked as a whole under this config?"""
        if mode not in TABLE_BOOKING_MODES:
            raise ValueError(f"unknown table booking mode {mode!r}")
        for name, value in overrides.items():
            if value not in (TABLE_BY_TABLE, TABLE_BY_SEAT):
                raise ValueError(f"table {name!r}: expected BY_TABLE or BY_SEAT, got {value!r}")
        decisions: list[bool] = []
        for table in self.tables:
            if mode == "ALL_BY_TABLE":
                decisions.append(True)
            elif mode == "ALL_BY_SEAT":
                decisions.append(False)
            else:
                choice = overrides.get(table.label)
                decisions.append(table.book_as_a_whole if choice is None else choice == "BY_TABLE")
        return tuple(decisions)

    def _select(self, decisions: tuple[bool, ...]) -> BookableObjects:
        by_table: dict[int | None, bool] = {
            table.group: decided
            for table, decided in zip(self.tables, decisions, strict=True)
            if table.group is not None
        }
        if not by_table:
            return self._all
        chosen = tuple(
            obj
            for obj in self.objects
            if (
                by_table.get(obj.group, False)
                if obj.object_type == "table"
                else obj.table is None or not by_table.get(obj.group, False)
            )
        )
        return BookableObjects.of(chosen)
