"""Category and accessibility resolution for objects, with the shared parts cached.

Thousands of seats share a handful of categories and flag combinations: each combination is
resolved once and the same immutable part is handed to every object that has it.
"""

from __future__ import annotations

from collections.abc import Iterable

from seatsio_typed.testing._charts._json import JsonObject, category_key, text
from seatsio_typed.testing._charts.model import CategoryDef
from seatsio_typed.testing._charts.objects import NO_FLAGS, Accessibility, ObjectCategory


class Resolver:
    """Resolves objects' categories (by key, in the chart's list) and accessibility flags."""

    def __init__(self, categories: Iterable[CategoryDef]) -> None:
        self._categories = {category.key_text: category for category in categories}
        self._category_cache: dict[tuple[object, object, str | None], ObjectCategory] = {}
        self._flags_cache: dict[tuple[bool, ...], Accessibility] = {}

    def category(
        self,
        raw: JsonObject,
        fallback: int | str | None,
        section_key: int | str | None,
        section_label: str | None,
    ) -> ObjectCategory | None:
        """Own key, else `fallback` (a table's), else the section's (chart-model.md §2.5)."""
        own_raw = raw.get("categoryKey")
        own = None if own_raw is None else category_key(own_raw)
        stored = text(raw.get("categoryLabel"))
        if own is None and fallback is not None:
            own, stored = fallback, None
        if own is None:
            own, stored = section_key, section_label
        if own is None:
            return None
        # The type is part of the key so that 9 and "9" keep their own wire type.
        cache_key = (type(own), own, stored)
        found = self._category_cache.get(cache_key)
        if found is None:
            listed = self._categories.get(str(own))
            if listed is not None:
                found = ObjectCategory(listed.key, listed.key_text, listed.label, listed.accessible)
            else:
                # Not in the list: keep the object's own copy of the label (chart-model.md §2.5).
                found = ObjectCategory(own, str(own), stored, False)
            self._category_cache[cache_key] = found
        return found

    def accessibility(self, raw: JsonObject, category: ObjectCategory | None) -> Accessibility:
        """The object's eight flags; missing or non-true values are false."""
        get = raw.get
        # Spelled out (same order as ACCESSIBILITY_KEYS): this runs for every seat.
        values = (
            get("accessible") is True,
            get("companionSeat") is True,
            get("liftUpArmrests") is True,
            get("hearingImpaired") is True,
            get("semiAmbulatorySeat") is True,
            get("signLanguageInterpretation") is True,
            get("plusSize") is True,
            get("restrictedView") is True,
        )
        # A seat is accessible when it or its category is (chart-model.md §2.7).
        if category is not None and category.accessible and not values[0]:
            values = (True, *values[1:])
        if not any(values):
            return NO_FLAGS
        found = self._flags_cache.get(values)
        if found is None:
            found = Accessibility(*values)
            self._flags_cache[values] = found
        return found
