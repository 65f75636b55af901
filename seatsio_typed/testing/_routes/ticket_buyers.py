"""Ticket buyer ids (ticket-buyers-and-event-log.md §1): add, remove, list.

- `POST /ticket-buyers` `{"ids": [...]}` -> 200 `{"added": [...], "alreadyPresent": [...]}`.
- `DELETE /ticket-buyers` `{"ids": [...]}` (a DELETE with a body) -> 200
  `{"removed": [...], "notPresent": [...]}`.
- `GET /ticket-buyers` -> a page of bare UUID strings, oldest first, cursors = row ids.

The list is the company's: any key of the company works (the admin key acts for the whole
company; a workspace secret key reaches its company's list too, the reference's suggestion).
An empty `ids` array is accepted and changes nothing (the server's answer is unverified).
"""

from __future__ import annotations

from seatsio_typed.testing._engine.ticket_buyers import TicketBuyers, canonical_ids
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._wire.messages import Response, json_response
from seatsio_typed.testing._wire.pagination import PageRequest, paginate


def _ids(ctx: RequestContext) -> list[str]:
    return canonical_ids(ctx.body().array("ids").strings())


def add_ticket_buyers(ctx: RequestContext) -> Response:
    """POST /ticket-buyers"""
    added, already_present = ctx.company.store(TicketBuyers).add(_ids(ctx))
    return json_response({"added": list(added), "alreadyPresent": list(already_present)})


def remove_ticket_buyers(ctx: RequestContext) -> Response:
    """DELETE /ticket-buyers"""
    removed, not_present = ctx.company.store(TicketBuyers).remove(_ids(ctx))
    return json_response({"removed": list(removed), "notPresent": list(not_present)})


def list_ticket_buyers(ctx: RequestContext) -> Response:
    """GET /ticket-buyers"""
    page = PageRequest.from_request(ctx.request)
    rows = ctx.company.store(TicketBuyers).in_order()
    return json_response(
        paginate(rows, page, item_id=lambda row: row[1], render=lambda row: row[0], order="id-asc")
    )


ROUTES = (
    Route("POST", "/ticket-buyers", add_ticket_buyers, Access.WORKSPACE),
    Route("DELETE", "/ticket-buyers", remove_ticket_buyers, Access.WORKSPACE),
    Route("GET", "/ticket-buyers", list_ticket_buyers, Access.WORKSPACE),
)
