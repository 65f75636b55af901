"""Channel endpoints (channels.md §2): add, add-multiple, remove, update, add/remove objects,
replace; one object in at most one channel; the booking rules see every change."""

from __future__ import annotations

from typing import cast

import httpx
import pytest

from ._events_support import (
    JsonDict,
    change,
    changed,
    codes,
    create_event,
    info,
    ok,
)

VIP = {"key": "vip", "name": "VIP", "color": "#ff0000", "objects": ["A-1", "A-2"]}
PRESS = {"key": "press", "name": "Press", "color": "#00ff00", "objects": ["A-3"]}


def _channels(client: httpx.Client, event_key: str) -> list[JsonDict]:
    event = ok(client.get(f"/events/{event_key}"))
    return cast("list[JsonDict]", event.get("channels", []))


def _summary(client: httpx.Client, event_key: str) -> dict[str, tuple[list[str], JsonDict]]:
    """Channel key -> (objects, areaPlaces), in the event's order."""
    return {
        str(channel["key"]): (channel["objects"], channel["areaPlaces"])
        for channel in _channels(client, event_key)
    }


def _add(client: httpx.Client, event_key: str, body: object) -> httpx.Response:
    return client.post(f"/events/{event_key}/channels", json=body)


def _no_content(response: httpx.Response) -> None:
    assert response.status_code == 204, response.text
    assert response.content == b""


@pytest.fixture
def with_vip(admin: httpx.Client, event: str) -> str:
    _no_content(_add(admin, event, VIP))
    return event


def test_add_one_channel_reads_back_with_its_defaults(admin: httpx.Client, event: str) -> None:
    _no_content(_add(admin, event, {"key": "c1", "name": "One", "color": "red"}))

    (channel,) = _channels(admin, event)
    assert channel["id"]
    assert {key: value for key, value in channel.items() if key != "id"} == {
        "key": "c1",
        "name": "One",
        "color": "red",
        "objects": [],
        "areaPlaces": {},
    }


def test_add_multiple_keeps_the_order_and_the_later_channel_takes_a_shared_object(
    admin: httpx.Client, event: str
) -> None:
    second = {**PRESS, "objects": ["A-3", "A-2"], "index": 2}
    _no_content(_add(admin, event, [{**VIP, "index": 1}, second]))

    assert _summary(admin, event) == {"vip": (["A-1"], {}), "press": (["A-3", "A-2"], {})}
    assert [channel["index"] for channel in _channels(admin, event)] == [1, 2]
    assert info(admin, event, "A-2")["channel"] == "press"


def test_channel_ids_are_distinct_and_stable(admin: httpx.Client, event: str) -> None:
    _no_content(_add(admin, event, [VIP, PRESS]))
    first = [channel["id"] for channel in _channels(admin, event)]

    _no_content(admin.post(f"/events/{event}/channels/vip", json={"name": "V"}))

    assert len(set(first)) == 2
    assert [channel["id"] for channel in _channels(admin, event)] == first


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ({**PRESS, "key": "vip"}, "CHANNEL_KEY_ALREADY_EXISTS"),
        ({**PRESS, "name": "VIP"}, "CHANNEL_NAME_ALREADY_EXISTS"),
        (
            {**PRESS, "objects": ["GA1"], "areaPlaces": {"GA1": 2}},
            "AREA_IN_OBJECTS_AND_AREA_PLACES",
        ),
    ],
)
def test_a_refused_add_changes_nothing(
    admin: httpx.Client, with_vip: str, extra: JsonDict, code: str
) -> None:
    assert codes(_add(admin, with_vip, [{**PRESS, "key": "other", "name": "Other"}, extra])) == [
        code
    ]
    assert _summary(admin, with_vip) == {"vip": (["A-1", "A-2"], {})}


@pytest.mark.parametrize("body", [None, "vip", 3, [3]])
def test_add_needs_a_channel_object_or_array(admin: httpx.Client, event: str, body: object) -> None:
    assert codes(_add(admin, event, body)) == ["VALIDATION_FAILED"]


def test_channel_calls_on_an_unknown_event_are_404(admin: httpx.Client) -> None:
    assert codes(_add(admin, "nope", VIP), 404) == ["EVENT_NOT_FOUND"]
    assert codes(admin.delete("/events/nope/channels/vip"), 404) == ["EVENT_NOT_FOUND"]


def test_unknown_channel_keys_are_404(admin: httpx.Client, with_vip: str) -> None:
    base = f"/events/{with_vip}/channels/nope"
    for response in (
        admin.delete(base),
        admin.post(base, json={"name": "x"}),
        admin.post(f"{base}/objects", json={"objects": ["B-1"]}),
        admin.request("DELETE", f"{base}/objects", json={"objects": ["A-1"]}),
    ):
        assert codes(response, 404) == ["CHANNEL_NOT_FOUND"]


def test_a_new_channel_changes_what_bookings_need(admin: httpx.Client, event: str) -> None:
    assert changed(admin, event, ["A-4"])["A-4"]["status"] == "booked"

    _no_content(_add(admin, event, {**VIP, "objects": ["A-1"]}))

    assert codes(change(admin, event, ["A-1"])) == ["CHANNEL_KEY_REQUIRED"]
    assert codes(change(admin, event, ["A-2"], channelKeys=["vip"])) == ["CHANNEL_KEY_REQUIRED"]
    assert changed(admin, event, ["A-2"], channelKeys=["NO_CHANNEL"])["A-2"]["status"] == "booked"
    assert changed(admin, event, ["A-1"], channelKeys=["vip"])["A-1"]["status"] == "booked"


def test_remove_frees_its_objects_and_leaves_the_others(admin: httpx.Client, event: str) -> None:
    _no_content(_add(admin, event, [VIP, PRESS]))

    _no_content(admin.delete(f"/events/{event}/channels/vip"))

    assert _summary(admin, event) == {"press": (["A-3"], {})}
    assert "channel" not in info(admin, event, "A-1")
    assert changed(admin, event, ["A-1"])["A-1"]["status"] == "booked"
    assert codes(change(admin, event, ["A-3"])) == ["CHANNEL_KEY_REQUIRED"]


def test_removing_the_last_channel_drops_the_list(admin: httpx.Client, with_vip: str) -> None:
    _no_content(admin.delete(f"/events/{with_vip}/channels/vip"))

    assert "channels" not in ok(admin.get(f"/events/{with_vip}"))


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ({"name": "Very"}, {"name": "Very"}),
        ({"color": "blue"}, {"color": "blue"}),
        ({"index": 4}, {"index": 4}),
        ({"objects": ["B-1", "B-2"]}, {"objects": ["B-1", "B-2"]}),
        ({"areaPlaces": {"GA1": 3}}, {"areaPlaces": {"GA1": 3}}),
        ({"name": None, "color": None, "objects": None, "areaPlaces": None}, {}),
    ],
)
def test_update_changes_exactly_the_given_fields(
    admin: httpx.Client, with_vip: str, update: JsonDict, expected: JsonDict
) -> None:
    (before,) = _channels(admin, with_vip)

    _no_content(admin.post(f"/events/{with_vip}/channels/vip", json=update))

    assert _channels(admin, with_vip) == [{**before, **expected}]


def test_update_moves_objects_out_of_other_channels_and_bookings_follow(
    admin: httpx.Client, event: str
) -> None:
    _no_content(_add(admin, event, [VIP, PRESS]))

    _no_content(admin.post(f"/events/{event}/channels/press", json={"objects": ["A-1"]}))

    assert _summary(admin, event) == {"vip": (["A-2"], {}), "press": (["A-1"], {})}
    assert codes(change(admin, event, ["A-1"], channelKeys=["vip"])) == ["CHANNEL_KEY_REQUIRED"]
    assert changed(admin, event, ["A-3"])["A-3"]["status"] == "booked"
    assert changed(admin, event, ["A-1"], channelKeys=["press"])["A-1"]["status"] == "booked"


def test_update_refuses_a_name_another_channel_has(admin: httpx.Client, event: str) -> None:
    _no_content(_add(admin, event, [VIP, PRESS]))

    response = admin.post(f"/events/{event}/channels/press", json={"name": "VIP"})

    assert codes(response) == ["CHANNEL_NAME_ALREADY_EXISTS"]
    assert _channels(admin, event)[1]["name"] == "Press"


def test_add_objects_appends_and_takes_them_from_other_channels(
    admin: httpx.Client, event: str
) -> None:
    _no_content(_add(admin, event, [VIP, PRESS]))

    path = f"/events/{event}/channels/press/objects"
    _no_content(admin.post(path, json={"objects": ["A-2", "B-1", "A-3"]}))

    assert _summary(admin, event) == {"vip": (["A-1"], {}), "press": (["A-3", "A-2", "B-1"], {})}
    assert info(admin, event, "B-1")["channel"] == "press"
    assert codes(change(admin, event, ["B-1"], channelKeys=["NO_CHANNEL"])) == [
        "CHANNEL_KEY_REQUIRED"
    ]


def test_area_places_are_added_and_subtracted(admin: httpx.Client, with_vip: str) -> None:
    path = f"/events/{with_vip}/channels/vip/objects"

    _no_content(admin.post(path, json={"objects": [], "areaPlaces": {"GA1": 5}}))
    _no_content(admin.post(path, json={"areaPlaces": {"GA1": 2}}))
    assert _summary(admin, with_vip)["vip"] == (["A-1", "A-2"], {"GA1": 7})

    _no_content(admin.request("DELETE", path, json={"objects": [], "areaPlaces": {"GA1": 3}}))
    assert _summary(admin, with_vip)["vip"] == (["A-1", "A-2"], {"GA1": 4})
    _no_content(admin.request("DELETE", path, json={"areaPlaces": {"GA1": 9}}))
    assert _summary(admin, with_vip)["vip"] == (["A-1", "A-2"], {})


def test_a_whole_area_leaves_the_places_of_other_channels(admin: httpx.Client, event: str) -> None:
    _no_content(_add(admin, event, [{**VIP, "areaPlaces": {"GA1": 4}}, PRESS]))

    _no_content(admin.post(f"/events/{event}/channels/press/objects", json={"objects": ["GA1"]}))

    assert _summary(admin, event) == {"vip": (["A-1", "A-2"], {}), "press": (["A-3", "GA1"], {})}


def test_remove_objects_keeps_the_rest_in_order_and_frees_the_removed(
    admin: httpx.Client, event: str
) -> None:
    _no_content(_add(admin, event, {**VIP, "objects": ["A-1", "A-2", "A-3", "A-4"]}))

    path = f"/events/{event}/channels/vip/objects"
    _no_content(admin.request("DELETE", path, json={"objects": ["A-3", "A-1"]}))

    assert _summary(admin, event) == {"vip": (["A-2", "A-4"], {})}
    assert changed(admin, event, ["A-1", "A-3"])["A-1"]["status"] == "booked"


def test_replace_makes_the_list_exactly_the_given_one(admin: httpx.Client, event: str) -> None:
    _no_content(_add(admin, event, [VIP, PRESS]))
    vip_id = _channels(admin, event)[0]["id"]

    new = {"key": "new", "name": "New", "color": "#000", "objects": ["A-1"]}
    replacement = {"channels": [new, {**VIP, "objects": ["B-1"]}]}
    _no_content(admin.post(f"/events/{event}/channels/replace", json=replacement))

    assert _summary(admin, event) == {"new": (["A-1"], {}), "vip": (["B-1"], {})}
    assert _channels(admin, event)[1]["id"] == vip_id
    assert changed(admin, event, ["A-3"])["A-3"]["status"] == "booked"
    assert codes(change(admin, event, ["B-1"])) == ["CHANNEL_KEY_REQUIRED"]


@pytest.mark.parametrize("body", [{}, {"channels": []}, None])
def test_replace_without_channels_removes_them_all(
    admin: httpx.Client, with_vip: str, body: object
) -> None:
    _no_content(admin.post(f"/events/{with_vip}/channels/replace", json=body))

    assert _channels(admin, with_vip) == []
    assert changed(admin, with_vip, ["A-1"])["A-1"]["status"] == "booked"


def test_replace_beats_a_channel_key_replace(admin: httpx.Client, event: str) -> None:
    _no_content(_add(admin, event, {"key": "replace", "name": "R", "color": "red"}))

    # The literal path segment wins: this is a replace (with no channels), not an update.
    _no_content(admin.post(f"/events/{event}/channels/replace", json={"name": "Renamed"}))
    assert _channels(admin, event) == []

    _no_content(_add(admin, event, {"key": "replace", "name": "R", "color": "red"}))
    _no_content(admin.delete(f"/events/{event}/channels/replace"))
    assert _channels(admin, event) == []


def test_events_created_with_channels_follow_the_same_rules(
    admin: httpx.Client, chart: str
) -> None:
    second = {**PRESS, "objects": ["A-2"]}
    created = create_event(admin, chart, eventKey="e2", channels=[VIP, second])
    create_event(admin, chart, eventKey="e3")
    _no_content(_add(admin, "e3", [VIP, second]))

    def shape(channels: list[JsonDict]) -> list[JsonDict]:
        return [{key: value for key, value in c.items() if key != "id"} for c in channels]

    assert shape(cast("list[JsonDict]", created["channels"])) == shape(_channels(admin, "e3"))
    assert _summary(admin, "e2") == {"vip": (["A-1"], {}), "press": (["A-2"], {})}


def test_create_multiple_with_a_refused_channel_creates_nothing(
    admin: httpx.Client, chart: str
) -> None:
    good = {"eventKey": "ok"}
    bad = {"eventKey": "bad", "channels": [VIP, {**PRESS, "name": "VIP"}]}
    response = admin.post(
        "/events/actions/create-multiple", json={"chartKey": chart, "events": [good, bad]}
    )

    assert codes(response) == ["CHANNEL_NAME_ALREADY_EXISTS"]
    assert codes(admin.get("/events/ok"), 404) == ["EVENT_NOT_FOUND"]
