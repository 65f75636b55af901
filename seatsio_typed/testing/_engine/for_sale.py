"""Changing an event's for-sale config (events.md §3.13-§3.17), and the per-event quota.

The config itself is the event's `for_sale` (records.py `ForSaleConfig`, None = everything for
sale); `EventView.for_sale` turns it into what the status rules and object infos see, so a
change made here is what the next booking or hold meets (not for sale: 400
`OBJECT_NOT_FOR_SALE`; objects already booked stay booked).

Edits (§3.13, merge rules beyond the confirmed cases are unverified):
- no config yet counts as `{forSale: false}` with empty lists (everything for sale);
- with a `forSale: false` config (a list of what is NOT for sale), `notForSale` items are added
  (an item with `quantity` adds that many places of a GA area to `areaPlaces`) and `forSale`
  items are removed (with `quantity`: subtracted from the area's places, gone at 0);
- with a `forSale: true` config (a list of what IS for sale) the roles flip;
- categories are never touched by an edit; labels are not checked against the chart (docs).

Quota: every for-sale change (edit, edit for many events, mark as (not) for sale, mark
everything as (not) for sale) uses one of 10 calls per event in a window of 24 hours that opens
with the window's first call; the 11th answers 429 `RATE_LIMIT_EXCEEDED` with `Retry-After`
(seconds until the window closes) and changes nothing. Creating an event with a config does not
count (confirmed). A workspace whose `forSaleMode` is `UNLIMITED_BILLABLE` has no quota: its
calls are not counted and always report the full 10 (choice: the reference only has the name).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from seatsio_typed.testing._engine.records import Event, ForSaleConfig
from seatsio_typed.testing._state.clock import format_timestamp
from seatsio_typed.testing._wire.messages import ApiError, ErrorDetail, JSONObject

CALLS_PER_WINDOW: Final = 10
WINDOW: Final = timedelta(hours=24)
RATE_LIMIT_EXCEEDED: Final = "RATE_LIMIT_EXCEEDED"
RATE_LIMITED: Final = "RATE_LIMITED"
UNLIMITED_BILLABLE: Final = "UNLIMITED_BILLABLE"

NOTHING_FOR_SALE: Final = ForSaleConfig(for_sale=True)
"""The config of mark-everything-as-not-for-sale: an empty list of what is for sale."""


@dataclass(frozen=True, slots=True)
class EditItem:
    """One `{object, quantity?}` item of an edit: a label, or some places of a GA area."""

    label: str
    quantity: int | None = None


@dataclass(frozen=True, slots=True)
class RateLimitInfo:
    """What is left of an event's quota after a call."""

    remaining: int
    reset_date: datetime

    def to_json(self) -> JSONObject:
        """`{rateLimitRemainingCalls, rateLimitResetDate}` (both always present)."""
        return {
            "rateLimitRemainingCalls": self.remaining,
            "rateLimitResetDate": format_timestamp(self.reset_date),
        }


@dataclass(slots=True)
class _Window:
    opened: datetime
    calls: int = 0


@dataclass
class ForSaleQuotas:
    """A workspace's for-sale mode and its per-event quota windows (`workspace.store(...)`)."""

    mode: str = RATE_LIMITED
    windows: dict[int, _Window] = field(default_factory=dict[int, _Window])

    def check(self, event: Event, now: datetime) -> None:
        """Raise the 429 when the event has no call left (nothing is counted)."""
        if self.mode == UNLIMITED_BILLABLE:
            return
        window = self._current(event, now)
        if window is not None and window.calls >= CALLS_PER_WINDOW:
            closes = window.opened + WINDOW
            wait = max(1, math.ceil((closes - now).total_seconds()))
            raise ApiError(
                429,
                [
                    ErrorDetail(
                        RATE_LIMIT_EXCEEDED,
                        f"The for-sale config of event {event.key} was changed "
                        f"{CALLS_PER_WINDOW} times in 24 hours; "
                        f"try again after {format_timestamp(closes)}",
                    )
                ],
                headers=[("retry-after", str(wait))],
            )

    def count(self, event: Event, now: datetime) -> RateLimitInfo:
        """Use one call of the event's quota (after `check`) and report what is left."""
        if self.mode == UNLIMITED_BILLABLE:
            return RateLimitInfo(CALLS_PER_WINDOW, now + WINDOW)
        window = self._current(event, now)
        if window is None:
            window = self.windows[event.id] = _Window(now)
        window.calls += 1
        return RateLimitInfo(max(0, CALLS_PER_WINDOW - window.calls), window.opened + WINDOW)

    def _current(self, event: Event, now: datetime) -> _Window | None:
        window = self.windows.get(event.id)
        if window is None or now >= window.opened + WINDOW:
            return None
        return window


def edited(
    config: ForSaleConfig | None, for_sale: Iterable[EditItem], not_for_sale: Iterable[EditItem]
) -> ForSaleConfig:
    """The config after an edit with `forSale` and `notForSale` items."""
    current = config if config is not None else ForSaleConfig(for_sale=False)
    objects = list(current.objects)
    places = dict(current.area_places)
    # A `forSale: false` config lists what is not for sale, a `forSale: true` one what is.
    adding, removing = (for_sale, not_for_sale) if current.for_sale else (not_for_sale, for_sale)
    for item in removing:
        if item.quantity is None:
            objects = [label for label in objects if label != item.label]
            places.pop(item.label, None)
        elif item.label in places:
            places[item.label] -= item.quantity
            if places[item.label] <= 0:
                del places[item.label]
    for item in adding:
        if item.quantity is None:
            if item.label not in objects:
                objects.append(item.label)
        else:
            places[item.label] = places.get(item.label, 0) + item.quantity
    return ForSaleConfig(
        for_sale=current.for_sale,
        objects=tuple(objects),
        area_places=tuple(places.items()),
        categories=current.categories,
    )


def edit_result(config: ForSaleConfig, info: RateLimitInfo) -> JSONObject:
    """EditForSaleConfigResult (events.md §5.5): `forSaleConfig` and `rateLimitInfo`."""
    return {"forSaleConfig": config.to_json(), "rateLimitInfo": info.to_json()}
