"""Best available: let Seats.io pick the best free objects and change their status."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, JsonValue, model_validator

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)
from seatsio_typed.models._rules import require_hold_token_to_hold
from seatsio_typed.models._types import SequenceAsList
from seatsio_typed.models.object_info import EventObjectInfo

__all__ = ["BestAvailable", "BestAvailableResult", "ChangeBestAvailableObjectStatusRequest"]


class BestAvailable(DocumentedRequest):
    """What to pick: how many objects, and optional filters and per-object details."""

    number: Annotated[int, Field(gt=0)]
    """How many places to pick; at least 1."""
    categories: SequenceAsList[str] | None = None
    """Category keys or labels (labels match case-insensitively)."""
    zone: str | None = None
    """Pick only in this zone (its key)."""
    sections: SequenceAsList[str] | None = None
    """Pick only in these sections (their labels)."""
    extra_data: SequenceAsList[dict[str, JsonValue]] | None = None
    """The i-th item goes to the i-th picked object; exactly ``number`` items."""
    ticket_types: SequenceAsList[str] | None = None
    """The i-th ticket type goes to the i-th picked object; exactly ``number`` items."""
    try_to_prevent_orphan_seats: bool | None = None
    """Avoid leaving single free seats next to the picked ones; the API's default when None."""
    accessible_seats: Annotated[int, Field(ge=0)] | None = None
    """How many of the picked seats must be wheelchair accessible (at most ``number``)."""

    @model_validator(mode="after")
    def _check_counts(self) -> BestAvailable:
        for name, items in (("extra_data", self.extra_data), ("ticket_types", self.ticket_types)):
            if items is not None and len(items) != self.number:
                raise ValueError(f"{name} needs exactly number={self.number} items")
        if self.accessible_seats is not None and self.accessible_seats > self.number:
            raise ValueError("accessible_seats cannot exceed number")
        return self


class ChangeBestAvailableObjectStatusRequest(DocumentedRequest):
    """Body of ``POST /events/{key}/actions/change-object-status`` with ``bestAvailable``."""

    status: str
    """The status to give the picked objects (``booked``, ``reservedByToken`` or custom)."""
    best_available: BestAvailable
    """What to pick: how many, where, which categories."""
    hold_token: str | None = None
    """The hold token to hold with, or that holds the objects to book."""
    order_id: str | None = None
    """Your order id, stored with each picked object."""
    keep_extra_data: bool | None = None
    """Keep the objects' extra data instead of clearing it."""
    ignore_channels: bool | None = None
    """Skip the channel checks (back office); not with ``channel_keys``."""
    channel_keys: SequenceAsList[str] | None = None
    """Also pick in these channels."""

    @model_validator(mode="after")
    def _check_hold_token(self) -> ChangeBestAvailableObjectStatusRequest:
        require_hold_token_to_hold(self.status, self.hold_token)
        return self


class BestAvailableResult(DocumentedResponse):
    """The picked objects (in seat order) and their state after the change."""

    objects: list[str]
    """Labels of the picked objects, in seating order."""
    object_details: dict[str, EventObjectInfo]
    """The picked objects after the status change, by label."""
    next_to_each_other: bool | None = None
    """Whether the picked seats are adjacent; None when tables or booths were picked."""
