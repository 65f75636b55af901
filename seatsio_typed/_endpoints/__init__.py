"""Every API operation the SDK knows, described once (see `seatsio_typed._endpoint`)."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint
from seatsio_typed._endpoints import (
    charts,
    event_channels,
    event_for_sale,
    events,
    hold_tokens,
    seasons,
    workspaces,
)

__all__ = [
    "ALL_ENDPOINTS",
    "charts",
    "event_channels",
    "event_for_sale",
    "events",
    "hold_tokens",
    "seasons",
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
    event_channels.ADD,
    event_channels.ADD_MULTIPLE,
    event_channels.REMOVE,
    event_channels.UPDATE,
    event_channels.ADD_OBJECTS,
    event_channels.REMOVE_OBJECTS,
    event_channels.REPLACE,
    event_for_sale.EDIT_FOR_SALE_CONFIG,
    event_for_sale.EDIT_FOR_SALE_CONFIG_FOR_EVENTS,
    event_for_sale.MARK_AS_FOR_SALE,
    event_for_sale.MARK_AS_NOT_FOR_SALE,
    event_for_sale.MARK_EVERYTHING_AS_FOR_SALE,
    event_for_sale.MARK_EVERYTHING_AS_NOT_FOR_SALE,
    seasons.CREATE,
    seasons.CREATE_PARTIAL_SEASON,
    seasons.CREATE_EVENTS,
    seasons.ADD_EVENTS_TO_PARTIAL_SEASON,
    seasons.REMOVE_EVENT_FROM_PARTIAL_SEASON,
    seasons.UPDATE,
)
"""All endpoint descriptions, for docs and tests (a test checks that none is missing)."""
