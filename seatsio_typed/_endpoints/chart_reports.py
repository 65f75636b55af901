"""Chart reports (reports.md §2): the objects of a chart's drawing, grouped, and their counts.

Six dimensions, described once as data; all but ``byLabel`` have a summary.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from seatsio_typed._endpoint import Endpoint, JsonResponse
from seatsio_typed._endpoints.event_reports import ReportDimension
from seatsio_typed._http import QueryValue
from seatsio_typed.models import ChartReport, ChartSummaryItem

__all__ = [
    "BY",
    "DIMENSIONS",
    "SUMMARY",
    "BookWholeTables",
    "ChartVersion",
    "report_query",
]

BookWholeTables: TypeAlias = bool | Literal["chart", "true", "false"]
"""How tables appear: True (tables only), False (seats only), ``"chart"`` (as each table's
booking setting in the chart says); left out: tables and their seats. The strings
``"true"``/``"false"`` the official client passes are accepted as the booleans they mean."""
ChartVersion: TypeAlias = Literal["published", "draft"]
"""Which version of the drawing the report is made from (the published one when left out)."""

DIMENSIONS = (
    ReportDimension("label", "byLabel", has_summary=False),
    ReportDimension("object_type", "byObjectType"),
    ReportDimension("category_key", "byCategoryKey"),
    ReportDimension("category_label", "byCategoryLabel"),
    ReportDimension("section", "bySection"),
    ReportDimension("zone", "byZone"),
)
"""The 6 chart report dimensions."""
_QUERY = ("bookWholeTables", "version")
_BASE = "/reports/charts/{chart_key}"

BY: dict[str, Endpoint[ChartReport]] = {
    d.name: Endpoint(
        name=f"charts.reports.by_{d.name}",
        method="GET",
        path=f"{_BASE}/{d.wire}",
        response=JsonResponse(ChartReport),
        query=_QUERY,
        summary=f"Report the objects of a chart grouped {d.wire[:2]} {d.wire[2:]}.",
    )
    for d in DIMENSIONS
}
"""Detailed report per dimension name: group key -> objects."""
SUMMARY: dict[str, Endpoint[dict[str, ChartSummaryItem]]] = {
    d.name: Endpoint(
        name=f"charts.reports.summary_by_{d.name}",
        method="GET",
        path=f"{_BASE}/{d.wire}/summary",
        response=JsonResponse(dict[str, ChartSummaryItem]),
        query=_QUERY,
        summary=f"Count the places of a chart per group of its {d.wire} report.",
    )
    for d in DIMENSIONS
    if d.has_summary
}
"""Summary report per dimension name: group key -> count and breakdowns."""


def report_query(
    book_whole_tables: BookWholeTables | None, version: ChartVersion | None
) -> dict[str, QueryValue]:
    """The query of a chart report; None leaves a parameter out."""
    # Booleans go out as `true`/`false`; the strings are sent as they are.
    return {"bookWholeTables": book_whole_tables, "version": version}
