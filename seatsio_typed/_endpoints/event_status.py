"""Event status operations beyond the group change: batch, best available, season overrides
(object-status.md §3.3, §3.4, §3.6)."""

from __future__ import annotations

from seatsio_typed._endpoint import NO_CONTENT, Endpoint, json_response
from seatsio_typed.models import (
    BestAvailableResult,
    ChangeBestAvailableObjectStatusRequest,
    ChangeObjectStatusInBatchRequest,
    ChangeObjectStatusInBatchResult,
    SeasonObjectStatusRequest,
)

__all__ = [
    "CHANGE_BEST_AVAILABLE_OBJECT_STATUS",
    "CHANGE_OBJECT_STATUS_IN_BATCH",
    "OVERRIDE_SEASON_OBJECT_STATUS",
    "USE_SEASON_OBJECT_STATUS",
]

CHANGE_OBJECT_STATUS_IN_BATCH = Endpoint(
    name="events.change_object_status_in_batch",
    method="POST",
    path="/events/actions/change-object-status",
    response=json_response(ChangeObjectStatusInBatchResult),
    body=ChangeObjectStatusInBatchRequest,
    # Without expand=objects the results would not carry the changed objects.
    fixed_query=(("expand", "objects"),),
    summary="Change object statuses in several events in one transaction, item by item.",
)
CHANGE_BEST_AVAILABLE_OBJECT_STATUS = Endpoint(
    name="events.change_best_available_object_status",
    method="POST",
    path="/events/{key}/actions/change-object-status",
    response=json_response(BestAvailableResult),
    body=ChangeBestAvailableObjectStatusRequest,
    summary="Let Seats.io pick the best free objects of an event and change their status.",
)
OVERRIDE_SEASON_OBJECT_STATUS = Endpoint(
    name="events.override_season_object_status",
    method="POST",
    path="/events/{key}/actions/override-season-status",
    response=NO_CONTENT,
    body=SeasonObjectStatusRequest,
    summary="Free season-booked objects for one event of the season.",
)
USE_SEASON_OBJECT_STATUS = Endpoint(
    name="events.use_season_object_status",
    method="POST",
    path="/events/{key}/actions/use-season-status",
    response=NO_CONTENT,
    body=SeasonObjectStatusRequest,
    summary="Make objects of an event follow their season status again.",
)
