"""Every API operation the SDK knows, described once (see `seatsio_typed._endpoint`)."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint
from seatsio_typed._endpoints import charts, events, hold_tokens, workspaces

__all__ = ["ALL_ENDPOINTS", "charts", "events", "hold_tokens", "workspaces"]

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
)
"""All endpoint descriptions, for docs and tests (a test checks that none is missing)."""
