"""Usage reports (reports.md §4), company admin key only (overview.md §2).

`GET /reports/usage?version=2` (months with usage, oldest first, and the cut-off instant),
`GET /reports/usage` without `version=2` (the old bare array), `GET /reports/usage/month/{month}`
(per workspace, chart and event) and `GET /reports/usage/month/{month}/event/{eventId}` (per
object). Computed from the recorded status changes, see `_reports/usage.py`. A malformed month
or event id answers 400; an event id unknown in the company answers 404 `EVENT_NOT_FOUND`.
"""

from __future__ import annotations

from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._reports.usage import (
    Month,
    details_for_event_in_month,
    details_for_month,
    find_event,
    parse_month,
    summary_for_all_months,
    summary_for_all_months_v1,
)
from seatsio_typed.testing._wire.messages import Response, json_response, not_found
from seatsio_typed.testing._wire.query import query_error, query_string


def _month(ctx: RequestContext) -> Month:
    text = ctx.param("month")
    month = parse_month(text)
    if month is None:
        raise query_error(f"Month must be written YYYY-MM, got {text!r}")
    return month


def usage_summary(ctx: RequestContext) -> Response:
    """GET /reports/usage[?version=2]"""
    if query_string(ctx.request, "version") == "2":
        return json_response(summary_for_all_months(ctx.company, ctx.now()))
    return json_response(summary_for_all_months_v1(ctx.company))


def usage_for_month(ctx: RequestContext) -> Response:
    """GET /reports/usage/month/{month}"""
    return json_response(details_for_month(ctx.company, _month(ctx)))


def usage_for_event_in_month(ctx: RequestContext) -> Response:
    """GET /reports/usage/month/{month}/event/{eventId}"""
    month = _month(ctx)
    text = ctx.param("eventId")
    if not text.isdigit() or not text.isascii():
        raise query_error(f"Event id must be a number, got {text!r}")
    found = find_event(ctx.company, int(text))
    if found is None:
        raise not_found("EVENT_NOT_FOUND", f"Event not found: {text}")
    workspace, event = found
    return json_response(details_for_event_in_month(workspace, event, month))


ROUTES = (
    Route("GET", "/reports/usage", usage_summary, Access.ADMIN),
    Route("GET", "/reports/usage/month/{month}", usage_for_month, Access.ADMIN),
    Route(
        "GET",
        "/reports/usage/month/{month}/event/{eventId}",
        usage_for_event_in_month,
        Access.ADMIN,
    ),
)
