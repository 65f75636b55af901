"""Ticket buyer ids (ticket-buyers-and-event-log.md §1)."""

from __future__ import annotations

from uuid import UUID

from seatsio_typed._endpoint import Endpoint, json_response
from seatsio_typed.models import (
    AddTicketBuyerIdsResponse,
    RemoveTicketBuyerIdsResponse,
    TicketBuyerIdsRequest,
)
from seatsio_typed.pagination import Page

__all__ = ["ADD", "LIST_ALL", "REMOVE"]

ADD = Endpoint(
    name="ticket_buyers.add",
    method="POST",
    path="/ticket-buyers",
    response=json_response(AddTicketBuyerIdsResponse),
    body=TicketBuyerIdsRequest,
    summary="Add ids to the company's allowed ticket buyers.",
)
REMOVE = Endpoint(
    name="ticket_buyers.remove",
    method="DELETE",
    path="/ticket-buyers",
    response=json_response(RemoveTicketBuyerIdsResponse),
    body=TicketBuyerIdsRequest,
    summary="Remove ids from the company's allowed ticket buyers.",
)
LIST_ALL = Endpoint(
    name="ticket_buyers.list_all",
    method="GET",
    path="/ticket-buyers",
    response=json_response(Page[UUID]),
    query=("start_after_id",),
    summary="List the company's allowed ticket buyer ids, one page at a time.",
)
