"""For-sale operations of an event or season (events.md §3.13-§3.17)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from seatsio_typed._endpoint import NO_CONTENT, Endpoint, OptionalJsonResponse, json_response
from seatsio_typed.models import (
    EditForSaleConfigForEventsRequest,
    EditForSaleConfigRequest,
    EditForSaleConfigResult,
    ForSaleEdits,
    ForSaleObject,
    ObjectAndQuantity,
    RateLimitInfo,
    ReplaceForSaleConfigRequest,
)

__all__ = [
    "EDIT_FOR_SALE_CONFIG",
    "EDIT_FOR_SALE_CONFIG_FOR_EVENTS",
    "MARK_AS_FOR_SALE",
    "MARK_AS_NOT_FOR_SALE",
    "MARK_EVERYTHING_AS_FOR_SALE",
    "MARK_EVERYTHING_AS_NOT_FOR_SALE",
    "edit_for_sale_config_body",
    "edit_for_sale_config_for_events_body",
]


EDIT_FOR_SALE_CONFIG = Endpoint(
    name="events.edit_for_sale_config",
    method="POST",
    path="/events/{event_key}/actions/edit-for-sale-config",
    response=json_response(EditForSaleConfigResult),
    body=EditForSaleConfigRequest,
    summary="Make objects of an event for sale or not for sale, leaving the rest as it is.",
)
EDIT_FOR_SALE_CONFIG_FOR_EVENTS = Endpoint(
    name="events.edit_for_sale_config_for_events",
    method="POST",
    path="/events/actions/edit-for-sale-config",
    response=json_response(dict[str, EditForSaleConfigResult]),
    body=EditForSaleConfigForEventsRequest,
    summary="Edit the for-sale config of several events at once.",
)
MARK_AS_FOR_SALE = Endpoint(
    # Also what replace_for_sale_config(key, True, ...) calls.
    name="events.mark_as_for_sale",
    method="POST",
    path="/events/{event_key}/actions/mark-as-for-sale",
    response=OptionalJsonResponse(RateLimitInfo),
    body=ReplaceForSaleConfigRequest,
    summary="Replace the for-sale config: only the given objects are for sale.",
)
MARK_AS_NOT_FOR_SALE = Endpoint(
    # Also what replace_for_sale_config(key, False, ...) calls.
    name="events.mark_as_not_for_sale",
    method="POST",
    path="/events/{event_key}/actions/mark-as-not-for-sale",
    response=OptionalJsonResponse(RateLimitInfo),
    body=ReplaceForSaleConfigRequest,
    summary="Replace the for-sale config: the given objects are not for sale, the rest is.",
)
MARK_EVERYTHING_AS_FOR_SALE = Endpoint(
    name="events.mark_everything_as_for_sale",
    method="POST",
    path="/events/{event_key}/actions/mark-everything-as-for-sale",
    response=NO_CONTENT,
    summary="Remove the for-sale config: everything is for sale again.",
)
MARK_EVERYTHING_AS_NOT_FOR_SALE = Endpoint(
    name="events.mark_everything_as_not_for_sale",
    method="POST",
    path="/events/{event_key}/actions/mark-everything-as-not-for-sale",
    response=OptionalJsonResponse(RateLimitInfo),
    summary="Make nothing of an event for sale.",
)


def _object_and_quantity(item: ForSaleObject) -> ObjectAndQuantity:
    if isinstance(item, ObjectAndQuantity):
        return item
    if isinstance(item, str):
        return ObjectAndQuantity(object=item)
    return ObjectAndQuantity(object=item["object"], quantity=item.get("quantity"))


def _objects(items: Sequence[ForSaleObject] | None) -> list[ObjectAndQuantity] | None:
    return None if items is None else [_object_and_quantity(item) for item in items]


def edit_for_sale_config_body(
    for_sale: Sequence[ForSaleObject] | None, not_for_sale: Sequence[ForSaleObject] | None
) -> EditForSaleConfigRequest:
    """The edit body from labels, `ObjectAndQuantity`s or the official client's dicts."""
    return EditForSaleConfigRequest(
        for_sale=_objects(for_sale), not_for_sale=_objects(not_for_sale)
    )


def edit_for_sale_config_for_events_body(
    events: Mapping[str, ForSaleEdits],
) -> EditForSaleConfigForEventsRequest:
    """The multi-event edit body from the official client's `{key: {"for_sale": ...}}` map."""
    return EditForSaleConfigForEventsRequest(
        events={
            key: edit_for_sale_config_body(edits.get("for_sale"), edits.get("not_for_sale"))
            for key, edits in events.items()
        }
    )
