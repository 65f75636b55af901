"""Changing object statuses: the request bodies (book, hold, release, custom) and results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, ClassVar, Literal, TypeAlias

from pydantic import Field, GetCoreSchemaHandler, GetPydanticSchema, JsonValue, model_validator
from pydantic_core import PydanticCustomError, core_schema

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)
from seatsio_typed.models._constraints import Key, Name
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._rules import require_hold_token_to_hold
from seatsio_typed.models._types import SequenceAsList
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
    "StatusChangeTypeName",
    "UpdateExtraDataRequest",
    "UpdateExtraDatasRequest",
]


class StatusChangeType(OpenEnum):
    """What a status-change request does."""

    CHANGE_STATUS_TO = "CHANGE_STATUS_TO"
    """Give the objects the request's status."""
    RELEASE = "RELEASE"
    """Release the objects (make them free)."""
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


class ObjectProperties(DocumentedRequest):
    """One object of a status-change request, with optional per-object details."""

    object_id: Name
    """The object's label, e.g. ``A-1`` or ``GA1``."""
    ticket_type: str | None = None
    """The ticket type to store with the object."""
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


ObjectOrObjects: TypeAlias = str | ObjectProperties | Sequence[str | ObjectProperties]
"""One object or several: labels (`"A-1"`) and/or `ObjectProperties` (ticket type, quantity...)."""


def object_list(object_or_objects: ObjectOrObjects) -> Sequence[str | ObjectProperties]:
    """The objects of a status change as a sequence, however the official signature passed them.

    A sequence is passed on as given: the request model copies it into its own list.
    """
    if isinstance(object_or_objects, (str, ObjectProperties)):
        return [object_or_objects]
    return object_or_objects


def _label_as_object(item: object) -> object:
    # The official client always sends `{"objectId": ...}`: a plain label becomes the fields of
    # an `ObjectProperties`, which pydantic-core then validates like any other item, so a refused
    # label is reported with its index (`objects.2.object_id`) and no Python runs per field.
    if isinstance(item, str):
        return {"object_id": item}
    if _is_object_properties_input(item):
        return item
    raise PydanticCustomError("object_type", "Input should be a label (str) or ObjectProperties")


def _is_object_properties_input(item: object) -> bool:
    # An ObjectProperties, or its fields as a dict (the wire form, as a nested model accepts).
    return isinstance(item, (ObjectProperties, dict))


def _object_schema(_source: object, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    return core_schema.no_info_before_validator_function(
        _label_as_object, handler.generate_schema(ObjectProperties)
    )


ObjectsToChange = Annotated[
    SequenceAsList[Annotated[str | ObjectProperties, GetPydanticSchema(_object_schema)]],
    Field(min_length=1),
]
"""Labels or ``ObjectProperties``; stored and sent as ``ObjectProperties``.

A GA area label repeated N times (or ``quantity=N``) stands for N places.
"""


class _StatusChange(DocumentedRequest):
    """The part of a status change shared by the group endpoint and batch items."""

    objects: ObjectsToChange
    """The objects to change: labels or ``ObjectProperties``; at least one."""
    type: StatusChangeType = StatusChangeType.CHANGE_STATUS_TO
    """Change to a status (the default), release, or override or restore a season status."""
    status: Name | None = None
    """Target status for ``CHANGE_STATUS_TO``: ``ObjectStatus`` members or any custom status."""
    hold_token: Key | None = None
    """Required to hold; when booking/releasing, every object must be held with this token."""
    order_id: str | None = None
    """Your order id, stored with each object."""
    keep_extra_data: bool | None = None
    """Keep the objects' extra data instead of clearing it."""
    ignore_channels: bool | None = None
    """Skip the channel checks (back office); not with ``channel_keys``."""
    channel_keys: SequenceAsList[str] | None = None
    """Channels the caller may use; include ``NO_CHANNEL`` to allow objects without one."""
    allowed_previous_statuses: SequenceAsList[str] | None = None
    """Refuse the change unless each object's current status is one of these."""
    rejected_previous_statuses: SequenceAsList[str] | None = None
    """Refuse the change when an object's current status is one of these."""
    resale_listing_id: str | None = None
    """Your resale listing id, stored with objects put up for resale."""

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

    events: Annotated[SequenceAsList[Key], Field(min_length=1)]
    """Event or season keys; all change in one transaction."""


StatusChangeTypeName = Literal[
    "CHANGE_STATUS_TO", "RELEASE", "OVERRIDE_SEASON_STATUS", "USE_SEASON_STATUS"
]
"""The wire names of the ``StatusChangeType`` members, accepted where a type is passed."""


class _BatchStatusChange(_StatusChange):
    """The fields of one batch item, validated from keywords or from a wire dict.

    ``StatusChangeRequest`` adds the official positional constructor; a custom ``__init__``
    would also be used to validate nested dicts, so the batch body holds this base type.
    """

    # Not `alias=`: type checkers would then want `event=` where users write `event_key=`.
    event_key: Key = Field(validation_alias="event", serialization_alias="event")
    """The event (or season) whose objects change; sent as ``event``."""
    season: Key | None = None
    """For the season status types: which (partial) season; the top-level one when left out."""


class StatusChangeRequest(_BatchStatusChange):
    """One item of a batch status change (``events.change_object_status_in_batch``).

    Built like the official client's ``StatusChangeRequest``: the event key and the object(s)
    first, then keywords. ``type`` is one of the class constants (``StatusChangeRequest.RELEASE``
    ...); left out it is ``CHANGE_STATUS_TO``, which needs a ``status``.

    Example:
        ``StatusChangeRequest("concert", ["A-1", "A-2"], status=ObjectStatus.BOOKED)``
    """

    TYPE_CHANGE_STATUS_TO: ClassVar[StatusChangeType] = StatusChangeType.CHANGE_STATUS_TO
    """The official client's name of ``CHANGE_STATUS_TO``."""
    CHANGE_STATUS_TO: ClassVar[StatusChangeType] = StatusChangeType.CHANGE_STATUS_TO
    """Set the objects to ``status``."""
    RELEASE: ClassVar[StatusChangeType] = StatusChangeType.RELEASE
    """Make the objects free (no ``status``)."""
    OVERRIDE_SEASON_STATUS: ClassVar[StatusChangeType] = StatusChangeType.OVERRIDE_SEASON_STATUS
    """Free season-booked objects for this one event (no ``status``)."""
    USE_SEASON_STATUS: ClassVar[StatusChangeType] = StatusChangeType.USE_SEASON_STATUS
    """Undo ``OVERRIDE_SEASON_STATUS`` (no ``status``)."""

    def __init__(
        self,
        event_key: str,
        object_or_objects: ObjectOrObjects,
        status: str | None = None,
        hold_token: str | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        allowed_previous_statuses: Sequence[str] | None = None,
        rejected_previous_statuses: Sequence[str] | None = None,
        type: StatusChangeType | StatusChangeTypeName | None = None,
        resale_listing_id: str | None = None,
        season: str | None = None,
    ) -> None:
        """One batch item; the arguments are those of the official ``StatusChangeRequest``.

        Args:
            event_key: The event (or season) key.
            object_or_objects: One object label or ``ObjectProperties``, or a list of them.
            status: The target status for ``CHANGE_STATUS_TO`` (required then).
            hold_token: Required to hold; when booking, the objects must be held with it.
            order_id: Stored on the objects.
            keep_extra_data: Keep the objects' extra data instead of clearing it.
            ignore_channels: Change objects whatever their channel.
            channel_keys: Channels the caller may use.
            allowed_previous_statuses: Refuse the change unless each object has one of these.
            rejected_previous_statuses: Refuse the change when an object has one of these.
            type: What the item does; ``CHANGE_STATUS_TO`` when None.
            resale_listing_id: The resale listing, with status ``resale``.
            season: For the season status types: the (partial) season.

        Raises:
            ValueError: A required value is missing or a value does not fit (nothing is sent).
        """
        super().__init__(
            event_key=event_key,
            objects=object_list(object_or_objects),
            type=StatusChangeType.CHANGE_STATUS_TO if type is None else StatusChangeType(type),
            status=None if status is None else plain_text(status),
            hold_token=hold_token,
            order_id=order_id,
            keep_extra_data=keep_extra_data,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
            allowed_previous_statuses=plain_strings(allowed_previous_statuses),
            rejected_previous_statuses=plain_strings(rejected_previous_statuses),
            resale_listing_id=resale_listing_id,
            season=season,
        )


def plain_text(value: object) -> str:
    """A status as a plain string (strict validation refuses ``ObjectStatus`` members).

    Text (a ``str`` subclass such as an enum member) gives its own characters, as the
    official client's JSON encoding sends it: for a ``class S(str, Enum)`` member that is its
    value, where ``str()`` would give ``"S.BOOKED"``. Anything else is made text with ``str``.
    """
    return str.__str__(value) if isinstance(value, str) else str(value)


def plain_strings(values: Sequence[str] | None) -> list[str] | None:
    """Statuses as plain strings (see ``plain_text``)."""
    return None if values is None else [plain_text(value) for value in values]


class ChangeObjectStatusInBatchRequest(DocumentedRequest):
    """Body of the batch endpoint: applied in order, all or nothing."""

    status_changes: Annotated[SequenceAsList[_BatchStatusChange], Field(min_length=1)]
    """``StatusChangeRequest`` items, applied in order."""


class ChangeObjectStatusResult(DocumentedResponse):
    """The objects of a status change after the change, by label."""

    objects: dict[str, EventObjectInfo]
    """The changed objects after the change, by label."""


class ChangeObjectStatusInBatchResult(DocumentedResponse):
    """One ``ChangeObjectStatusResult`` per batch item, in request order."""

    results: list[ChangeObjectStatusResult]
    """One result per status change, in request order."""


class UpdateExtraDataRequest(DocumentedRequest):
    """Body of ``POST /events/{key}/objects/{label}/actions/update-extra-data``."""

    extra_data: dict[str, JsonValue]
    """Replaces the object's extra data (public: renderers can see it)."""


class UpdateExtraDatasRequest(DocumentedRequest):
    """Body of ``POST /events/{key}/actions/update-extra-data``: extra data per object label."""

    extra_data: Mapping[str, dict[str, JsonValue]]
    """Extra data per object label; each replaces the object's own."""


class SeasonObjectStatusRequest(DocumentedRequest):
    """Body of the override-season-status and use-season-status calls of an event."""

    objects: Annotated[SequenceAsList[Name], Field(min_length=1)]
    """Object labels; repeat a GA area label once per place."""
    season: Key | None = None
    """The (partial) season whose status is overridden; the top-level season when left out."""
