"""For-sale endpoints (events.md §3.13-§3.17); the rules and the quota are in
`_engine/for_sale.py`.

Answers (choices where the reference is silent or unverified):
- edit-for-sale-config: 200 EditForSaleConfigResult; for many events: 200 `{eventKey: result}`
  in request order, all-or-nothing (an unknown event is 404 `EVENT_NOT_FOUND`, an event out of
  quota 429, and then no event changes);
- mark-as-for-sale / mark-as-not-for-sale / mark-everything-as-not-for-sale: 200
  `{rateLimitRemainingCalls, rateLimitResetDate}` (the docs' example);
- mark-everything-as-for-sale: 204 (docs), the config is gone (`forSaleConfig` absent again).
"""

from __future__ import annotations

from dataclasses import dataclass

from seatsio_typed.testing._engine.event_input import read_for_sale_lists
from seatsio_typed.testing._engine.event_log import EVENT_FOR_SALE_CONFIG_UPDATED, log_change
from seatsio_typed.testing._engine.for_sale import (
    NOTHING_FOR_SALE,
    EditItem,
    ForSaleQuotas,
    edit_result,
    edited,
)
from seatsio_typed.testing._engine.records import Event, ForSaleConfig
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._routes._access import require_event, workspace_now
from seatsio_typed.testing._wire.body import JsonObject
from seatsio_typed.testing._wire.messages import JSONObject, Response, json_response, no_content


@dataclass(frozen=True, slots=True)
class _Edit:
    event: Event
    for_sale: tuple[EditItem, ...]
    not_for_sale: tuple[EditItem, ...]


def _items(body: JsonObject, key: str) -> tuple[EditItem, ...]:
    items = body.optional_array(key)
    if items is None:
        return ()
    return tuple(
        EditItem(item.string("object"), item.optional_integer("quantity", minimum=1))
        for item in items.objects()
    )


def _read_edit(event: Event, body: JsonObject) -> _Edit:
    return _Edit(event, _items(body, "forSale"), _items(body, "notForSale"))


def _apply_edits(ctx: RequestContext, edits: list[_Edit]) -> dict[str, JSONObject]:
    """Check every event's quota first, then change them all."""
    now = ctx.now()
    quotas = ctx.workspace.store(ForSaleQuotas)
    for edit in edits:
        quotas.check(edit.event, now)
    results: dict[str, JSONObject] = {}
    for edit in edits:
        edit.event.for_sale = edited(edit.event.for_sale, edit.for_sale, edit.not_for_sale)
        info = quotas.count(edit.event, now)
        results[edit.event.key] = edit_result(edit.event.for_sale, info)
        log_change(ctx.workspace, EVENT_FOR_SALE_CONFIG_UPDATED, edit.event.key, now)
    return results


def edit_for_sale_config(ctx: RequestContext) -> Response:
    """POST /events/{key}/actions/edit-for-sale-config"""
    workspace_now(ctx)
    event = require_event(ctx, ctx.param("key"))
    results = _apply_edits(ctx, [_read_edit(event, ctx.body())])
    return json_response(results[event.key])


def edit_for_sale_config_for_events(ctx: RequestContext) -> Response:
    """POST /events/actions/edit-for-sale-config"""
    workspace_now(ctx)
    by_key = ctx.body().child("events")
    edits = [_read_edit(require_event(ctx, key), by_key.child(key)) for key in list(by_key.data)]
    return json_response(dict(_apply_edits(ctx, edits)))


def _replace(ctx: RequestContext, config: ForSaleConfig | None) -> JSONObject:
    """Replace the event's config; returns the rate-limit info of the call."""
    now = workspace_now(ctx)
    event = require_event(ctx, ctx.param("key"))
    quotas = ctx.workspace.store(ForSaleQuotas)
    quotas.check(event, now)
    event.for_sale = config
    log_change(ctx.workspace, EVENT_FOR_SALE_CONFIG_UPDATED, event.key, now)
    return quotas.count(event, now).to_json()


def mark_as_for_sale(ctx: RequestContext) -> Response:
    """POST /events/{key}/actions/mark-as-for-sale (only the listed things are for sale)"""
    return json_response(_replace(ctx, read_for_sale_lists(ctx.body(), for_sale=True)))


def mark_as_not_for_sale(ctx: RequestContext) -> Response:
    """POST /events/{key}/actions/mark-as-not-for-sale (the listed things are not for sale)"""
    return json_response(_replace(ctx, read_for_sale_lists(ctx.body(), for_sale=False)))


def mark_everything_as_for_sale(ctx: RequestContext) -> Response:
    """POST /events/{key}/actions/mark-everything-as-for-sale"""
    _replace(ctx, None)
    return no_content()


def mark_everything_as_not_for_sale(ctx: RequestContext) -> Response:
    """POST /events/{key}/actions/mark-everything-as-not-for-sale"""
    return json_response(_replace(ctx, NOTHING_FOR_SALE))


_ACTIONS = "/events/{key}/actions"

ROUTES = (
    Route("POST", f"{_ACTIONS}/edit-for-sale-config", edit_for_sale_config, Access.WORKSPACE),
    Route(
        "POST",
        "/events/actions/edit-for-sale-config",
        edit_for_sale_config_for_events,
        Access.WORKSPACE,
    ),
    Route("POST", f"{_ACTIONS}/mark-as-for-sale", mark_as_for_sale, Access.WORKSPACE),
    Route("POST", f"{_ACTIONS}/mark-as-not-for-sale", mark_as_not_for_sale, Access.WORKSPACE),
    Route(
        "POST",
        f"{_ACTIONS}/mark-everything-as-for-sale",
        mark_everything_as_for_sale,
        Access.WORKSPACE,
    ),
    Route(
        "POST",
        f"{_ACTIONS}/mark-everything-as-not-for-sale",
        mark_everything_as_not_for_sale,
        Access.WORKSPACE,
    ),
)
