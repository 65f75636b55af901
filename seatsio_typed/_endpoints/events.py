"""Event and object status operations (events.md, object-status.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from seatsio_typed._endpoint import Endpoint, JsonResponse
from seatsio_typed.models import (
    ChangeObjectStatusRequest,
    ChangeObjectStatusResult,
    CreateEventRequest,
    Event,
    EventObjectInfo,
    EventOrSeason,
    ObjectProperties,
    StatusChangeType,
)

__all__ = [
    "CHANGE_OBJECT_STATUS",
    "CREATE",
    "RETRIEVE",
    "RETRIEVE_OBJECT_INFOS",
    "ObjectOrObjects",
    "status_change_body",
]

CREATE = Endpoint(
    name="events.create",
    method="POST",
    path="/events",
    response=JsonResponse(Event),
    body=CreateEventRequest,
    summary="Create an event on a chart.",
)
RETRIEVE = Endpoint(
    name="events.retrieve",
    method="GET",
    path="/events/{key}",
    # A season key answers with a season, which parses as `Season` (an `Event`).
    response=JsonResponse(Event, validate_as=EventOrSeason),
    summary="Retrieve an event (or season).",
)
CHANGE_OBJECT_STATUS = Endpoint(
    name="events.change_object_status",
    method="POST",
    path="/events/groups/actions/change-object-status",
    response=JsonResponse(ChangeObjectStatusResult),
    body=ChangeObjectStatusRequest,
    # Without expand=objects the API answers 204 and the result would be lost.
    fixed_query=(("expand", "objects"),),
    summary="Change the status of objects in one or more events (book, hold, release, ...).",
)
RETRIEVE_OBJECT_INFOS = Endpoint(
    name="events.retrieve_object_infos",
    method="GET",
    path="/events/{key}/objects",
    response=JsonResponse(dict[str, EventObjectInfo]),
    query=("label",),
    summary="Retrieve the status and details of objects of an event, by label.",
)

ObjectOrObjects: TypeAlias = str | ObjectProperties | Sequence[str | ObjectProperties]
"""One object or several: labels (`"A-1"`) and/or `ObjectProperties` (ticket type, quantity...)."""


def status_change_body(
    event_key_or_keys: str | Sequence[str],
    object_or_objects: ObjectOrObjects,
    *,
    change_type: StatusChangeType = StatusChangeType.CHANGE_STATUS_TO,
    status: str | None = None,
    hold_token: str | None = None,
    order_id: str | None = None,
    keep_extra_data: bool | None = None,
    ignore_channels: bool | None = None,
    channel_keys: Sequence[str] | None = None,
    allowed_previous_statuses: Sequence[str] | None = None,
    rejected_previous_statuses: Sequence[str] | None = None,
    resale_listing_id: str | None = None,
) -> ChangeObjectStatusRequest:
    """The change-object-status body for one event key or several, one object or several."""
    events = [event_key_or_keys] if isinstance(event_key_or_keys, str) else event_key_or_keys
    objects = (
        [object_or_objects]
        if isinstance(object_or_objects, (str, ObjectProperties))
        else object_or_objects
    )
    return ChangeObjectStatusRequest(
        events=list(events),
        objects=list(objects),
        type=change_type,
        status=None if status is None else str(status),
        hold_token=hold_token,
        order_id=order_id,
        keep_extra_data=keep_extra_data,
        ignore_channels=ignore_channels,
        channel_keys=None if channel_keys is None else list(channel_keys),
        allowed_previous_statuses=_strings(allowed_previous_statuses),
        rejected_previous_statuses=_strings(rejected_previous_statuses),
        resale_listing_id=resale_listing_id,
    )


def _strings(values: Sequence[str] | None) -> list[str] | None:
    # Statuses may be ObjectStatus members; the wire wants their plain values.
    return None if values is None else [str(value) for value in values]
