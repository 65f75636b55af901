"""Every API operation the SDK knows, described once (see `seatsio_typed._endpoint`)."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint
from seatsio_typed._endpoints import (
    chart_reports,
    charts,
    event_log,
    event_reports,
    events,
    hold_tokens,
    ticket_buyers,
    usage_reports,
    workspaces,
)

__all__ = [
    "ALL_ENDPOINTS",
    "chart_reports",
    "charts",
    "event_log",
    "event_reports",
    "events",
    "hold_tokens",
    "ticket_buyers",
    "usage_reports",
    "workspaces",
]

ALL_ENDPOINTS: tuple[Endpoint[object], ...] = (
    charts.CREATE,
    charts.RETRIEVE,
    charts.LIST,
    charts.LIST_CATEGORIES,
    charts.UPDATE_CATEGORY,
    events.CREATE,
    events.RETRIEVE,
    events.CHANGE_OBJECT_STATUS,
    events.RETRIEVE_OBJECT_INFOS,
    hold_tokens.CREATE,
    hold_tokens.RETRIEVE,
    workspaces.CREATE,
    *event_reports.ENDPOINTS,
    *chart_reports.ENDPOINTS,
    usage_reports.SUMMARY_FOR_ALL_MONTHS,
    usage_reports.DETAILS_FOR_MONTH,
    usage_reports.DETAILS_FOR_EVENT_IN_MONTH,
    event_log.LIST,
    ticket_buyers.ADD,
    ticket_buyers.REMOVE,
    ticket_buyers.LIST_ALL,
)
"""All endpoint descriptions, for docs and tests (a test checks that none is missing)."""
