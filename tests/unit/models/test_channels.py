"""Channel models: the channel object and the channel request bodies."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter, ValidationError

from seatsio_typed.models import (
    Channel,
    ChannelCreationParams,
    ChannelObjectsRequest,
    ReplaceChannelsRequest,
    UpdateChannelRequest,
)
from tests.reference import load_example


def test_channel_reads_every_field() -> None:
    channel = Channel.model_validate_json(
        b'{"id": "ch1", "key": "vip", "name": "VIP", "color": "red", "index": 2,'
        b' "objects": ["A-1"], "areaPlaces": {"GA1": 5}}'
    )

    assert (channel.id, channel.key, channel.name, channel.color, channel.index) == (
        "ch1",
        "vip",
        "VIP",
        "red",
        2,
    )
    assert channel.objects == ["A-1"]
    assert channel.area_places == {"GA1": 5}


def test_channel_without_optional_parts() -> None:
    channel = Channel.model_validate_json(b'{"key": "vip", "name": "VIP"}')

    assert (channel.index, channel.objects, channel.area_places) == (None, [], {})


@pytest.mark.parametrize("name", ["channels.add.request.json"])
def test_add_channel_reference_body_round_trips(name: str) -> None:
    raw = load_example(name)

    assert ChannelCreationParams.model_validate_json(raw).to_wire() == json.loads(raw)


def test_add_multiple_channels_reference_body_round_trips() -> None:
    raw = load_example("channels.add-multiple.request.json")
    adapter = TypeAdapter(list[ChannelCreationParams])

    channels = adapter.validate_json(raw)

    assert [channel.to_wire() for channel in channels] == json.loads(raw)


def test_replace_channels_reference_body_round_trips() -> None:
    raw = load_example("channels.replace.request.json")

    request = ReplaceChannelsRequest.model_validate_json(raw)

    assert request.to_wire() == json.loads(raw)
    assert [channel.name for channel in request.channels] == ["Channel Watermelon", "Channel Lime"]


def test_update_channel_reference_body_round_trips() -> None:
    raw = load_example("channels.update.request.json")

    assert UpdateChannelRequest.model_validate_json(raw).to_wire() == json.loads(raw)
    assert UpdateChannelRequest(color="red").to_wire() == {"color": "red"}


@pytest.mark.parametrize(
    "name",
    [
        "channels.add-objects.request.json",
        "channels.add-objects.request.area-places.json",
        "channels.remove-objects.request.json",
        "channels.remove-objects.request.area-places.json",
    ],
)
def test_channel_objects_reference_bodies_round_trip(name: str) -> None:
    raw = load_example(name)

    assert ChannelObjectsRequest.model_validate_json(raw).to_wire() == json.loads(raw)


def test_channel_objects_request_always_sends_objects() -> None:
    assert ChannelObjectsRequest(area_places={"GA1": 2}).to_wire() == {
        "objects": [],
        "areaPlaces": {"GA1": 2},
    }


def test_channel_creation_needs_key_name_and_color() -> None:
    with pytest.raises(ValidationError) as caught:
        ChannelCreationParams.model_validate({"key": "k"})

    assert sorted(error["loc"] for error in caught.value.errors()) == [("color",), ("name",)]


def test_channel_takes_the_official_positional_order_and_compares_by_value() -> None:
    official = Channel("VIP", "ch1", "red", 2, "vip", ["A-1"], {"GA1": 5})
    read = Channel.model_validate_json(
        b'{"id": "ch1", "key": "vip", "name": "VIP", "color": "red", "index": 2,'
        b' "objects": ["A-1"], "areaPlaces": {"GA1": 5}}'
    )

    assert official == read
    assert Channel(key="vip", name="VIP") == Channel.model_validate({"key": "vip", "name": "VIP"})


def test_channel_partition_label_of_an_area() -> None:
    channel = Channel("VIP", "ch1", "red", None, "vip", [], {"GA1": 5})

    assert channel.area_partition_label("GA1") == "GA1##ch1"
    with pytest.raises(ValueError, match="has no id"):
        Channel(key="vip", name="VIP").area_partition_label("GA1")
