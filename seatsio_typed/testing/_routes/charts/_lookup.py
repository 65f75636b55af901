"""Finding the chart (and its draft) a request names, with the API's 404s."""

from __future__ import annotations

from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._state.chart_store import Chart, ChartVersion
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing._wire.messages import not_found

DRAFT_VERSION_NOT_FOUND = "DRAFT_VERSION_NOT_FOUND"


def chart_in(workspace: Workspace, key: str) -> Chart:
    """The chart with that key in the workspace, or 404 `CHART_NOT_FOUND`."""
    return workspace.charts.require(key, workspace.key)


def requested_chart(ctx: RequestContext) -> Chart:
    """The chart named by the `{key}` path parameter, in the caller's workspace."""
    return chart_in(ctx.workspace, ctx.param("key"))


def draft_of(chart: Chart) -> ChartVersion:
    """The chart's draft version, or 404 when it has none (charts.md §3.10)."""
    if chart.draft is None:
        raise not_found(DRAFT_VERSION_NOT_FOUND, f"Chart {chart.key} has no draft version")
    return chart.draft
