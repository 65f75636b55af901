"""Chart drawings as the charts endpoints write them: new empty drawings and category edits.

Every function returns NEW JSON values and leaves its inputs alone (see `_charts_state`).
Category keys are compared as text, the way the path gives them (`/categories/1` names the
category whose key is the number 1); a stored key keeps the JSON type it was created with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seatsio_typed.testing._charts import default_color
from seatsio_typed.testing._wire.body import JsonArray, JsonObject, schema_error
from seatsio_typed.testing._wire.messages import JSON, ApiError, JSONObject, bad_request, not_found

MAX_CATEGORY_KEY = 2**53 - 1
"""Numeric category keys must stay exact in a JavaScript number (charts.md §1.3)."""

_EMPTY_SUBCHART_LISTS = (
    "rows",
    "tables",
    "booths",
    "generalAdmissionAreas",
    "sections",
    "shapes",
    "texts",
    "icons",
    "imageObjects",
)


@dataclass(frozen=True)
class CategoryInput:
    """One category of a request body; None means "not given"."""

    key: int | str
    label: str | None
    color: str | None
    accessible: bool | None
    pointer: str

    @property
    def key_text(self) -> str:
        """The key as text, the form it has in paths."""
        return str(self.key)


def read_category(body: JsonObject, *, label_required: bool) -> CategoryInput:
    """A category object of a request body (key required; label when `label_required`)."""
    key = body.string_or_integer("key")
    if isinstance(key, int) and key > MAX_CATEGORY_KEY:
        raise schema_error(
            f"{body.pointer_to('key')}: {key} is not less or equal to {MAX_CATEGORY_KEY}"
        )
    return CategoryInput(
        key=key,
        label=body.string("label") if label_required else body.optional_string("label"),
        color=body.optional_string("color"),
        accessible=body.optional_boolean("accessible"),
        pointer=body.pointer,
    )


def read_categories(array: JsonArray, *, label_required: bool) -> list[CategoryInput]:
    """The categories of a request body's array; 400 when two share a key."""
    categories = [read_category(item, label_required=label_required) for item in array.objects()]
    seen: set[str] = set()
    for category in categories:
        if category.key_text in seen:
            raise duplicate_key(category.key_text)
        seen.add(category.key_text)
    return categories


def duplicate_key(key: str) -> ApiError:
    """The 400 for a category key that is already taken."""
    return bad_request(
        "DUPLICATE_CATEGORY_KEY", f"Category keys must be unique: {key} is used twice"
    )


def category_not_found(key: str) -> ApiError:
    """The 404 for a category key the chart does not have."""
    return not_found("CATEGORY_NOT_FOUND", f"Category not found: {key}")


def new_category(category: CategoryInput, position: int) -> JSONObject:
    """A stored category: exactly key, label, color and accessible (charts.md §3.1)."""
    if category.label is None:
        raise schema_error(f"{category.pointer}: required key [label] not found")
    return {
        "key": category.key,
        "label": category.label,
        "color": category.color or default_color(position),
        "accessible": bool(category.accessible),
    }


def empty_drawing(name: str, venue_type: str, categories: Sequence[CategoryInput]) -> JSONObject:
    """The published drawing of a chart made through `POST /charts`: no objects yet."""
    entries = [new_category(category, index) for index, category in enumerate(categories)]
    subchart: JSONObject = {name: [] for name in _EMPTY_SUBCHART_LISTS}
    return {
        "name": name,
        "venueType": venue_type,
        "categories": {"list": list[JSON](entries), "maxCategoryKey": _max_key(entries, 0)},
        "subChart": subchart,
    }


def categories_of(drawing: JSONObject) -> list[JSONObject]:
    """The drawing's stored category objects (a new list; the objects are shared, read-only)."""
    holder = drawing.get("categories")
    items = holder.get("list") if isinstance(holder, dict) else None
    if not isinstance(items, list):
        return []
    return [item for item in items if isinstance(item, dict)]


def with_categories(drawing: JSONObject, entries: list[JSONObject]) -> JSONObject:
    """A copy of the drawing (top level) with another category list."""
    holder = drawing.get("categories")
    old = holder if isinstance(holder, dict) else {}
    previous_max = old.get("maxCategoryKey")
    counter = (
        previous_max if isinstance(previous_max, int) and not isinstance(previous_max, bool) else 0
    )
    categories: JSONObject = {
        **old,
        "list": list[JSON](entries),
        "maxCategoryKey": _max_key(entries, counter),
    }
    return {**drawing, "categories": categories}


def merged_categories(
    existing: list[JSONObject], wanted: Sequence[CategoryInput]
) -> list[JSONObject]:
    """The full-list update (charts.md §3.3): `wanted` in its order; known keys keep what the
    request leaves out, unknown keys are added, keys missing from `wanted` are dropped."""
    by_key = {_key_text(entry): entry for entry in existing}
    result: list[JSONObject] = []
    for position, category in enumerate(wanted):
        old = by_key.get(category.key_text)
        result.append(new_category(category, position) if old is None else _updated(old, category))
    return result


def added_category(existing: list[JSONObject], category: CategoryInput) -> list[JSONObject]:
    """The list with one more category at the end; 400 when the key is taken."""
    if any(_key_text(entry) == category.key_text for entry in existing):
        raise duplicate_key(category.key_text)
    return [*existing, new_category(category, len(existing))]


def removed_category(existing: list[JSONObject], key: str) -> list[JSONObject]:
    """The list without the category `key`; 404 when there is none."""
    kept = [entry for entry in existing if _key_text(entry) != key]
    if len(kept) == len(existing):
        raise category_not_found(key)
    return kept


def updated_category(
    existing: list[JSONObject], key: str, change: CategoryInput
) -> list[JSONObject]:
    """The list with the category `key` changed where `change` gives values; 404 when absent."""
    if not any(_key_text(entry) == key for entry in existing):
        raise category_not_found(key)
    return [_updated(entry, change) if _key_text(entry) == key else entry for entry in existing]


def _updated(entry: JSONObject, change: CategoryInput) -> JSONObject:
    updated = dict(entry)
    if change.label is not None:
        updated["label"] = change.label
    if change.color is not None:
        updated["color"] = change.color
    if change.accessible is not None:
        updated["accessible"] = change.accessible
    return updated


def _key_text(entry: JSONObject) -> str:
    key = entry.get("key")
    return key if isinstance(key, str) else str(key)


def _max_key(entries: list[JSONObject], floor: int) -> int:
    numbers = [
        key
        for key in (entry.get("key") for entry in entries)
        if isinstance(key, int) and not isinstance(key, bool)
    ]
    return max([floor, *numbers])
