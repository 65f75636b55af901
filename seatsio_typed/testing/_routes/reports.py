"""Chart and event reports (reports.md §2-§3), computed from state on every call.

Chart reports: `GET /reports/charts/{key}/{reportType}[/summary]` with `bookWholeTables`
(`true`, `false`, `chart`; absent lists tables and their seats) and `version` (`published`,
`draft`; a chart without a draft answers 404 `DRAFT_VERSION_NOT_FOUND`, as the draft routes do).
Both values are read case-insensitively: the official client sends a Python `True` as `True`.

Event reports: `GET /reports/events/{key}/{reportType}[/{filter} | /summary | /summary/deep]`,
the flat list `GET /reports/events/{key}` and its CSV `GET /reports/events/{key}.csv`. The
`.csv` suffix sits inside the last path segment, so the router hands the flat-list handler
`{key}` = `event1.csv`: when the key ends in `.csv` and the part before it names an event, the
answer is that event's CSV; otherwise the whole segment is the event key (an event whose key
really ends in `.csv` still has a flat list, unless an event named without the suffix exists).
`?seasonBookingsPropagated=false` is accepted on every event report (see
`_reports/status_source.py`). An unknown report type answers 404 like an unknown endpoint.
"""

from __future__ import annotations

from collections.abc import Iterable

from seatsio_typed.testing._charts import ChartIndex, ObjectDef
from seatsio_typed.testing._engine.view import EventView
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._reports.csv_export import CSV_CONTENT_TYPE, flat_list_csv
from seatsio_typed.testing._reports.encoding import (
    chart_report_bytes,
    event_report_bytes,
    filtered_report_bytes,
    flat_list_bytes,
)
from seatsio_typed.testing._reports.grouping import (
    LISTED_WHEN_EMPTY,
    flat_list,
)
from seatsio_typed.testing._reports.items import (
    CHART_DIMENSIONS,
    CHART_SUMMARY_DIMENSIONS,
    EVENT_DIMENSIONS,
    EVENT_SUMMARY_DIMENSIONS,
    ReportItem,
    chart_items,
    event_items,
    event_parts,
)
from seatsio_typed.testing._reports.status_source import report_view
from seatsio_typed.testing._reports.summaries import (
    PlaceCounts,
    deep_summary,
    place_counts,
    summary,
)
from seatsio_typed.testing._routes._access import event_store, require_event, workspace_now
from seatsio_typed.testing._routes.charts._lookup import draft_of, requested_chart
from seatsio_typed.testing._wire.messages import (
    ApiError,
    Response,
    json_bytes_response,
    json_response,
    not_found,
)
from seatsio_typed.testing._wire.query import query_bool, query_error, query_string

_CSV_SUFFIX = ".csv"
_TABLE_MODES = {"true": "ALL_BY_TABLE", "false": "ALL_BY_SEAT", "chart": "INHERIT"}


def _unknown_report(ctx: RequestContext) -> ApiError:
    return not_found("NOT_FOUND", f"No such endpoint: {ctx.request.raw_path}")


def _report_type(ctx: RequestContext, known: tuple[str, ...]) -> str:
    report_type = ctx.param("reportType")
    if report_type not in known:
        raise _unknown_report(ctx)
    return report_type


# Chart reports


def _chart_objects(ctx: RequestContext) -> tuple[ChartIndex, tuple[ObjectDef, ...]]:
    """The drawing asked for (`version`) and the objects `bookWholeTables` lists."""
    chart = requested_chart(ctx)
    version = (query_string(ctx.request, "version") or "published").lower()
    if version not in ("published", "draft"):
        raise query_error(f"Query parameter version must be published or draft, got {version!r}")
    index = (draft_of(chart) if version == "draft" else chart.published).index
    tables = query_string(ctx.request, "bookWholeTables")
    if tables is None or tables == "":
        return index, index.objects
    mode = _TABLE_MODES.get(tables.lower())
    if mode is None:
        raise query_error(
            f"Query parameter bookWholeTables must be true, false or chart, got {tables!r}"
        )
    return index, index.bookable(mode).objects


def _chart_items(ctx: RequestContext) -> list[ReportItem]:
    return list(chart_items(*_chart_objects(ctx)))


def chart_report(ctx: RequestContext) -> Response:
    """GET /reports/charts/{key}/{reportType}"""
    report_type = _report_type(ctx, CHART_DIMENSIONS)
    index, objects = _chart_objects(ctx)
    listed = LISTED_WHEN_EMPTY.get(report_type, ())
    # Rendered straight to bytes (the same bytes as detailed_report + dump_json, faster).
    return json_bytes_response(chart_report_bytes(index, objects, report_type, listed))


def chart_summary(ctx: RequestContext) -> Response:
    """GET /reports/charts/{key}/{reportType}/summary"""
    report_type = _report_type(ctx, CHART_SUMMARY_DIMENSIONS)
    counts = place_counts(part for item in _chart_items(ctx) for part in item.parts)
    return json_response(summary(counts, CHART_SUMMARY_DIMENSIONS, report_type))


# Event reports


def _event_view(ctx: RequestContext, key: str) -> EventView:
    """The event reported on (holds expired first), seasons per `seasonBookingsPropagated`."""
    propagated = query_bool(ctx.request, "seasonBookingsPropagated", default=True)
    workspace_now(ctx)
    event = require_event(ctx, key)
    chart = ctx.workspace.charts.require(event.chart_key, ctx.workspace.key)
    return report_view(event, chart, propagated=propagated)


def _event_items(ctx: RequestContext, key: str) -> Iterable[ReportItem]:
    return event_items(_event_view(ctx, key))


def _event_counts(ctx: RequestContext) -> PlaceCounts:
    return place_counts(event_parts(_event_view(ctx, ctx.param("key"))))


def event_report(ctx: RequestContext) -> Response:
    """GET /reports/events/{key}/{reportType}"""
    report_type = _report_type(ctx, EVENT_DIMENSIONS)
    view = _event_view(ctx, ctx.param("key"))
    listed = LISTED_WHEN_EMPTY.get(report_type, ())
    # Rendered straight to bytes (the same bytes as detailed_report + dump_json, faster).
    return json_bytes_response(event_report_bytes(view, report_type, listed))


def filtered_event_report(ctx: RequestContext) -> Response:
    """GET /reports/events/{key}/{reportType}/{filter}"""
    report_type = _report_type(ctx, EVENT_DIMENSIONS)
    view = _event_view(ctx, ctx.param("key"))
    return json_bytes_response(filtered_report_bytes(view, report_type, ctx.param("filter")))


def event_summary(ctx: RequestContext) -> Response:
    """GET /reports/events/{key}/{reportType}/summary"""
    report_type = _report_type(ctx, EVENT_SUMMARY_DIMENSIONS)
    counts = _event_counts(ctx)
    return json_response(summary(counts, EVENT_SUMMARY_DIMENSIONS, report_type))


def event_deep_summary(ctx: RequestContext) -> Response:
    """GET /reports/events/{key}/{reportType}/summary/deep"""
    report_type = _report_type(ctx, EVENT_SUMMARY_DIMENSIONS)
    counts = _event_counts(ctx)
    return json_response(deep_summary(counts, EVENT_SUMMARY_DIMENSIONS, report_type))


def event_flat_list(ctx: RequestContext) -> Response:
    """GET /reports/events/{key} and GET /reports/events/{key}.csv"""
    key = ctx.param("key")
    stem = key[: -len(_CSV_SUFFIX)]
    if key.endswith(_CSV_SUFFIX) and stem and event_store(ctx).get(stem) is not None:
        infos = flat_list(_event_items(ctx, stem))
        return Response(200, (("content-type", CSV_CONTENT_TYPE),), flat_list_csv(infos))
    return json_bytes_response(flat_list_bytes(_event_view(ctx, key)))


ROUTES = (
    Route("GET", "/reports/charts/{key}/{reportType}", chart_report, Access.WORKSPACE),
    Route("GET", "/reports/charts/{key}/{reportType}/summary", chart_summary, Access.WORKSPACE),
    Route("GET", "/reports/events/{key}", event_flat_list, Access.WORKSPACE),
    Route("GET", "/reports/events/{key}/{reportType}", event_report, Access.WORKSPACE),
    Route(
        "GET",
        "/reports/events/{key}/{reportType}/{filter}",
        filtered_event_report,
        Access.WORKSPACE,
    ),
    Route("GET", "/reports/events/{key}/{reportType}/summary", event_summary, Access.WORKSPACE),
    Route(
        "GET",
        "/reports/events/{key}/{reportType}/summary/deep",
        event_deep_summary,
        Access.WORKSPACE,
    ),
)
