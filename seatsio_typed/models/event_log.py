"""The event log: changes made in the chart designer, the Event Manager and through the API."""

from __future__ import annotations

from seatsio_typed.models._base import DocumentedResponse
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._types import UtcDatetime

__all__ = ["EventLogItem", "EventLogItemData", "EventLogItemType"]


class EventLogItemType(OpenEnum):
    """What an event log item records; a type this SDK does not know is kept as is."""

    CHART_CREATED = "chart.created"
    """A chart was created."""
    CHART_PUBLISHED = "chart.published"
    """A draft was published, or a chart without events was saved."""
    EVENT_FOR_SALE_CONFIG_UPDATED = "event.for.sale.config.updated"
    """An event's for-sale config changed."""
    EVENT_CHANNELS_UPDATED = "event.channels.updated"
    """An event's channels changed."""
    EVENT_CATEGORIES_UPDATED = "event.categories.updated"
    """An event's categories changed."""
    EVENT_TABLE_BOOKING_CONFIG_UPDATED = "event.table.booking.config.updated"
    """An event's table booking config changed."""


class EventLogItemData(DocumentedResponse):
    """What an item is about; other keys a type may carry are kept in ``model_extra``."""

    workspace_key: str | None = None
    """Public key of the workspace of the chart or event."""
    key: str | None = None
    """Key of the chart or event the item is about."""


class EventLogItem(DocumentedResponse):
    """One change in the event log (items older than 14 days are not returned)."""

    id: int
    """Id of the item; the cursor of `list_page_after` / `list_page_before`."""
    type: EventLogItemType
    """What happened, e.g. ``chart.created``."""
    timestamp: UtcDatetime | None = None
    """When it happened (UTC); None when the API leaves it out."""
    data: EventLogItemData | None = None
    """What it happened to: the chart or event key and its workspace."""
