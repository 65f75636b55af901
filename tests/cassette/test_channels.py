"""Recorded: channels given at creation, added, updated, filled and emptied, replaced, removed,
and booking through a channel."""

from __future__ import annotations

import pytest

from seatsio_typed import BadRequestException, ChannelCreationParams, ObjectStatus
from tests.cassette._recording import Recording
from tests.cassette._venue import venue
from tests.unit.support import Sdk

pytestmark = pytest.mark.vcr

VIP = ChannelCreationParams("vip", "VIP", "#ED303D", 1, ["A-1", "A-2"])
PRESS = ChannelCreationParams("press", "Press", "red", 2, ["A-3", "A-4"])


async def _channels(sdk: Sdk, event_key: str) -> list[tuple[str, str, list[str]]]:
    event = await sdk.call(lambda c: c.events.retrieve(event_key))
    return [(channel.key, channel.name, channel.objects) for channel in event.channels or []]


async def test_channels_are_given_added_changed_and_booked_through(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    await sdk.call(lambda c: c.events.create(chart_key, "show", channels=[VIP]))
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book("show", ["A-1"]))
    booked = await sdk.call(lambda c: c.events.book("show", ["A-1"], channel_keys=["vip"]))
    assert booked.objects["A-1"].status is ObjectStatus.BOOKED

    await sdk.call(lambda c: c.events.channels.add("show", "ga", "GA", "#00ff00", 3, ["B-1"]))
    await sdk.call(lambda c: c.events.channels.update("show", "ga", name="Standing"))
    await sdk.call(lambda c: c.events.channels.add_objects("show", "ga", ["B-2", "B-3"]))
    await sdk.call(lambda c: c.events.channels.remove_objects("show", "ga", ["B-1"]))
    assert await _channels(sdk, "show") == [
        ("vip", "VIP", ["A-1", "A-2"]),
        ("ga", "Standing", ["B-2", "B-3"]),
    ]
    await sdk.call(lambda c: c.events.channels.remove("show", "ga"))
    await sdk.call(lambda c: c.events.channels.add_multiple("show", [PRESS]))
    assert [key for key, _, _ in await _channels(sdk, "show")] == ["vip", "press"]
    await sdk.call(lambda c: c.events.channels.replace("show", [PRESS]))
    assert await _channels(sdk, "show") == [("press", "Press", ["A-3", "A-4"])]
