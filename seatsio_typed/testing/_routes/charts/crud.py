"""Create, retrieve, update and list charts (charts.md §3.1-§3.5)."""

from __future__ import annotations

from seatsio_typed.testing._charts.venue import DEFAULT_VENUE_TYPE
from seatsio_typed.testing._engine.charts import add_chart, edit_chart, renamed
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._routes.charts._drawing import (
    CategoryInput,
    categories_of,
    empty_drawing,
    merged_categories,
    read_categories,
    with_categories,
)
from seatsio_typed.testing._routes.charts._lookup import requested_chart
from seatsio_typed.testing._routes.charts._render import ChartView
from seatsio_typed.testing._state.chart_store import UNTITLED_CHART, Chart
from seatsio_typed.testing._wire.body import JsonArray
from seatsio_typed.testing._wire.messages import JSONObject, Response, json_response, no_content
from seatsio_typed.testing._wire.pagination import PageRequest, paginate
from seatsio_typed.testing._wire.query import query_string

PAGE_SIZE = 20
"""Default and maximum charts per page: one version of the list-charts docs caps pages at 20
(overview.md §9); a larger `limit` is clamped, like the docs describe a cap."""


def create_chart(ctx: RequestContext) -> Response:
    """POST /charts"""
    body = ctx.body()
    name = body.optional_string("name") or UNTITLED_CHART
    venue_type = body.optional_string("venueType") or DEFAULT_VENUE_TYPE
    array = body.optional_array("categories") or JsonArray.empty()
    categories = read_categories(array, label_required=True)
    chart = add_chart(ctx.state, ctx.workspace, empty_drawing(name, venue_type, categories))
    return json_response(ChartView(ctx.request).render(ctx.workspace, chart), status=201)


def retrieve_chart(ctx: RequestContext) -> Response:
    """GET /charts/{key}"""
    chart = requested_chart(ctx)
    view = ChartView.from_query(ctx.request, detailed=True)
    return json_response(view.render(ctx.workspace, chart))


def update_chart(ctx: RequestContext) -> Response:
    """POST /charts/{key}"""
    chart = requested_chart(ctx)
    body = ctx.body()
    name = body.optional_string("name")
    array = body.optional_array("categories")
    categories = None if array is None else read_categories(array, label_required=False)
    if name is None and categories is None:
        return no_content()

    def change(drawing: JSONObject) -> JSONObject:
        return _updated_drawing(drawing, name, categories)

    edit_chart(ctx.workspace, chart, change, ctx.now())
    return no_content()


def _updated_drawing(
    drawing: JSONObject, name: str | None, categories: list[CategoryInput] | None
) -> JSONObject:
    if name is not None:
        drawing = renamed(drawing, name)
    if categories is not None:
        drawing = with_categories(drawing, merged_categories(categories_of(drawing), categories))
    return drawing


def list_charts(ctx: RequestContext) -> Response:
    """GET /charts"""
    return _list(ctx, archived=False)


def list_archived_charts(ctx: RequestContext) -> Response:
    """GET /charts/archive"""
    return _list(ctx, archived=True)


def _list(ctx: RequestContext, *, archived: bool) -> Response:
    page = PageRequest.from_request(ctx.request, default_limit=PAGE_SIZE, max_limit=PAGE_SIZE)
    needle = query_string(ctx.request, "filter")
    tag = query_string(ctx.request, "tag")
    view = ChartView.from_query(ctx.request)
    workspace = ctx.workspace
    items = [
        chart
        for chart in workspace.charts.newest_first()
        if chart.archived == archived
        and (needle is None or needle.casefold() in chart.name.casefold())
        and (tag is None or tag in chart.tags)
    ]

    def render(chart: Chart) -> JSONObject:
        return view.render(workspace, chart)

    return json_response(paginate(items, page, item_id=lambda chart: chart.id, render=render))
