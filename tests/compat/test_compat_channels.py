"""Channels driven by the official client (`client.events.channels`, all seven methods): the
effect read back through the Event, the object infos and bookings."""

from __future__ import annotations

import pytest

from ._official import OFFICIAL_ERROR, error_codes
from ._official_builders import channel
from ._official_events import OfficialEvents
from ._official_sales import OfficialChannels, channel_params
from .conftest import UploadChart


@pytest.fixture
def event_key(events: OfficialEvents, upload_sample_chart: UploadChart) -> str:
    return events.create(upload_sample_chart("sampleChart.json"), event_key="event1").key


def _assigned(
    events: OfficialEvents, event_key: str
) -> list[tuple[str, list[str], dict[str, int]]]:
    return [
        (found.key, list(found.objects), dict(found.area_places))
        for found in events.retrieve(event_key).channels or []
    ]


def _channel_of(events: OfficialEvents, event_key: str, label: str) -> str | None:
    return events.retrieve_object_info(event_key, label).channel


def test_add(events: OfficialEvents, channels: OfficialChannels, event_key: str) -> None:
    channels.add(event_key, "ch1", "Channel 1", "#FF0000", 1, ["A-1", "A-2"], {"GA1": 5})

    (added,) = events.retrieve(event_key).channels or []
    assert (added.key, added.name, added.color, added.index) == ("ch1", "Channel 1", "#FF0000", 1)
    assert (added.objects, added.area_places) == (["A-1", "A-2"], {"GA1": 5})
    assert added.id
    assert _channel_of(events, event_key, "A-1") == "ch1"
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book(event_key, "A-1")
    assert error_codes(caught.value) == ["CHANNEL_KEY_REQUIRED"]
    assert events.book(event_key, "A-1", channel_keys=["ch1"]).objects["A-1"].status == "booked"


def test_add_without_the_optional_parts(
    events: OfficialEvents, channels: OfficialChannels, event_key: str
) -> None:
    channels.add(event_key, "ch1", "Channel 1", "#FF0000")

    (added,) = events.retrieve(event_key).channels or []
    assert (added.index, added.objects, added.area_places) == (None, [], {})


def test_add_twice_the_same_key_fails(
    events: OfficialEvents, channels: OfficialChannels, event_key: str
) -> None:
    channels.add(event_key, "ch1", "Channel 1", "#FF0000")

    with pytest.raises(OFFICIAL_ERROR) as caught:
        channels.add(event_key, "ch1", "Channel 2", "#00FF00")

    assert error_codes(caught.value) == ["CHANNEL_KEY_ALREADY_EXISTS"]
    assert [found.name for found in events.retrieve(event_key).channels or []] == ["Channel 1"]


def test_add_multiple(events: OfficialEvents, channels: OfficialChannels, event_key: str) -> None:
    channels.add_multiple(
        event_key,
        [
            channel_params("ch1", "Channel 1", "#FF0000", 1, ["A-1", "A-2"]),
            channel_params("ch2", "Channel 2", "#00FF00", 2, ["A-3", "A-2"], {"GA1": 3}),
        ],
    )

    assert _assigned(events, event_key) == [
        ("ch1", ["A-1"], {}),
        ("ch2", ["A-3", "A-2"], {"GA1": 3}),
    ]
    assert _channel_of(events, event_key, "A-2") == "ch2"


def test_remove(events: OfficialEvents, channels: OfficialChannels, event_key: str) -> None:
    channels.add(event_key, "ch1", "Channel 1", "#FF0000", objects=["A-1"])
    channels.add(event_key, "ch2", "Channel 2", "#00FF00", objects=["A-2"])

    channels.remove(event_key, "ch1")

    assert _assigned(events, event_key) == [("ch2", ["A-2"], {})]
    assert _channel_of(events, event_key, "A-1") is None
    assert events.book(event_key, "A-1").objects["A-1"].status == "booked"


def test_update(events: OfficialEvents, channels: OfficialChannels, event_key: str) -> None:
    channels.add(event_key, "ch1", "Channel 1", "#FF0000", objects=["A-1", "A-2"])

    channels.update(event_key, "ch1", name="Renamed")
    channels.update(event_key, "ch1", color="red")
    channels.update(event_key, "ch1", objects=["B-1", "B-2"])
    channels.update(event_key, "ch1", area_places={"GA1": 4})

    (updated,) = events.retrieve(event_key).channels or []
    assert (updated.name, updated.color, updated.objects, updated.area_places) == (
        "Renamed",
        "red",
        ["B-1", "B-2"],
        {"GA1": 4},
    )
    assert events.book(event_key, "A-1").objects["A-1"].status == "booked"
    with pytest.raises(OFFICIAL_ERROR):
        events.book(event_key, "B-1")


def test_add_objects(events: OfficialEvents, channels: OfficialChannels, event_key: str) -> None:
    channels.add(event_key, "ch1", "Channel 1", "#FF0000", objects=["A-1", "A-2"])
    channels.add(event_key, "ch2", "Channel 2", "#00FF00", objects=["A-3", "A-4"])

    channels.add_objects(event_key, "ch1", ["A-3", "A-4"])
    channels.add_objects(event_key, "ch1", area_places={"GA1": 7})

    assert _assigned(events, event_key) == [
        ("ch1", ["A-1", "A-2", "A-3", "A-4"], {"GA1": 7}),
        ("ch2", [], {}),
    ]
    with pytest.raises(OFFICIAL_ERROR) as caught:
        events.book(event_key, "A-3", channel_keys=["ch2"])
    assert error_codes(caught.value) == ["CHANNEL_KEY_REQUIRED"]


def test_remove_objects(events: OfficialEvents, channels: OfficialChannels, event_key: str) -> None:
    channels.add(event_key, "ch1", "Channel 1", "#FF0000", objects=["A-1", "A-2", "A-3"])
    channels.add_objects(event_key, "ch1", area_places={"GA1": 5})

    channels.remove_objects(event_key, "ch1", ["A-1", "A-3"])
    channels.remove_objects(event_key, "ch1", area_places={"GA1": 2})

    assert _assigned(events, event_key) == [("ch1", ["A-2"], {"GA1": 3})]
    assert events.book(event_key, ["A-1", "A-3"]).objects["A-3"].status == "booked"


def test_replace(events: OfficialEvents, channels: OfficialChannels, event_key: str) -> None:
    channels.add(event_key, "old", "Old", "#000000", objects=["A-1"])

    channels.replace(
        event_key,
        [
            channel_params("ch1", "Channel 1", "#FF0000", 1, ["B-1"]),
            channel_params("ch2", "Channel 2", "#00FF00", 2),
        ],
    )

    assert _assigned(events, event_key) == [("ch1", ["B-1"], {}), ("ch2", [], {})]
    assert events.book(event_key, "A-1").objects["A-1"].status == "booked"
    assert events.book(event_key, "B-1", channel_keys=["ch1"]).objects["B-1"].status == "booked"


def test_replace_with_nothing_removes_every_channel(
    events: OfficialEvents, channels: OfficialChannels, event_key: str
) -> None:
    channels.add(event_key, "ch1", "Channel 1", "#FF0000", objects=["A-1"])

    channels.replace(event_key, [])

    assert events.retrieve(event_key).channels in (None, [])
    assert events.book(event_key, "A-1").objects["A-1"].status == "booked"


def test_channels_given_at_creation_are_managed_the_same_way(
    events: OfficialEvents, channels: OfficialChannels, upload_sample_chart: UploadChart
) -> None:
    created = events.create(
        upload_sample_chart("sampleChart.json"),
        event_key="created",
        channels=[channel("ch1", "Channel 1", "#FF0000", ["A-1"])],
    )

    channels.add_objects(created.key, "ch1", ["A-2"])

    assert _assigned(events, created.key) == [("ch1", ["A-1", "A-2"], {})]
    assert [found.id for found in events.retrieve(created.key).channels or []] == [
        found.id for found in created.channels or []
    ]
