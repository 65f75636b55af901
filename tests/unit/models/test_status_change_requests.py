"""The status-change request bodies: objects, labels, batches, extra data, season statuses."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from pydantic import JsonValue, ValidationError

from seatsio_typed.errors import RequestValidationError
from seatsio_typed.models import (
    ChangeObjectStatusInBatchRequest,
    ChangeObjectStatusRequest,
    ObjectProperties,
    ObjectStatus,
    SeasonObjectStatusRequest,
    StatusChangeRequest,
    StatusChangeType,
    UpdateExtraDataRequest,
    UpdateExtraDatasRequest,
)
from tests.reference import load_example


def _objects_on_the_wire(objects: list[JsonValue]) -> list[JsonValue]:
    return [{"objectId": o} if isinstance(o, str) else o for o in objects]


@pytest.mark.parametrize(
    "name",
    [
        "objects.book.request.json",
        "objects.book.request.hold-token.json",
        "objects.book.request.ticket-types.json",
        "objects.book.request.mixed.json",
        "objects.book.request.extra-data.json",
        "objects.ga.request.quantity.json",
        "objects.ga.request.repeated-label.json",
        "objects.change-object-status.request.json",
        "objects.change-object-status.request.ticket-types.json",
        "objects.event-groups.request.json",
        "objects.put-up-for-resale.request.json",
    ],
)
def test_reference_bodies_serialise_objects_as_the_official_client_does(name: str) -> None:
    body = json.loads(load_example(name))
    body.setdefault("events", ["event1"])
    body.setdefault("status", "booked")

    wire = ChangeObjectStatusRequest.model_validate_json(json.dumps(body)).to_wire()

    assert wire == body | {
        "objects": _objects_on_the_wire(body["objects"]),
        "type": "CHANGE_STATUS_TO",
    }


@pytest.mark.parametrize(
    "name", ["objects.hold.request.json", "objects.hold.request.ticket-types.json"]
)
def test_hold_reference_bodies_serialise(name: str) -> None:
    body = json.loads(load_example(name))
    body |= {"events": ["event1"], "status": "reservedByToken"}

    wire = ChangeObjectStatusRequest.model_validate_json(json.dumps(body)).to_wire()

    assert wire["holdToken"] == "wvXbB9MlHt"
    assert wire["objects"] == _objects_on_the_wire(body["objects"])


def test_release_reference_body_serialises_without_status() -> None:
    body = json.loads(load_example("objects.release.request.json"))
    body |= {"events": ["event1"], "type": "RELEASE"}

    wire = ChangeObjectStatusRequest.model_validate_json(json.dumps(body)).to_wire()

    assert wire == {
        "events": ["event1"],
        "type": "RELEASE",
        "objects": [{"objectId": "A-3"}, {"objectId": "A-5"}],
    }


def test_labels_and_object_properties_mix_in_one_request() -> None:
    request = ChangeObjectStatusRequest(
        events=["concert"],
        objects=[
            "A-1",
            ObjectProperties(object_id="A-2", ticket_type="child"),
            ObjectProperties(object_id="GA1", quantity=3, extra_data={"userId": "1"}),
        ],
        status=ObjectStatus.BOOKED,
        order_id="order1",
        keep_extra_data=False,
        ignore_channels=True,
        channel_keys=["NO_CHANNEL"],
        allowed_previous_statuses=[ObjectStatus.FREE],
        rejected_previous_statuses=["lolzor"],
        resale_listing_id="listing",
    )

    assert request.objects == [
        ObjectProperties(object_id="A-1"),
        ObjectProperties(object_id="A-2", ticket_type="child"),
        ObjectProperties(object_id="GA1", quantity=3, extra_data={"userId": "1"}),
    ]
    assert json.loads(request.to_wire_json()) == {
        "events": ["concert"],
        "objects": [
            {"objectId": "A-1"},
            {"objectId": "A-2", "ticketType": "child"},
            {"objectId": "GA1", "quantity": 3, "extraData": {"userId": "1"}},
        ],
        "type": "CHANGE_STATUS_TO",
        "status": "booked",
        "orderId": "order1",
        "keepExtraData": False,
        "ignoreChannels": True,
        "channelKeys": ["NO_CHANNEL"],
        "allowedPreviousStatuses": ["free"],
        "rejectedPreviousStatuses": ["lolzor"],
        "resaleListingId": "listing",
    }


def test_custom_statuses_are_sent_verbatim() -> None:
    request = ChangeObjectStatusRequest(events=["e"], objects=("A-1",), status="myCustomStatus")

    assert request.to_wire()["status"] == "myCustomStatus"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"events": ["e"], "objects": ["A-1"]}, "status is required"),
        ({"events": ["e"], "objects": ["A-1"], "type": "RELEASE", "status": "free"}, "left out"),
        ({"events": ["e"], "objects": ["A-1"], "status": "reservedByToken"}, "hold_token"),
        ({"events": [], "objects": ["A-1"], "status": "booked"}, "events"),
        ({"events": ["e"], "objects": "A-1", "status": "booked"}, "objects"),
        (
            {"events": ["e"], "objects": [{"objectId": "GA1", "quantity": 0}], "status": "booked"},
            "quantity",
        ),
        (
            {
                "events": ["e"],
                "objects": [{"objectId": "GA1", "quantity": "2"}],
                "status": "booked",
            },
            "quantity",
        ),
        (
            {"events": ["e"], "objects": [{"objectId": "A-1", "ticket": "x"}], "status": "booked"},
            "ticket",
        ),
        (
            {"events": ["e"], "objects": ["A-1"], "status": "booked", "keepExtraData": "yes"},
            "keep_extra_data",
        ),
    ],
)
def test_invalid_status_change_requests_are_refused(body: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ChangeObjectStatusRequest.model_validate_json(json.dumps(body))


def test_object_properties_refuse_a_number_as_label() -> None:
    with pytest.raises(ValidationError) as caught:
        ObjectProperties.model_validate({"object_id": 1})

    assert caught.value.errors()[0]["loc"] == ("object_id",)


@pytest.mark.parametrize(
    "name",
    [
        "objects.batch.request.book.json",
        "objects.batch.request.hold.json",
        "objects.batch.request.release.json",
    ],
)
def test_batch_reference_bodies_serialise(name: str) -> None:
    body = json.loads(load_example(name))

    wire = ChangeObjectStatusInBatchRequest.model_validate_json(json.dumps(body)).to_wire()

    expected = [
        item
        | {
            "objects": _objects_on_the_wire(item["objects"]),
            "type": item.get("type", "CHANGE_STATUS_TO"),
        }
        for item in body["statusChanges"]
    ]
    assert wire == {"statusChanges": expected}


def test_batch_items_support_the_season_status_types() -> None:
    request = ChangeObjectStatusInBatchRequest(
        status_changes=[
            StatusChangeRequest(
                "day1", ["A-1"], type=StatusChangeRequest.OVERRIDE_SEASON_STATUS, season="season"
            ),
            StatusChangeRequest("day1", "A-1", status=ObjectStatus.RESALE),
        ]
    )

    assert request.to_wire() == {
        "statusChanges": [
            {
                "event": "day1",
                "objects": [{"objectId": "A-1"}],
                "type": "OVERRIDE_SEASON_STATUS",
                "season": "season",
            },
            {
                "event": "day1",
                "objects": [{"objectId": "A-1"}],
                "type": "CHANGE_STATUS_TO",
                "status": "resale",
            },
        ]
    }


def test_season_status_types_refuse_a_status() -> None:
    with pytest.raises(RequestValidationError, match="left out"):
        StatusChangeRequest("e", ["A-1"], type=StatusChangeType.USE_SEASON_STATUS, status="booked")


def test_a_batch_item_is_built_like_the_official_one() -> None:
    request = StatusChangeRequest(
        "concert",
        ObjectProperties(object_id="GA1", quantity=2),
        "myStatus",
        "token",
        "order-1",
        False,
        True,
        ["vip"],
        [ObjectStatus.FREE],
        ["booked"],
        None,
        "listing",
        None,
    )

    assert request.to_wire() == {
        "event": "concert",
        "objects": [{"objectId": "GA1", "quantity": 2}],
        "type": "CHANGE_STATUS_TO",
        "status": "myStatus",
        "holdToken": "token",
        "orderId": "order-1",
        "keepExtraData": False,
        "ignoreChannels": True,
        "channelKeys": ["vip"],
        "allowedPreviousStatuses": ["free"],
        "rejectedPreviousStatuses": ["booked"],
        "resaleListingId": "listing",
    }
    assert StatusChangeRequest.TYPE_CHANGE_STATUS_TO == "CHANGE_STATUS_TO"
    assert StatusChangeRequest("e", "A-1", type="RELEASE").type is StatusChangeType.RELEASE


@pytest.mark.parametrize(
    "make",
    [
        lambda: StatusChangeRequest("e", [], status="booked"),
        lambda: StatusChangeRequest("", ["A-1"], status="booked"),
        lambda: StatusChangeRequest("e", "A-1"),
        lambda: StatusChangeRequest("e", "A-1", status=ObjectStatus.RESERVED_BY_TOKEN),
    ],
    ids=["no objects", "empty event key", "no status", "hold without a token"],
)
def test_a_batch_item_refuses_what_the_server_would(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (which parameter is named varies)
        make()


def test_update_extra_data_reference_bodies_round_trip() -> None:
    one = load_example("events.update-extra-data.request.json")
    many = load_example("events.update-extra-datas.request.json")

    assert UpdateExtraDataRequest.model_validate_json(one).to_wire() == json.loads(one)
    assert UpdateExtraDatasRequest.model_validate_json(many).to_wire() == json.loads(many)


def test_extra_data_keeps_nulls_and_nesting() -> None:
    request = UpdateExtraDataRequest(extra_data={"seat": None, "tags": ["a", {"b": 1}]})

    assert request.to_wire_json() == b'{"extraData":{"seat":null,"tags":["a",{"b":1}]}}'


def test_season_object_status_reference_body_round_trips() -> None:
    raw = load_example("objects.override-season-status.request.json")

    request = SeasonObjectStatusRequest.model_validate_json(raw)

    assert request.to_wire() == json.loads(raw)
    assert SeasonObjectStatusRequest(objects=["GA1", "GA1"], season="s").to_wire() == {
        "objects": ["GA1", "GA1"],
        "season": "s",
    }
