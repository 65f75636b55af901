"""Audit of channels against channels.md: the 204 of every call, one channel per object whichever
call assigns it, unique names, GA areas never both whole and by places, and the event-log item
each change writes."""

from __future__ import annotations

import pytest

from ._audit_events import codes, object_info, post_json
from ._audit_wire import Caller, JsonBody, error_body
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes
from ._official_company import event_log_of
from ._official_events import OfficialEvents
from ._official_sales import OfficialChannels, channel_params, channels_of
from .conftest import UploadChart


@pytest.fixture
def channels(client: OfficialClient) -> OfficialChannels:
    return channels_of(client)


@pytest.fixture
def event_key(events: OfficialEvents, upload_sample_chart: UploadChart) -> str:
    return events.create(upload_sample_chart("sampleChart.json"), event_key="event1").key


def _assigned(events: OfficialEvents, event_key: str) -> dict[str, list[str]]:
    return {found.key: list(found.objects) for found in events.retrieve(event_key).channels or []}


def _channel(key: str, name: str, objects: list[str] | None = None) -> JsonBody:
    body: JsonBody = {"key": key, "name": name, "color": "#FF0000"}
    if objects is not None:
        body["objects"] = objects
    return body


def test_every_channel_call_answers_204(caller: Caller, event_key: str) -> None:
    base = f"/events/{event_key}/channels"
    answers = [
        post_json(caller, base, _channel("ch1", "One", ["A-1"])).status_code,
        post_json(caller, base, [_channel("ch2", "Two"), _channel("ch3", "Three")]).status_code,
        post_json(caller, f"{base}/ch1", {"name": "Uno"}).status_code,
        post_json(caller, f"{base}/ch1/objects", {"objects": ["A-2"]}).status_code,
        caller.delete(f"{base}/ch1/objects", '{"objects": ["A-1"]}').status_code,
        caller.delete(f"{base}/ch3").status_code,
        post_json(caller, f"{base}/replace", {"channels": [_channel("ch4", "Four")]}).status_code,
    ]
    assert answers == [204] * 7


def test_add_takes_objects_out_of_other_channels(
    events: OfficialEvents, channels: OfficialChannels, event_key: str
) -> None:
    channels.add(event_key, "ch1", "One", "#F00", objects=["A-1", "A-2"])
    channels.add(event_key, "ch2", "Two", "#0F0", objects=["A-2"])
    assert _assigned(events, event_key) == {"ch1": ["A-1"], "ch2": ["A-2"]}
    assert events.retrieve_object_info(event_key, "A-2").channel == "ch2"


def test_update_takes_objects_out_of_other_channels(
    events: OfficialEvents, channels: OfficialChannels, event_key: str
) -> None:
    channels.add(event_key, "ch1", "One", "#F00", objects=["A-1", "A-2"])
    channels.add(event_key, "ch2", "Two", "#0F0", objects=["B-1"])
    channels.update(event_key, "ch2", objects=["A-1", "B-2"])
    assert _assigned(events, event_key) == {"ch1": ["A-2"], "ch2": ["A-1", "B-2"]}


def test_replace_puts_an_object_listed_twice_in_one_channel(
    events: OfficialEvents, channels: OfficialChannels, event_key: str
) -> None:
    channels.replace(
        event_key,
        [
            channel_params("ch1", "One", "#F00", objects=["A-1", "A-2"]),
            channel_params("ch2", "Two", "#0F0", objects=["A-2"]),
        ],
    )
    assert sum("A-2" in objects for objects in _assigned(events, event_key).values()) == 1


def test_channel_names_are_unique(caller: Caller, event_key: str) -> None:
    post_json(caller, f"/events/{event_key}/channels", _channel("ch1", "Same"))
    refused = post_json(caller, f"/events/{event_key}/channels", _channel("ch2", "Same"))
    error_body(refused, 400)
    assert len(caller.json(f"/events/{event_key}")["channels"]) == 1  # type: ignore[arg-type]


def test_an_area_cannot_be_whole_and_by_places_in_one_channel(
    events: OfficialEvents, channels: OfficialChannels, event_key: str
) -> None:
    channels.add(event_key, "ch1", "One", "#F00", objects=["GA1"])
    with pytest.raises(OFFICIAL_ERROR) as caught:
        channels.update(event_key, "ch1", area_places={"GA1": 3})
    assert error_codes(caught.value)
    (kept,) = events.retrieve(event_key).channels or []
    assert (kept.objects, kept.area_places) == (["GA1"], {})


def test_an_unknown_channel_is_an_error_with_the_documented_body(
    caller: Caller, event_key: str
) -> None:
    response = post_json(caller, f"/events/{event_key}/channels/nope/objects", {"objects": []})
    assert response.status_code in (400, 404)
    error_body(response, response.status_code)


def test_a_removed_channel_frees_its_objects_for_a_booking(caller: Caller, event_key: str) -> None:
    post_json(caller, f"/events/{event_key}/channels", _channel("ch1", "One", ["A-1"]))
    assert object_info(caller, event_key, "A-1")["channel"] == "ch1"
    caller.delete(f"/events/{event_key}/channels/ch1")
    assert "channel" not in object_info(caller, event_key, "A-1")


def test_each_channel_change_writes_an_event_log_item(
    client: OfficialClient, channels: OfficialChannels, event_key: str
) -> None:
    channels.add(event_key, "ch1", "One", "#F00")
    channels.add_objects(event_key, "ch1", ["A-1"])
    channels.remove(event_key, "ch1")
    logged = [item for item in event_log_of(client).list() if item.type.startswith("event.")]
    assert [item.type for item in logged] == ["event.channels.updated"] * 3
    assert {item.data["key"] for item in logged} == {event_key}


def test_a_duplicate_key_in_one_add_multiple_adds_nothing(caller: Caller, event_key: str) -> None:
    body = [_channel("ch1", "One"), _channel("ch1", "Two")]
    assert codes(post_json(caller, f"/events/{event_key}/channels", body))
    assert caller.json(f"/events/{event_key}").get("channels") in (None, [])
