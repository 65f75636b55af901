"""client.seasons against the emulator with both clients."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    ChannelCreationParams,
    Event,
    ForSaleConfig,
    NotFoundException,
    ObjectStatus,
    Season,
    TableBookingConfig,
    TableBookingMode,
    UnexpectedResponseError,
)
from tests.unit.support import Sdk


async def test_retrieve_refuses_a_plain_event(sdk: Sdk, event_key: str) -> None:
    with pytest.raises(UnexpectedResponseError, match="is an event, not a season"):
        await sdk.call(lambda c: c.seasons.retrieve(event_key))


async def test_retrieve_of_an_unknown_key_is_not_found(sdk: Sdk) -> None:
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.seasons.retrieve("no-such-season"))


async def test_create_a_season_with_its_events(sdk: Sdk, chart_key: str) -> None:
    vip = ChannelCreationParams("vip", "VIP", "red", objects=["A-1"])
    season = await sdk.call(
        lambda c: c.seasons.create(
            chart_key, "2025", "Season 2025", event_keys=["match-1", "match-2"], channels=[vip]
        )
    )
    assert (season.key, season.name, season.chart_key) == ("2025", "Season 2025", chart_key)
    assert (season.is_season, season.is_top_level_season, season.is_partial_season) == (
        True,
        True,
        False,
    )
    assert (season.top_level_season_key, season.partial_season_keys) == (None, [])
    assert season.events is not None
    assert [event.key for event in season.events] == ["match-1", "match-2"]
    assert season.channels is not None
    assert [(c.key, c.objects) for c in season.channels] == [("vip", ["A-1"])]

    event = await sdk.call(lambda c: c.events.retrieve("match-1"))
    assert type(event) is Event
    assert (event.is_event_in_season, event.top_level_season_key) == (True, "2025")
    retrieved = await sdk.call(lambda c: c.seasons.retrieve("2025"))
    assert retrieved.id == season.id
    assert retrieved.events is not None
    assert [e.key for e in retrieved.events] == ["match-1", "match-2"]


async def test_create_a_season_with_a_number_of_events(sdk: Sdk, chart_key: str) -> None:
    season = await sdk.call(lambda c: c.seasons.create(chart_key, number_of_events=2))
    assert season.key
    assert season.events is not None
    assert len({event.key for event in season.events}) == 2
    assert all(event.is_event_in_season for event in season.events)


async def test_a_booking_on_the_season_holds_for_its_events(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.seasons.create(chart_key, "2025", event_keys=["match-1"]))
    await sdk.call(lambda c: c.events.book("2025", ["A-1"]))
    info = await sdk.object_info("match-1", "A-1")
    assert info.status is ObjectStatus.BOOKED


async def test_create_events_in_a_season_newest_first(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.seasons.create(chart_key, "2025"))
    events = await sdk.call(lambda c: c.seasons.create_events("2025", ["event1", "event2"]))
    assert [event.key for event in events] == ["event2", "event1"]
    assert all(event.top_level_season_key == "2025" for event in events)
    more = await sdk.call(lambda c: c.seasons.create_events("2025", number_of_events=3))
    assert len(more) == 3
    season = await sdk.call(lambda c: c.seasons.retrieve("2025"))
    assert season.events is not None
    assert len(season.events) == 5


async def test_partial_seasons_gain_and_lose_events(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.seasons.create(chart_key, "2025", event_keys=["e1", "e2", "e3"]))
    partial = await sdk.call(
        lambda c: c.seasons.create_partial_season("2025", "first-half", "First half", ["e1"])
    )
    assert (partial.key, partial.name) == ("first-half", "First half")
    assert (partial.is_partial_season, partial.top_level_season_key) == (True, "2025")
    assert partial.events is not None
    assert [event.key for event in partial.events] == ["e1"]

    grown = await sdk.call(
        lambda c: c.seasons.add_events_to_partial_season("2025", "first-half", ["e2"])
    )
    assert grown.events is not None
    assert [event.key for event in grown.events] == ["e1", "e2"]
    event = await sdk.call(lambda c: c.events.retrieve("e2"))
    assert event.partial_season_keys_for_event == ["first-half"]

    shrunk = await sdk.call(
        lambda c: c.seasons.remove_event_from_partial_season("2025", "first-half", "e1")
    )
    assert shrunk.events is not None
    assert [event.key for event in shrunk.events] == ["e2"]
    top = await sdk.call(lambda c: c.seasons.retrieve("2025"))
    assert top.partial_season_keys == ["first-half"]
    assert top.events is not None
    assert [event.key for event in top.events] == ["e1", "e2", "e3"]


async def test_update_renames_and_sets_propagation(sdk: Sdk, chart_key: str) -> None:
    season = await sdk.call(lambda c: c.seasons.create(chart_key, "2025"))
    await sdk.call(
        lambda c: c.seasons.update(
            "2025", event_key="season-2025", name="Renamed", for_sale_propagated=False
        )
    )
    renamed = await sdk.call(lambda c: c.seasons.retrieve("season-2025"))
    assert isinstance(renamed, Season)
    assert (renamed.id, renamed.name, renamed.for_sale_propagated) == (
        season.id,
        "Renamed",
        False,
    )
    assert renamed.updated_on is not None


async def test_create_with_a_for_sale_config_and_propagation(sdk: Sdk, chart_key: str) -> None:
    config = ForSaleConfig(for_sale=False, objects=["A-1"], area_places={}, categories=[])
    season = await sdk.call(
        lambda c: c.seasons.create(
            chart_key,
            "2025",
            table_booking_config=TableBookingConfig.all_by_seat(),
            for_sale_config=config,
            for_sale_propagated=False,
        )
    )
    assert (season.for_sale_config, season.for_sale_propagated) == (config, False)
    assert season.table_booking_config.mode is TableBookingMode.ALL_BY_SEAT
    retrieved = await sdk.call(lambda c: c.seasons.retrieve("2025"))
    assert (retrieved.for_sale_config, retrieved.for_sale_propagated) == (config, False)


async def test_retrieve_a_partial_season(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.seasons.create(chart_key, "2025", event_keys=["e1", "e2"]))
    await sdk.call(lambda c: c.seasons.create_partial_season("2025", "late", event_keys=["e2"]))
    partial = await sdk.call(lambda c: c.seasons.retrieve("late"))
    assert (partial.is_partial_season, partial.top_level_season_key) == (True, "2025")
    assert partial.events is not None
    assert [event.key for event in partial.events] == ["e2"]
