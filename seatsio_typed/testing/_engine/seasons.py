"""Seasons: creating them, their partial seasons and events, and rendering them (seasons.md §2).

A season is an `Event` record in the workspace's `EventStore` (same key space, same object
state, same status-change history), linked to the others through `Event.season`
(`season_records.py`); what its bookings do to its events is `season_status.py`.

Choices where the reference is silent or (unverified):
- `eventKeys` together with `numberOfEvents` → 400 `VALIDATION_FAILED`; at most 1000 events per
  call (`VALIDATION_FAILED` beyond); a key already used in the workspace, or repeated, → 400
  `EVENT_KEY_ALREADY_EXISTS`; nothing is created when anything is refused.
- Events created in a season (at creation or later) copy the season's chart, table booking
  config, object categories and event-level categories (copies made once). The season's channels
  and for-sale config are not copied: they bind the events as long as they are set
  (`season_status.py`).
- Partial seasons copy the top-level season's table booking config and categories; their events
  must be events of the top-level season (400 `EVENT_NOT_IN_SEASON`); a key that is not a
  top-level season where one is needed → 400 `NOT_A_TOP_LEVEL_SEASON`; a partial season of
  another top-level season → 400 `NOT_A_PARTIAL_SEASON`. Events are created in top-level seasons
  only. Adding an event that is already in the partial season changes nothing.
- Update: `forSalePropagated` is stored on seasons (ignored on other events); `isInThePast` on a
  season → 400 `VALIDATION_FAILED`.
- Delete: an event in a season leaves its seasons; a partial season leaves its events and its
  top-level season; a top-level season takes its partial seasons with it, and its events stay as
  plain events.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from seatsio_typed.testing._engine.event_json import event_to_json
from seatsio_typed.testing._engine.records import Event
from seatsio_typed.testing._engine.season_records import IN_SEASON, PARTIAL, TOP_LEVEL, SeasonLinks
from seatsio_typed.testing._engine.season_status import EVENT_NOT_IN_SEASON
from seatsio_typed.testing._engine.store import EventStore
from seatsio_typed.testing._state.chart_store import ChartStore
from seatsio_typed.testing._wire.body import JsonObject, schema_error
from seatsio_typed.testing._wire.messages import JSON, JSONObject, bad_request

MAX_EVENTS_PER_CALL: Final = 1000


def read_event_keys(body: JsonObject) -> tuple[list[str] | None, int]:
    """`eventKeys` or `numberOfEvents` of a create body (at most one of them)."""
    keys = body.optional_array("eventKeys")
    number = body.optional_integer("numberOfEvents", minimum=0, maximum=MAX_EVENTS_PER_CALL)
    if keys is not None and number:
        raise schema_error(f"{body.pointer}: eventKeys and numberOfEvents cannot be combined")
    if keys is None:
        return None, number or 0
    if len(keys) > MAX_EVENTS_PER_CALL:
        raise schema_error(
            f"{keys.pointer}: expected at most {MAX_EVENTS_PER_CALL} items, found {len(keys)}"
        )
    given = keys.strings()
    for position, key in enumerate(given):
        if not key:
            raise schema_error(f"{keys.pointer}/{position}: must not be empty")
    return given, 0


def links_of(event: Event) -> SeasonLinks:
    """The links of a record known to be a season or an event in one."""
    if event.season is None:  # pragma: no cover - callers check the role first
        raise ValueError(f"{event.key} takes part in no season")
    return event.season


def require_top_level(event: Event) -> SeasonLinks:
    """The links of a top-level season, or 400 `NOT_A_TOP_LEVEL_SEASON`."""
    if event.season is None or event.season.kind != TOP_LEVEL:
        raise bad_request("NOT_A_TOP_LEVEL_SEASON", f"{event.key} is not a top-level season")
    return event.season


def require_partial_of(top: Event, partial: Event) -> SeasonLinks:
    """The links of a partial season of `top`, or 400 `NOT_A_PARTIAL_SEASON`."""
    links = partial.season
    if links is None or links.kind != PARTIAL or links.top_level is not top:
        raise bad_request(
            "NOT_A_PARTIAL_SEASON", f"{partial.key} is not a partial season of {top.key}"
        )
    return links


def require_members(top: Event, events: list[Event]) -> None:
    """Refuse events that are not events of the top-level season `top`."""
    for event in events:
        links = event.season
        if links is None or links.kind != IN_SEASON or links.top_level is not top:
            raise bad_request(
                EVENT_NOT_IN_SEASON, f"Event {event.key} is not an event of season {top.key}"
            )


def new_member(season: Event, *, event_id: int, key: str, now: datetime) -> Event:
    """A new event of a top-level season, with the settings it copies from the season."""
    links = links_of(season)
    event = Event(
        id=event_id,
        key=key,
        chart_key=season.chart_key,
        created_on=now,
        table_booking=season.table_booking,
        object_categories=None
        if season.object_categories is None
        else dict(season.object_categories),
        categories=season.categories,
        season=SeasonLinks(IN_SEASON, top_level=season),
    )
    links.events.append(event)
    return event


def new_partial_season(
    top: Event, *, event_id: int, key: str, name: str | None, now: datetime, events: list[Event]
) -> Event:
    """A new partial season of `top` holding `events` (already checked to be `top`'s)."""
    partial = Event(
        id=event_id,
        key=key,
        chart_key=top.chart_key,
        created_on=now,
        name=name,
        table_booking=top.table_booking,
        categories=top.categories,
        season=SeasonLinks(PARTIAL, top_level=top),
    )
    links_of(top).partial_seasons.append(partial)
    add_to_partial(partial, events)
    return partial


def add_to_partial(partial: Event, events: list[Event]) -> None:
    """Add events to a partial season (those already in it stay where they are)."""
    links = links_of(partial)
    for event in events:
        if event not in links.events:
            links.events.append(event)
            links_of(event).partial_seasons.append(partial)


def remove_from_partial(partial: Event, event: Event) -> None:
    """Take one event out of a partial season (400 `EVENT_NOT_IN_SEASON` if it is not in it)."""
    links = links_of(partial)
    if event not in links.events:
        raise bad_request(
            EVENT_NOT_IN_SEASON, f"Event {event.key} is not in partial season {partial.key}"
        )
    links.events.remove(event)
    links_of(event).partial_seasons.remove(partial)


def read_season_update(event: Event, body: JsonObject) -> bool | None:
    """Check the season part of an update body; the `forSalePropagated` to store, if any."""
    is_season = event.season is not None and event.season.is_season
    if is_season and body.optional_boolean("isInThePast") is not None:
        raise schema_error(f"{body.pointer_to('isInThePast')}: a season cannot be in the past")
    propagated = body.optional_boolean("forSalePropagated")
    return propagated if is_season else None


def apply_season_update(event: Event, for_sale_propagated: bool | None) -> None:
    """Store what `read_season_update` accepted."""
    if event.season is not None and for_sale_propagated is not None:
        event.season.for_sale_propagated = for_sale_propagated


def detach(store: EventStore, event: Event) -> None:
    """Unlink an event that is about to be deleted from every season (see the module doc)."""
    links = event.season
    if links is None:
        return
    event.season = None
    if links.kind == IN_SEASON:
        for partial in links.partial_seasons:
            links_of(partial).events.remove(event)
        if links.top_level is not None:
            links_of(links.top_level).events.remove(event)
    elif links.kind == PARTIAL:
        for member in links.events:
            links_of(member).partial_seasons.remove(event)
        if links.top_level is not None:
            links_of(links.top_level).partial_seasons.remove(event)
    else:
        for partial in list(links.partial_seasons):
            partial.season = None
            store.remove(partial)
        for member in links.events:
            member.season = None


def season_to_json(season: Event, charts: ChartStore) -> JSONObject:
    """A single season as create / retrieve answer it: with `events` (and `partialSeasonKeys`).

    Any other record is rendered as a plain Event resource.
    """
    rendered = event_to_json(season, charts.get(season.chart_key))
    links = season.season
    if links is None or not links.is_season:
        return rendered
    rendered["events"] = [
        event_to_json(member, charts.get(member.chart_key)) for member in links.events
    ]
    if links.kind == TOP_LEVEL:
        rendered["partialSeasonKeys"] = list[JSON](partial.key for partial in links.partial_seasons)
    return rendered
