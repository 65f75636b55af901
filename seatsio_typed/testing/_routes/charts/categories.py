"""A chart's categories (charts.md §3.12).

`list` reads the draft when there is one, else the published version. `add`, `remove` and
`update` follow the draft rule (`_charts_state.edit_chart`). Choices: adding a key the chart
already has is 400 `DUPLICATE_CATEGORY_KEY`; an unknown category is 404 `CATEGORY_NOT_FOUND`.
"""

from __future__ import annotations

from collections.abc import Callable

from seatsio_typed.testing._engine.charts import edit_chart
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._routes.charts._drawing import (
    CategoryInput,
    added_category,
    categories_of,
    read_category,
    removed_category,
    updated_category,
    with_categories,
)
from seatsio_typed.testing._routes.charts._lookup import requested_chart
from seatsio_typed.testing._state.chart_store import Chart
from seatsio_typed.testing._wire.messages import (
    JSON,
    JSONObject,
    Response,
    json_response,
    no_content,
)


def list_categories(ctx: RequestContext) -> Response:
    """GET /charts/{key}/categories"""
    index = requested_chart(ctx).current.index
    categories: list[JSON] = [category.to_json() for category in index.categories]
    return json_response({"categories": categories})


def add_category(ctx: RequestContext) -> Response:
    """POST /charts/{key}/categories"""
    chart = requested_chart(ctx)
    category = read_category(ctx.body(), label_required=True)
    return _edit(ctx, chart, lambda existing: added_category(existing, category))


def remove_category(ctx: RequestContext) -> Response:
    """DELETE /charts/{key}/categories/{categoryKey}"""
    chart = requested_chart(ctx)
    key = ctx.param("categoryKey")
    return _edit(ctx, chart, lambda existing: removed_category(existing, key))


def update_category(ctx: RequestContext) -> Response:
    """POST /charts/{key}/categories/{categoryKey}"""
    chart = requested_chart(ctx)
    key = ctx.param("categoryKey")
    body = ctx.body()
    change = CategoryInput(
        key=key,
        label=body.optional_string("label"),
        color=body.optional_string("color"),
        accessible=body.optional_boolean("accessible"),
        pointer=body.pointer,
    )
    return _edit(ctx, chart, lambda existing: updated_category(existing, key, change))


def _edit(
    ctx: RequestContext,
    chart: Chart,
    change: Callable[[list[JSONObject]], list[JSONObject]],
) -> Response:
    def new_drawing(drawing: JSONObject) -> JSONObject:
        return with_categories(drawing, change(categories_of(drawing)))

    edit_chart(ctx.workspace, chart, new_drawing, ctx.now())
    return no_content()
