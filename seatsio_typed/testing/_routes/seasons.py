"""Season endpoints (seasons.md §2, object-status.md §3.6; methods.md §3 routes 47, 48, 64-68).

- `POST /seasons`: a top-level season, with `eventKeys` or `numberOfEvents` events in it;
- `POST /seasons/{top}/partial-seasons`: a partial season of some of the season's events;
- `POST /seasons/{season}/actions/create-events`: more events, answered newest first;
- `POST /seasons/{top}/partial-seasons/{partial}/actions/add-events` and
  `DELETE /seasons/{top}/partial-seasons/{partial}/events/{event}`: the partial season's events;
- `POST /events/{key}/actions/override-season-status` and `.../use-season-status`: 204.

Retrieve, update, list and delete are the events endpoints (`_routes/events.py`). Season keys
share the events' key space: unknown keys give 404 `EVENT_NOT_FOUND`. The rules and the choices
where the reference is silent are in `_engine/seasons.py` and `_engine/season_status.py`.
"""

from __future__ import annotations

from dataclasses import replace

from seatsio_typed.testing._engine.event_input import read_settings
from seatsio_typed.testing._engine.event_json import event_to_json
from seatsio_typed.testing._engine.holds import HoldTokenStore
from seatsio_typed.testing._engine.key_rules import check_event_key
from seatsio_typed.testing._engine.records import Event
from seatsio_typed.testing._engine.requests import StatusChangeSpec, read_objects
from seatsio_typed.testing._engine.season_records import TOP_LEVEL, SeasonLinks
from seatsio_typed.testing._engine.season_status import OVERRIDE_SEASON_STATUS, USE_SEASON_STATUS
from seatsio_typed.testing._engine.seasons import (
    add_to_partial,
    check_keys_free,
    new_member,
    new_partial_season,
    read_event_keys,
    remove_from_partial,
    require_members,
    require_partial_of,
    require_top_level,
    season_to_json,
)
from seatsio_typed.testing._engine.transaction import Transaction
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Handler, Route
from seatsio_typed.testing._routes._access import event_store, require_event, view_of, workspace_now
from seatsio_typed.testing._routes.events import create_event_records
from seatsio_typed.testing._wire.messages import Response, json_response, no_content


def _new_keys(ctx: RequestContext, given: list[str] | None, number: int) -> list[str]:
    """The keys of the events to create: as given (checked), or `number` generated ones.

    Given keys follow the rules of create event (`_engine/key_rules.py`: no `.`/`..`, no overlong
    key) and must be free in the workspace."""
    store = event_store(ctx)
    if given is not None:
        for key in given:
            check_event_key(key)
        check_keys_free(store, given)
        return given
    keys: list[str] = []
    while len(keys) < number:
        key = ctx.state.keys.uuid("event-key")
        if store.get(key) is None and key not in keys:
            keys.append(key)
    return keys


def _add_members(ctx: RequestContext, season: Event, keys: list[str]) -> list[Event]:
    now = ctx.now()
    store = event_store(ctx)
    created: list[Event] = []
    for key in keys:
        event = new_member(season, event_id=ctx.state.ids.next("event"), key=key, now=now)
        created.append(store.add(event))
    return created


def create_season(ctx: RequestContext) -> Response:
    """POST /seasons"""
    workspace_now(ctx)
    body = ctx.body()
    chart_key = body.string("chartKey")
    key = body.optional_string("key") or None
    if key is not None:
        check_event_key(key)
    settings = replace(read_settings(body, ctx.now().date(), creating=True), event_key=key)
    propagated = body.optional_boolean("forSalePropagated")
    given, number = read_event_keys(body)
    keys = _new_keys(ctx, given if key is None or given is None else [key, *given], number)
    (season,) = create_event_records(ctx, chart_key, [settings])
    season.season = SeasonLinks(TOP_LEVEL, for_sale_propagated=propagated)
    _add_members(ctx, season, keys if key is None or given is None else keys[1:])
    return json_response(season_to_json(season, ctx.workspace.charts))


def create_partial_season(ctx: RequestContext) -> Response:
    """POST /seasons/{topLevelSeasonKey}/partial-seasons"""
    now = workspace_now(ctx)
    top = require_event(ctx, ctx.param("topLevelSeasonKey"))
    require_top_level(top)
    body = ctx.body()
    key = body.optional_string("key") or None
    name = body.optional_string("name") or None
    given = body.optional_array("eventKeys")
    members = [require_event(ctx, member) for member in ([] if given is None else given.strings())]
    require_members(top, members)
    (key,) = _new_keys(ctx, None if key is None else [key], 1)
    partial = new_partial_season(
        top, event_id=ctx.state.ids.next("event"), key=key, name=name, now=now, events=members
    )
    event_store(ctx).add(partial)
    return json_response(season_to_json(partial, ctx.workspace.charts))


def create_events_in_season(ctx: RequestContext) -> Response:
    """POST /seasons/{seasonKey}/actions/create-events"""
    workspace_now(ctx)
    season = require_event(ctx, ctx.param("topLevelSeasonKey"))
    require_top_level(season)
    given, number = read_event_keys(ctx.body())
    created = _add_members(ctx, season, _new_keys(ctx, given, number))
    charts = ctx.workspace.charts
    rendered = [event_to_json(event, charts.get(event.chart_key)) for event in reversed(created)]
    return json_response({"events": list(rendered)})


def _partial_of(ctx: RequestContext) -> tuple[Event, Event]:
    workspace_now(ctx)
    top = require_event(ctx, ctx.param("topLevelSeasonKey"))
    require_top_level(top)
    partial = require_event(ctx, ctx.param("partialSeasonKey"))
    require_partial_of(top, partial)
    return top, partial


def add_events_to_partial_season(ctx: RequestContext) -> Response:
    """POST /seasons/{topLevelSeasonKey}/partial-seasons/{partialSeasonKey}/actions/add-events"""
    top, partial = _partial_of(ctx)
    members = [require_event(ctx, key) for key in ctx.body().array("eventKeys").strings()]
    require_members(top, members)
    add_to_partial(partial, members)
    return json_response(season_to_json(partial, ctx.workspace.charts))


def remove_event_from_partial_season(ctx: RequestContext) -> Response:
    """DELETE /seasons/{topLevelSeasonKey}/partial-seasons/{partialSeasonKey}/events/{eventKey}"""
    _, partial = _partial_of(ctx)
    remove_from_partial(partial, require_event(ctx, ctx.param("eventKey")))
    return json_response(season_to_json(partial, ctx.workspace.charts))


def _season_action(action: str) -> Handler:
    def handler(ctx: RequestContext) -> Response:
        now = workspace_now(ctx)
        event = require_event(ctx, ctx.param("key"))
        body = ctx.body()
        spec = StatusChangeSpec(
            events=(event.key,),
            objects=read_objects(body.array("objects")),
            status=action,
            season_action=action,
            season=body.optional_string("season"),
        )
        holds = ctx.workspace.store(HoldTokenStore)
        views = {event.id: view_of(ctx, event)}
        transaction = Transaction(views, holds, now, ctx.request.client_ip)
        transaction.apply(spec, [event])
        transaction.commit(ctx.state.ids)
        return no_content()

    handler.__doc__ = f"POST /events/{{key}}/actions/... ({action})"
    return handler


ROUTES = (
    Route("POST", "/seasons", create_season, Access.WORKSPACE),
    Route(
        "POST",
        "/seasons/{topLevelSeasonKey}/partial-seasons",
        create_partial_season,
        Access.WORKSPACE,
    ),
    Route(
        "POST",
        "/seasons/{topLevelSeasonKey}/actions/create-events",
        create_events_in_season,
        Access.WORKSPACE,
    ),
    Route(
        "POST",
        "/seasons/{topLevelSeasonKey}/partial-seasons/{partialSeasonKey}/actions/add-events",
        add_events_to_partial_season,
        Access.WORKSPACE,
    ),
    Route(
        "DELETE",
        "/seasons/{topLevelSeasonKey}/partial-seasons/{partialSeasonKey}/events/{eventKey}",
        remove_event_from_partial_season,
        Access.WORKSPACE,
    ),
    Route(
        "POST",
        "/events/{key}/actions/override-season-status",
        _season_action(OVERRIDE_SEASON_STATUS),
        Access.WORKSPACE,
    ),
    Route(
        "POST",
        "/events/{key}/actions/use-season-status",
        _season_action(USE_SEASON_STATUS),
        Access.WORKSPACE,
    ),
)
