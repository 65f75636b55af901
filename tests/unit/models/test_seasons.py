"""Season models and the Event-or-Season choice made for list items."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter

from seatsio_typed.models import Event, EventOrSeason, Season, TableBookingMode
from tests.reference import load_example

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
