"""Event and Season models: reference examples, defaults, and event request bodies."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import TypeAdapter, ValidationError

from seatsio_typed.models import (
    Category,
    ChannelCreationParams,
    CreateEventRequest,
    CreateMultipleEventsRequest,
    EditForSaleConfigResult,
    Event,
    EventOrSeason,
    EventProperties,
    ForSaleConfig,
    RateLimitInfo,
    TableBookingConfig,
    TableBookingMode,
    TableMode,
    UpdateEventRequest,
)
from tests.reference import load_example

UTC = dt.timezone.utc
EVENTS = TypeAdapter(list[EventOrSeason])


def test_retrieved_event_exposes_every_documented_field() -> None:
    event = Event.model_validate_json(load_example("events.retrieve.response.json"))

    assert (event.id, event.key) == (168, "anotherEvent")
    assert event.chart_key == "4150dddc-e41f-c7cb-986a-2c5e728b8c20"
    assert event.table_booking_config.mode is TableBookingMode.CUSTOM
    assert event.table_booking_config.tables == {
        "T1": TableMode.BY_TABLE,
        "T2": TableMode.BY_SEAT,
        "T3": TableMode.BY_TABLE,
    }
    assert event.supports_best_available is True
    assert event.for_sale_config == ForSaleConfig(for_sale=False, objects=["section1"])
    assert event.channels is not None
    assert [(c.key, c.name, c.objects, c.area_places) for c in event.channels] == [
        ("8950dddc-e51f-c7cb-986a-2c5e728b8c21", "Channel 1", ["A-1", "A-2"], {})
    ]
    assert event.categories == [
        Category(key=1, label="Category 1", color="#aaaaaa", accessible=True),
        Category(key=2, label="Category 2", color="#bbbbbb", accessible=False),
    ]
    assert event.created_on == dt.datetime(2017, 3, 5, 10, 58, 44, 715000, tzinfo=UTC)
    assert event.updated_on == dt.datetime(2017, 4, 5, 10, 58, 44, 615000, tzinfo=UTC)
    assert (event.is_season, event.is_top_level_season, event.is_partial_season) == (
        False,
        False,
        False,
    )
    assert event.is_event_in_season is False
    assert event.is_in_the_past is False
    assert event.name is None
    assert event.date is None
    assert event.top_level_season_key is None
    assert event.partial_season_keys_for_event is None
    assert event.object_categories is None


def test_event_list_items_parse_with_defaults_for_absent_fields() -> None:
    items = json.loads(load_example("events.list.response.json"))["items"]

    events = EVENTS.validate_python(items)

    assert [type(event) for event in events] == [Event, Event]
    first, second = events
    assert first.table_booking_config.mode is TableBookingMode.CUSTOM
    assert second.table_booking_config == TableBookingConfig.inherit()
    assert first.updated_on is None
    assert second.updated_on == dt.datetime(2017, 4, 5, 10, 58, 44, 615000, tzinfo=UTC)
    assert second.supports_best_available is None


def test_created_events_parse() -> None:
    body = json.loads(load_example("events.create-multiple.response.json"))

    events = EVENTS.validate_python(body["events"])

    assert [(e.key, e.table_booking_config.mode) for e in events] == [
        ("event34", TableBookingMode.ALL_BY_TABLE),
        ("event35", TableBookingMode.ALL_BY_SEAT),
    ]
    assert events[1].created_on == dt.datetime(2017, 5, 5, 10, 58, 44, 815000, tzinfo=UTC)


def test_event_reads_date_object_categories_and_season_links() -> None:
    raw = {
        "id": 3,
        "key": "day2",
        "chartKey": "c",
        "name": "Day 2",
        "date": "2022-01-10",
        "objectCategories": {"A-1": 10, "A-2": "cat2"},
        "isEventInSeason": True,
        "topLevelSeasonKey": "season",
        "partialSeasonKeysForEvent": ["weekend"],
        "isInThePast": True,
        "forSaleConfig": {"forSale": True, "areaPlaces": {"GA1": 5}},
    }

    event = Event.model_validate_json(json.dumps(raw))

    assert event.date == dt.date(2022, 1, 10)
    assert event.object_categories == {"A-1": 10, "A-2": "cat2"}
    assert event.is_event_in_season is True
    assert event.top_level_season_key == "season"
    assert event.partial_season_keys_for_event == ["weekend"]
    assert event.is_in_the_past is True
    assert event.for_sale_config is not None
    assert event.for_sale_config.area_places == {"GA1": 5}
    assert event.for_sale_config.objects == []


def test_unknown_table_booking_mode_is_kept() -> None:
    event = Event.model_validate_json(
        b'{"id": 1, "key": "e", "tableBookingConfig": {"mode": "BY_ZONE", "tables": {"T1": "X"}}}'
    )

    assert event.table_booking_config.mode == "BY_ZONE"
    assert event.table_booking_config.tables == {"T1": "X"}


def test_event_with_a_malformed_date_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        Event.model_validate_json(b'{"id": 1, "key": "e", "date": "10/01/2022"}')

    assert caught.value.errors()[0]["loc"] == ("date",)


def test_event_without_a_key_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        Event.model_validate_json(b'{"id": 1}')

    assert caught.value.errors()[0]["loc"] == ("key",)


def test_edit_for_sale_config_result_parses() -> None:
    result = EditForSaleConfigResult.model_validate_json(
        load_example("events.edit-for-sale-config.response.json")
    )

    assert result.for_sale_config == ForSaleConfig(for_sale=False, objects=["A-1"])
    assert result.rate_limit_info.rate_limit_remaining_calls == 9
    assert result.rate_limit_info.rate_limit_reset_date == dt.datetime(2021, 10, 1, 23, tzinfo=UTC)


def test_replace_for_sale_config_rate_limit_parses() -> None:
    info = RateLimitInfo.model_validate_json(
        load_example("events.replace-for-sale-config.response.json")
    )

    assert info.rate_limit_remaining_calls == 9
    assert info.rate_limit_reset_date == dt.datetime(2021, 10, 1, 23, tzinfo=UTC)


def test_edit_for_sale_config_results_per_event_parse() -> None:
    raw = load_example("events.edit-for-sale-config-for-events.response.json")

    results = TypeAdapter(dict[str, EditForSaleConfigResult]).validate_json(raw)

    assert results["event34"].for_sale_config == ForSaleConfig(for_sale=False, objects=["A-1"])


def test_table_booking_config_factories() -> None:
    assert TableBookingConfig.inherit().to_wire() == {"mode": "INHERIT"}
    assert TableBookingConfig.all_by_seat().to_wire() == {"mode": "ALL_BY_SEAT"}
    assert TableBookingConfig.all_by_table().to_wire() == {"mode": "ALL_BY_TABLE"}
    assert TableBookingConfig.custom({"T1": TableMode.BY_TABLE}).to_wire() == {
        "mode": "CUSTOM",
        "tables": {"T1": "BY_TABLE"},
    }


def test_create_event_request_matches_the_reference_body() -> None:
    raw = load_example("events.create.request.json")

    request = CreateEventRequest.model_validate_json(raw)

    expected = json.loads(raw)
    # `accessible` defaults to false, which is what the server stores when it is left out.
    expected["categories"][0]["accessible"] = False
    assert request.to_wire() == expected
    assert request.date == dt.date(2022, 3, 28)


def test_create_event_request_from_python() -> None:
    request = CreateEventRequest(
        chart_key="chart",
        event_key="concert",
        date=dt.date(2022, 1, 10),
        table_booking_config=TableBookingConfig.custom(
            {"T1": TableMode.BY_TABLE, "T2": TableMode.BY_SEAT}
        ),
        object_categories={"A-1": 10},
        channels=[ChannelCreationParams(key="vip", name="VIP", color="#ff0000", index=0)],
        for_sale_config=ForSaleConfig(for_sale=False, objects=["A-2"]),
    )

    assert request.to_wire() == {
        "chartKey": "chart",
        "eventKey": "concert",
        "date": "2022-01-10",
        "tableBookingConfig": {"mode": "CUSTOM", "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"}},
        "objectCategories": {"A-1": 10},
        "channels": [{"key": "vip", "name": "VIP", "color": "#ff0000", "index": 0}],
        "forSaleConfig": {"forSale": False, "objects": ["A-2"], "areaPlaces": {}, "categories": []},
    }


def test_minimal_create_event_request_sends_only_the_chart_key() -> None:
    assert CreateEventRequest(chart_key="chart").to_wire_json() == b'{"chartKey":"chart"}'


@pytest.mark.parametrize(
    "body",
    [
        {"eventKey": "e"},
        {"chartKey": 5},
        {"chartKey": "c", "date": "2022-01-10T10:00:00"},
        {"chartKey": "c", "bookWholeTables": True},
        {"chartKey": "c", "channels": [{"key": "k", "name": "n", "color": "c", "objs": ["A"]}]},
    ],
)
def test_create_event_request_is_strict_and_closed(body: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        CreateEventRequest.model_validate_json(json.dumps(body))


def test_create_event_request_refuses_a_datetime_as_date() -> None:
    with pytest.raises(ValidationError) as caught:
        CreateEventRequest.model_validate({"chart_key": "c", "date": dt.datetime(2022, 1, 10)})

    assert caught.value.errors()[0]["loc"] == ("date",)


def test_create_multiple_events_request_matches_the_reference_body() -> None:
    raw = load_example("events.create-multiple.request.json")

    request = CreateMultipleEventsRequest.model_validate_json(raw)

    assert request.to_wire() == json.loads(raw)
    assert [event.event_key for event in request.events] == ["event34", "event35"]


def test_create_multiple_events_request_from_python() -> None:
    request = CreateMultipleEventsRequest(
        chart_key="chart",
        events=[
            EventProperties(event_key="a"),
            EventProperties(name="B", date=dt.date(2024, 2, 29)),
        ],
    )

    assert request.to_wire() == {
        "chartKey": "chart",
        "events": [{"eventKey": "a"}, {"name": "B", "date": "2024-02-29"}],
    }


def test_update_event_request_matches_the_reference_body() -> None:
    raw = load_example("events.update.request.json")

    request = UpdateEventRequest.model_validate_json(raw)

    expected = json.loads(raw)
    expected["categories"][0]["accessible"] = False
    assert request.to_wire() == expected
    assert request.is_in_the_past is False


def test_update_event_request_can_remove_overrides_and_categories() -> None:
    request = UpdateEventRequest(object_categories={}, categories=[])

    assert request.to_wire() == {"objectCategories": {}, "categories": []}
