"""Channels, for-sale configs and seasons: who may buy what, and events sold together.

Channels reserve objects for a group of buyers (a sponsor, a partner site): they can only be
booked by naming the channel. A for-sale config takes objects off sale altogether; changes are
rate limited per event, and the result says how many are left. A season groups events of one
chart: a booking on the season holds for each of its events.
"""

from __future__ import annotations

import seatsio_typed as seatsio


def sponsor_event(client: seatsio.Client, chart_key: str) -> seatsio.Event:
    """An event whose row A is kept for a sponsor and whose seat B-1 is not for sale."""
    sponsor = seatsio.ChannelCreationParams("sponsor", "Sponsor", "#ED303D", objects=["A-1", "A-2"])
    event = client.events.create(
        chart_key,
        channels=[sponsor],
        for_sale_config=seatsio.ForSaleConfig(for_sale=False, objects=["B-1"]),
    )
    # Only a booking that names the channel gets the sponsor's seats.
    client.events.book(event.key, ["A-1", "A-2"], channel_keys=["sponsor"])
    return event


def take_off_sale(client: seatsio.Client, event_key: str, *labels: str) -> int:
    """Take seats off sale; returns how many for-sale changes the event has left today."""
    result = client.events.edit_for_sale_config(event_key, not_for_sale=list(labels))
    return result.rate_limit_info.rate_limit_remaining_calls


def season_ticket(client: seatsio.Client, chart_key: str) -> list[str]:
    """A season of three matches; one booking on the season books the seat for each match."""
    season = client.seasons.create(chart_key, event_keys=["match-1", "match-2", "match-3"])
    client.events.book(season.key, ["A-1"])
    infos = {key: client.events.retrieve_object_info(key, "A-1") for key in season_keys(season)}
    return [key for key, info in infos.items() if info.status == seatsio.ObjectStatus.BOOKED]


def season_keys(season: seatsio.Season) -> list[str]:
    """The keys of a season's events."""
    return [event.key for event in season.events or []]
