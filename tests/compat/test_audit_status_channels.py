"""Audit: channel and for-sale checks on status changes, for events created with `channels` or a
`forSaleConfig` (object-status.md §1.2 rules 6-7, §1.4; events.md §4; channels.md §1)."""

from __future__ import annotations

import pytest

from ._audit_events import (
    HELD,
    change,
    changed_objects,
    create_event,
    encode,
    new_hold_token,
    object_info,
    object_infos,
)
from ._audit_wire import Caller, JsonBody, error_body, ok_json
from ._official import OFFICIAL_ERROR, OfficialClient
from ._official_builders import channel, for_sale_config
from ._official_events import OfficialEvents, hold_tokens_of
from .conftest import UploadChart

CHANNELS = [
    {"key": "channelKey1", "name": "One", "color": "#111111", "objects": ["A-1", "A-2"]},
    {"key": "channelKey2", "name": "Two", "color": "#222222", "objects": ["B-1"]},
]


@pytest.fixture
def chart_key(upload_sample_chart: UploadChart) -> str:
    return upload_sample_chart("sampleChart.json")


@pytest.fixture
def with_channels(caller: Caller, chart_key: str) -> str:
    return str(create_event(caller, chart_key, eventKey="e1", channels=CHANNELS)["key"])


def test_object_infos_name_the_channel(caller: Caller, with_channels: str) -> None:
    infos = object_infos(caller, with_channels, "A-1", "B-1", "C-1")

    assert [infos[label].get("channel") for label in ("A-1", "B-1", "C-1")] == [
        "channelKey1",
        "channelKey2",
        None,
    ]


@pytest.mark.parametrize("target", ["booked", HELD, "myStatus", None])
def test_a_channel_object_needs_its_key_or_ignore_channels(
    caller: Caller, with_channels: str, target: str | None
) -> None:
    def options() -> dict[str, object]:
        return {"holdToken": new_hold_token(caller)} if target == HELD else {}

    if target is None:  # something to release
        change(caller, with_channels, ["A-1", "A-2"], ignoreChannels=True)

    refused = change(caller, with_channels, ["A-1"], target, **options())
    wrong_key = change(
        caller, with_channels, ["A-1"], target, channelKeys=["channelKey2"], **options()
    )
    by_key = change(
        caller, with_channels, ["A-1"], target, channelKeys=["channelKey1"], **options()
    )
    ignoring = change(caller, with_channels, ["A-2"], target, ignoreChannels=True, **options())

    error_body(refused, 400)
    error_body(wrong_key, 400)
    expected = "free" if target is None else target
    assert changed_objects(by_key)["A-1"]["status"] == expected
    assert changed_objects(ignoring)["A-2"]["status"] == expected


def test_objects_in_no_channel_need_no_key(caller: Caller, with_channels: str) -> None:
    assert changed_objects(change(caller, with_channels, ["C-1"]))["C-1"]["status"] == "booked"


def test_a_refused_channel_object_blocks_the_whole_call(caller: Caller, with_channels: str) -> None:
    error_body(change(caller, with_channels, ["C-1", "A-1"]), 400)

    assert object_info(caller, with_channels, "C-1")["status"] == "free"


def test_channel_keys_in_a_group_and_in_a_batch(caller: Caller, chart_key: str) -> None:
    for key in ("e1", "e2"):
        create_event(caller, chart_key, eventKey=key, channels=CHANNELS)

    group = change(caller, ["e1", "e2"], ["A-1"], channelKeys=["channelKey1"])
    batch = caller.send(
        "POST",
        "/events/actions/change-object-status",
        encode(
            {
                "statusChanges": [
                    {
                        "event": "e1",
                        "objects": ["B-1"],
                        "status": "s",
                        "channelKeys": ["channelKey2"],
                    },
                    {"event": "e2", "objects": ["B-1"], "status": "s", "ignoreChannels": True},
                ]
            }
        ),
        query=[("expand", "objects")],
    )
    refused = caller.send(
        "POST",
        "/events/actions/change-object-status",
        encode({"statusChanges": [{"event": "e1", "objects": ["A-2"], "status": "s"}]}),
    )

    assert changed_objects(group)["A-1"]["status"] == "booked"
    assert object_info(caller, "e2", "A-1")["status"] == "booked"
    assert ok_json(batch)["results"]
    assert object_info(caller, "e2", "B-1")["status"] == "s"
    error_body(refused, 400)


def test_resale_objects_skip_the_channel_check(caller: Caller, with_channels: str) -> None:
    change(caller, with_channels, ["A-1"], "resale", ignoreChannels=True)

    assert changed_objects(change(caller, with_channels, ["A-1"]))["A-1"]["status"] == "booked"


def test_channels_through_the_official_client(
    client: OfficialClient, events: OfficialEvents, chart_key: str
) -> None:
    key = events.create(
        chart_key, channels=[channel("channelKey1", "Channel 1", "#FFFF99", ["A-1", "A-2"])]
    ).key
    token = hold_tokens_of(client).create().hold_token

    with pytest.raises(OFFICIAL_ERROR):
        events.book(key, ["A-1"])
    held = events.hold(key, ["A-1"], token, channel_keys=["channelKey1"])
    booked = events.book(key, ["A-1"], hold_token=token, channel_keys=["channelKey1"])
    custom = events.change_object_status(key, ["A-2"], "s", ignore_channels=True)

    assert held.objects["A-1"].status == HELD
    assert booked.objects["A-1"].status == "booked"
    assert custom.objects["A-2"].status == "s"
    assert events.retrieve_object_info(key, "A-2").channel == "channelKey1"


@pytest.fixture
def not_for_sale(caller: Caller, chart_key: str) -> str:
    config = {
        "forSale": False,
        "objects": ["A-1"],
        "areaPlaces": {"GA1": 3},
        "categories": ["Cat2"],
    }
    return str(create_event(caller, chart_key, eventKey="e1", forSaleConfig=config)["key"])


def test_not_for_sale_objects_in_object_infos(caller: Caller, not_for_sale: str) -> None:
    infos = object_infos(caller, not_for_sale, "A-1", "A-2", "C-1", "GA1", "GA2")

    assert [infos[label]["forSale"] for label in ("A-1", "A-2", "C-1")] == [False, True, False]
    assert (infos["A-1"]["isAvailable"], infos["A-1"]["availabilityReason"]) == (
        False,
        "not_for_sale",
    )
    assert (infos["A-2"]["isAvailable"], infos["A-2"]["availabilityReason"]) == (True, "available")
    assert infos["GA1"]["numNotForSale"] == 3
    assert infos["GA1"]["numFree"] == 97
    assert infos["GA2"]["forSale"] is False


@pytest.mark.parametrize("target", ["booked", HELD, "myStatus"])
def test_not_for_sale_objects_cannot_be_booked_held_or_changed(
    caller: Caller, not_for_sale: str, target: str
) -> None:
    options: JsonBody = {"holdToken": new_hold_token(caller)} if target == HELD else {}

    for label in ("A-1", "C-1"):
        error_body(change(caller, not_for_sale, [label], target, **options), 400)
        assert object_info(caller, not_for_sale, label)["status"] == "free"
    assert changed_objects(change(caller, not_for_sale, ["A-2"], target, **options))


def test_only_listed_objects_are_for_sale_with_for_sale_true(
    caller: Caller, chart_key: str
) -> None:
    config = {"forSale": True, "objects": ["A-1"], "categories": ["10"]}
    key = str(create_event(caller, chart_key, forSaleConfig=config)["key"])

    infos = object_infos(caller, key, "A-1", "A-2", "C-1")

    assert [infos[label]["forSale"] for label in ("A-1", "A-2", "C-1")] == [True, False, True]
    error_body(change(caller, key, ["A-2"]), 400)
    assert changed_objects(change(caller, key, ["A-1", "C-1"]))["C-1"]["status"] == "booked"


def test_official_for_sale_config_at_creation(events: OfficialEvents, chart_key: str) -> None:
    key = events.create(chart_key, for_sale_config=for_sale_config(False, ["A-1"], {"GA1": 3})).key

    with pytest.raises(OFFICIAL_ERROR):
        events.book(key, ["A-1"])

    area = events.retrieve_object_info(key, "GA1")
    assert (area.num_free, area.for_sale) == (97, True)


@pytest.mark.parametrize(
    ("second", "keys"),
    [
        ([], ["channelKey1", "NO_CHANNEL"]),
        (
            [{"key": "other", "name": "O", "color": "#000", "objects": ["A-1"]}],
            ["channelKey1", "other"],
        ),
    ],
)
def test_a_group_refuses_an_object_in_different_channels_per_event(
    caller: Caller, chart_key: str, second: list[JsonBody], keys: list[str]
) -> None:
    """object-status.md §1.4: in an event group an object counts as in channel C only if it is in
    C on every event; mixed assignments cannot be booked (ignoreChannels still can)."""
    create_event(caller, chart_key, eventKey="e1", channels=CHANNELS)
    create_event(caller, chart_key, eventKey="e2", channels=second)

    refused = change(caller, ["e1", "e2"], ["A-1"], channelKeys=keys)

    error_body(refused, 400)
    assert [object_info(caller, key, "A-1")["status"] for key in ("e1", "e2")] == ["free", "free"]
    ignored = change(caller, ["e1", "e2"], ["A-1"], ignoreChannels=True)
    assert changed_objects(ignored)["A-1"]["status"] == "booked"
