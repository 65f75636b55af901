"""Seasons driven by the official client over HTTP: create, partial seasons, events in a season,
add/remove, retrieve, update, a season booking seen in the events, override / use season status
(direct calls and batch items)."""

from __future__ import annotations

import pytest

from ._official import OFFICIAL_ERROR, error_codes
from ._official_builders import channel, for_sale_config, table_booking
from ._official_events import OfficialEvents
from ._official_seasons import (
    OfficialSeasonEvents,
    OfficialSeasons,
    season_batch_item,
)


def test_create_with_only_a_chart(seasons: OfficialSeasons, chart_key: str) -> None:
    season = seasons.create(chart_key)

    assert season.is_season() is True
    assert season.id > 0
    assert season.key
    assert season.is_top_level_season is True
    assert season.top_level_season_key is None
    assert season.partial_season_keys == []
    assert season.events == []
    assert season.chart_key == chart_key
    assert season.table_booking_config.mode == "INHERIT"
    assert season.supports_best_available is True
    assert season.for_sale_config is None
    assert season.updated_on is None


def test_create_echoes_what_it_was_given(seasons: OfficialSeasons, chart_key: str) -> None:
    season = seasons.create(
        chart_key,
        key="aSeason",
        name="A season",
        event_keys=["event1", "event2"],
        table_booking_config=table_booking("CUSTOM", {"T1": "BY_TABLE"}),
        channels=[channel("channelKey1", "channel 1", "#FFFF99", ["A-1", "A-2"], 1)],
        for_sale_config=for_sale_config(False, ["A-3"], {"GA1": 5}, ["Cat1"]),
        for_sale_propagated=False,
    )

    assert (season.key, season.name) == ("aSeason", "A season")
    assert [event.key for event in season.events or []] == ["event1", "event2"]
    assert all(event.is_event_in_season for event in season.events or [])
    assert season.table_booking_config.tables == {"T1": "BY_TABLE"}
    assert [c.key for c in season.channels or []] == ["channelKey1"]
    assert (season.channels or [])[0].id
    config = season.for_sale_config
    assert config is not None
    assert (config.for_sale, config.objects, config.area_places, config.categories) == (
        False,
        ["A-3"],
        {"GA1": 5},
        ["Cat1"],
    )
    assert season.for_sale_propagated is False


def test_number_of_events(seasons: OfficialSeasons, chart_key: str) -> None:
    season = seasons.create(chart_key, number_of_events=2)

    assert len(season.events or []) == 2


def test_partial_seasons_add_and_remove(seasons: OfficialSeasons, chart_key: str) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1", "event2"])

    partial = seasons.create_partial_season("top", "partial", "Partial", ["event1"])
    added = seasons.add_events_to_partial_season("top", "partial", ["event2"])
    removed = seasons.remove_event_from_partial_season("top", "partial", "event1")

    assert partial.is_partial_season is True
    assert partial.top_level_season_key == "top"
    assert [event.key for event in partial.events or []] == ["event1"]
    assert [event.key for event in added.events or []] == ["event1", "event2"]
    assert [event.key for event in removed.events or []] == ["event2"]
    assert seasons.retrieve("top").partial_season_keys == ["partial"]
    event2 = next(event for event in added.events or [] if event.key == "event2")
    assert event2.partial_season_keys_for_event == ["partial"]


def test_create_events_newest_first(seasons: OfficialSeasons, chart_key: str) -> None:
    seasons.create(chart_key, key="top")

    created = seasons.create_events("top", event_keys=["event1", "event2"])
    generated = seasons.create_events("top", number_of_events=2)

    assert [event.key for event in created] == ["event2", "event1"]
    assert len(generated) == 2
    assert len(seasons.retrieve("top").events or []) == 4


def test_retrieve_through_events_gives_a_season(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])

    assert events.retrieve("top").is_season() is True
    assert events.retrieve("event1").is_season() is False
    assert events.retrieve("event1").is_event_in_season is True
    listed = {event.key: event.is_season() for event in events.list()}
    assert listed == {"top": True, "event1": False}


def test_update(seasons: OfficialSeasons, chart_key: str) -> None:
    created = seasons.create(chart_key, key="top")

    seasons.update("top", event_key="renamed", name="New name", for_sale_propagated=False)

    season = seasons.retrieve("renamed")
    assert (season.id, season.name, season.for_sale_propagated) == (created.id, "New name", False)
    assert season.updated_on is not None


def test_a_season_booking_shows_in_its_events(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1", "event2"])

    events.book("top", ["A-1", "A-2"])

    assert events.retrieve_object_info("event1", "A-1").status == "booked"
    assert events.retrieve_object_info("event2", "A-2").status == "booked"
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book("event1", "A-1")
    assert error_codes(caught.value) == ["ILLEGAL_STATUS_CHANGE"]


def test_events_created_later_inherit_season_bookings(
    seasons: OfficialSeasons, events: OfficialEvents, chart_key: str
) -> None:
    seasons.create(chart_key, key="top")
    events.book("top", "A-1")

    (event,) = seasons.create_events("top", event_keys=["later"])

    assert events.retrieve_object_info(event.key, "A-1").status == "booked"


def test_override_and_use_season_status(
    seasons: OfficialSeasons,
    events: OfficialEvents,
    season_events: OfficialSeasonEvents,
    chart_key: str,
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    events.book("top", ["A-1", "A-2"])

    season_events.override_season_object_status("event1", ["A-1", "A-2"])
    overridden = events.retrieve_object_info("event1", "A-1")
    season_events.use_season_object_status("event1", ["A-1", "A-2"], season="top")

    assert (overridden.status, overridden.season_status_overridden_quantity) == ("free", 1)
    restored = events.retrieve_object_info("event1", "A-1")
    assert (restored.status, restored.season_status_overridden_quantity) == ("booked", 0)


def test_override_and_use_in_a_batch(
    seasons: OfficialSeasons,
    events: OfficialEvents,
    season_events: OfficialSeasonEvents,
    chart_key: str,
) -> None:
    seasons.create(chart_key, key="top", event_keys=["event1"])
    events.book("top", "A-1")

    overridden = season_events.change_object_status_in_batch(
        [season_batch_item("event1", ["A-1"], "OVERRIDE_SEASON_STATUS")]
    )
    used = season_events.change_object_status_in_batch(
        [season_batch_item("event1", ["A-1"], "USE_SEASON_STATUS", season="top")]
    )

    assert overridden[0].objects["A-1"].status == "free"
    assert used[0].objects["A-1"].status == "booked"
