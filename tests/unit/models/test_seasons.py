"""Season models, the Event-or-Season choice made for list items, and season requests."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter, ValidationError

from seatsio_typed.errors import RequestValidationError
from seatsio_typed.models import (
    AddEventsToPartialSeasonRequest,
    ChannelCreationParams,
    CreateEventsInSeasonRequest,
    CreatePartialSeasonRequest,
    CreateSeasonRequest,
    Event,
    EventOrSeason,
    RequestModel,
    Season,
    TableBookingMode,
    UpdateSeasonRequest,
)
from tests.reference import load_example
from tests.unit.support import undeclared_fields

EVENT_OR_SEASON: TypeAdapter[EventOrSeason] = TypeAdapter(EventOrSeason)


def test_retrieved_season_is_a_season_with_its_extras() -> None:
    season = EVENT_OR_SEASON.validate_json(load_example("seasons.retrieve.response.json"))

    assert isinstance(season, Season)
    assert season.key == "aSeason"
    assert season.is_season is True
    assert season.is_top_level_season is True
    assert season.partial_season_keys == ["partialSeason1", "partialSeason2"]
    assert season.events is not None
    assert [(event.id, event.key) for event in season.events] == [(170, "event1")]
    assert season.table_booking_config.mode is TableBookingMode.CUSTOM
    assert season.for_sale_propagated is None


@pytest.mark.parametrize(
    ("name", "event_keys"),
    [
        ("seasons.create-partial-season.response.json", ["event1"]),
        ("seasons.add-events-to-partial-season.response.json", ["event1"]),
        ("seasons.remove-event-from-partial-season.response.json", ["event2"]),
    ],
)
def test_partial_seasons_parse(name: str, event_keys: list[str]) -> None:
    season = Season.model_validate_json(load_example(name))

    assert season.is_partial_season is True
    assert season.top_level_season_key == "aSeason"
    assert season.events is not None
    assert [event.key for event in season.events] == event_keys
    assert season.partial_season_keys is None


def test_events_created_in_a_season_parse() -> None:
    body = json.loads(load_example("seasons.create-events.response.json"))

    events = TypeAdapter(list[EventOrSeason]).validate_python(body["events"])

    assert [(type(e), e.key) for e in events] == [(Event, "event2"), (Event, "event1")]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ({"id": 1, "key": "s", "isSeason": True}, Season),
        ({"id": 1, "key": "e", "isSeason": False}, Event),
        ({"id": 1, "key": "e"}, Event),
        ({"id": 1, "key": "s", "is_season": True}, Season),
    ],
)
def test_is_season_decides_the_class(body: dict[str, object], kind: type[Event]) -> None:
    assert type(EVENT_OR_SEASON.validate_python(body)) is kind
    assert type(EVENT_OR_SEASON.validate_json(json.dumps(body))) is kind


def test_model_instances_pass_through_unchanged() -> None:
    season = Season(id=1, key="s", is_season=True)
    event = Event(id=2, key="e")

    assert EVENT_OR_SEASON.validate_python(season) is season
    assert EVENT_OR_SEASON.validate_python(event) is event


def test_season_for_sale_propagated_is_read() -> None:
    season = Season.model_validate_json(
        b'{"id": 1, "key": "s", "isSeason": true, "forSalePropagated": false, "events": []}'
    )

    assert season.for_sale_propagated is False
    assert season.events == []


@pytest.mark.parametrize(
    "name",
    ["seasons.create.request.event-keys.json", "seasons.create.request.number-of-events.json"],
)
def test_create_season_reference_bodies_round_trip(name: str) -> None:
    raw = load_example(name)

    request = CreateSeasonRequest.model_validate_json(raw)

    assert request.to_wire() == json.loads(raw)
    assert request.key == "aSeason"


def test_create_season_refuses_event_keys_with_a_number_of_events() -> None:
    with pytest.raises(RequestValidationError, match="not both"):
        CreateSeasonRequest(chart_key="c", event_keys=["e1"], number_of_events=2)


def test_create_season_from_python() -> None:
    request = CreateSeasonRequest(
        chart_key="c",
        name="Season",
        for_sale_propagated=False,
        channels=[ChannelCreationParams(key="k", name="n", color="#000")],
    )

    assert request.to_wire() == {
        "chartKey": "c",
        "name": "Season",
        "channels": [{"key": "k", "name": "n", "color": "#000"}],
        "forSalePropagated": False,
    }


@pytest.mark.parametrize(
    ("model", "name"),
    [
        (CreatePartialSeasonRequest, "seasons.create-partial-season.request.json"),
        (CreateEventsInSeasonRequest, "seasons.create-events.request.event-keys.json"),
        (CreateEventsInSeasonRequest, "seasons.create-events.request.number-of-events.json"),
        (AddEventsToPartialSeasonRequest, "seasons.add-events-to-partial-season.request.json"),
        (UpdateSeasonRequest, "seasons.update.request.json"),
    ],
)
def test_season_request_reference_bodies_parse(model: type[RequestModel], name: str) -> None:
    raw = load_example(name)

    wire = model.model_validate_json(raw).to_wire()

    # Categories gain `accessible: false` (the server's default); everything else is as given.
    assert {key: value for key, value in wire.items() if key != "categories"} == {
        key: value for key, value in json.loads(raw).items() if key != "categories"
    }


def test_create_events_in_season_refuses_both_ways() -> None:
    with pytest.raises(ValidationError, match="not both"):
        CreateEventsInSeasonRequest.model_validate({"eventKeys": ["a"], "numberOfEvents": 1})


def test_add_events_to_partial_season_needs_events() -> None:
    with pytest.raises(ValidationError) as caught:
        AddEventsToPartialSeasonRequest.model_validate({"eventKeys": []})

    assert caught.value.errors()[0]["loc"] == ("event_keys",)


@pytest.mark.parametrize(
    "name",
    [
        "seasons.retrieve.response.json",
        "seasons.create-partial-season.response.json",
        "seasons.add-events-to-partial-season.response.json",
        "seasons.remove-event-from-partial-season.response.json",
    ],
)
def test_season_examples_parse_with_no_field_dropped(name: str) -> None:
    season = EVENT_OR_SEASON.validate_json(load_example(name))

    assert isinstance(season, Season)
    assert undeclared_fields(season) == []
