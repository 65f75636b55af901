"""Season status propagation: what a season's bookings do to its events, and back.

Rules (seasons.md §1, object-status.md §1.6 and §3.6; choices where the reference is silent):

- An event in a season shows, for a seat/table/booth, the state the season gives it when the
  top-level season or a partial season containing the event has it in any non-free status
  (booked, held, a custom status, resale), unless the event overrides the season status for it.
  Any change of such an object in the event is refused (400 `ILLEGAL_STATUS_CHANGE`) until its
  season status is overridden there.
- A season sees a seat that is not free in one of its events (directly, or through another
  season: a partial season for the top-level one, the top-level or a sibling partial season for
  a partial one) as not available: its object info keeps the season's own status (`free`) with
  `isAvailable: false` and `availabilityReason: "not_available"`, and every change but a release
  is refused there. Events flagged `isInThePast` no longer restrict their seasons.
- GA areas: the places a season uses (booked, custom and held) are taken in each of its events,
  less the places the event overrides; they count in the event's `numBooked`. At season level,
  the most places taken in any one event count as taken (`numBooked` includes them).
- Channels: an event in a season is bound by its top-level season's channels (a channel of the
  event's own, if any, wins for the objects it lists; then the event's per-object overrides made
  by add-objects with a season channel key or `NO_CHANNEL`, `_engine/channels.py`).
- For-sale: an event in a season is also bound by the for-sale configs of its seasons (top-level
  and partial) unless the top-level season's `forSalePropagated` is false; a season is bound by
  the configs of its events (not in the past): an object not for sale in any of them is not for
  sale on the season (events.md §4, 2021 changelog). The stricter answer wins, per object and
  per GA place count.
- Override / use season status (also as batch items): only on events in a season; the optional
  `season` must be the key of the event's top-level season or of a partial season containing
  it (400 `SEASON_NOT_FOUND` otherwise); one override counter per object and event, whichever
  season was named. A seat's override is 1 (overriding twice is a no-op); a GA override adds the
  given places, use-season-status removes them (never below 0). use-season-status is refused
  (400 `ILLEGAL_STATUS_CHANGE`) when the event meanwhile sold the overridden seat while the
  season still holds it, or when the season's places no longer fit beside the event's own.
  Neither writes a status-change record.

Within one call, a record sees the other records of its seasons as they were before the call
(a batch that books on a season and then in one of its events checks the event against the
season's earlier state).

`effective_object_state` answers "the status of object X in event E, with or without season
propagation" for callers outside the status rules (reports).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from seatsio_typed.testing._charts import ObjectDef
from seatsio_typed.testing._engine.records import (
    FREE,
    Channel,
    Event,
    ForSaleConfig,
    ObjectState,
)
from seatsio_typed.testing._engine.season_records import IN_SEASON
from seatsio_typed.testing._wire.messages import ErrorDetail

OVERRIDE_SEASON_STATUS: Final = "OVERRIDE_SEASON_STATUS"
USE_SEASON_STATUS: Final = "USE_SEASON_STATUS"
SEASON_ACTIONS: Final = (OVERRIDE_SEASON_STATUS, USE_SEASON_STATUS)
ILLEGAL_STATUS_CHANGE: Final = "ILLEGAL_STATUS_CHANGE"
EVENT_NOT_IN_SEASON: Final = "EVENT_NOT_IN_SEASON"
SEASON_NOT_FOUND: Final = "SEASON_NOT_FOUND"
NOT_AVAILABLE: Final = "not_available"
"""The availability reason of a seat a season cannot sell because one of its events did."""


@dataclass(frozen=True, slots=True)
class SeasonEffect:
    """An object's state as its event shows it once the seasons are taken into account."""

    state: ObjectState
    """The state to show and to judge availability by (do not mutate it)."""
    blocked: bool = False
    """Seasons: the seat is taken in one of the season's events."""
    overridden: int = 0
    """`seasonStatusOverriddenQuantity`."""
    imposed_by: Event | None = None
    """Events in a season: the season whose status the seat shows."""


def _used(state: ObjectState) -> int:
    return state.num_booked + state.num_held


def _is_area(obj: ObjectDef) -> bool:
    return obj.object_type == "generalAdmission"


class SeasonLink:
    """The season side of one event (or season) for the duration of a call."""

    def __init__(self, event: Event) -> None:
        links = event.season
        if links is None:  # pragma: no cover - built only for records with links
            raise ValueError(f"event {event.key} is not linked to a season")
        self.event = event
        self.kind = links.kind
        self.sources: list[Event] = []
        """Events in a season: the seasons whose status they take, top-level first."""
        self.members: list[Event] = []
        """Seasons: the events whose bookings restrict them."""
        if links.kind == IN_SEASON:
            top = [] if links.top_level is None else [links.top_level]
            self.sources = [*top, *links.partial_seasons]
        else:
            self.members = [member for member in links.events if not member.is_in_the_past]
        self._taken: dict[str, Event] | None = None

    def _taken_seats(self) -> dict[str, Event]:
        """Labels not free through the other records -> the record that took them.

        Object state is sparse, so this walks only what was changed, once per call: a season's
        best available asks about every seat of the chart.
        """
        if self._taken is None:
            taken: dict[str, Event] = {}
            if self.kind == IN_SEASON:
                for season in reversed(self.sources):  # the first source wins
                    taken.update(_not_free(season))
            else:
                for member in self.members:
                    taken.update(_not_free(member))
                    for season in _sources_of(member):
                        if season is not self.event:
                            for label in _not_free(season):
                                if not member.state_of(label).season_overridden:
                                    taken.setdefault(label, member)
            self._taken = taken
        return self._taken

    def channels(self) -> list[Channel]:
        """Events in a season: the top-level season's channels, which apply to them too."""
        if self.kind != IN_SEASON or not self.sources:
            return []
        return list(self.sources[0].channels)

    def sale_configs(self) -> list[ForSaleConfig]:
        """The other records' for-sale configs that also bind this one (see the module doc)."""
        if self.kind != IN_SEASON:
            return [member.for_sale for member in self.members if member.for_sale is not None]
        top = self.sources[0] if self.sources else None
        if top is not None and top.season is not None and top.season.for_sale_propagated is False:
            return []
        return [season.for_sale for season in self.sources if season.for_sale is not None]

    def effect(self, obj: ObjectDef, own: ObjectState) -> SeasonEffect:
        """The object's state as shown, given the event's own (possibly staged) state."""
        if self.kind == IN_SEASON:
            return self._event_effect(obj, own)
        return self._season_effect(obj, own)

    def _event_effect(self, obj: ObjectDef, own: ObjectState) -> SeasonEffect:
        overridden = own.season_overridden
        if _is_area(obj):
            extra = self.places_taken(obj, own)
            return SeasonEffect(_with_places(own, extra, self._area_status(obj)), False, overridden)
        if overridden:
            return SeasonEffect(own, False, overridden)
        season = self._taken_seats().get(obj.label)
        if season is None:
            return SeasonEffect(own)
        return SeasonEffect(season.state_of(obj.label), False, 0, season)

    def _area_status(self, obj: ObjectDef) -> str:
        for season in self.sources:
            state = season.state_of(obj.label)
            if _used(state):
                return state.status
        return FREE

    def _season_effect(self, obj: ObjectDef, own: ObjectState) -> SeasonEffect:
        label = obj.label
        if _is_area(obj):
            taken = self.places_taken(obj, own)
            return SeasonEffect(_with_places(own, taken, FREE))
        return SeasonEffect(own, own.status == FREE and label in self._taken_seats())

    def places_taken(self, obj: ObjectDef, own: ObjectState) -> int:
        """GA places this event (or season) cannot use because of the seasons (or events)."""
        label = obj.label
        if self.kind == IN_SEASON:
            from_seasons = sum(_used(season.state_of(label)) for season in self.sources)
            return max(0, from_seasons - own.season_overridden)
        return max((_event_places(member, label, self.event) for member in self.members), default=0)

    def refusal(self, obj: ObjectDef, own: ObjectState, target: str) -> ErrorDetail | None:
        """Why a change to `target` is refused because of the seasons (None when it is not)."""
        if _is_area(obj):
            return None  # places are counted instead (see places_taken)
        effect = self.effect(obj, own)
        label = obj.label
        if effect.imposed_by is not None:
            status = effect.state.status
            return ErrorDetail(
                ILLEGAL_STATUS_CHANGE,
                f"Cannot change from [{status}] to [{target}]: object {label} is {status} in "
                f"season {effect.imposed_by.key}; override its season status first",
            )
        if effect.blocked and target != FREE:
            return ErrorDetail(
                ILLEGAL_STATUS_CHANGE,
                f"Cannot change from [{own.status}] to [{target}]: object {label} is not free in "
                f"an event of season {self.event.key}",
            )
        return None


def _with_places(own: ObjectState, extra: int, status: str) -> ObjectState:
    if extra <= 0:
        return own
    shown = own.clone()
    shown.num_booked += extra
    if shown.status == FREE:
        shown.status = status
    return shown


def _not_free(record: Event) -> dict[str, Event]:
    """The labels a record has in a non-free status, each mapped to the record."""
    return {label: record for label, state in record.objects.items() if state.status != FREE}


def _event_places(member: Event, label: str, excluded: Event) -> int:
    """GA places used in a member event, through its seasons except `excluded`."""
    own = member.state_of(label)
    seasons = [season for season in _sources_of(member) if season is not excluded]
    others = sum(_used(season.state_of(label)) for season in seasons)
    return _used(own) + max(0, others - own.season_overridden)


def _sources_of(member: Event) -> list[Event]:
    links = member.season
    if links is None or links.kind != IN_SEASON:
        return []
    top = [] if links.top_level is None else [links.top_level]
    return [*top, *links.partial_seasons]


def season_link(event: Event) -> SeasonLink | None:
    """The season side of a record, or None when it takes part in no season."""
    return None if event.season is None else SeasonLink(event)


def decide_season_action(
    link: SeasonLink | None,
    obj: ObjectDef,
    current: ObjectState,
    action: str,
    season_key: str | None,
    places: int,
    event_key: str,
) -> ObjectState | list[ErrorDetail]:
    """The object's state after override / use season status, or why it is refused."""
    if link is None or link.kind != IN_SEASON:
        return [ErrorDetail(EVENT_NOT_IN_SEASON, f"Event {event_key} is not an event in a season")]
    if season_key is not None and all(season.key != season_key for season in link.sources):
        return [
            ErrorDetail(
                SEASON_NOT_FOUND, f"Event {event_key} is not part of a season with key {season_key}"
            )
        ]
    changed = current.clone()
    area = _is_area(obj)
    if action == OVERRIDE_SEASON_STATUS:
        changed.season_overridden = current.season_overridden + places if area else 1
        return changed
    changed.season_overridden = max(0, current.season_overridden - places) if area else 0
    if area:
        capacity = obj.capacity or 0
        if _used(changed) + link.places_taken(obj, changed) > capacity:
            return [_cannot_use(obj.label, event_key, "places sold here would no longer fit")]
        return changed
    season_taken = any(season.state_of(obj.label).status != FREE for season in link.sources)
    if current.season_overridden and current.status != FREE and season_taken:
        return [_cannot_use(obj.label, event_key, f"it is {current.status} in this event")]
    return changed


def _cannot_use(label: str, event_key: str, why: str) -> ErrorDetail:
    return ErrorDetail(
        ILLEGAL_STATUS_CHANGE,
        f"Cannot use the season status of {label} in event {event_key} again: {why}",
    )


def effective_object_state(
    event: Event, obj: ObjectDef, *, season_bookings_propagated: bool = True
) -> ObjectState:
    """The status (and state) of object `obj` in event `event`, with or without the seasons.

    With `season_bookings_propagated=True` (the API's default) an event in a season shows what
    its seasons booked, held or gave a custom status (unless overridden), GA places included,
    and a season counts the places its events took; with False the event's own state is
    returned, which is what event reports with `seasonBookingsPropagated=false` list. For the
    full object info use `EventView(event, chart, season_bookings_propagated=...)` instead.

    Args:
        event: The event (or season) record.
        obj: The object of the event's chart.
        season_bookings_propagated: Whether the seasons' bookings are taken into account.

    Returns:
        The state to show; never mutate it.
    """
    own = event.state_of(obj.label)
    link = season_link(event) if season_bookings_propagated else None
    return own if link is None else link.effect(obj, own).state


def sources_of(event: Event) -> Sequence[Event]:
    """The seasons (top-level first, then partial) whose status an event in a season takes."""
    return _sources_of(event)
