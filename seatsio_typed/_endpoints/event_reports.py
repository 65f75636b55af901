"""Event reports (reports.md §3): the 11 report dimensions, described once as data.

Each dimension (``byStatus``, ``bySection`` ...) has a detailed report, optionally filtered to
one group, and all but ``byLabel`` and ``byOrderId`` a summary and a deep summary. The
endpoint descriptions of every dimension are built from `DIMENSIONS`; the typed public methods
(`AsyncEventReports`) look them up by the official method name.
"""

from __future__ import annotations

from dataclasses import dataclass

from seatsio_typed._endpoint import TEXT, Endpoint, json_response
from seatsio_typed.models import (
    EventDeepSummaryItem,
    EventObjectInfo,
    EventReport,
    EventSummaryItem,
)

__all__ = [
    "BY",
    "BY_FILTERED",
    "DEEP_SUMMARY",
    "DIMENSIONS",
    "FLAT_LIST",
    "FLAT_LIST_CSV",
    "QUERY",
    "SUMMARY",
    "ReportDimension",
]

QUERY = ("seasonBookingsPropagated",)
"""Every event report takes it; only the copy made by `with_season_bookings_not_propagated`
sends it (as ``false``)."""


@dataclass(frozen=True)
class ReportDimension:
    """One way of grouping an event's objects."""

    name: str
    """The official methods' suffix and filter parameter, e.g. ``category_key``."""
    wire: str
    """The report type in the path, e.g. ``byCategoryKey``."""
    has_summary: bool = True
    """Whether ``summary_by_<name>`` and ``deep_summary_by_<name>`` exist."""


DIMENSIONS = (
    ReportDimension("status", "byStatus"),
    ReportDimension("object_type", "byObjectType"),
    ReportDimension("category_label", "byCategoryLabel"),
    ReportDimension("category_key", "byCategoryKey"),
    ReportDimension("label", "byLabel", has_summary=False),
    ReportDimension("order_id", "byOrderId", has_summary=False),
    ReportDimension("section", "bySection"),
    ReportDimension("zone", "byZone"),
    ReportDimension("availability", "byAvailability"),
    ReportDimension("availability_reason", "byAvailabilityReason"),
    ReportDimension("channel", "byChannel"),
)
"""The 11 dimensions, in the order of the official client."""


_BASE = "/reports/events/{event_key}"
BY: dict[str, Endpoint[EventReport]] = {
    d.name: Endpoint(
        name=f"events.reports.by_{d.name}",
        method="GET",
        path=f"{_BASE}/{d.wire}",
        response=json_response(EventReport),
        query=QUERY,
        summary=f"Report the objects of an event grouped {d.wire[:2]} {d.wire[2:]}.",
    )
    for d in DIMENSIONS
}
"""Detailed report per dimension name: group key -> objects."""
BY_FILTERED: dict[str, Endpoint[EventReport]] = {
    d.name: Endpoint(
        name=f"events.reports.by_{d.name}",
        method="GET",
        path=f"{_BASE}/{d.wire}/{{filter}}",
        response=json_response(EventReport),
        query=QUERY,
        summary=f"Report the objects of one group of an event's {d.wire} report.",
    )
    for d in DIMENSIONS
}
"""Detailed report restricted to one group (the filter), per dimension name."""
SUMMARY: dict[str, Endpoint[dict[str, EventSummaryItem]]] = {
    d.name: Endpoint(
        name=f"events.reports.summary_by_{d.name}",
        method="GET",
        path=f"{_BASE}/{d.wire}/summary",
        response=json_response(dict[str, EventSummaryItem]),
        query=QUERY,
        summary=f"Count the places of an event per group of its {d.wire} report.",
    )
    for d in DIMENSIONS
    if d.has_summary
}
"""Summary report per dimension name: group key -> count and breakdowns."""
DEEP_SUMMARY: dict[str, Endpoint[dict[str, EventDeepSummaryItem]]] = {
    d.name: Endpoint(
        name=f"events.reports.deep_summary_by_{d.name}",
        method="GET",
        path=f"{_BASE}/{d.wire}/summary/deep",
        response=json_response(dict[str, EventDeepSummaryItem]),
        query=QUERY,
        summary=f"Count the places of an event per group of its {d.wire} report, two levels deep.",
    )
    for d in DIMENSIONS
    if d.has_summary
}
"""Deep summary report per dimension name: group key -> count and nested summaries."""
FLAT_LIST = Endpoint(
    name="events.reports.flat_list",
    method="GET",
    path=_BASE,
    response=json_response(list[EventObjectInfo]),
    query=QUERY,
    summary="List every object of an event, sorted by label.",
)
FLAT_LIST_CSV = Endpoint(
    name="events.reports.flat_list_csv",
    method="GET",
    # The event key is one encoded segment; `.csv` follows it inside the same segment.
    path=_BASE + ".csv",
    response=TEXT,
    query=QUERY,
    summary="List every object of an event as CSV text.",
)
