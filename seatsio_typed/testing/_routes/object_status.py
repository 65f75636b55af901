"""Object status endpoints (object-status.md §3.1-3.3): change status, book, hold, release,
put up for resale, on one event, on several events (event groups) and in batch.

Every call is one transaction (see `_engine/transaction.py`): all events must exist (else 404
`EVENT_NOT_FOUND`), then every object is checked; any problem gives 400 with one error per
problem and nothing changes. With `?expand=objects` the answer is 200 with the objects' infos
after the change (for an event group: those on the first event), otherwise 204.

Paths: the official client uses `/events/groups/actions/change-object-status` and the batch
`/events/actions/change-object-status`; the documented aliases are served too:
`/events/{key}/actions/{change-object-status|book|hold|release|put-up-for-resale}`,
`/events/groups/actions/{book|hold|release|put-up-for-resale}` and the old group name
`/seasons/actions/{change-object-status|book|hold|release}`. The aliases take the same body
without `type`/`status` (they fix the target).

Best available: a `bestAvailable` body on `/events/{key}/actions/change-object-status` (or on its
`book` / `hold` aliases) picks the objects (see `_engine/best_available.py`) and changes them in
one transaction like any other change; the answer is always 200 with `objects` (labels in chart
order, a GA label once per place), `objectDetails` and, when seats were chosen,
`nextToEachOther`.
"""

from __future__ import annotations

from collections.abc import Callable

from seatsio_typed.testing._engine.best_available import choose
from seatsio_typed.testing._engine.holds import HoldTokenStore
from seatsio_typed.testing._engine.records import BOOKED, FREE, HELD, RESALE
from seatsio_typed.testing._engine.requests import (
    StatusChangeSpec,
    read_best_available,
    read_group_events,
    read_spec,
)
from seatsio_typed.testing._engine.transaction import SpecResult, Transaction
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Handler, Route
from seatsio_typed.testing._routes._access import event_store, view_of, workspace_now
from seatsio_typed.testing._wire.body import JsonObject
from seatsio_typed.testing._wire.messages import (
    JSON,
    JSONObject,
    Response,
    json_response,
    no_content,
)
from seatsio_typed.testing._wire.query import query_strings

ALIASES: dict[str, str] = {
    "book": BOOKED,
    "hold": HELD,
    "release": FREE,
    "put-up-for-resale": RESALE,
}


def _expanded(ctx: RequestContext) -> bool:
    return "objects" in query_strings(ctx.request, "expand")


def apply_status_changes(ctx: RequestContext, specs: list[StatusChangeSpec]) -> list[SpecResult]:
    """Apply status changes (each on the events it names) as one transaction of the workspace."""
    now = workspace_now(ctx)
    store = event_store(ctx)
    workspace_key = ctx.workspace.key
    events = [[store.require(key, workspace_key) for key in spec.events] for spec in specs]
    views = {event.id: view_of(ctx, event) for group in events for event in group}
    transaction = Transaction(
        views, ctx.workspace.store(HoldTokenStore), now, ctx.request.client_ip
    )
    results = [transaction.apply(spec, group) for spec, group in zip(specs, events, strict=True)]
    transaction.commit(ctx.state.ids)
    return results


def _run(ctx: RequestContext, specs: list[StatusChangeSpec], *, batch: bool) -> Response:
    results = apply_status_changes(ctx, specs)
    if not _expanded(ctx):
        return no_content()
    if batch:
        return json_response({"results": [result.to_json() for result in results]})
    return json_response(results[0].to_json())


def change_status_of_group(ctx: RequestContext) -> Response:
    """POST /events/groups/actions/change-object-status"""
    body = ctx.body()
    return _run(ctx, [read_spec(body, read_group_events(body))], batch=False)


def _best_available(ctx: RequestContext, body: JsonObject, status: str | None) -> Response:
    now = workspace_now(ctx)
    event = event_store(ctx).require(ctx.param("key"), ctx.workspace.key)
    request = read_best_available(body, event.key, status=status)
    view = view_of(ctx, event)
    pick = choose(view, request.query)
    labels = [obj.label for obj in pick.objects for _ in range(pick.places)]
    holds = ctx.workspace.store(HoldTokenStore)
    transaction = Transaction({event.id: view}, holds, now, ctx.request.client_ip)
    result = transaction.apply(request.spec_for(labels), [event])
    transaction.commit(ctx.state.ids)
    rendered: JSONObject = {
        "objects": list[JSON](labels),
        "objectDetails": result.to_json()["objects"],
    }
    if pick.next_to_each_other is not None:
        rendered["nextToEachOther"] = pick.next_to_each_other
    return json_response(rendered)


def change_status_of_event(ctx: RequestContext) -> Response:
    """POST /events/{key}/actions/change-object-status"""
    body = ctx.body()
    if "bestAvailable" in body:
        return _best_available(ctx, body, None)
    return _run(ctx, [read_spec(body, (ctx.param("key"),))], batch=False)


def change_status_in_batch(ctx: RequestContext) -> Response:
    """POST /events/actions/change-object-status"""
    items = ctx.body().array("statusChanges").objects()
    specs = [read_spec(item, (item.string("event"),)) for item in items]
    return _run(ctx, specs, batch=True)


def _group_alias(status: str) -> Handler:
    def handler(ctx: RequestContext) -> Response:
        body = ctx.body()
        return _run(ctx, [read_spec(body, read_group_events(body), status=status)], batch=False)

    handler.__doc__ = f"POST /events/groups/actions/... with status {status}"
    return handler


def _event_alias(status: str) -> Handler:
    def handler(ctx: RequestContext) -> Response:
        body: JsonObject = ctx.body()
        if "bestAvailable" in body and status in (BOOKED, HELD):
            return _best_available(ctx, body, status)
        return _run(ctx, [read_spec(body, (ctx.param("key"),), status=status)], batch=False)

    handler.__doc__ = f"POST /events/{{key}}/actions/... with status {status}"
    return handler


def _routes(prefix: str, make: Callable[[str], Handler], verbs: tuple[str, ...]) -> list[Route]:
    return [
        Route("POST", f"{prefix}/{verb}", make(ALIASES[verb]), Access.WORKSPACE) for verb in verbs
    ]


_ALL_VERBS = ("book", "hold", "release", "put-up-for-resale")

ROUTES = (
    Route(
        "POST",
        "/events/groups/actions/change-object-status",
        change_status_of_group,
        Access.WORKSPACE,
    ),
    Route(
        "POST",
        "/events/{key}/actions/change-object-status",
        change_status_of_event,
        Access.WORKSPACE,
    ),
    Route("POST", "/events/actions/change-object-status", change_status_in_batch, Access.WORKSPACE),
    Route(
        "POST",
        "/seasons/actions/change-object-status",
        change_status_of_group,
        Access.WORKSPACE,
    ),
    *_routes("/events/groups/actions", _group_alias, _ALL_VERBS),
    *_routes("/events/{key}/actions", _event_alias, _ALL_VERBS),
    *_routes("/seasons/actions", _group_alias, ("book", "hold", "release")),
)
