"""Reading the parts of a drawing: labels, points, categories, zones, floors, sizes.

Small pure functions shared by the traversal (`_traverse`) and the builder's layout.
"""

from __future__ import annotations

from seatsio_typed.testing._charts._json import (
    JsonObject,
    as_object,
    category_key,
    flag,
    label_text,
    number,
    object_or_empty,
    objects_in,
    text,
)
from seatsio_typed.testing._charts.model import CategoryDef, FloorDef, Point, ZoneDef

UNLABELED = "?"
"""The designer's placeholder for a missing label; an object carrying it counts as unlabeled."""

# Chart-side keys of the accessibility flags, in `Accessibility` field order. The samples only
# show accessible, companionSeat, semiAmbulatorySeat and restrictedView; the other four names
# (the API names without is/has) are a guess shared with the builder.
ACCESSIBILITY_KEYS = (
    "accessible",
    "companionSeat",
    "liftUpArmrests",
    "hearingImpaired",
    "semiAmbulatorySeat",
    "signLanguageInterpretation",
    "plusSize",
    "restrictedView",
)

_DEFAULT_HALF_SIZE = 20.0
ORIGIN = Point(0.0, 0.0)


def part(value: object) -> tuple[str, bool]:
    """A technical label part and whether it is missing (then the "?" placeholder)."""
    found = value if type(value) is str else label_text(value)
    if not found or found == UNLABELED or found.isspace():
        return UNLABELED, True
    return found, False


def displayed(raw: JsonObject, technical: str, key: str = "displayLabel") -> str:
    """The displayed label stored under `key`, else the technical one."""
    shown = raw.get(key)
    if shown is None:
        return technical
    return label_text(shown) or technical


def published(raw: JsonObject) -> bool:
    """Whether an object or container is part of the published chart."""
    # Unpublished objects are not part of the published chart (inferred; no sample has one).
    return raw.get("published") is not False


def point(value: object) -> Point | None:
    """An `{x, y}` JSON object as a Point, None when absent or malformed."""
    raw = as_object(value)
    if raw is None:
        return None
    x, y = number(raw.get("x")), number(raw.get("y"))
    if x is None or y is None:
        return None
    return Point(x, y)


def read_categories(drawing: JsonObject) -> tuple[CategoryDef, ...]:
    """`categories.list`, skipping entries without a usable key (`maxCategoryKey` is unreliable)."""
    found: list[CategoryDef] = []
    for raw in objects_in(object_or_empty(drawing.get("categories")).get("list")):
        key = category_key(raw.get("key"))
        if key is None:
            continue
        found.append(
            CategoryDef(
                key=key,
                label=text(raw.get("label")) or "",
                color=text(raw.get("color")) or "",
                accessible=flag(raw.get("accessible")),
            )
        )
    return tuple(found)


def read_zones(drawing: JsonObject) -> tuple[ZoneDef, ...]:
    """`zones.list` with each zone's focal point."""
    found: list[ZoneDef] = []
    for raw in objects_in(object_or_empty(drawing.get("zones")).get("list")):
        key = label_text(raw.get("key"))
        if key is None:
            continue
        found.append(ZoneDef(key, text(raw.get("label")) or key, point(raw.get("focalPoint"))))
    return tuple(found)


def read_floors(drawing: JsonObject) -> list[tuple[FloorDef | None, JsonObject]]:
    """The floors to visit: `subChartFloors` with their identity, or `[subChart]` without."""
    if "subChartFloors" in drawing:
        floors: list[tuple[FloorDef | None, JsonObject]] = []
        for count, raw in enumerate(objects_in(drawing.get("subChartFloors")), start=1):
            name = label_text(raw.get("floorName")) or str(count)
            shown = label_text(raw.get("floorDisplayName")) or name
            floors.append((FloorDef(name, shown), raw))
        return floors
    # A single drawing has no floor identity, even when it names itself floor "1" (Zones chart).
    return [(None, object_or_empty(drawing.get("subChart")))]


def half_size(raw: JsonObject) -> tuple[float, float]:
    """Half width/height of a drawn table, booth or area, for thumbnails."""
    radius = number(raw.get("radius"))
    if radius is not None:
        return radius, radius
    rx, ry = number(raw.get("radius1")), number(raw.get("radius2"))
    if rx is not None:
        return rx, ry if ry is not None else rx
    width, height = number(raw.get("width")), number(raw.get("height"))
    if width is not None and height is not None:
        return width / 2, height / 2
    return _DEFAULT_HALF_SIZE, _DEFAULT_HALF_SIZE


def coordinate(value: object) -> float:
    """A seat coordinate; missing or malformed ones are 0."""
    # Fast path first: this runs for every seat of every chart.
    if type(value) is float or type(value) is int:
        return float(value)
    found = number(value)
    return 0.0 if found is None else found
