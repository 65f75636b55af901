"""The status-change history of an event or of one object."""

from __future__ import annotations

from typing import Literal

from pydantic import JsonValue, model_validator

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._types import UtcDatetime
from seatsio_typed.models.object_info import ObjectStatus

__all__ = [
    "NotPresentOnChartReason",
    "SortDirection",
    "StatusChange",
    "StatusChangeOrigin",
    "StatusChangeOriginType",
    "StatusChangeSortField",
    "StatusChangesQuery",
]


class StatusChangeOriginType(OpenEnum):
    """What caused a status change."""

    API_CALL = "API_CALL"
    """A call of the API."""
    HELD_BY_USER = "HELD_BY_USER"
    """A buyer held the object on the seating chart."""
    HOLD_RELEASED_BY_USER = "HOLD_RELEASED_BY_USER"
    """A buyer released a hold on the seating chart."""
    HOLD_EXPIRED = "HOLD_EXPIRED"
    """A hold token expired."""


class NotPresentOnChartReason(OpenEnum):
    """Why the object of a status change is no longer bookable on the chart."""

    RENAMED_OR_DELETED = "RENAMED_OR_DELETED"
    """The object was renamed or deleted in the chart."""
    SWITCHED_TO_BOOK_WHOLE_TABLE = "SWITCHED_TO_BOOK_WHOLE_TABLE"
    """The event switched to booking whole tables."""
    SWITCHED_TO_BOOK_BY_SEAT = "SWITCHED_TO_BOOK_BY_SEAT"
    """The event switched to booking tables seat by seat."""


class StatusChangeOrigin(DocumentedResponse):
    """Where a status change came from; ``ip`` only for API calls."""

    type: StatusChangeOriginType
    """What caused the change (``API_CALL``, ``HOLD_EXPIRED`` ...)."""
    ip: str | None = None
    """The IP address the change came from, when known."""


class StatusChange(DocumentedResponse):
    """One recorded status change of one object in one event (newest first in lists)."""

    id: int
    """The status change's numeric id."""
    event_id: int
    """The numeric id of the event."""
    status: ObjectStatus
    """The status after the change (``free`` for a release)."""
    object_label: str
    """The label of the changed object."""
    date: UtcDatetime
    """When the change happened (UTC)."""
    origin: StatusChangeOrigin
    """What made the change (an API call, a hold that expired ...) and from where."""
    quantity: int = 1
    """Places changed: 1 for a seat, the number of places for a GA area."""
    order_id: str | None = None
    """The order id given with the change."""
    extra_data: dict[str, JsonValue] | None = None
    """The extra data given with the change."""
    hold_token: str | None = None
    """The token passed with the request; None when there was none."""
    is_present_on_chart: bool = True
    """Whether the object is still on the event's chart."""
    not_present_on_chart_reason: NotPresentOnChartReason | None = None
    """Why the object is no longer on the chart, when it is not."""
    displayed_label: str | None = None
    """The object's label as shown to ticket buyers."""


StatusChangeSortField = Literal["date", "objectLabel", "status"]
"""What a status-change list can be sorted by (the default is ``date``, newest first)."""
SortDirection = Literal["asc", "desc"]
"""A sort direction; a sort field alone sorts ascending."""


class StatusChangesQuery(DocumentedRequest):
    """The filter and sort of a status-change list, checked before anything is sent."""

    filter: str | None = None
    """Keep only the status changes whose object label contains this text."""
    sort_field: StatusChangeSortField | None = None
    """What to sort by; the API sorts by date when None."""
    sort_direction: SortDirection | None = None
    """``asc`` or ``desc``."""

    @model_validator(mode="after")
    def _direction_needs_a_field(self) -> StatusChangesQuery:
        # The official client silently drops a direction without a field; say so instead.
        if self.sort_direction is not None and self.sort_field is None:
            raise ValueError("sort_direction needs a sort_field")
        return self

    @property
    def sort(self) -> str | None:
        """The ``sort`` query value: ``field`` or ``field:direction``."""
        if self.sort_field is None:
            return None
        if self.sort_direction is None:
            return self.sort_field
        return f"{self.sort_field}:{self.sort_direction}"
