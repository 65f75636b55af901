"""Object infos and status-change results (requests: test_status_change_requests.py)."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter, ValidationError

from seatsio_typed.models import (
    ChangeObjectStatusInBatchResult,
    ChangeObjectStatusResult,
    EventObjectInfo,
    ObjectStatus,
    ObjectType,
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
