"""Typed, tolerant readers for the untyped JSON of a chart drawing.

Drawings come from users' uploads as well as from our builder, so a value of the wrong JSON
type is read as "absent" instead of crashing the emulator.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

JsonObject = Mapping[str, object]

_EMPTY: JsonObject = {}


def as_object(value: object) -> JsonObject | None:
    """Return `value` as a JSON object, or None when it is anything else."""
    if isinstance(value, Mapping):
        # JSON objects have string keys; each value is checked by the reader that uses it.
        return cast("JsonObject", value)
    return None


def object_or_empty(value: object) -> JsonObject:
    """Return `value` as a JSON object, or an empty one."""
    found = as_object(value)
    return _EMPTY if found is None else found


def objects_in(value: object) -> list[JsonObject]:
    """Return the JSON objects of a JSON array, skipping non-objects; [] when not an array."""
    if not isinstance(value, list | tuple):
        return []
    # A JSON array's items are untyped; non-objects are dropped right here.
    items = cast("list[object]", value)
    return [item for item in (as_object(raw) for raw in items) if item is not None]


def text(value: object) -> str | None:
    """Return a JSON string, or None."""
    return value if isinstance(value, str) else None


def label_text(value: object) -> str | None:
    """Return a label: a string as it is, an integral number as its decimal text, else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return None


def number(value: object) -> float | None:
    """Return a JSON number as a float, or None (booleans are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def integer(value: object) -> int | None:
    """Return an integral JSON number as an int, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def flag(value: object) -> bool:
    """Return True only for a JSON true: missing or null flags mean false."""
    return value is True


def category_key(value: object) -> int | str | None:
    """Return a category key in its wire type (int or string), or None when absent/invalid."""
    if isinstance(value, str):
        return value
    return integer(value)
