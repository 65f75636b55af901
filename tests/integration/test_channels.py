"""events.channels and channels given at creation, against the emulator with both clients."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    BadRequestException,
    Channel,
    ChannelCreationParams,
    ObjectStatus,
)
from tests.unit.support import Sdk

VIP = ChannelCreationParams("vip", "VIP", "#ED303D", 1, ["A-1", "A-2"])
PRESS = ChannelCreationParams("press", "Press", "red", 2, ["A-3", "A-4"])


def summary(channels: list[Channel] | None) -> list[tuple[str, str, str | None, list[str]]]:
    """What a user reads of an event's channels: key, name, colour and objects, in order."""
    assert channels is not None
    return [(c.key, c.name, c.color, c.objects) for c in channels]


async def channels_of(sdk: Sdk, event_key: str) -> list[Channel]:
    event = await sdk.call(lambda c: c.events.retrieve(event_key))
    assert event.channels is not None
    return event.channels


async def event_with_channels(sdk: Sdk, chart_key: str, *channels: ChannelCreationParams) -> str:
    event = await sdk.call(lambda c: c.events.create(chart_key, "show", channels=list(channels)))
    return event.key


async def test_channels_given_at_creation_are_read_back_typed(sdk: Sdk, chart_key: str) -> None:
    with_places = ChannelCreationParams("ga", "GA", "#00ff00", area_places={"Standing": 5})
    event = await sdk.call(
        lambda c: c.events.create(chart_key, "show", channels=[VIP, PRESS, with_places])
    )
    assert summary(event.channels) == [
        ("vip", "VIP", "#ED303D", ["A-1", "A-2"]),
        ("press", "Press", "red", ["A-3", "A-4"]),
        ("ga", "GA", "#00ff00", []),
    ]
    assert event.channels is not None
    assert [(c.index, c.area_places) for c in event.channels] == [
        (1, {}),
        (2, {}),
        (None, {"Standing": 5}),
    ]
    assert all(channel.id for channel in event.channels), "the server gives each channel an id"
    assert await channels_of(sdk, "show") == event.channels


async def test_a_channel_object_is_booked_only_through_its_channel(
    sdk: Sdk, chart_key: str
) -> None:
    await event_with_channels(sdk, chart_key, VIP)
    info = await sdk.object_info("show", "A-1")
    assert info.channel == "vip"

    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book("show", ["A-1"]))
    booked = await sdk.call(lambda c: c.events.book("show", ["A-1"], channel_keys=["vip"]))
    assert booked.objects["A-1"].status is ObjectStatus.BOOKED
    await sdk.call(lambda c: c.events.book("show", ["A-2"], ignore_channels=True))
    assert await sdk.statuses("show", "A-1", "A-2") == {"A-1": "booked", "A-2": "booked"}


async def test_add_a_channel_then_book_through_it(sdk: Sdk, event_key: str) -> None:
    await sdk.call(
        lambda c: c.events.channels.add(event_key, "vip", "VIP", "#ED303D", 1, ["A-1", "A-2"])
    )
    [channel] = await channels_of(sdk, event_key)
    assert (channel.key, channel.name, channel.color, channel.index) == ("vip", "VIP", "#ED303D", 1)
    assert (channel.objects, channel.area_places) == (["A-1", "A-2"], {})
    assert channel.id
    assert (await sdk.object_info(event_key, "A-1")).channel == "vip"
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book(event_key, ["A-1"]))
    await sdk.call(lambda c: c.events.book(event_key, ["A-1"], channel_keys=["vip"]))


async def test_add_a_channel_whose_key_is_taken_is_refused(sdk: Sdk, chart_key: str) -> None:
    await event_with_channels(sdk, chart_key, VIP)
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.channels.add("show", "vip", "Other", "red"))
    assert summary(await channels_of(sdk, "show")) == [("vip", "VIP", "#ED303D", ["A-1", "A-2"])]


async def test_add_multiple_channels_keeps_their_order(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.channels.add_multiple(event_key, [PRESS, VIP]))
    assert summary(await channels_of(sdk, event_key)) == [
        ("press", "Press", "red", ["A-3", "A-4"]),
        ("vip", "VIP", "#ED303D", ["A-1", "A-2"]),
    ]


async def test_remove_a_channel_frees_its_objects(sdk: Sdk, chart_key: str) -> None:
    await event_with_channels(sdk, chart_key, VIP, PRESS)
    await sdk.call(lambda c: c.events.channels.remove("show", "vip"))
    assert summary(await channels_of(sdk, "show")) == [("press", "Press", "red", ["A-3", "A-4"])]
    assert (await sdk.object_info("show", "A-1")).channel is None
    await sdk.call(lambda c: c.events.book("show", ["A-1"]))


async def test_update_changes_only_what_is_given(sdk: Sdk, chart_key: str) -> None:
    await event_with_channels(sdk, chart_key, VIP)
    await sdk.call(lambda c: c.events.channels.update("show", "vip", name="Very important"))
    assert summary(await channels_of(sdk, "show")) == [
        ("vip", "Very important", "#ED303D", ["A-1", "A-2"])
    ]
    await sdk.call(lambda c: c.events.channels.update("show", "vip", objects=["B-1", "B-2"]))
    await sdk.call(lambda c: c.events.channels.update("show", "vip", area_places={"Standing": 3}))
    [channel] = await channels_of(sdk, "show")
    assert (channel.objects, channel.area_places) == (["B-1", "B-2"], {"Standing": 3})
    assert (await sdk.object_info("show", "A-1")).channel is None


async def test_add_objects_moves_them_out_of_their_channel(sdk: Sdk, chart_key: str) -> None:
    await event_with_channels(sdk, chart_key, VIP, PRESS)
    await sdk.call(lambda c: c.events.channels.add_objects("show", "vip", ["A-3", "A-4"]))
    assert summary(await channels_of(sdk, "show")) == [
        ("vip", "VIP", "#ED303D", ["A-1", "A-2", "A-3", "A-4"]),
        ("press", "Press", "red", []),
    ]
    assert (await sdk.object_info("show", "A-4")).channel == "vip"


async def test_remove_objects_takes_out_labels_and_subtracts_places(
    sdk: Sdk, chart_key: str
) -> None:
    ga = ChannelCreationParams(
        "ga", "GA", "blue", objects=["B-1", "B-2"], area_places={"Standing": 5}
    )
    await event_with_channels(sdk, chart_key, ga)
    await sdk.call(
        lambda c: c.events.channels.remove_objects("show", "ga", ["B-1"], {"Standing": 2})
    )
    [channel] = await channels_of(sdk, "show")
    assert (channel.objects, channel.area_places) == (["B-2"], {"Standing": 3})
    assert (await sdk.object_info("show", "B-1")).channel is None


async def test_replace_leaves_exactly_the_given_channels(sdk: Sdk, chart_key: str) -> None:
    await event_with_channels(sdk, chart_key, VIP, PRESS)
    box = ChannelCreationParams("box", "Box", "#123456", objects=["A-1"])
    await sdk.call(lambda c: c.events.channels.replace("show", [box]))
    assert summary(await channels_of(sdk, "show")) == [("box", "Box", "#123456", ["A-1"])]
    assert (await sdk.object_info("show", "A-3")).channel is None


async def test_what_the_official_client_would_drop_is_sent_and_applied(
    sdk: Sdk, chart_key: str
) -> None:
    # The official client drops index 0, [] and an empty replace list; here only None is
    # "not given", so each of these is sent and does what it says.
    await event_with_channels(sdk, chart_key, VIP)
    await sdk.call(lambda c: c.events.channels.add("show", "first", "First", "blue", index=0))
    await sdk.call(lambda c: c.events.channels.update("show", "vip", objects=[]))
    vip, first = await channels_of(sdk, "show")
    assert (vip.objects, first.index) == ([], 0)
    assert (await sdk.object_info("show", "A-1")).channel is None

    await sdk.call(lambda c: c.events.channels.replace("show", []))
    assert not (await sdk.call(lambda c: c.events.retrieve("show"))).channels
