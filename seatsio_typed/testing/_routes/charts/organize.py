"""Tags and the archive (charts.md §3.6-§3.7).

Choices where the reference is silent: adding a tag the chart already has is a no-op; the
workspace's tag list is sorted; archive state errors are 400 `CHART_ALREADY_ARCHIVED` and
`CHART_NOT_ARCHIVED`; removing a tag the chart does not carry is 404 `TAG_NOT_FOUND`.
"""

from __future__ import annotations

from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._routes.charts._lookup import requested_chart
from seatsio_typed.testing._wire.messages import (
    JSON,
    Response,
    bad_request,
    json_response,
    no_content,
    not_found,
)


def list_all_tags(ctx: RequestContext) -> Response:
    """GET /charts/tags"""
    tags = {
        tag
        for chart in ctx.workspace.charts.by_key.values()
        if not chart.archived
        for tag in chart.tags
    }
    return json_response({"tags": list[JSON](sorted(tags))})


def add_tag(ctx: RequestContext) -> Response:
    """POST /charts/{key}/tags/{tag}"""
    chart = requested_chart(ctx)
    tag = ctx.param("tag")
    if tag not in chart.tags:
        chart.tags.append(tag)
    return no_content()


def remove_tag(ctx: RequestContext) -> Response:
    """DELETE /charts/{key}/tags/{tag}"""
    chart = requested_chart(ctx)
    tag = ctx.param("tag")
    if tag not in chart.tags:
        raise not_found("TAG_NOT_FOUND", f"Chart {chart.key} has no tag {tag}")
    chart.tags.remove(tag)
    return no_content()


def move_to_archive(ctx: RequestContext) -> Response:
    """POST /charts/{key}/actions/move-to-archive"""
    chart = requested_chart(ctx)
    if chart.archived:
        raise bad_request("CHART_ALREADY_ARCHIVED", f"Chart {chart.key} is already in the archive")
    chart.archived = True
    return no_content()


def move_out_of_archive(ctx: RequestContext) -> Response:
    """POST /charts/{key}/actions/move-out-of-archive"""
    chart = requested_chart(ctx)
    if not chart.archived:
        raise bad_request("CHART_NOT_ARCHIVED", f"Chart {chart.key} is not in the archive")
    chart.archived = False
    return no_content()
