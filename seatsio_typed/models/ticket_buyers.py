"""Ticket buyer ids: the company-wide list of allowed ticket buyers (UUIDs)."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field, field_validator

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)

__all__ = [
    "AddTicketBuyerIdsResponse",
    "RemoveTicketBuyerIdsResponse",
    "TicketBuyerIdsRequest",
]

MAX_TICKET_BUYER_IDS = 1000
"""The most ids one add or remove call may carry (the API refuses more)."""


class TicketBuyerIdsRequest(DocumentedRequest):
    """Body of adding or removing ticket buyer ids: ``{"ids": [...]}``."""

    ids: list[UUID | str] = Field(min_length=1, max_length=MAX_TICKET_BUYER_IDS)
    """The ids; text is parsed as a UUID (and refused when it is not one)."""

    @field_validator("ids")
    @classmethod
    def _parse_uuids(cls, ids: list[UUID | str]) -> list[UUID | str]:
        # Refused here, before sending: the API would answer 400 for the whole call.
        return [UUID(value) if isinstance(value, str) else value for value in ids]


class AddTicketBuyerIdsResponse(DocumentedResponse):
    """What adding ticket buyer ids did."""

    added: list[UUID] = []
    """Ids that were added to the list."""
    already_present: list[UUID] = []
    """Ids that were already in the list (nothing changed for them)."""


class RemoveTicketBuyerIdsResponse(DocumentedResponse):
    """What removing ticket buyer ids did."""

    removed: list[UUID] = []
    """Ids that were removed from the list."""
    not_present: list[UUID] = []
    """Ids that were not in the list (nothing changed for them)."""
