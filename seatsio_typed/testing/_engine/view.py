"""An event seen together with its chart: bookable objects, categories, for-sale, channels.

`EventView` is built per call and per event (cheap: the chart index and the bookable objects of
a table booking config are cached by the chart). It answers the per-object questions of the
status rules and renders object infos (object-status.md §4.1): chart facts from the index,
state facts from the event.

For-sale (events.md §4): without a config everything is for sale. A `forSale: false` config
makes the listed objects and categories (key or label) not for sale, and `areaPlaces` take that
many places of a GA area out of sale. A `forSale: true` config is a whitelist: only the listed
objects and categories are for sale, and a GA area listed in `areaPlaces` has only that many
places for sale. An object in status `resale` is selectable whatever the config.

Seasons: `view.season` (see `season_status.py`) turns the event's own state into the state shown
(`state(label)`, `object_info`); `EventView(..., season_bookings_propagated=False)` leaves the
seasons out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from seatsio_typed.testing._charts import BookableObjects, CategoryDef, ChartIndex, ObjectDef
from seatsio_typed.testing._engine.event_json import event_categories
from seatsio_typed.testing._engine.records import (
    FREE,
    NO_CHANNEL,
    RESALE,
    Event,
    ForSaleConfig,
    ObjectState,
)
from seatsio_typed.testing._engine.season_status import NOT_AVAILABLE, SeasonLink, season_link
from seatsio_typed.testing._state.chart_store import Chart
from seatsio_typed.testing._wire.messages import JSON, JSONObject


@dataclass(frozen=True, slots=True)
class Category:
    """An object's effective category on an event: key as text, and label when known."""

    key_text: str
    label: str | None


@dataclass(frozen=True, slots=True)
class ForSale:
    """Whether an object is for sale on an event, and how many GA places are not."""

    for_sale: bool
    places_not_for_sale: int


ALL_FOR_SALE = ForSale(True, 0)


@dataclass(frozen=True, slots=True)
class _SaleRules:
    """An event's for-sale config as sets and a map: best available asks about every object
    of the chart, and scanning the config's lists for each would cost objects x listed."""

    for_sale: bool
    objects: frozenset[str]
    categories: frozenset[str]
    area_places: dict[str, int]

    @classmethod
    def of(cls, config: ForSaleConfig) -> _SaleRules:
        return cls(
            config.for_sale,
            frozenset(config.objects),
            frozenset(config.categories),
            dict(config.area_places),
        )


class EventView:
    """One event with its chart, for the duration of one call."""

    def __init__(
        self, event: Event, chart: Chart, *, season_bookings_propagated: bool = True
    ) -> None:
        self.event = event
        self.season: SeasonLink | None = season_link(event) if season_bookings_propagated else None
        """The season side (`season_status.py`); None outside seasons or when not propagated."""
        self.chart = chart
        self.index: ChartIndex = chart.published.index
        config = event.table_booking
        self.bookable: BookableObjects = self.index.bookable(config.mode, config.tables_map)
        self._categories: dict[str, CategoryDef] | None = None
        self._channels: dict[str, str] | None = None
        self._sale = None if event.for_sale is None else _SaleRules.of(event.for_sale)
        season_configs = () if self.season is None else self.season.sale_configs()
        self._season_sales = tuple(_SaleRules.of(config) for config in season_configs)
        self._season_channels = () if self.season is None else tuple(self.season.channels())

    def object(self, label: str) -> ObjectDef | None:
        """The object with that label if it is bookable on this event."""
        return self.bookable.by_label.get(label)

    def category(self, obj: ObjectDef) -> Category | None:
        """The object's category: the event's `objectCategories` override, else the chart's."""
        overrides = self.event.object_categories
        if overrides is not None and obj.label in overrides:
            key_text = str(overrides[obj.label])
            found = self._category_defs().get(key_text)
            return Category(key_text, None if found is None else found.label)
        own = obj.object_category
        return None if own is None else Category(own.key_text, own.label)

    def _category_defs(self) -> dict[str, CategoryDef]:
        if self._categories is None:
            categories = event_categories(self.event, self.chart)
            self._categories = {category.key_text: category for category in categories}
        return self._categories

    def channel(self, label: str) -> str | None:
        """The key of the channel the object is assigned to, if any."""
        if self._channels is None:
            self._channels = {
                label: channel.key
                # An event's own assignment wins over its season's (channels.md).
                for channel in reversed([*self.event.channels, *self._season_channels])
                for label in channel.objects
            }
        override = self.event.season_channel_overrides.get(label)
        if override is None or any(label in own.objects for own in self.event.channels):
            return self._channels.get(label)
        # This event moved the season's object to another season channel, or to none.
        return None if override == NO_CHANNEL else override

    def for_sale(self, obj: ObjectDef) -> ForSale:
        """The object's for-sale state under the event's config."""
        sale = (
            ALL_FOR_SALE if self._sale is None else _for_sale(self._sale, obj, self.category(obj))
        )
        for rules in self._season_sales:  # the seasons' configs restrict further
            other = _for_sale(rules, obj, self.category(obj))
            sale = ForSale(
                sale.for_sale and other.for_sale,
                max(sale.places_not_for_sale, other.places_not_for_sale),
            )
        return sale

    def state(self, label: str) -> ObjectState:
        """The object's state as shown, seasons included (do not mutate it)."""
        own = self.event.state_of(label)
        obj = None if self.season is None else self.object(label)
        if self.season is None or obj is None:
            return own
        return self.season.effect(obj, own).state

    def is_free(self, label: str) -> bool:
        """Whether a seat, table or booth is free here, seasons included (best available)."""
        own = self.event.state_of(label)
        obj = None if self.season is None else self.object(label)
        if self.season is None or obj is None:
            return own.status == FREE
        effect = self.season.effect(obj, own)
        return effect.state.status == FREE and not effect.blocked

    def object_info(
        self, obj: ObjectDef, state: ObjectState, chart_info: JSONObject | None = None
    ) -> JSONObject:
        """The EventObjectInfo of one object, given the event's own state of it.

        `chart_info` is a fresh copy of `obj.chart_info()` when the caller has it already
        (reports cache it per chart); it becomes the result, so it must not be shared.
        """
        overridden, blocked = 0, False
        if self.season is not None:
            effect = self.season.effect(obj, state)
            state, overridden, blocked = effect.state, effect.overridden, effect.blocked
        # chart_info builds a fresh dict of JSON values; its declared type is just wider.
        info = cast("JSONObject", obj.chart_info()) if chart_info is None else chart_info
        category = self.category(obj)
        info.pop("categoryKey", None)
        info.pop("categoryLabel", None)
        if category is not None:
            info["categoryKey"] = category.key_text
            if category.label is not None:
                info["categoryLabel"] = category.label
        info["status"] = state.status
        sale = self.for_sale(obj)
        info["forSale"] = sale.for_sale
        _add_state(info, obj, state)
        channel = self.channel(obj.label)
        if channel is not None:
            info["channel"] = channel
        if obj.object_type == "generalAdmission":
            _add_area_counters(info, obj, state, sale)
        available, reason = _availability(obj, state, sale)
        if blocked and available:
            available, reason = False, NOT_AVAILABLE
        info["isAvailable"] = available
        info["availabilityReason"] = reason
        info["seasonStatusOverriddenQuantity"] = overridden
        return info


def _for_sale(config: _SaleRules, obj: ObjectDef, category: Category | None) -> ForSale:
    listed = obj.label in config.objects or (
        category is not None
        and (
            category.key_text in config.categories
            or (category.label is not None and category.label in config.categories)
        )
    )
    capacity = obj.capacity or 0
    places = config.area_places.get(obj.label)
    if not config.for_sale:
        if listed:
            return ForSale(False, capacity)
        if places is not None:
            return ForSale(True, min(max(places, 0), capacity))
        return ALL_FOR_SALE
    if listed:
        return ALL_FOR_SALE
    if places is not None:
        return ForSale(True, capacity - min(max(places, 0), capacity))
    return ForSale(False, capacity)


def _add_state(info: JSONObject, obj: ObjectDef, state: ObjectState) -> None:
    if state.ticket_type is not None:
        info["ticketType"] = state.ticket_type
    if state.order_id is not None:
        info["orderId"] = state.order_id
    if state.hold_token is not None and obj.object_type != "generalAdmission":
        info["holdToken"] = state.hold_token
    if state.extra_data is not None:
        info["extraData"] = state.extra_data
    if state.resale_listing_id is not None:
        info["resaleListingId"] = state.resale_listing_id


def area_free_places(obj: ObjectDef, state: ObjectState, sale: ForSale) -> int:
    """Places of a GA area that can still be booked or held."""
    capacity = obj.capacity or 0
    return max(0, capacity - state.num_booked - state.num_held - sale.places_not_for_sale)


def _add_area_counters(info: JSONObject, obj: ObjectDef, state: ObjectState, sale: ForSale) -> None:
    info["numBooked"] = state.num_booked
    info["numHeld"] = state.num_held
    info["numFree"] = area_free_places(obj, state, sale)
    info["numNotForSale"] = sale.places_not_for_sale
    if state.holds:
        info["holds"] = {token: dict[str, JSON](by_type) for token, by_type in state.holds.items()}


def _availability(obj: ObjectDef, state: ObjectState, sale: ForSale) -> tuple[bool, str]:
    if obj.object_type == "generalAdmission":
        if sale.for_sale and area_free_places(obj, state, sale) > 0:
            return True, "available"
        if state.num_booked == 0 and state.num_held == 0:
            return False, "not_for_sale"
        return False, state.status
    if state.status not in (FREE, RESALE):
        return False, state.status
    if not sale.for_sale and state.status != RESALE:
        return False, "not_for_sale"
    return True, "available"
