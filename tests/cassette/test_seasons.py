"""Recorded: seasons created (with events, options, a number of events), retrieved, updated, their
events and partial seasons."""

from __future__ import annotations

import pytest

from seatsio_typed import ChannelCreationParams, Event, ForSaleConfig, TableBookingConfig
from tests.cassette._recording import Recording
from tests.cassette._venue import venue

pytestmark = pytest.mark.vcr


async def test_a_season_its_events_and_partial_seasons(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    vip = ChannelCreationParams("vip", "VIP", "red", objects=["A-1"])
    config = ForSaleConfig(for_sale=False, objects=["A-2"], area_places={}, categories=[])
    season = await sdk.call(
        lambda c: c.seasons.create(
            chart_key,
            "2025",
            "Season 2025",
            event_keys=["e1", "e2"],
            table_booking_config=TableBookingConfig.all_by_seat(),
            channels=[vip],
            for_sale_config=config,
        )
    )
    assert [event.key for event in season.events or []] == ["e1", "e2"]
    assert season.for_sale_config == config
    event = await sdk.call(lambda c: c.events.retrieve("e1"))
    assert type(event) is Event
    assert event.top_level_season_key == "2025"

    more = await sdk.call(lambda c: c.seasons.create_events("2025", ["e3"]))
    assert [event.key for event in more] == ["e3"]
    counted = await sdk.call(lambda c: c.seasons.create_events("2025", number_of_events=1))
    assert len(counted) == 1
    partial = await sdk.call(
        lambda c: c.seasons.create_partial_season("2025", "first-half", "First half", ["e1"])
    )
    assert (partial.is_partial_season, partial.top_level_season_key) == (True, "2025")
    grown = await sdk.call(
        lambda c: c.seasons.add_events_to_partial_season("2025", "first-half", ["e2"])
    )
    assert [event.key for event in grown.events or []] == ["e1", "e2"]
    shrunk = await sdk.call(
        lambda c: c.seasons.remove_event_from_partial_season("2025", "first-half", "e1")
    )
    assert [event.key for event in shrunk.events or []] == ["e2"]

    await sdk.call(
        lambda c: c.seasons.update(
            "2025", event_key="season-2025", name="Renamed", for_sale_propagated=False
        )
    )
    renamed = await sdk.call(lambda c: c.seasons.retrieve("season-2025"))
    assert (renamed.id, renamed.name, renamed.for_sale_propagated) == (
        season.id,
        "Renamed",
        False,
    )
    assert renamed.partial_season_keys == ["first-half"]
    numbered = await sdk.call(lambda c: c.seasons.create(chart_key, number_of_events=2))
    assert len(numbered.events or []) == 2
