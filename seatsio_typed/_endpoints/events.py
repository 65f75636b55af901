"""Event and object status operations (events.md, object-status.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from seatsio_typed._endpoint import NO_CONTENT, Endpoint, JsonResponse, json_response
from seatsio_typed.models import (
    ChangeObjectStatusRequest,
    ChangeObjectStatusResult,
    CreateEventRequest,
    CreateMultipleEventsRequest,
    Event,
    EventObjectInfo,
    EventOrSeason,
    ResponseModel,
    Season,
    StatusChange,
    StatusChangeType,
    UpdateEventRequest,
    UpdateExtraDataRequest,
    UpdateExtraDatasRequest,
)
from seatsio_typed.models.object_status import (
    ObjectOrObjects,
    object_list,
    plain_strings,
    plain_text,
)
from seatsio_typed.pagination import Page

__all__ = [
    "CHANGE_OBJECT_STATUS",
    "CREATE",
    "CREATE_MULTIPLE",
    "DELETE",
    "LIST",
    "MOVE_TO_NEW_CHART_COPY",
    "RETRIEVE",
    "RETRIEVE_OBJECT_INFOS",
    "STATUS_CHANGES",
    "STATUS_CHANGES_FOR_OBJECT",
    "UPDATE",
    "UPDATE_EXTRA_DATA",
    "UPDATE_EXTRA_DATAS",
    "CreatedEvents",
    "ObjectOrObjects",
    "status_change_body",
]

PAGE_QUERY = ("limit", "start_after_id", "end_before_id")
"""The cursor and page size of every paginated list."""


class CreatedEvents(ResponseModel):
    """The answer of the calls creating several events at once: ``{"events": [...]}``.

    ``events.create_multiple`` lists them in request order, ``seasons.create_events`` newest
    first (the reverse of the order asked for).
    """

    events: list[EventOrSeason]
    """The new events."""


CREATE = Endpoint(
    name="events.create",
    method="POST",
    path="/events",
    response=json_response(Event),
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
LIST = Endpoint(
    name="events.list",
    method="GET",
    path="/events",
    # Seasons are list items too: each item parses as `Season` when it says `isSeason: true`.
    response=JsonResponse(Page[Event | Season], validate_as=Page[EventOrSeason]),
    query=("filter", *PAGE_QUERY),
    summary="List events and seasons, newest first, one page at a time.",
)
CREATE_MULTIPLE = Endpoint(
    name="events.create_multiple",
    method="POST",
    path="/events/actions/create-multiple",
    response=json_response(CreatedEvents),
    body=CreateMultipleEventsRequest,
    summary="Create several events on one chart in one call.",
)
UPDATE = Endpoint(
    name="events.update",
    method="POST",
    path="/events/{key}",
    response=NO_CONTENT,
    body=UpdateEventRequest,
    summary="Change an event's key, name, date, table booking config or categories.",
)
DELETE = Endpoint(
    name="events.delete",
    method="DELETE",
    path="/events/{key}",
    response=NO_CONTENT,
    summary="Delete an event.",
)
MOVE_TO_NEW_CHART_COPY = Endpoint(
    name="events.move_event_to_new_chart_copy",
    method="POST",
    path="/events/{key}/actions/move-to-new-chart-copy",
    response=json_response(Event),
    summary="Copy the event's chart and move the event onto the copy.",
)
STATUS_CHANGES = Endpoint(
    name="events.status_changes",
    method="GET",
    path="/events/{key}/status-changes",
    response=json_response(Page[StatusChange]),
    query=("filter", "sort", *PAGE_QUERY),
    summary="List the status changes of an event, newest first by default.",
)
STATUS_CHANGES_FOR_OBJECT = Endpoint(
    name="events.status_changes_for_object",
    method="GET",
    path="/events/{key}/objects/{label}/status-changes",
    response=json_response(Page[StatusChange]),
    # `filter` is accepted like on every lister; the official client sends it when given.
    query=("filter", *PAGE_QUERY),
    summary="List the status changes of one object of an event, newest first.",
)
UPDATE_EXTRA_DATA = Endpoint(
    name="events.update_extra_data",
    method="POST",
    path="/events/{key}/objects/{label}/actions/update-extra-data",
    response=NO_CONTENT,
    body=UpdateExtraDataRequest,
    summary="Replace the extra data of one object of an event.",
)
UPDATE_EXTRA_DATAS = Endpoint(
    name="events.update_extra_datas",
    method="POST",
    path="/events/{key}/actions/update-extra-data",
    response=NO_CONTENT,
    body=UpdateExtraDatasRequest,
    summary="Replace the extra data of several objects of an event, by label.",
)
CHANGE_OBJECT_STATUS = Endpoint(
    name="events.change_object_status",
    method="POST",
    path="/events/groups/actions/change-object-status",
    response=json_response(ChangeObjectStatusResult),
    body=ChangeObjectStatusRequest,
    # Without expand=objects the API answers 204 and the result would be lost.
    fixed_query=(("expand", "objects"),),
    summary="Change the status of objects in one or more events (book, hold, release, ...).",
)
RETRIEVE_OBJECT_INFOS = Endpoint(
    name="events.retrieve_object_infos",
    method="GET",
    path="/events/{key}/objects",
    response=json_response(dict[str, EventObjectInfo]),
    query=("label",),
    summary="Retrieve the status and details of objects of an event, by label.",
)


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
    # Any: the values are this function's typed parameters, and the model validates them.
    fields: dict[str, Any] = {
        "events": [event_key_or_keys] if isinstance(event_key_or_keys, str) else event_key_or_keys,
        "objects": object_list(object_or_objects),
        "type": change_type,
    }
    optional: dict[str, object] = {
        "status": None if status is None else plain_text(status),
        "hold_token": hold_token,
        "order_id": order_id,
        "keep_extra_data": keep_extra_data,
        "ignore_channels": ignore_channels,
        "channel_keys": channel_keys,
        # Converted only when given: a booking passes neither, and this is on its path.
        "allowed_previous_statuses": (
            None if allowed_previous_statuses is None else plain_strings(allowed_previous_statuses)
        ),
        "rejected_previous_statuses": (
            None
            if rejected_previous_statuses is None
            else plain_strings(rejected_previous_statuses)
        ),
        "resale_listing_id": resale_listing_id,
    }
    # Only what was given: a field left out takes its default (None) without being validated,
    # so a booking validates its three fields and its status, not twelve (building the body is
    # on every booking's path).
    for name, value in optional.items():
        if value is not None:
            fields[name] = value
    return ChangeObjectStatusRequest(**fields)
