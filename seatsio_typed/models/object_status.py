"""Changing object statuses: the request bodies (book, hold, release, custom) and results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated

from pydantic import AfterValidator, Field, JsonValue, model_validator

from seatsio_typed.models._base import RequestModel, ResponseModel
from seatsio_typed.models._constraints import Key, Name
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._rules import require_hold_token_to_hold
from seatsio_typed.models.object_info import EventObjectInfo

__all__ = [
    "ChangeObjectStatusInBatchRequest",
    "ChangeObjectStatusInBatchResult",
    "ChangeObjectStatusRequest",
    "ChangeObjectStatusResult",
    "ObjectProperties",
    "SeasonObjectStatusRequest",
    "StatusChangeRequest",
    "StatusChangeType",
    "UpdateExtraDataRequest",
    "UpdateExtraDatasRequest",
]


class StatusChangeType(OpenEnum):
    """What a status-change request does."""

    CHANGE_STATUS_TO = "CHANGE_STATUS_TO"
    RELEASE = "RELEASE"
    OVERRIDE_SEASON_STATUS = "OVERRIDE_SEASON_STATUS"
    """Batch only: free a season-booked object for one event."""
    USE_SEASON_STATUS = "USE_SEASON_STATUS"
    """Batch only: undo ``OVERRIDE_SEASON_STATUS``."""


_TYPES_WITHOUT_STATUS = frozenset(
    {
        StatusChangeType.RELEASE,
        StatusChangeType.OVERRIDE_SEASON_STATUS,
        StatusChangeType.USE_SEASON_STATUS,
    }
)


class ObjectProperties(RequestModel):
    """One object of a status-change request, with optional per-object details."""

    object_id: Name
    """The object's label, e.g. ``A-1`` or ``GA1``."""
    ticket_type: str | None = None
    quantity: Annotated[int, Field(gt=0)] | None = None
    """General admission only: number of places (1 when left out)."""
    extra_data: dict[str, JsonValue] | None = None
    """Stored on the object; a JSON object (public: renderers can see it)."""

    def __init__(
        self,
        object_id: str,
        extra_data: dict[str, JsonValue] | None = None,
        ticket_type: str | None = None,
        quantity: int | None = None,
    ) -> None:
        """Describe one object: its label first, as in the official client.

        Args:
            object_id: The object's label, e.g. ``A-1`` or ``GA1``.
            extra_data: Stored on the object (public: renderers can see it).
            ticket_type: The ticket type sold with the object.
            quantity: General admission only: number of places (1 when left out).

        Raises:
            RequestValidationError: a value is refused (empty label, quantity below 1...).
        """
        data: dict[str, object] = {"object_id": object_id}
        # Only what was given: fewer keys to validate (None is the default of each).
        if extra_data is not None:
            data["extra_data"] = extra_data
        if ticket_type is not None:
            data["ticket_type"] = ticket_type
        if quantity is not None:
            data["quantity"] = quantity
        self._validate(data)

    # Pydantic must not call this positional constructor when it validates nested input.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]


def _as_object_properties(item: str | ObjectProperties) -> str | ObjectProperties:
    # The official client always sends `{"objectId": ...}`; plain labels are normalised here,
    # one by one, so that a refused label is reported with its index (`objects.2`).
    if isinstance(item, str):
        # The validator itself (not the constructor): a refusal surfaces in the outer model's
        # error with its index, and building a request of many labels stays cheap.
        built: ObjectProperties = ObjectProperties.__pydantic_validator__.validate_python(
            {"object_id": item}
        )
        return built
    return item


ObjectsToChange = Annotated[
    Sequence[Annotated[str | ObjectProperties, AfterValidator(_as_object_properties)]],
    Field(min_length=1),
]
"""Labels or ``ObjectProperties``; stored and sent as ``ObjectProperties``.

A GA area label repeated N times (or ``quantity=N``) stands for N places.
"""


class _StatusChange(RequestModel):
    """The part of a status change shared by the group endpoint and batch items."""

    objects: ObjectsToChange
    type: StatusChangeType = StatusChangeType.CHANGE_STATUS_TO
    status: Name | None = None
    """Target status for ``CHANGE_STATUS_TO``: ``ObjectStatus`` members or any custom status."""
    hold_token: Key | None = None
    """Required to hold; when booking/releasing, every object must be held with this token."""
    order_id: str | None = None
    keep_extra_data: bool | None = None
    ignore_channels: bool | None = None
    channel_keys: Sequence[str] | None = None
    """Channels the caller may use; include ``NO_CHANNEL`` to allow objects without one."""
    allowed_previous_statuses: Sequence[str] | None = None
    rejected_previous_statuses: Sequence[str] | None = None
    resale_listing_id: str | None = None

    @model_validator(mode="after")
    def _check_status_matches_type(self) -> _StatusChange:
        if self.type is StatusChangeType.CHANGE_STATUS_TO and self.status is None:
            raise ValueError("status is required when type is CHANGE_STATUS_TO")
        if self.type in _TYPES_WITHOUT_STATUS and self.status is not None:
            raise ValueError(f"status must be left out when type is {self.type}")
        require_hold_token_to_hold(self.status, self.hold_token)
        return self


class ChangeObjectStatusRequest(_StatusChange):
    """Body of ``POST /events/groups/actions/change-object-status`` (one or more events)."""

    events: Sequence[Key] = Field(min_length=1)
    """Event or season keys; all change in one transaction."""


class StatusChangeRequest(_StatusChange):
    """One item of ``POST /events/actions/change-object-status`` (batch)."""

    event: str
    season: str | None = None
    """For the season status types: which (partial) season; the top-level one when left out."""


class ChangeObjectStatusInBatchRequest(RequestModel):
    """Body of the batch endpoint: applied in order, all or nothing."""

    status_changes: Sequence[StatusChangeRequest] = Field(min_length=1)


class ChangeObjectStatusResult(ResponseModel):
    """The objects of a status change after the change, by label."""

    objects: dict[str, EventObjectInfo]


class ChangeObjectStatusInBatchResult(ResponseModel):
    """One ``ChangeObjectStatusResult`` per batch item, in request order."""

    results: list[ChangeObjectStatusResult]


class UpdateExtraDataRequest(RequestModel):
    """Body of ``POST /events/{key}/objects/{label}/actions/update-extra-data``."""

    extra_data: dict[str, JsonValue]
    """Replaces the object's extra data (public: renderers can see it)."""


class UpdateExtraDatasRequest(RequestModel):
    """Body of ``POST /events/{key}/actions/update-extra-data``: extra data per object label."""

    extra_data: Mapping[str, dict[str, JsonValue]]


class SeasonObjectStatusRequest(RequestModel):
    """Body of the override-season-status and use-season-status calls of an event."""

    objects: Sequence[str] = Field(min_length=1)
    """Object labels; repeat a GA area label once per place."""
    season: str | None = None
    """The (partial) season whose status is overridden; the top-level season when left out."""
