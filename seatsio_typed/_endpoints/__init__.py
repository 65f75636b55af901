"""Every API operation the SDK knows, described once (see `seatsio_typed._endpoint`)."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint
from seatsio_typed._endpoints import chart_versions, charts, events, hold_tokens, workspaces

__all__ = ["ALL_ENDPOINTS", "chart_versions", "charts", "events", "hold_tokens", "workspaces"]

ALL_ENDPOINTS: tuple[Endpoint[object], ...] = (
    charts.CREATE,
    charts.RETRIEVE,
    charts.LIST,
    charts.LIST_CATEGORIES,
    charts.UPDATE_CATEGORY,
    charts.RETRIEVE_WITH_EVENTS,
    charts.UPDATE,
    charts.LIST_ARCHIVE,
    charts.MOVE_TO_ARCHIVE,
    charts.MOVE_OUT_OF_ARCHIVE,
    charts.LIST_ALL_TAGS,
    charts.ADD_TAG,
    charts.REMOVE_TAG,
    charts.ADD_CATEGORY,
    charts.REMOVE_CATEGORY,
    chart_versions.RETRIEVE_PUBLISHED_VERSION,
    chart_versions.RETRIEVE_DRAFT_VERSION,
    chart_versions.RETRIEVE_PUBLISHED_VERSION_THUMBNAIL,
    chart_versions.RETRIEVE_DRAFT_VERSION_THUMBNAIL,
    chart_versions.COPY,
    chart_versions.COPY_TO_WORKSPACE,
    chart_versions.COPY_FROM_WORKSPACE_TO,
    chart_versions.COPY_DRAFT_VERSION,
    chart_versions.DISCARD_DRAFT_VERSION,
    chart_versions.PUBLISH_DRAFT_VERSION,
    chart_versions.VALIDATE_PUBLISHED_VERSION,
    chart_versions.VALIDATE_DRAFT_VERSION,
    events.CREATE,
    events.RETRIEVE,
    events.CHANGE_OBJECT_STATUS,
    events.RETRIEVE_OBJECT_INFOS,
    hold_tokens.CREATE,
    hold_tokens.RETRIEVE,
    hold_tokens.EXPIRE_IN_MINUTES,
    workspaces.CREATE,
    workspaces.UPDATE,
    workspaces.RETRIEVE,
    workspaces.LIST,
    workspaces.LIST_ACTIVE,
    workspaces.LIST_INACTIVE,
    workspaces.REGENERATE_SECRET_KEY,
    workspaces.ADD_SECRET_KEY,
    workspaces.REMOVE_SECRET_KEY,
    workspaces.ACTIVATE,
    workspaces.DEACTIVATE,
    workspaces.DELETE,
    workspaces.SET_DEFAULT,
)
"""All endpoint descriptions, for docs and tests (a test checks that none is missing)."""
