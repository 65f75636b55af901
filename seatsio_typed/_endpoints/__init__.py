"""Every API operation the SDK knows, described once (see `seatsio_typed._endpoint`)."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint
from seatsio_typed._endpoints import charts, event_status, events, hold_tokens, workspaces

__all__ = ["ALL_ENDPOINTS", "charts", "event_status", "events", "hold_tokens", "workspaces"]

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
    events.LIST,
    events.CREATE_MULTIPLE,
    events.UPDATE,
    events.DELETE,
    events.MOVE_TO_NEW_CHART_COPY,
    events.STATUS_CHANGES,
    events.STATUS_CHANGES_FOR_OBJECT,
    events.UPDATE_EXTRA_DATA,
    events.UPDATE_EXTRA_DATAS,
    event_status.CHANGE_OBJECT_STATUS_IN_BATCH,
    event_status.CHANGE_BEST_AVAILABLE_OBJECT_STATUS,
    event_status.OVERRIDE_SEASON_OBJECT_STATUS,
    event_status.USE_SEASON_OBJECT_STATUS,
    hold_tokens.CREATE,
    hold_tokens.RETRIEVE,
    workspaces.CREATE,
)
"""All endpoint descriptions, for docs and tests (a test checks that none is missing)."""
