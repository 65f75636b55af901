"""Event endpoints (events.md §3.1-3.12): CRUD and list, object infos, status changes, extra data.

Choices where the reference is silent (unverified for the real server):
- seasons are events (`_routes/seasons.py` creates them): retrieve answers a season with its
  `events` (and `partialSeasonKeys`), update stores a season's `forSalePropagated`, delete
  unlinks the record from its seasons (`_engine/seasons.py`);
- create and create-multiple answer 200; update answers 200 with the updated Event (clients ignore
  the body); delete answers 204;
- events cannot be created on a chart whose published drawing fails a validator at ERROR level
  (the company's severities; none by default): 400 `DRAWING_VALIDATION_FAILED` like a refused
  publish (code unverified), nothing created;
- `GET /events` pages hold 20 events by default and at most (the list-events docs' cap); `filter`
  keeps events whose key or name contains the text, case-insensitively;
- object infos: an unknown label, or one not bookable under the event's table booking mode, gives
  404 `OBJECT_NOT_FOUND`; the response holds exactly the requested labels;
- extra data updates: 204, no status-change record; 404 `OBJECT_NOT_FOUND` when any label is not
  an object of the event (then nothing changes);
- status-change lists: default and maximum page size 1000;
- move to a new chart copy: the copy is made like a chart copy in the same workspace (the
  published drawing, name + " (copy)", the tags), the event keeps its key, id, object states and
  history, and the answer is 200 with the Event.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.charts import copy_in_workspace, require_valid
from seatsio_typed.testing._engine.event_input import EventSettings, read_settings
from seatsio_typed.testing._engine.event_json import event_to_json
from seatsio_typed.testing._engine.lifecycle import (
    check_new_keys,
    log_event_update,
    new_event,
    update_event,
)
from seatsio_typed.testing._engine.records import Event
from seatsio_typed.testing._engine.seasons import (
    apply_season_update,
    detach,
    read_season_update,
    season_to_json,
)
from seatsio_typed.testing._engine.status_changes import (
    sorted_status_changes,
    status_change_json,
)
from seatsio_typed.testing._engine.view import EventView
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._routes._access import (
    event_store,
    require_event,
    view_of,
    workspace_now,
)
from seatsio_typed.testing._wire.body import JsonObject, schema_error
from seatsio_typed.testing._wire.messages import (
    JSON,
    ApiError,
    JSONObject,
    Response,
    json_response,
    no_content,
    not_found,
)
from seatsio_typed.testing._wire.pagination import PageRequest, paginate
from seatsio_typed.testing._wire.query import query_error, query_string

EVENTS_PAGE_SIZE = 20
MAX_EVENTS_PER_CREATE = 100


def _render(ctx: RequestContext, event: Event) -> JSONObject:
    return event_to_json(event, ctx.workspace.charts.get(event.chart_key))


def create_event_records(
    ctx: RequestContext, chart_key: str, items: list[EventSettings]
) -> list[Event]:
    """Create and store events on a chart (all or none); seasons use it for their own record."""
    now = workspace_now(ctx)
    chart = ctx.workspace.charts.require(chart_key, ctx.workspace.key)
    message = f"Cannot create events on chart [key: {chart_key}]: invalid published drawing"
    require_valid(ctx.company, chart.published, message, "published drawing")
    store = event_store(ctx)
    check_new_keys(store, items)
    created: list[Event] = []
    for settings in items:
        key = settings.event_key
        if not isinstance(key, str):
            key = ctx.state.keys.uuid("event-key")
            while store.get(key) is not None:  # pragma: no cover - a UUID collision
                key = ctx.state.keys.uuid("event-key")
        event = new_event(
            event_id=ctx.state.ids.next("event"),
            key=key,
            chart_key=chart_key,
            now=now,
            settings=settings,
            channel_id=lambda: ctx.state.keys.uuid("channel-id"),
        )
        created.append(event)
    for event in created:  # stored only once every item was accepted (channels included)
        store.add(event)
    return created


def create_event(ctx: RequestContext) -> Response:
    """POST /events"""
    body = ctx.body()
    chart_key = body.string("chartKey")
    settings = read_settings(body, ctx.now().date(), creating=True)
    (event,) = create_event_records(ctx, chart_key, [settings])
    return json_response(_render(ctx, event))


def create_multiple_events(ctx: RequestContext) -> Response:
    """POST /events/actions/create-multiple"""
    body = ctx.body()
    chart_key = body.string("chartKey")
    items = body.array("events")
    if len(items) > MAX_EVENTS_PER_CREATE:
        raise schema_error(
            f"{items.pointer}: expected at most {MAX_EVENTS_PER_CREATE} items, found {len(items)}"
        )
    today = ctx.now().date()
    settings = [read_settings(item, today, creating=True) for item in items.objects()]
    events = create_event_records(ctx, chart_key, settings)
    return json_response({"events": [_render(ctx, event) for event in events]})


def retrieve_event(ctx: RequestContext) -> Response:
    """GET /events/{key}"""
    workspace_now(ctx)
    event = require_event(ctx, ctx.param("key"))
    return json_response(season_to_json(event, ctx.workspace.charts))


def update_event_route(ctx: RequestContext) -> Response:
    """POST /events/{key}"""
    now = workspace_now(ctx)
    event = require_event(ctx, ctx.param("key"))
    body = ctx.body()
    settings = read_settings(body, now.date(), creating=False)
    for_sale_propagated = read_season_update(event, body)
    update_event(event, event_store(ctx), settings, now)
    apply_season_update(event, for_sale_propagated)
    log_event_update(ctx.workspace, event, settings, now)
    return json_response(_render(ctx, event))


def delete_event(ctx: RequestContext) -> Response:
    """DELETE /events/{key}"""
    workspace_now(ctx)
    event = require_event(ctx, ctx.param("key"))
    detach(event_store(ctx), event)
    event_store(ctx).remove(event)
    return no_content()


def list_events(ctx: RequestContext) -> Response:
    """GET /events"""
    workspace_now(ctx)
    page = PageRequest.from_request(
        ctx.request, default_limit=EVENTS_PAGE_SIZE, max_limit=EVENTS_PAGE_SIZE
    )
    needle = (query_string(ctx.request, "filter") or "").lower()
    events = [
        event
        for event in event_store(ctx).newest_first()
        if needle in event.key.lower() or needle in (event.name or "").lower()
    ]
    return json_response(
        paginate(events, page, item_id=lambda event: event.id, render=lambda e: _render(ctx, e))
    )


def move_to_new_chart_copy(ctx: RequestContext) -> Response:
    """POST /events/{key}/actions/move-to-new-chart-copy"""
    workspace_now(ctx)
    event = require_event(ctx, ctx.param("key"))
    source = ctx.workspace.charts.require(event.chart_key, ctx.workspace.key)
    copy = copy_in_workspace(ctx.state, ctx.workspace, source, source.published)
    event.chart_key = copy.key
    return json_response(_render(ctx, event))


def _view(ctx: RequestContext) -> EventView:
    workspace_now(ctx)
    return view_of(ctx, require_event(ctx, ctx.param("key")))


def _object_not_found(label: str, event: Event) -> ApiError:
    return not_found("OBJECT_NOT_FOUND", f"Object not found: {label} in event {event.key}")


def retrieve_object_infos(ctx: RequestContext) -> Response:
    """GET /events/{key}/objects?label=..."""
    view = _view(ctx)
    labels = ctx.request.query_values("label")
    if not labels:
        raise query_error("Query parameter label is required")
    infos: JSONObject = {}
    for label in labels:
        obj = view.object(label)
        if obj is None:
            raise _object_not_found(label, view.event)
        infos[label] = view.object_info(obj, view.event.state_of(label))
    return json_response(infos)


def _status_changes(
    ctx: RequestContext, view: EventView, label: str | None, sort: str | None, needle: str | None
) -> Response:
    page = PageRequest.from_request(ctx.request)
    changes = view.event.status_changes
    if label is not None:
        changes = [change for change in changes if change.object_label == label]
    ordered, by_id_desc = sorted_status_changes(changes, sort, needle)
    return json_response(
        paginate(
            ordered,
            page,
            item_id=lambda change: change.id,
            render=lambda change: status_change_json(change, view.bookable, view.index),
            order="id-desc" if by_id_desc else "other",
        )
    )


def list_status_changes(ctx: RequestContext) -> Response:
    """GET /events/{key}/status-changes"""
    view = _view(ctx)
    sort = query_string(ctx.request, "sort")
    needle = query_string(ctx.request, "filter")
    query_string(ctx.request, "filterType")  # JS sends CONTAINS, the only behaviour there is
    return _status_changes(ctx, view, None, sort, needle or None)


def list_object_status_changes(ctx: RequestContext) -> Response:
    """GET /events/{key}/objects/{label}/status-changes"""
    view = _view(ctx)
    return _status_changes(ctx, view, ctx.param("label"), None, None)


def _set_extra_data(view: EventView, updates: dict[str, JSONObject | None]) -> None:
    event = view.event
    for label in updates:
        if view.object(label) is None:
            raise _object_not_found(label, event)
    for label, extra_data in updates.items():
        state = event.state_of(label).clone()
        state.extra_data = extra_data
        event.store_state(label, state)


def _extra_data(body: JsonObject, key: str) -> JSONObject | None:
    value: JSON = body.raw(key)
    if value is None:
        return None
    data = body.child(key).data
    return data or None


def update_extra_data(ctx: RequestContext) -> Response:
    """POST /events/{key}/objects/{label}/actions/update-extra-data"""
    view = _view(ctx)
    _set_extra_data(view, {ctx.param("label"): _extra_data(ctx.body(), "extraData")})
    return no_content()


def update_extra_datas(ctx: RequestContext) -> Response:
    """POST /events/{key}/actions/update-extra-data"""
    view = _view(ctx)
    by_label = ctx.body().child("extraData")
    updates = {label: _extra_data(by_label, label) for label in list(by_label.data)}
    _set_extra_data(view, updates)
    return no_content()


ROUTES = (
    Route("POST", "/events", create_event, Access.WORKSPACE),
    Route("GET", "/events", list_events, Access.WORKSPACE),
    Route("POST", "/events/actions/create-multiple", create_multiple_events, Access.WORKSPACE),
    Route("GET", "/events/{key}", retrieve_event, Access.WORKSPACE),
    Route("POST", "/events/{key}", update_event_route, Access.WORKSPACE),
    Route("DELETE", "/events/{key}", delete_event, Access.WORKSPACE),
    Route("GET", "/events/{key}/objects", retrieve_object_infos, Access.WORKSPACE),
    Route("GET", "/events/{key}/status-changes", list_status_changes, Access.WORKSPACE),
    Route(
        "GET",
        "/events/{key}/objects/{label}/status-changes",
        list_object_status_changes,
        Access.WORKSPACE,
    ),
    Route(
        "POST",
        "/events/{key}/objects/{label}/actions/update-extra-data",
        update_extra_data,
        Access.WORKSPACE,
    ),
    Route("POST", "/events/{key}/actions/update-extra-data", update_extra_datas, Access.WORKSPACE),
    Route(
        "POST",
        "/events/{key}/actions/move-to-new-chart-copy",
        move_to_new_chart_copy,
        Access.WORKSPACE,
    ),
)
