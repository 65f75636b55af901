"""Seat maps as SVG, for a person debugging a test (`_reports/seat_map.py` draws them).

- `GET /_emulator/seat-map/events/{key}`: the event's bookable objects coloured by status (free,
  booked, held, resale, custom, not for sale, in a channel), with a legend.
- `GET /_emulator/seat-map/charts/{key}`: the chart's published version coloured by category.

Emulator-only routes (no such thing on Seats.io): authenticated like the API, with a secret key
of the workspace (or the admin key and `X-Workspace-Key`), answered as `image/svg+xml`, and
never delayed or refused by injected faults (they sit under `/_emulator`).
"""

from __future__ import annotations

from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._reports.seat_map import chart_seat_map, event_seat_map
from seatsio_typed.testing._routes._access import require_event, view_of, workspace_now
from seatsio_typed.testing._routes.charts._lookup import requested_chart
from seatsio_typed.testing._wire.messages import Response

SVG_CONTENT_TYPE = "image/svg+xml; charset=utf-8"


def _svg(text: str) -> Response:
    return Response(200, (("content-type", SVG_CONTENT_TYPE),), text.encode("utf-8"))


def event_map(ctx: RequestContext) -> Response:
    """GET /_emulator/seat-map/events/{key}"""
    workspace_now(ctx)
    return _svg(event_seat_map(view_of(ctx, require_event(ctx, ctx.param("key")))))


def chart_map(ctx: RequestContext) -> Response:
    """GET /_emulator/seat-map/charts/{key}"""
    chart = requested_chart(ctx)
    return _svg(chart_seat_map(chart.published.index, chart.key))


ROUTES = (
    Route("GET", "/_emulator/seat-map/events/{key}", event_map, Access.WORKSPACE),
    Route("GET", "/_emulator/seat-map/charts/{key}", chart_map, Access.WORKSPACE),
)
