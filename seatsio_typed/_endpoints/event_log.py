"""The event log (ticket-buyers-and-event-log.md §2)."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint, json_response
from seatsio_typed.models import EventLogItem
from seatsio_typed.pagination import Page

__all__ = ["LIST"]

LIST = Endpoint(
    name="event_log.list",
    method="GET",
    path="/event-log",
    response=json_response(Page[EventLogItem]),
    query=("filter", "limit", "start_after_id", "end_before_id"),
    summary="List event log items (the last 14 days), oldest first, one page at a time.",
)
