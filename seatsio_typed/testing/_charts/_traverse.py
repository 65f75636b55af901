"""One pass over a drawing that turns it into `ObjectDef`s, in chart order (chart-model.md §2.1).

For each floor: the floor's own drawing, then each section's nested drawing; inside a drawing:
row seats, tables (their seats, then the table), booths, general admission areas.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from seatsio_typed.testing._charts._json import (
    JsonObject,
    category_key,
    flag,
    integer,
    label_text,
    object_or_empty,
    objects_in,
    text,
)
from seatsio_typed.testing._charts._readers import (
    ORIGIN,
    coordinate,
    displayed,
    half_size,
    part,
    point,
    published,
    read_categories,
    read_floors,
    read_zones,
)
from seatsio_typed.testing._charts._resolve import Resolver
from seatsio_typed.testing._charts.model import (
    CategoryDef,
    FloorDef,
    LabelPart,
    Point,
    SeatGroup,
    SectionDef,
    ZoneDef,
)
from seatsio_typed.testing._charts.objects import (
    SEAT_EXTRAS,
    Extras,
    ObjectDef,
    ObjectType,
    Parent,
    Placement,
)


@dataclass(frozen=True, slots=True)
class _Scope:
    """What the objects of one drawing inherit from where they sit."""

    floor: FloorDef | None
    section: SectionDef | None
    section_category: int | str | None
    section_stored_category_label: str | None
    offset: Point
    focal_point: Point | None


@dataclass(slots=True)
class Parsed:
    """Everything one pass over a drawing yields; `ChartIndex` wraps it."""

    name: str
    venue_type: str | None
    categories: tuple[CategoryDef, ...]
    zones: tuple[ZoneDef, ...]
    floors: tuple[FloorDef, ...]
    floor_focal_points: tuple[Point | None, ...]
    objects: list[ObjectDef] = field(default_factory=list[ObjectDef])
    groups: list[SeatGroup] = field(default_factory=list[SeatGroup])
    sections: list[SectionDef] = field(default_factory=list[SectionDef])
    unlabeled_containers: list[str] = field(default_factory=list[str])
    """Technical labels (with "?") of rows, tables and sections that lack a label."""
    empty_floors: list[FloorDef] = field(default_factory=list[FloorDef])


def parse_drawing(drawing: JsonObject) -> Parsed:
    """Read a drawing (the format of the sample charts) into plain, immutable facts."""
    return _Walker(drawing).run()


class _Walker:
    """Holds the per-pass lookups (categories, zone focal points, shared parts) and results."""

    def __init__(self, drawing: JsonObject) -> None:
        floors = read_floors(drawing)
        categories = read_categories(drawing)
        zones = read_zones(drawing)
        self._floors = floors
        self._resolver = Resolver(categories)
        self._zone_focal_points = {zone.key: zone.focal_point for zone in zones}
        self._placements: dict[tuple[Placement, str], Placement] = {}
        self.result = Parsed(
            name=text(drawing.get("name")) or "",
            venue_type=text(drawing.get("venueType")),
            categories=categories,
            zones=zones,
            floors=tuple(floor for floor, _ in floors if floor is not None),
            floor_focal_points=tuple(point(raw.get("focalPoint")) for _, raw in floors),
        )

    def run(self) -> Parsed:
        for (floor, raw), focal_point in zip(
            self._floors, self.result.floor_focal_points, strict=True
        ):
            before = len(self.result.objects)
            top = _Scope(floor, None, None, None, ORIGIN, focal_point)
            self._visit_drawing(raw, top)
            for section in objects_in(raw.get("sections")):
                if published(section):
                    self._visit_section(section, top)
            if floor is not None and len(self.result.objects) == before:
                self.result.empty_floors.append(floor)
        return self.result

    def _visit_section(self, raw: JsonObject, parent: _Scope) -> None:
        label, unlabeled = part(raw.get("label"))
        if unlabeled:
            self.result.unlabeled_containers.append(label)
        zone = label_text(raw.get("zone"))
        top_left = point(raw.get("topLeft")) or ORIGIN
        wire_key = category_key(raw.get("categoryKey"))
        section = SectionDef(
            label=label,
            display_label=displayed(raw, label),
            category_key=None if wire_key is None else str(wire_key),
            entrance=text(raw.get("entrance")) or None,
            zone=zone,
            floor=parent.floor,
            top_left=top_left,
        )
        self.result.sections.append(section)
        zone_focal_point = self._zone_focal_points.get(zone) if zone is not None else None
        scope = _Scope(
            floor=parent.floor,
            section=section,
            section_category=wire_key,
            section_stored_category_label=text(raw.get("categoryLabel")),
            offset=Point(parent.offset.x + top_left.x, parent.offset.y + top_left.y),
            # Objects of a zoned section measure to their zone's focal point (chart-model.md §2.9).
            focal_point=zone_focal_point or parent.focal_point,
        )
        self._visit_drawing(object_or_empty(raw.get("subChart")), scope)

    def _visit_drawing(self, raw: JsonObject, scope: _Scope) -> None:
        place = self._placement(scope)
        for row in objects_in(raw.get("rows")):
            if published(row):
                self._visit_row(row, scope)
        for table in objects_in(raw.get("tables")):
            if published(table):
                self._visit_table(table, scope, place)
        for booth in objects_in(raw.get("booths")):
            if published(booth):
                self._visit_single(booth, scope, place, "booth")
        for area in objects_in(raw.get("generalAdmissionAreas")):
            if published(area):
                self._visit_single(area, scope, place, "generalAdmission")

    @staticmethod
    def _placement(scope: _Scope, row: JsonObject | None = None) -> Placement:
        section = scope.section
        if section is not None:
            return Placement(
                section.label,
                section.display_label,
                section.label,
                section.entrance,
                section.zone,
                scope.floor,
            )
        row_section = None if row is None else label_text(row.get("sectionLabel"))
        if row_section:
            # A sectionless row's section label is reported but is no part of the technical
            # label (chart-model.md §2.2, §2.6).
            shown = displayed(row or {}, row_section, "sectionDisplayedLabel")
            return Placement(row_section, shown, None, None, None, scope.floor)
        return Placement(None, None, None, None, None, scope.floor)

    def _own_placement(self, raw: JsonObject, place: Placement) -> Placement:
        """`place`, or a copy carrying the object's own entrance when it has one."""
        own = raw.get("entrance")
        if not own or type(own) is not str or own == place.entrance:
            return place
        key = (place, own)
        found = self._placements.get(key)
        if found is None:
            found = Placement(
                place.section,
                place.section_displayed,
                place.section_id,
                own,
                place.zone,
                place.floor,
            )
            self._placements[key] = found
        return found

    def _visit_row(self, row: JsonObject, scope: _Scope) -> None:
        place = self._placement(scope, row)
        row_label, row_unlabeled = part(row.get("label"))
        prefix = row_label if place.section_id is None else f"{place.section_id}-{row_label}"
        if row_unlabeled:
            self.result.unlabeled_containers.append(prefix)
        group = len(self.result.groups)
        parent = Parent(row_label, LabelPart(displayed(row, row_label), "row"), group, None)
        seats = [seat for seat in objects_in(row.get("seats")) if published(seat)]
        parts = [part(seat.get("label")) for seat in seats]
        labels = [f"{prefix}-{own}" for own, _ in parts]
        first = len(self.result.objects)
        last = len(seats) - 1
        for position, seat in enumerate(seats):
            own, own_unlabeled = parts[position]
            self._add_seat(
                seat,
                scope,
                place,
                parent,
                label=labels[position],
                own=own,
                unlabeled=own_unlabeled or row_unlabeled,
                position=position,
                fallback=None,
                # Neighbours follow drawing order and technical labels (chart-model.md §2.8).
                left=labels[position - 1] if position > 0 else None,
                right=labels[position + 1] if position < last else None,
            )
        self.result.groups.append(
            SeatGroup(
                group,
                "row",
                prefix,
                tuple(labels),
                self._distances_from(first),
                place.section,
                place.zone,
                place.floor,
            )
        )

    def _visit_table(self, table: JsonObject, scope: _Scope, place: Placement) -> None:
        table_label, table_unlabeled = part(table.get("label"))
        technical = table_label if place.section_id is None else f"{place.section_id}-{table_label}"
        if table_unlabeled:
            self.result.unlabeled_containers.append(technical)
        group = len(self.result.groups)
        shown = LabelPart(displayed(table, table_label), "table")
        parent = Parent(table_label, shown, group, technical)
        seats = [seat for seat in objects_in(table.get("seats")) if published(seat)]
        table_key = category_key(table.get("categoryKey"))
        first = len(self.result.objects)
        labels: list[str] = []
        for position, seat in enumerate(seats):
            own, own_unlabeled = part(seat.get("label"))
            labels.append(f"{technical}-{own}")
            # Reports leave table seats without neighbours; best available uses the group ring.
            self._add_seat(
                seat,
                scope,
                place,
                parent,
                label=labels[-1],
                own=own,
                unlabeled=own_unlabeled or table_unlabeled,
                position=position,
                fallback=table_key,
                left=None,
                right=None,
            )
        self.result.groups.append(
            SeatGroup(
                group,
                "table",
                technical,
                tuple(labels),
                self._distances_from(first),
                place.section,
                place.zone,
                place.floor,
                ring=_shape_type(table) == "round",
            )
        )
        # A table without its own category takes the one its seats share (chart-model.md §2.5).
        seat_keys = {category_key(seat.get("categoryKey")) for seat in seats} - {None}
        common_key = next(iter(seat_keys)) if len(seat_keys) == 1 else None
        half_width, half_height = half_size(table)
        extras = Extras(
            book_as_a_whole=flag(table.get("bookAsAWhole")),
            num_seats=len(seats),
            half_width=half_width,
            half_height=half_height,
            seat_group=group,
            shape_type=_shape_type(table),
        )
        self._add_single(
            table,
            scope,
            place,
            "table",
            table_label,
            shown.label,
            table_unlabeled,
            extras,
            common_key,
        )

    def _visit_single(
        self, raw: JsonObject, scope: _Scope, place: Placement, object_type: ObjectType
    ) -> None:
        own, unlabeled = part(raw.get("label"))
        half_width, half_height = half_size(raw)
        extras = Extras(half_width=half_width, half_height=half_height)
        if object_type == "generalAdmission":
            capacity = integer(raw.get("capacity")) or 0
            variable = flag(raw.get("variableOccupancy"))
            stored_max = integer(raw.get("maxOccupancy"))
            extras = Extras(
                capacity=capacity,
                book_as_a_whole=flag(raw.get("bookAsAWhole")),
                variable_occupancy=variable,
                min_occupancy=integer(raw.get("minOccupancy")),
                # No sample stores a maximum: it is the capacity (confirmed for GA1).
                max_occupancy=(capacity if stored_max is None else stored_max)
                if variable
                else None,
                half_width=half_width,
                half_height=half_height,
                shape_type=_shape_type(raw),
            )
        self._add_single(
            raw, scope, place, object_type, own, displayed(raw, own), unlabeled, extras, None
        )

    def _add_single(
        self,
        raw: JsonObject,
        scope: _Scope,
        place: Placement,
        object_type: ObjectType,
        own: str,
        shown: str,
        unlabeled: bool,
        extras: Extras,
        fallback: int | str | None,
    ) -> None:
        centre = point(raw.get("center")) or point(raw) or ORIGIN
        self._append(
            raw,
            scope,
            place,
            None,
            label=own if place.section_id is None else f"{place.section_id}-{own}",
            object_type=object_type,
            own=own,
            shown=shown,
            unlabeled=unlabeled,
            extras=extras,
            fallback=fallback,
            x=scope.offset.x + centre.x,
            y=scope.offset.y + centre.y,
            position=None,
            left=None,
            right=None,
        )

    def _add_seat(
        self,
        raw: JsonObject,
        scope: _Scope,
        place: Placement,
        parent: Parent,
        *,
        label: str,
        own: str,
        unlabeled: bool,
        position: int,
        fallback: int | str | None,
        left: str | None,
        right: str | None,
    ) -> None:
        self._append(
            raw,
            scope,
            place,
            parent,
            label=label,
            object_type="seat",
            own=own,
            shown=displayed(raw, own),
            unlabeled=unlabeled,
            extras=SEAT_EXTRAS,
            fallback=fallback,
            x=scope.offset.x + coordinate(raw.get("x")),
            y=scope.offset.y + coordinate(raw.get("y")),
            position=position,
            left=left,
            right=right,
        )

    def _append(
        self,
        raw: JsonObject,
        scope: _Scope,
        place: Placement,
        parent: Parent | None,
        *,
        label: str,
        object_type: ObjectType,
        own: str,
        shown: str,
        unlabeled: bool,
        extras: Extras,
        fallback: int | str | None,
        x: float,
        y: float,
        position: int | None,
        left: str | None,
        right: str | None,
    ) -> None:
        category = self._resolver.category(
            raw, fallback, scope.section_category, scope.section_stored_category_label
        )
        objects = self.result.objects
        objects.append(
            ObjectDef(
                label=label,
                object_type=object_type,
                own_id=own,
                own_label=shown,
                parent=parent,
                place=self._own_placement(raw, place),
                object_category=category,
                accessibility=self._resolver.accessibility(raw, category),
                extras=extras,
                uuid=text(raw.get("uuid")),
                order=len(objects),
                left_neighbour=left,
                right_neighbour=right,
                distance_to_focal_point=self._distance(scope, x, y),
                x=x,
                y=y,
                position=position,
                unlabeled=unlabeled,
            )
        )

    def _distances_from(self, first: int) -> tuple[float, ...]:
        """The focal-point distances of the seats appended since index `first` (inf: none)."""
        return tuple(
            math.inf if obj.distance_to_focal_point is None else obj.distance_to_focal_point
            for obj in self.result.objects[first:]
        )

    @staticmethod
    def _distance(scope: _Scope, x: float, y: float) -> float | None:
        focal_point = scope.focal_point
        if focal_point is None:
            return None
        return math.hypot(x - focal_point.x, y - focal_point.y)


def _shape_type(raw: JsonObject) -> str | None:
    """The drawing's shape `type` of a table or GA area, when it is a non-empty string."""
    value = raw.get("type")
    return value if isinstance(value, str) and value else None
