"""Event records: the event itself, its settings, and its sparse per-object state.

An event starts with every object `free`; `Event.objects` holds only the objects that left that
state (a status other than free, a hold, an order id, extra data, ...), keyed by label, so an
event on the 8,897-seat chart costs nothing until something is booked. The bookable objects come
from the chart's cached index (`ChartIndex.bookable`), never from a copy per event.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from seatsio_typed.testing._charts import CategoryDef
from seatsio_typed.testing._wire.messages import JSON, JSONObject

FREE: Final = "free"
BOOKED: Final = "booked"
HELD: Final = "reservedByToken"
RESALE: Final = "resale"
NO_TICKET_TYPE: Final = "NO_TICKET_TYPE"
"""The ticket-type key of GA holds made without a ticket type."""
NO_CHANNEL: Final = "NO_CHANNEL"
"""The channel key that lets a call change objects that are in no channel."""


@dataclass(frozen=True, slots=True)
class TableBookingConfig:
    """An event's `tableBookingConfig`: a mode, and per-table choices for CUSTOM."""

    mode: str = "INHERIT"
    tables: tuple[tuple[str, str], ...] | None = None
    """CUSTOM only: (table label, BY_TABLE | BY_SEAT) in the order given; None otherwise."""

    @property
    def tables_map(self) -> dict[str, str] | None:
        """The CUSTOM overrides as a dict (None for the other modes)."""
        return None if self.tables is None else dict(self.tables)

    def to_json(self) -> JSONObject:
        """Echo the config as given: `tables` only when the mode is CUSTOM."""
        rendered: JSONObject = {"mode": self.mode}
        if self.tables is not None:
            rendered["tables"] = dict[str, JSON](self.tables)
        return rendered


@dataclass(slots=True)
class Channel:
    """A channel of an event (channels.md §3)."""

    id: str
    key: str
    name: str
    color: str | None
    index: int | None
    objects: list[str] = field(default_factory=list[str])
    area_places: dict[str, int] = field(default_factory=dict[str, int])

    def to_json(self) -> JSONObject:
        """The channel as the Event resource lists it: `objects`/`areaPlaces` always present."""
        rendered: JSONObject = {"id": self.id, "key": self.key, "name": self.name}
        if self.color is not None:
            rendered["color"] = self.color
        if self.index is not None:
            rendered["index"] = self.index
        rendered["objects"] = list(self.objects)
        rendered["areaPlaces"] = dict(self.area_places)
        return rendered


@dataclass(frozen=True, slots=True)
class ForSaleConfig:
    """An event's for-sale config; all four parts are always kept (and emitted)."""

    for_sale: bool
    objects: tuple[str, ...] = ()
    area_places: tuple[tuple[str, int], ...] = ()
    categories: tuple[str, ...] = ()

    def to_json(self) -> JSONObject:
        """All four keys, empty ones as `[]` / `{}` (events.md §5.4)."""
        return {
            "forSale": self.for_sale,
            "objects": list(self.objects),
            "areaPlaces": dict[str, JSON](self.area_places),
            "categories": list(self.categories),
        }


@dataclass(slots=True)
class ObjectState:
    """What an event knows about one object beyond the chart.

    Seats, tables and booths use `status` and `hold_token`. A general admission area counts
    places instead: `num_booked` non-free places that are not held (booked, custom status,
    resale) and `holds` (hold token -> ticket type or NO_TICKET_TYPE -> places); its `status` is
    that of its most recent change.
    """

    status: str = FREE
    hold_token: str | None = None
    order_id: str | None = None
    ticket_type: str | None = None
    extra_data: JSONObject | None = None
    resale_listing_id: str | None = None
    num_booked: int = 0
    holds: dict[str, dict[str, int]] = field(default_factory=dict[str, dict[str, int]])
    season_overridden: int = 0
    """Events in a season: places (1 for a seat) whose season status this event overrides."""

    @property
    def num_held(self) -> int:
        """GA places held, over every token and ticket type."""
        return sum(sum(by_type.values()) for by_type in self.holds.values())

    def held_by(self, token: str) -> int:
        """GA places held with one token."""
        return sum(self.holds.get(token, {}).values())

    def is_pristine(self) -> bool:
        """Whether this is the state of an untouched object (so it need not be stored)."""
        return self == ObjectState()

    def clone(self) -> ObjectState:
        """A deep copy: a transaction works on clones and commits them only if all succeeds."""
        return ObjectState(
            status=self.status,
            hold_token=self.hold_token,
            order_id=self.order_id,
            ticket_type=self.ticket_type,
            extra_data=copy.deepcopy(self.extra_data),
            resale_listing_id=self.resale_listing_id,
            num_booked=self.num_booked,
            holds={token: dict(by_type) for token, by_type in self.holds.items()},
            season_overridden=self.season_overridden,
        )


PRISTINE: Final = ObjectState()
"""The state of every object nobody touched (never mutate it)."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Who caused a status change: `API_CALL` (with the caller's ip) or `HOLD_EXPIRED`."""

    type: str
    ip: str | None = None

    def to_json(self) -> JSONObject:
        """`{type, ip?}`; the expiry origin has no ip."""
        rendered: JSONObject = {"type": self.type}
        if self.ip is not None:
            rendered["ip"] = self.ip
        return rendered


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One recorded status change of one object (object-status.md §4.4)."""

    id: int
    event_id: int
    status: str
    quantity: int
    object_label: str
    date: datetime
    origin: Origin
    order_id: str | None = None
    extra_data: JSONObject | None = None
    hold_token: str | None = None


TOP_LEVEL: Final = "TOP_LEVEL_SEASON"
PARTIAL: Final = "PARTIAL_SEASON"
IN_SEASON: Final = "EVENT_IN_SEASON"


@dataclass(eq=False)
class SeasonLinks:
    """The season role of one event record and the records it is linked to."""

    kind: str
    """`TOP_LEVEL`, `PARTIAL` or `IN_SEASON`."""
    top_level: Event | None = None
    """Partial seasons and events in a season: their top-level season."""
    events: list[Event] = field(default_factory=list["Event"])
    """Seasons (top-level and partial): their events, in the order they joined."""
    partial_seasons: list[Event] = field(default_factory=list["Event"])
    """Top-level seasons: their partial seasons; events: the partial seasons containing them."""
    for_sale_propagated: bool | None = None
    """Seasons: `forSalePropagated` as last sent (None when never sent)."""

    @property
    def is_season(self) -> bool:
        """Whether the record is a (top-level or partial) season."""
        return self.kind != IN_SEASON


@dataclass(eq=False)
class Event:
    """An event in a workspace: its settings, its object state and its status-change history."""

    id: int
    key: str
    chart_key: str
    created_on: datetime
    name: str | None = None
    date: str | None = None
    """`yyyy-MM-dd`, as given."""
    table_booking: TableBookingConfig = field(default_factory=TableBookingConfig)
    object_categories: dict[str, int | str] | None = None
    categories: tuple[CategoryDef, ...] = ()
    """Event-level categories (the chart's come first in the Event resource)."""
    channels: list[Channel] = field(default_factory=list[Channel])
    season_channel_overrides: dict[str, str] = field(default_factory=dict[str, str])
    """Events in a season: label -> the season channel key (or `NO_CHANNEL`) this event puts
    the object in instead of its season assignment (channels.md §1)."""
    for_sale: ForSaleConfig | None = None
    updated_on: datetime | None = None
    is_in_the_past: bool = False
    objects: dict[str, ObjectState] = field(default_factory=dict[str, ObjectState])
    """Sparse: only objects whose state differs from `PRISTINE`."""
    status_changes: list[StatusChange] = field(default_factory=list[StatusChange])
    """Oldest first (ids increase)."""
    season: SeasonLinks | None = None
    """Seasons and events in a season: how it is linked to the others (see `seasons.py`)."""

    def state_of(self, label: str) -> ObjectState:
        """The object's current state (`PRISTINE` when untouched; do not mutate it)."""
        return self.objects.get(label, PRISTINE)

    def store_state(self, label: str, state: ObjectState) -> None:
        """Keep a new state for an object, dropping it again when it is back to pristine."""
        if state.is_pristine():
            self.objects.pop(label, None)
        else:
            self.objects[label] = state
