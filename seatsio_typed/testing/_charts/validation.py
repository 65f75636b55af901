"""Chart validators (chart-model.md §6): which ones a drawing fails, reported per severity.

A company configures each validator as ERROR, WARNING or OFF. A new company has none at
ERROR (confirmed: the Errors sample validates with `errors: []`). Which ones warn by default
is not documented; we warn for the three defects the Errors sample was built to show
(duplicate labels, unlabeled objects, objects without category) and leave the focal point,
object types per category and empty floor validators off, so that the usable sample charts
(sampleChart mixes seats and GA areas in one category) validate clean.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final, Literal, NamedTuple, get_args

from seatsio_typed.testing._charts.index import ChartIndex
from seatsio_typed.testing._wire.messages import JSON, JSONObject

Severity = Literal["ERROR", "WARNING", "OFF"]
SEVERITIES: Final[tuple[str, ...]] = get_args(Severity)

VALIDATE_DUPLICATE_LABELS: Final = "VALIDATE_DUPLICATE_LABELS"
VALIDATE_UNLABELED_OBJECTS: Final = "VALIDATE_UNLABELED_OBJECTS"
VALIDATE_OBJECTS_WITHOUT_CATEGORIES: Final = "VALIDATE_OBJECTS_WITHOUT_CATEGORIES"
VALIDATE_FOCAL_POINT: Final = "VALIDATE_FOCAL_POINT"
VALIDATE_OBJECT_TYPES_PER_CATEGORY: Final = "VALIDATE_OBJECT_TYPES_PER_CATEGORY"
VALIDATE_EMPTY_FLOOR: Final = "VALIDATE_EMPTY_FLOOR"

VALIDATORS: Final[tuple[str, ...]] = (
    VALIDATE_DUPLICATE_LABELS,
    VALIDATE_UNLABELED_OBJECTS,
    VALIDATE_OBJECTS_WITHOUT_CATEGORIES,
    VALIDATE_FOCAL_POINT,
    VALIDATE_OBJECT_TYPES_PER_CATEGORY,
    VALIDATE_EMPTY_FLOOR,
)
"""Every validator, in the order their names are reported (the API's publish example)."""

DEFAULT_SEVERITIES: Final[Mapping[str, Severity]] = MappingProxyType(
    {
        VALIDATE_DUPLICATE_LABELS: "WARNING",
        VALIDATE_UNLABELED_OBJECTS: "WARNING",
        VALIDATE_OBJECTS_WITHOUT_CATEGORIES: "WARNING",
        VALIDATE_FOCAL_POINT: "OFF",
        VALIDATE_OBJECT_TYPES_PER_CATEGORY: "OFF",
        VALIDATE_EMPTY_FLOOR: "OFF",
    }
)

# Seats and tables are one family: a table is booked in place of its seats, so a category on
# both is not a mix (the Tables sample passes, chart-model.md §6).
_TYPE_FAMILIES: Final[Mapping[str, str]] = MappingProxyType(
    {"seat": "seats", "table": "seats", "booth": "booths", "generalAdmission": "areas"}
)


class ChartValidation(NamedTuple):
    """The names of the failed validators, split by their configured severity."""

    errors: list[str]
    warnings: list[str]

    def to_json(self) -> JSONObject:
        """Wire form `{errors, warnings}`, both arrays always present."""
        return {"errors": list[JSON](self.errors), "warnings": list[JSON](self.warnings)}


def failed_validators(index: ChartIndex) -> tuple[str, ...]:
    """The validators the chart fails, whatever their severity, in reporting order."""
    checks = {
        VALIDATE_DUPLICATE_LABELS: bool(index.duplicate_labels),
        VALIDATE_UNLABELED_OBJECTS: bool(index.unlabeled_containers)
        or any(obj.unlabeled for obj in index.objects),
        VALIDATE_OBJECTS_WITHOUT_CATEGORIES: any(obj.category_key is None for obj in index.objects),
        VALIDATE_FOCAL_POINT: not index.supports_best_available,
        VALIDATE_OBJECT_TYPES_PER_CATEGORY: _mixes_object_types(index),
        VALIDATE_EMPTY_FLOOR: bool(index.empty_floors),
    }
    return tuple(name for name in VALIDATORS if checks[name])


def validate_drawing(
    chart: ChartIndex | Mapping[str, object],
    severities: Mapping[str, str] | None = None,
) -> ChartValidation:
    """Validate a drawing (or its index) under `severities` (defaults: DEFAULT_SEVERITIES).

    `severities` overrides the defaults per validator name with "ERROR", "WARNING" or "OFF";
    each failing validator is reported once, in the list of its severity. Raises ValueError
    for an unknown validator name or severity.
    """
    index = chart if isinstance(chart, ChartIndex) else ChartIndex.from_drawing(chart)
    return by_severity(failed_validators(index), severities)


def by_severity(failed: Iterable[str], severities: Mapping[str, str] | None) -> ChartValidation:
    """Split the names of failed validators by their severity; OFF ones are dropped."""
    levels = resolve_severities(severities)
    errors: list[str] = []
    warnings: list[str] = []
    for name in failed:
        level = levels[name]
        if level == "ERROR":
            errors.append(name)
        elif level == "WARNING":
            warnings.append(name)
    return ChartValidation(errors, warnings)


def resolve_severities(severities: Mapping[str, str] | None) -> dict[str, str]:
    """The defaults with `severities` applied; ValueError on unknown names or levels."""
    levels: dict[str, str] = dict(DEFAULT_SEVERITIES)
    for name, level in (severities or {}).items():
        if name not in levels:
            raise ValueError(f"unknown chart validator {name!r}; known: {', '.join(VALIDATORS)}")
        if level not in SEVERITIES:
            raise ValueError(f"{name}: severity must be ERROR, WARNING or OFF, not {level!r}")
        levels[name] = level
    return levels


def _mixes_object_types(index: ChartIndex) -> bool:
    families: dict[str, str] = {}
    for obj in index.objects:
        key = obj.category_key
        if key is None:
            continue
        family = _TYPE_FAMILIES[obj.object_type]
        if families.setdefault(key, family) != family:
            return True
    return False
