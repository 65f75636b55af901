"""Lays a `ChartSpec` out as a drawing in the sample charts' format, with simple geometry.

Every drawing puts its rows first (stacked ROW_SPACING apart, seats SEAT_SPACING apart, each
row centred), then a line of tables, a line of booths and a line of GA areas. A floor's own
content starts FRONT units down, leaving room for the stage; its sections sit side by side
below it, each offset by its `topLeft`. An automatic focal point is the centre of the front
edge (y = 0); a zone's automatic focal point is just in front of its sections.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, TypeVar

from seatsio_typed.testing._charts._readers import ACCESSIBILITY_KEYS
from seatsio_typed.testing._charts._specs import (
    AreaSpec,
    BoothSpec,
    CategoryKey,
    ChartSpec,
    ContentSpec,
    FloorSpec,
    RowSpec,
    Seat,
    SectionSpec,
    TableSpec,
    ZoneSpec,
)

SEAT_SPACING: Final = 20.0
ROW_SPACING: Final = 25.0
MARGIN: Final = 20.0
FRONT: Final = 60.0
GAP: Final = 40.0
TABLE_CELL: Final = 100.0
TABLE_RADIUS: Final = 20.0
TABLE_SEAT_RING: Final = 32.0
BOOTH_CELL: Final = 60.0
BOOTH_SIZE: Final = 30.0
AREA_CELL: Final = 120.0
AREA_RADIUS: Final = 50.0
DRAWING_FORMAT_VERSION: Final = 22

Json = dict[str, object]


def _point(x: float, y: float) -> Json:
    return {"x": round(x, 2), "y": round(y, 2)}


@dataclass(slots=True)
class _Box:
    left: float
    top: float
    right: float
    bottom: float


@dataclass(slots=True)
class _Writer:
    """Turns specs into JSON, handing out designer uuids in order."""

    category_labels: dict[str, tuple[str, bool]]
    uuids: int = 0
    zone_boxes: dict[str, list[_Box]] = field(default_factory=dict[str, list[_Box]])

    def uuid(self) -> str:
        self.uuids += 1
        return f"uuid{self.uuids}"

    def designer(self, object_type: str) -> Json:
        """The designer's bookkeeping keys every drawn object carries."""
        return {"objectType": object_type, "uuid": self.uuid(), "published": True}

    def category(self, key: CategoryKey | None, *, with_accessible: bool = False) -> Json:
        """A stored copy of the category, as the designer writes it onto objects."""
        label, accessible = (None, None) if key is None else self.category_labels[str(key)]
        stored: Json = {"categoryKey": key, "categoryLabel": label}
        if with_accessible:
            stored["categoryAccessible"] = accessible
        return stored

    def seat(self, seat: Seat, x: float, y: float, default: CategoryKey | None) -> Json:
        category = seat.category if seat.category is not None else default
        return {
            **_point(x, y),
            "label": seat.label,
            "displayLabel": seat.display_label,
            **self.category(category, with_accessible=True),
            **dict(zip(ACCESSIBILITY_KEYS, seat.flags(), strict=True)),
            "entrance": seat.entrance,
            "uuid": self.uuid(),
            "published": True,
        }

    def row(self, row: RowSpec, x0: float, y: float) -> Json:
        seats = [
            self.seat(seat, x0 + position * SEAT_SPACING, y, row.category)
            for position, seat in enumerate(row.seats)
        ]
        return {
            "label": row.label,
            "displayLabel": row.display_label,
            "sectionLabel": None,
            "sectionDisplayedLabel": None,
            "seats": seats,
            "curve": 0,
            "chairSpacing": 4,
            **self.designer("row"),
        }

    def table(self, table: TableSpec, cx: float, cy: float) -> Json:
        count = max(1, len(table.seats))
        seats = [
            # Seats go round the table clockwise, starting at the bottom.
            self.seat(
                seat,
                cx + TABLE_SEAT_RING * math.sin(-2 * math.pi * position / count),
                cy + TABLE_SEAT_RING * math.cos(2 * math.pi * position / count),
                table.category,
            )
            for position, seat in enumerate(table.seats)
        ]
        return {
            "label": table.label,
            "displayLabel": table.display_label,
            "seats": seats,
            "center": _point(cx, cy),
            "radius": TABLE_RADIUS,
            "bookAsAWhole": table.book_as_a_whole,
            "type": "round",
            **self.designer("table"),
        }

    def booth(self, booth: BoothSpec, cx: float, cy: float) -> Json:
        return {
            "label": booth.label,
            "displayLabel": booth.display_label,
            **self.category(booth.category),
            "center": _point(cx, cy),
            "width": BOOTH_SIZE,
            "height": BOOTH_SIZE,
            "entrance": booth.entrance,
            **self.designer("booth"),
        }

    def area(self, area: AreaSpec, cx: float, cy: float) -> Json:
        result: Json = {
            "label": area.label,
            "displayLabel": area.display_label,
            **self.category(area.category),
            "capacity": area.capacity,
            "bookAsAWhole": area.book_as_a_whole,
            "variableOccupancy": area.variable_occupancy,
        }
        if area.min_occupancy is not None:
            result["minOccupancy"] = area.min_occupancy
        result |= {
            "center": _point(cx, cy),
            "type": "circle",
            "radius1": AREA_RADIUS,
            "radius2": AREA_RADIUS,
            "rotationAngle": 0,
            "entrance": area.entrance,
            **self.designer("generalAdmission"),
        }
        return result

    def content(
        self, content: ContentSpec, top: float, min_width: float = 0.0
    ) -> tuple[Json, float, float]:
        """The drawing keys of `content`, and its width and height (local coordinates)."""
        widths = [max(0, len(row.seats) - 1) * SEAT_SPACING for row in content.rows]
        lines = [
            len(content.tables) * TABLE_CELL,
            len(content.booths) * BOOTH_CELL,
            len(content.areas) * AREA_CELL,
        ]
        width = max(min_width, 2 * MARGIN + max([*widths, *lines, 0.0]))
        rows = [
            self.row(row, (width - row_width) / 2, top + position * ROW_SPACING)
            for position, (row, row_width) in enumerate(zip(content.rows, widths, strict=True))
        ]
        y = top + len(rows) * ROW_SPACING
        tables, y = _line(content.tables, TABLE_CELL, width, y, self.table)
        booths, y = _line(content.booths, BOOTH_CELL, width, y, self.booth)
        areas, y = _line(content.areas, AREA_CELL, width, y, self.area)
        drawing: Json = {
            "rows": rows,
            "tables": tables,
            "booths": booths,
            "generalAdmissionAreas": areas,
            "shapes": [],
            "texts": [],
            "icons": [],
            "imageObjects": [],
        }
        return drawing, width, y + MARGIN

    def section(self, section: SectionSpec) -> tuple[Json, float, float]:
        """A section's JSON (its `topLeft` and outline are set by the floor) and its size."""
        inner, width, height = self.content(section.content, MARGIN)
        return (
            {
                "label": section.label,
                "displayLabel": section.display_label,
                **self.category(section.category),
                "entrance": section.entrance,
                "zone": section.zone,
                "subChart": {**inner, "width": round(width, 2), "height": round(height, 2)},
                **self.designer("section"),
            },
            width,
            height,
        )

    def floor(self, floor: FloorSpec) -> Json:
        """One floor's drawing: its own content in front, its sections side by side behind."""
        sections = [(spec, *self.section(spec)) for spec in floor.sections]
        sections_width = sum(width for _, _, width, _ in sections) + GAP * max(0, len(sections) - 1)
        drawing, width, height = self.content(floor.content, FRONT, sections_width)
        x = (width - sections_width) / 2
        y = height if not floor.content.is_empty() else FRONT
        bottom = height
        for spec, written, section_width, section_height in sections:
            box = _Box(x, y, x + section_width, y + section_height)
            written["topLeft"] = _point(x, y)
            written["points"] = [
                _point(box.left, box.top),
                _point(box.right, box.top),
                _point(box.right, box.bottom),
                _point(box.left, box.bottom),
            ]
            if spec.zone is not None:
                self.zone_boxes.setdefault(spec.zone, []).append(box)
            bottom = max(bottom, box.bottom)
            x += section_width + GAP
        focal_point = floor.focal_point
        if focal_point is None and floor.auto_focal_point:
            focal_point = (width / 2, 0.0)
        drawing |= {
            "sections": [written for _, written, _, _ in sections],
            "focalPoint": None if focal_point is None else _point(*focal_point),
            "width": round(width, 2),
            "height": round(bottom, 2),
        }
        if floor.name is not None:
            drawing["floorName"] = floor.name
            drawing["floorDisplayName"] = floor.display_name or floor.name
        return drawing

    def zone_focal_point(self, zone: ZoneSpec) -> Json | None:
        """The zone's own focal point, else the middle of the front edge of its sections."""
        if zone.focal_point is not None:
            return _point(*zone.focal_point)
        boxes = self.zone_boxes.get(zone.key)
        if not boxes:
            return None
        left = min(box.left for box in boxes)
        right = max(box.right for box in boxes)
        return _point((left + right) / 2, min(box.top for box in boxes) - MARGIN)


def render_chart(spec: ChartSpec) -> Json:
    """The drawing JSON for `spec`, in the format of the sample charts."""
    writer = _Writer({str(cat.key): (cat.label, cat.accessible) for cat in spec.categories})
    floors = [writer.floor(floor) for floor in spec.floors]
    multi_floor = spec.floors[0].name is not None
    int_keys = [cat.key for cat in spec.categories if isinstance(cat.key, int)]
    result: Json = {
        "name": spec.name,
        "venueType": spec.venue_type or _venue_type(spec),
        "version": DRAWING_FORMAT_VERSION,
        "categories": {
            "list": [
                {
                    "key": cat.key,
                    "label": cat.label,
                    "color": cat.color,
                    "accessible": cat.accessible,
                }
                for cat in spec.categories
            ],
            "maxCategoryKey": max(int_keys, default=0),
        },
        "zones": {
            "list": [
                {"key": zone.key, "label": zone.label, "focalPoint": writer.zone_focal_point(zone)}
                for zone in spec.zones
            ]
        },
    }
    if multi_floor:
        result["subChartFloors"] = floors
    else:
        result["subChart"] = floors[0]
    result |= {"uuidCounter": writer.uuids, "sectionScaleFactor": 100}
    return result


def _venue_type(spec: ChartSpec) -> str:
    if spec.floors[0].name is not None:
        return "WITH_SECTIONS_AND_FLOORS"
    if spec.zones:
        return "ZONES"
    if any(floor.sections for floor in spec.floors):
        return "ROWS_WITH_SECTIONS"
    return "ROWS_WITHOUT_SECTIONS"


_S = TypeVar("_S")


def _line(
    specs: list[_S],
    cell: float,
    width: float,
    y: float,
    write: Callable[[_S, float, float], Json],
) -> tuple[list[Json], float]:
    """Objects side by side in cells, centred; returns them and the y below the line."""
    if not specs:
        return [], y
    left = (width - len(specs) * cell) / 2
    written = [write(spec, left + cell * (n + 0.5), y + cell / 2) for n, spec in enumerate(specs)]
    return written, y + cell
