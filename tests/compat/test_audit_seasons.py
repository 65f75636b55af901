"""Audit of seasons against seasons.md and events.md §5.1, through the official client and, where
the client hides a wire detail (an absent key), raw requests shaped like its own."""

from __future__ import annotations

import pytest
from seatsio.events.statusChangeRequest import StatusChangeRequest

from ._audit_events import change, changed_objects, codes, object_info, post_json, quote
from ._audit_wire import Caller, JsonBody, items_of, ok_json
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes
from ._official_builders import category, channel, for_sale_config, table_booking
from ._official_events import OfficialEvents
from ._official_sales import OfficialChannels, channels_of, for_sale_of
from ._official_seasons import (
    OfficialSeason,
    OfficialSeasonEvents,
    OfficialSeasons,
    season_batch_item,
    season_events_of,
    seasons_of,
)
from .conftest import UploadChart


@pytest.fixture
def seasons(client: OfficialClient) -> OfficialSeasons:
    return seasons_of(client)


@pytest.fixture
def season_events(client: OfficialClient) -> OfficialSeasonEvents:
    return season_events_of(client)


@pytest.fixture
def channels(client: OfficialClient) -> OfficialChannels:
    return channels_of(client)


@pytest.fixture
def chart_key(upload_sample_chart: UploadChart) -> str:
    return upload_sample_chart("sampleChart.json")


def _event(caller: Caller, key: str) -> JsonBody:
    return caller.json(f"/events/{quote(key)}")


SEASON_FLAGS = ("isSeason", "isTopLevelSeason", "isPartialSeason", "isEventInSeason")


def test_season_flags_on_the_wire(caller: Caller, seasons: OfficialSeasons, chart_key: str) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    seasons.create_partial_season("top", "partial", event_keys=["event1"])
    top, partial, event = (_event(caller, key) for key in ("top", "partial", "event1"))
    assert [top[flag] for flag in SEASON_FLAGS] == [True, True, False, False]
    assert [partial[flag] for flag in SEASON_FLAGS] == [True, False, True, False]
    assert [event[flag] for flag in SEASON_FLAGS] == [False, False, False, True]
    assert "topLevelSeasonKey" not in top
    assert (partial["topLevelSeasonKey"], event["topLevelSeasonKey"]) == ("top", "top")
    assert "partialSeasonKeysForEvent" not in top
    assert "partialSeasonKeysForEvent" not in partial
    assert event["partialSeasonKeysForEvent"] == ["partial"]
    assert all(body["isInThePast"] is False for body in (top, partial, event))


def test_a_new_season_retrieved(caller: Caller, seasons: OfficialSeasons, chart_key: str) -> None:
    seasons.create(chart_key, key="top")
    season = seasons.retrieve("top")
    raw = _event(caller, "top")
    assert (season.is_top_level_season, season.partial_season_keys, season.events) == (
        True,
        [],
        [],
    )
    assert (season.table_booking_config.mode, season.for_sale_config) == ("INHERIT", None)
    assert season.updated_on is None
    assert [(c.key, c.label) for c in season.categories or []] == [
        (9, "Cat1"),
        (10, "Cat2"),
        ("string11", "Cat3"),
    ]
    assert "partialSeasonKeysForEvent" not in raw
    assert raw["tableBookingConfig"] == {"mode": "INHERIT"}


def test_channels_at_creation_default_their_objects(
    seasons: OfficialSeasons, chart_key: str
) -> None:
    season = seasons.create(chart_key, channels=[channel("ch1", "Channel 1", "#FF0000")])
    (created,) = season.channels or []
    assert (created.objects, created.area_places) == ([], {})
    assert created.id
    (retrieved,) = seasons.retrieve(season.key).channels or []
    assert (retrieved.id, retrieved.objects, retrieved.area_places) == (created.id, [], {})


def test_a_partial_season_lists_its_events_in_request_order(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1", "event2", "event3"])
    partial = seasons.create_partial_season("top", "partial", "A part", ["event3", "event1"])
    assert (partial.key, partial.name, partial.top_level_season_key) == (
        "partial",
        "A part",
        "top",
    )
    assert [event.key for event in partial.events or []] == ["event3", "event1"]
    assert [event.partial_season_keys_for_event for event in partial.events or []] == [
        ["partial"],
        ["partial"],
    ]
    assert events.retrieve("event1").partial_season_keys_for_event == ["partial"]
    assert events.retrieve("event2").partial_season_keys_for_event in (None, [])
    added = seasons.add_events_to_partial_season("top", "partial", ["event2"])
    assert [event.key for event in added.events or []] == ["event3", "event1", "event2"]


def test_update_stores_what_it_is_given(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top")
    events.update("top", object_categories={"A-1": 10})
    seasons.update(
        "top",
        name="Renamed",
        table_booking_config=table_booking("ALL_BY_SEAT"),
        object_categories={"A-2": 9},
        categories=[category("extra", "Extra", "#000000")],
        for_sale_propagated=False,
    )
    season = seasons.retrieve("top")
    assert season.name == "Renamed"
    assert season.table_booking_config.mode == "ALL_BY_SEAT"
    assert season.object_categories == {"A-2": 9}
    assert [c.key for c in season.categories or []] == [9, 10, "string11", "extra"]
    assert season.for_sale_propagated is False
    assert season.updated_on is not None


def test_season_list_items_carry_no_events(
    caller: Caller, seasons: OfficialSeasons, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    listed = {str(item["key"]): item for item in items_of(caller.json("/events"))}
    assert listed["top"]["isSeason"] is True
    assert "events" not in listed["top"]
    assert "partialSeasonKeys" not in listed["top"]
    assert ok_json(caller.get("/events/top"))["events"] != []


def test_an_event_in_a_season_can_be_put_in_the_past(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    events.update("event1", is_in_the_past=True)
    assert _is_in_the_past(events, "event1") is True


def _is_in_the_past(events: OfficialEvents, key: str) -> object:
    return getattr(events.retrieve(key), "is_in_the_past")  # noqa: B009 - not in the Protocol


def test_a_booking_in_one_event_makes_the_seat_unavailable_on_the_season(
    caller: Caller, seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1", "event2"])
    events.book("event1", "A-1")
    assert events.retrieve_object_info("top", "A-1").is_available is False
    assert events.retrieve_object_info("event2", "A-1").is_available is True
    assert object_info(caller, "top", "A-2")["isAvailable"] is True


def test_a_season_booking_of_places_leaves_the_rest_in_every_event(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1", "event2"])
    events.book("top", ["GA1"] * 3)
    assert [events.retrieve_object_info(key, "GA1").num_free for key in ("event1", "event2")] == [
        97,
        97,
    ]
    events.book("event1", ["GA1"] * 4)
    events.book("event2", ["GA1"] * 2)
    assert events.retrieve_object_info("event1", "GA1").num_free == 93


def test_overriding_a_seat_free_at_season_level_is_accepted(
    seasons: OfficialSeasons,
    events: OfficialEvents,
    season_events: OfficialSeasonEvents,
    chart_key: str,
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    season_events.override_season_object_status("event1", ["A-1"])
    info = events.retrieve_object_info("event1", "A-1")
    assert (info.status, info.season_status_overridden_quantity) == ("free", 1)


def test_override_then_resale_in_one_batch(
    seasons: OfficialSeasons,
    events: OfficialEvents,
    season_events: OfficialSeasonEvents,
    chart_key: str,
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    events.book("top", "A-1")
    resale: object = StatusChangeRequest("event1", ["A-1"], "resale", resale_listing_id="l1")
    results = season_events.change_object_status_in_batch(
        [season_batch_item("event1", ["A-1"], "OVERRIDE_SEASON_STATUS"), resale]
    )
    assert results[1].objects["A-1"].status == "resale"
    assert events.retrieve_object_info("event1", "A-1").resale_listing_id == "l1"
    assert events.retrieve_object_info("top", "A-1").status == "booked"


def test_a_partial_season_booking_takes_only_its_events(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1", "event2"])
    seasons.create_partial_season("top", "partial", event_keys=["event1"])
    events.book("partial", "A-1")
    assert events.retrieve_object_info("event1", "A-1").status == "booked"
    assert events.retrieve_object_info("event2", "A-1").status == "free"


def test_season_channels_bind_the_events_of_the_season(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(
        chart_key, key="top", event_keys=["event1"], channels=[channel("ch1", "C", "#F00", ["A-1"])]
    )
    assert events.retrieve_object_info("event1", "A-1").channel == "ch1"
    with pytest.raises(OFFICIAL_ERROR):
        events.book("event1", "A-1")
    assert events.book("event1", "A-1", channel_keys=["ch1"]).objects["A-1"].status == "booked"


def test_update_channel_refuses_an_event_of_a_season(
    caller: Caller, seasons: OfficialSeasons, chart_key: str
) -> None:
    seasons.create(
        chart_key, key="top", event_keys=["event1"], channels=[channel("ch1", "C", "#F00", ["A-1"])]
    )
    refused = post_json(caller, "/events/event1/channels/ch1", {"name": "Renamed"})
    assert refused.status_code == 400
    assert [c.name for c in seasons.retrieve("top").channels or []] == ["C"]


def test_no_channel_in_an_event_frees_a_season_channel_object(
    caller: Caller, seasons: OfficialSeasons, channels: OfficialChannels, chart_key: str
) -> None:
    seasons.create(
        chart_key,
        key="top",
        event_keys=["event1", "event2"],
        channels=[channel("ch1", "C", "#F00", ["A-1"])],
    )
    channels.add_objects("event1", "NO_CHANNEL", ["A-1"])
    assert "channel" not in object_info(caller, "event1", "A-1")
    assert changed_objects(change(caller, "event1", ["A-1"]))["A-1"]["status"] == "booked"
    assert codes(change(caller, "event2", ["A-1"])) == ["CHANNEL_KEY_REQUIRED"]
    channels.remove_objects("event1", "NO_CHANNEL", ["A-1"])
    assert object_info(caller, "event1", "A-1")["channel"] == "ch1"


def test_add_objects_on_an_event_of_a_season_overrides_its_assignment(
    caller: Caller, seasons: OfficialSeasons, channels: OfficialChannels, chart_key: str
) -> None:
    seasons.create(
        chart_key,
        key="top",
        event_keys=["event1", "event2"],
        channels=[channel("ch1", "C1", "#F00", ["A-1"]), channel("ch2", "C2", "#0F0")],
    )
    channels.add_objects("event1", "ch2", ["A-1", "A-2"])
    assert object_info(caller, "event1", "A-1")["channel"] == "ch2"
    assert object_info(caller, "event1", "A-2")["channel"] == "ch2"
    assert object_info(caller, "event2", "A-1")["channel"] == "ch1"
    assert "channel" not in object_info(caller, "event2", "A-2")
    assert codes(change(caller, "event1", ["A-1"], channelKeys=["ch1"])) == ["CHANNEL_KEY_REQUIRED"]


def test_season_not_for_sale_objects_cannot_be_booked_in_its_events(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(
        chart_key, key="top", event_keys=["event1"], for_sale_config=for_sale_config(False, ["A-1"])
    )
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book("event1", "A-1")
    assert error_codes(caught.value) == ["OBJECT_NOT_FOR_SALE"]
    assert events.retrieve_object_info("event1", "A-1").for_sale is False


def test_both_event_keys_and_number_of_events_is_a_400(caller: Caller, chart_key: str) -> None:
    body = {"chartKey": chart_key, "eventKeys": ["e1"], "numberOfEvents": 2}
    response = post_json(caller, "/seasons", body)
    assert response.status_code == 400
    assert caller.get("/events/e1").status_code == 404


def test_overriding_in_an_event_outside_seasons_names_the_event(
    season_events: OfficialSeasonEvents, events: OfficialEvents, chart_key: str
) -> None:
    events.create(chart_key, event_key="plain")
    with pytest.raises(OFFICIAL_ERROR) as caught:
        season_events.override_season_object_status("plain", ["A-1"])
    assert "plain" in str(caught.value)


def test_overriding_area_places_is_cumulative(
    seasons: OfficialSeasons,
    events: OfficialEvents,
    season_events: OfficialSeasonEvents,
    chart_key: str,
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    events.book("top", ["GA1"] * 5)
    season_events.override_season_object_status("event1", ["GA1", "GA1"])
    season_events.override_season_object_status("event1", ["GA1"])
    info = events.retrieve_object_info("event1", "GA1")
    assert (info.season_status_overridden_quantity, info.num_free) == (3, 98)


def test_an_event_not_for_sale_object_is_not_for_sale_on_the_season(
    seasons: OfficialSeasons, events: OfficialEvents, client: OfficialClient, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1", "event2"])
    for_sale_of(client).replace_for_sale_config("event1", False, ["A-1"])
    assert events.retrieve_object_info("top", "A-1").for_sale is False
    assert events.retrieve_object_info("event2", "A-1").for_sale is True


def test_for_sale_calls_on_the_season_key_bind_its_events(
    seasons: OfficialSeasons, events: OfficialEvents, client: OfficialClient, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    for_sale_of(client).replace_for_sale_config("top", False, ["A-1"])
    assert _parts(seasons.retrieve("top")) == (False, ["A-1"], {}, [])
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book("event1", "A-1")
    assert error_codes(caught.value) == ["OBJECT_NOT_FOR_SALE"]


def _parts(season: OfficialSeason) -> tuple[object, ...] | None:
    config = season.for_sale_config
    if config is None:
        return None
    return (config.for_sale, config.objects, config.area_places, config.categories)


def test_channel_calls_on_the_season_key_bind_its_events(
    seasons: OfficialSeasons, events: OfficialEvents, channels: OfficialChannels, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    channels.add("top", "ch1", "One", "#F00", objects=["A-1"])
    assert [c.key for c in seasons.retrieve("top").channels or []] == ["ch1"]
    assert events.retrieve_object_info("event1", "A-1").channel == "ch1"
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book("event1", "A-1")
    assert error_codes(caught.value) == ["CHANNEL_KEY_REQUIRED"]


@pytest.mark.parametrize("key", [".", "..", "x" * 257])
def test_season_keys_follow_the_event_key_rules(caller: Caller, chart_key: str, key: str) -> None:
    """A season or an event made by a season call whose key could never be addressed again is
    refused like one made by create event (400 `INVALID_KEY`), and nothing is created."""
    ok_json(
        post_json(caller, "/seasons", {"chartKey": chart_key, "key": "top", "eventKeys": ["e1"]})
    )
    refused = [
        post_json(caller, "/seasons", {"chartKey": chart_key, "key": key}),
        post_json(caller, "/seasons", {"chartKey": chart_key, "eventKeys": [key]}),
        post_json(caller, "/seasons/top/partial-seasons", {"key": key}),
        post_json(caller, "/seasons/top/actions/create-events", {"eventKeys": ["ok", key]}),
    ]
    assert [codes(response) for response in refused] == [["INVALID_KEY"]] * 4
    assert [str(item["key"]) for item in items_of(caller.json("/events"))] == ["e1", "top"]
