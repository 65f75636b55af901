"""Object infos, status-change results and the status-change request bodies."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from pydantic import JsonValue, TypeAdapter, ValidationError

from seatsio_typed.errors import RequestValidationError
from seatsio_typed.models import (
    ChangeObjectStatusInBatchRequest,
    ChangeObjectStatusInBatchResult,
    ChangeObjectStatusRequest,
    ChangeObjectStatusResult,
    EventObjectInfo,
    ObjectProperties,
    ObjectStatus,
    ObjectType,
    SeasonObjectStatusRequest,
    StatusChangeRequest,
    StatusChangeType,
    UpdateExtraDataRequest,
    UpdateExtraDatasRequest,
)
from tests.reference import load_example

OBJECT_INFOS = TypeAdapter(dict[str, EventObjectInfo])


def test_seat_object_info_exposes_every_field_of_the_example() -> None:
    info = OBJECT_INFOS.validate_json(
        load_example("events.retrieve-object-infos.response.seat.json")
    )["C-11"]

    assert info.label == "C-11"
    assert (info.labels.own.label, info.labels.own.type) == ("11", "seat")
    assert info.labels.parent is not None
    assert (info.labels.parent.label, info.labels.parent.type) == ("Row C", "row")
    assert info.labels.section == "Floor"
    assert info.labels.entrance is None
    assert (info.ids.own, info.ids.parent, info.ids.section) == ("11", "C", None)
    assert info.status is ObjectStatus.FREE
    assert (info.category_label, info.category_key) == ("Ground Floor", 4)
    assert (info.entrance, info.section) == ("Main entrance", "Floor")
    assert (info.ticket_type, info.order_id) == ("adult", "order1")
    assert info.for_sale is True
    assert info.object_type is ObjectType.SEAT
    assert (info.is_accessible, info.is_companion_seat, info.has_restricted_view) == (
        True,
        False,
        False,
    )
    assert info.has_lift_up_armrests is None
    assert (info.left_neighbour, info.right_neighbour) == ("C-10", "C-12")
    assert info.is_available is True
    assert info.channel == "channel1"
    assert info.distance_to_focal_point == pytest.approx(84.3242)
    assert info.hold_token == "98291cfa-5488-456d-a82e-0a699b9e1c8d"
    assert info.season_status_overridden_quantity == 0
    assert (info.capacity, info.num_booked, info.holds) == (None, None, None)


def test_general_admission_object_info_has_counters_and_holds() -> None:
    info = OBJECT_INFOS.validate_json(
        load_example("events.retrieve-object-infos.response.ga.json")
    )["GA1"]

    assert info.object_type is ObjectType.GENERAL_ADMISSION
    assert info.category_key == 6
    assert (info.capacity, info.num_booked, info.num_held, info.num_free) == (100, 34, 6, 60)
    assert info.num_not_for_sale is None
    assert info.book_as_a_whole is False
    assert (info.variable_occupancy, info.min_occupancy, info.max_occupancy) == (True, 5, 100)
    assert info.holds == {
        "98291cfa-5488-456d-a82e-0a699b9e1c8d": {"adult": 3, "child": 2},
        "58291cfa-5418-496d-a02e-0a199b9e1c2f": {"NO_TICKET_TYPE": 1},
    }
    assert info.is_accessible is None


@pytest.mark.parametrize(
    ("name", "label", "object_type", "parent"),
    [
        ("objects.change-object-status.response.seat-in-row.json", "A-3", ObjectType.SEAT, "A"),
        (
            "objects.change-object-status.response.seat-in-section.json",
            "STA-A-3",
            ObjectType.SEAT,
            "A",
        ),
        ("objects.change-object-status.response.table-seat.json", "T1-3", ObjectType.SEAT, "T1"),
        ("objects.change-object-status.response.table.json", "T1", ObjectType.TABLE, None),
        ("objects.change-object-status.response.booth.json", "B1", ObjectType.BOOTH, None),
        (
            "objects.change-object-status.response.ga.json",
            "GA1",
            ObjectType.GENERAL_ADMISSION,
            None,
        ),
    ],
)
def test_custom_status_results_parse(
    name: str, label: str, object_type: ObjectType, parent: str | None
) -> None:
    result = ChangeObjectStatusResult.model_validate_json(load_example(name))

    assert list(result.objects) == [label]
    info = result.objects[label]
    assert info.status == "myCustomStatus"
    assert not info.status.is_known
    assert info.object_type is object_type
    assert info.ids.parent == parent
    assert info.category_key == 4


def test_seat_in_section_reports_its_section_ids() -> None:
    result = ChangeObjectStatusResult.model_validate_json(
        load_example("objects.change-object-status.response.seat-in-section.json")
    )

    info = result.objects["STA-A-3"]
    assert (info.ids.section, info.labels.section, info.section) == ("STA", "Stalls", "STA")
    assert info.entrance == "Red"


def test_resale_result_parses() -> None:
    result = ChangeObjectStatusResult.model_validate_json(
        load_example("objects.put-up-for-resale.response.json")
    )

    assert sorted(result.objects) == ["A-3", "A-5"]
    assert all(info.status is ObjectStatus.RESALE for info in result.objects.values())
    assert result.objects["A-5"].left_neighbour == "A-4"


def test_object_info_reads_floor_entrance_label_and_extra_data() -> None:
    raw = {
        "label": "Section A-A-1",
        "labels": {
            "own": {"label": "1", "type": "seat"},
            "parent": {"label": "A", "type": "row"},
            "section": "Section A",
            "entrance": {"label": "Entrance 1"},
        },
        "ids": {"own": "1", "parent": "A", "section": "Section A"},
        "status": "booked",
        "floor": {"name": "1", "displayName": "Floor 1"},
        "extraData": {"userId": "123", "tags": ["vip", None]},
        "seasonStatusOverriddenQuantity": 1,
        "resaleListingId": "listing1",
        "zone": "midtrack",
        "availabilityReason": "booked",
        "isAvailable": False,
    }

    info = EventObjectInfo.model_validate_json(json.dumps(raw))

    assert info.labels.entrance is not None
    assert info.labels.entrance.label == "Entrance 1"
    assert info.floor is not None
    assert (info.floor.name, info.floor.display_name) == ("1", "Floor 1")
    assert info.extra_data == {"userId": "123", "tags": ["vip", None]}
    assert info.season_status_overridden_quantity == 1
    assert (info.resale_listing_id, info.zone) == ("listing1", "midtrack")
    assert (info.is_available, info.availability_reason) == (False, "booked")
    assert info.status is ObjectStatus.BOOKED


def test_object_info_keeps_unknown_fields() -> None:
    info = EventObjectInfo.model_validate_json(
        b'{"label": "A-1", "labels": {"own": {"label": "1", "type": "seat"}}, '
        b'"ids": {"own": "1"}, "status": "free", "isSelectable": true}'
    )

    assert info.model_extra == {"isSelectable": True}
    assert info.season_status_overridden_quantity == 0


def test_object_info_without_status_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        EventObjectInfo.model_validate_json(
            b'{"label": "A-1", "labels": {"own": {"label": "1", "type": "seat"}},'
            b' "ids": {"own": "1"}}'
        )

    assert [error["loc"] for error in caught.value.errors()] == [("status",)]


def test_result_without_objects_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        ChangeObjectStatusResult.model_validate_json(b"{}")

    assert caught.value.errors()[0]["loc"] == ("objects",)


def test_batch_result_parses_one_result_per_item() -> None:
    info = json.loads(load_example("objects.put-up-for-resale.response.json"))
    raw = json.dumps({"results": [info, {"objects": {}}]})

    result = ChangeObjectStatusInBatchResult.model_validate_json(raw)

    assert [sorted(item.objects) for item in result.results] == [["A-3", "A-5"], []]


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
