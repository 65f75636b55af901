"""What every events-side handler does first: bring the workspace's holds up to date.

`workspace_now(ctx)` expires the hold tokens that ran out (freeing what they held) and returns
the instant the handler should use; `require_event` and `view_of` find an event and its chart.
"""

from __future__ import annotations

from datetime import datetime

from seatsio_typed.testing._engine.holds import expire_holds
from seatsio_typed.testing._engine.records import Event
from seatsio_typed.testing._engine.store import EventStore
from seatsio_typed.testing._engine.view import EventView
from seatsio_typed.testing._http.context import RequestContext


def workspace_now(ctx: RequestContext) -> datetime:
    """The current instant, after expiring every hold token of the workspace that ran out."""
    now = ctx.now()
    expire_holds(ctx.workspace, now, ctx.state.ids)
    return now


def event_store(ctx: RequestContext) -> EventStore:
    """The events of the caller's workspace."""
    return ctx.workspace.store(EventStore)


def require_event(ctx: RequestContext, key: str) -> Event:
    """The event with that key in the caller's workspace, or 404 `EVENT_NOT_FOUND`."""
    return event_store(ctx).require(key, ctx.workspace.key)


def view_of(
    ctx: RequestContext, event: Event, *, season_bookings_propagated: bool = True
) -> EventView:
    """The event together with its chart (seasons left out when not propagated)."""
    chart = ctx.workspace.charts.require(event.chart_key, ctx.workspace.key)
    return EventView(event, chart, season_bookings_propagated=season_bookings_propagated)
