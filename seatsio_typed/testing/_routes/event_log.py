"""The event log (ticket-buyers-and-event-log.md §2): `GET /event-log`, oldest first.

A page of the company's items still within the 14-day retention (`_engine/event_log.py` says
which calls write which type); cursors are the item ids. *Choice:* `filter` (which the clients
send, with server support unverified) keeps the items whose type or key contains it, ignoring
case.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.event_log import EventLog, EventLogItem
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._wire.messages import Response, json_response
from seatsio_typed.testing._wire.pagination import PageRequest, paginate
from seatsio_typed.testing._wire.query import query_string


def list_event_log(ctx: RequestContext) -> Response:
    """GET /event-log"""
    page = PageRequest.from_request(ctx.request)
    needle = (query_string(ctx.request, "filter") or "").lower()
    items = [
        item
        for item in ctx.company.store(EventLog).visible(ctx.now())
        if needle in item.type.lower() or needle in item.key.lower()
    ]
    return json_response(
        paginate(items, page, item_id=_item_id, render=EventLogItem.to_json, order="id-asc")
    )


def _item_id(item: EventLogItem) -> int:
    return item.id


ROUTES = (Route("GET", "/event-log", list_event_log, Access.WORKSPACE),)
