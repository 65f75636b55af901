"""Season operations (seasons.md); retrieving a season is `events.RETRIEVE`."""

from __future__ import annotations

from seatsio_typed._endpoint import NO_CONTENT, Endpoint, json_response
from seatsio_typed._endpoints.events import CreatedEvents
from seatsio_typed.models import (
    AddEventsToPartialSeasonRequest,
    CreateEventsInSeasonRequest,
    CreatePartialSeasonRequest,
    CreateSeasonRequest,
    Season,
    UpdateSeasonRequest,
)

__all__ = [
    "ADD_EVENTS_TO_PARTIAL_SEASON",
    "CREATE",
    "CREATE_EVENTS",
    "CREATE_PARTIAL_SEASON",
    "REMOVE_EVENT_FROM_PARTIAL_SEASON",
    "UPDATE",
]


CREATE = Endpoint(
    name="seasons.create",
    method="POST",
    path="/seasons",
    response=json_response(Season),
    body=CreateSeasonRequest,
    summary="Create a top-level season on a chart, optionally with its events.",
)
CREATE_PARTIAL_SEASON = Endpoint(
    name="seasons.create_partial_season",
    method="POST",
    path="/seasons/{top_level_season_key}/partial-seasons",
    response=json_response(Season),
    body=CreatePartialSeasonRequest,
    summary="Create a partial season from events of a top-level season.",
)
CREATE_EVENTS = Endpoint(
    name="seasons.create_events",
    method="POST",
    path="/seasons/{key}/actions/create-events",
    response=json_response(CreatedEvents),
    body=CreateEventsInSeasonRequest,
    summary="Create events inside a season.",
)
ADD_EVENTS_TO_PARTIAL_SEASON = Endpoint(
    name="seasons.add_events_to_partial_season",
    method="POST",
    path=(
        "/seasons/{top_level_season_key}/partial-seasons/{partial_season_key}/actions/add-events"
    ),
    response=json_response(Season),
    body=AddEventsToPartialSeasonRequest,
    summary="Add events of the top-level season to a partial season.",
)
REMOVE_EVENT_FROM_PARTIAL_SEASON = Endpoint(
    name="seasons.remove_event_from_partial_season",
    method="DELETE",
    path="/seasons/{top_level_season_key}/partial-seasons/{partial_season_key}/events/{event_key}",
    response=json_response(Season),
    summary="Take an event out of a partial season (it stays in the top-level season).",
)
UPDATE = Endpoint(
    name="seasons.update",
    method="POST",
    # A season is an event: it is updated through the event endpoint.
    path="/events/{key}",
    response=NO_CONTENT,
    body=UpdateSeasonRequest,
    summary="Change a season's key, name, table booking config, categories or propagation.",
)
