"""Copying charts (charts.md §3.8-§3.9, §3.10 copy draft).

A copy is a new chart (fresh id and key, no events, no draft, not archived) whose published
drawing is the source version's drawing. In the same workspace the name gets " (copy)" and the
tags come along; across workspaces (company admin key only, workspaces named by their PUBLIC
key) the name is kept and the tags are not copied. Copies answer 201 with the new chart, as
rendered in the workspace it was created in.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.charts import add_chart, copy_in_workspace
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._routes.charts._lookup import chart_in, draft_of, requested_chart
from seatsio_typed.testing._routes.charts._render import ChartView
from seatsio_typed.testing._routes.workspaces import find_workspace
from seatsio_typed.testing._state.chart_store import Chart, ChartVersion
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing._wire.messages import Response, json_response


def copy_chart(ctx: RequestContext) -> Response:
    """POST /charts/{key}/version/published/actions/copy"""
    source = requested_chart(ctx)
    return _copy_here(ctx, source, source.published)


def copy_draft_version(ctx: RequestContext) -> Response:
    """POST /charts/{key}/version/draft/actions/copy"""
    source = requested_chart(ctx)
    return _copy_here(ctx, source, draft_of(source))


def _copy_here(ctx: RequestContext, source: Chart, version: ChartVersion) -> Response:
    copy = copy_in_workspace(ctx.state, ctx.workspace, source, version)
    return json_response(ChartView(ctx.request).render(ctx.workspace, copy), status=201)


def copy_to_workspace(ctx: RequestContext) -> Response:
    """POST /charts/{key}/version/published/actions/copy-to-workspace/{toWorkspaceKey}"""
    target = find_workspace(ctx, ctx.param("toWorkspaceKey"))
    return _copy_across(ctx, ctx.workspace, target)


def copy_from_workspace_to(ctx: RequestContext) -> Response:
    """POST /charts/{key}/version/published/actions/copy/from/{from}/to/{to} (workspace keys)"""
    source = find_workspace(ctx, ctx.param("fromWorkspaceKey"))
    target = find_workspace(ctx, ctx.param("toWorkspaceKey"))
    return _copy_across(ctx, source, target)


def _copy_across(ctx: RequestContext, source: Workspace, target: Workspace) -> Response:
    chart = chart_in(source, ctx.param("key"))
    copy = add_chart(ctx.state, target, dict(chart.published.drawing))
    return json_response(ChartView(ctx.request).render(target, copy), status=201)
