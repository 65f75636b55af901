"""events.channels.*: the exact request on the wire, and bad input refused before sending."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from seatsio_typed import AsyncClient, ChannelCreationParams, Client
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, assert_refused_before_sending

CHANNELS = "/events/my%20event/channels"


async def sent(kind: Kind, method: Callable[[Client | AsyncClient], object]) -> FakeServer:
    """Run one channel method against a server that answers 204, as Seats.io does."""
    h = Harness(kind, FakeServer())
    await h.call(method)
    await h.close()
    return h.server


async def test_add_sends_the_documented_body(kind: Kind) -> None:
    server = await sent(
        kind,
        lambda c: c.events.channels.add(
            "my event", "channel1", "Channel 1", "#ED303D", 1, ["A-1", "A-2"]
        ),
    )
    assert server.wire() == ("POST", CHANNELS.encode())
    assert server.body() == json.loads(load_example("channels.add.request.json"))
    assert server.last.headers["Content-Type"] == "application/json"


async def test_add_sends_index_zero_and_area_places(kind: Kind) -> None:
    # The official client drops index 0 and empty lists; only None means "not given" here.
    server = await sent(
        kind,
        lambda c: c.events.channels.add(
            "e", "k", "name", "red", index=0, objects=[], area_places={"GA1": 5}
        ),
    )
    assert server.body() == {
        "key": "k",
        "name": "name",
        "color": "red",
        "index": 0,
        "objects": [],
        "areaPlaces": {"GA1": 5},
    }


async def test_add_multiple_sends_a_bare_array(kind: Kind) -> None:
    channels = [
        ChannelCreationParams("channel1", "Channel 1", "#ED303D", 1, ["A-1", "A-2"]),
        ChannelCreationParams("channel2", "Channel 2", "#AABBCC", 2, ["A-3", "A-2"]),
    ]
    server = await sent(kind, lambda c: c.events.channels.add_multiple("my event", channels))
    assert server.wire() == ("POST", CHANNELS.encode())
    assert server.body() == json.loads(load_example("channels.add-multiple.request.json"))


async def test_remove_sends_a_delete_without_a_body(kind: Kind) -> None:
    server = await sent(kind, lambda c: c.events.channels.remove("my event", "vip/box"))
    assert server.wire() == ("DELETE", f"{CHANNELS}/vip%2Fbox".encode())
    assert server.last.content == b""


async def test_update_sends_only_what_changes(kind: Kind) -> None:
    server = await sent(
        kind,
        lambda c: c.events.channels.update(
            "my event", "channel1", "Channel 1", "#ED303D", ["A-1", "A-2"], {"GA1": 100}
        ),
    )
    assert server.wire() == ("POST", f"{CHANNELS}/channel1".encode())
    assert server.body() == json.loads(load_example("channels.update.request.json"))

    server = await sent(kind, lambda c: c.events.channels.update("e", "k", objects=[]))
    assert server.body() == {"objects": []}


@pytest.mark.parametrize(
    ("example", "objects", "area_places"),
    [
        ("channels.add-objects.request.json", ["A-1", "A-2"], None),
        ("channels.add-objects.request.area-places.json", None, {"GA1": 100}),
    ],
)
async def test_add_objects_sends_the_documented_bodies(
    kind: Kind, example: str, objects: list[str] | None, area_places: dict[str, int] | None
) -> None:
    server = await sent(
        kind, lambda c: c.events.channels.add_objects("my event", "ch 1", objects, area_places)
    )
    assert server.wire() == ("POST", f"{CHANNELS}/ch%201/objects".encode())
    assert server.body() == json.loads(load_example(example))


@pytest.mark.parametrize(
    ("example", "objects", "area_places"),
    [
        ("channels.remove-objects.request.json", ["A-1", "A-2"], None),
        ("channels.remove-objects.request.area-places.json", None, {"GA1": 50}),
    ],
)
async def test_remove_objects_is_a_delete_with_a_json_body(
    kind: Kind, example: str, objects: list[str] | None, area_places: dict[str, int] | None
) -> None:
    server = await sent(
        kind, lambda c: c.events.channels.remove_objects("my event", "ch1", objects, area_places)
    )
    assert server.wire() == ("DELETE", f"{CHANNELS}/ch1/objects".encode())
    assert server.last.headers["Content-Type"] == "application/json"
    assert server.body() == json.loads(load_example(example))


async def test_replace_sends_the_documented_body(kind: Kind) -> None:
    channels = [
        ChannelCreationParams(
            "fc34bdf0-0175-5a0a-e9af-9b0310585056",
            "Channel Watermelon",
            "#ED303D",
            1,
            ["A-1", "A-2"],
        ),
        ChannelCreationParams(
            key="7a273f09-8c3a-2782-af93-6546d32abbe5",
            name="Channel Lime",
            color="#97CA48",
            index=2,
            objects=[],
        ),
    ]
    server = await sent(kind, lambda c: c.events.channels.replace("my event", channels))
    assert server.wire() == ("POST", f"{CHANNELS}/replace".encode())
    assert server.body() == json.loads(load_example("channels.replace.request.json"))


async def test_replace_with_no_channels_sends_an_empty_list(kind: Kind) -> None:
    # The official client sends `{}` here; an explicit empty list says "remove them all".
    server = await sent(kind, lambda c: c.events.channels.replace("e", []))
    assert server.body() == {"channels": []}


REFUSED: dict[str, Callable[[Client | AsyncClient], object]] = {
    "empty channel key": lambda c: c.events.channels.add("e", "", "n", "red"),
    "empty name": lambda c: c.events.channels.add("e", "k", "", "red"),
    "malformed colour": lambda c: c.events.channels.add("e", "k", "n", "#12"),
    "colour with spaces": lambda c: c.events.channels.add("e", "k", "n", " red"),
    "empty label": lambda c: c.events.channels.add("e", "k", "n", "red", objects=[""]),
    "zero places": lambda c: c.events.channels.add("e", "k", "n", "red", area_places={"G": 0}),
    "bool index": lambda c: c.events.channels.add("e", "k", "n", "red", index=True),
    "no channels to add": lambda c: c.events.channels.add_multiple("e", []),
    "repeated keys": lambda c: c.events.channels.add_multiple(
        "e", [ChannelCreationParams("k", "a", "red"), ChannelCreationParams("k", "b", "red")]
    ),
    "repeated keys on replace": lambda c: c.events.channels.replace(
        "e", [ChannelCreationParams("k", "a", "red"), ChannelCreationParams("k", "b", "red")]
    ),
    "update with nothing": lambda c: c.events.channels.update("e", "k"),
    "update to an empty name": lambda c: c.events.channels.update("e", "k", name=""),
    "add no objects": lambda c: c.events.channels.add_objects("e", "k"),
    # A str is a Sequence[str] to type checkers; it must not become ["A", "-", "1"].
    "a bare string as objects": lambda c: c.events.channels.add_objects("e", "k", "A-1"),
    "add empty lists": lambda c: c.events.channels.add_objects("e", "k", [], {}),
    "remove no objects": lambda c: c.events.channels.remove_objects("e", "k"),
    "remove negative places": lambda c: c.events.channels.remove_objects(
        "e", "k", area_places={"GA1": -2}
    ),
}


@pytest.mark.parametrize("mistake", sorted(REFUSED))
async def test_bad_input_is_refused_before_sending(kind: Kind, mistake: str) -> None:
    await assert_refused_before_sending(kind, REFUSED[mistake])


def test_channel_creation_params_takes_the_official_positional_shape() -> None:
    params = ChannelCreationParams("vip", "VIP", "#ED303D", 2, ["A-1"], {"GA1": 4})
    assert params == ChannelCreationParams(
        key="vip", name="VIP", color="#ED303D", index=2, objects=["A-1"], area_places={"GA1": 4}
    )
    assert params.to_wire() == {
        "key": "vip",
        "name": "VIP",
        "color": "#ED303D",
        "index": 2,
        "objects": ["A-1"],
        "areaPlaces": {"GA1": 4},
    }
    for colour in ("red", "#abc", "#AABBCCDD", "rgb(237, 48, 61)", "hsla(0, 50%, 50%, 0.5)"):
        assert ChannelCreationParams("k", "n", colour).color == colour


def test_channel_creation_params_refuses_a_name_given_twice_or_too_many_arguments() -> None:
    with pytest.raises(TypeError, match="'key' twice"):
        ChannelCreationParams("k", key="x", name="n", color="red")  # type: ignore[misc]
    with pytest.raises(TypeError, match="at most 6"):
        ChannelCreationParams("k", "n", "red", None, None, None, 7)  # type: ignore[call-arg]
