"""Per-object facts of the sample charts: labels, neighbours, flags, distances (chart-model §2)."""

from __future__ import annotations

import math

import pytest

from seatsio_typed.testing._charts import ObjectDef
from tests.emulator.charts._samples import sample_index


def _object(chart: str, label: str) -> ObjectDef:
    (found,) = sample_index(chart).lookup(label)
    return found


def test_seat_in_row_labels_and_ids_leave_absent_levels_out() -> None:
    a1 = _object("sampleChart.json", "A-1")

    assert a1.ids.to_json() == {"own": "1", "parent": "A"}
    assert a1.labels.to_json() == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
    }
    assert (a1.section, a1.entrance, a1.zone, a1.floor) == (None, None, None, None)


def test_seat_in_section_labels_carry_section_and_entrance() -> None:
    seat = _object("sampleChartWithSections.json", "Section A-A-1")

    assert seat.ids.to_json() == {"own": "1", "parent": "A", "section": "Section A"}
    assert seat.labels.to_json() == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
        "section": "Section A",
        "entrance": {"label": "Entrance 1"},
    }


def test_table_seat_and_table_labels() -> None:
    seat = _object("sampleChartWithTables.json", "T1-3")
    table = _object("sampleChartWithTables.json", "T2")

    assert seat.ids.to_json() == {"own": "3", "parent": "T1"}
    assert seat.labels.to_json() == {
        "own": {"label": "3", "type": "seat"},
        "parent": {"label": "T1", "type": "table"},
    }
    assert seat.table == "T1"
    assert table.ids.to_json() == {"own": "T2"}
    assert table.labels.to_json() == {"own": {"label": "T2", "type": "table"}}


def test_ga_labels_are_strings_even_when_numeric() -> None:
    area = _object("sampleChartWithErrors.json", "34")

    assert area.ids.to_json() == {"own": "34"}
    assert area.labels.to_json() == {"own": {"label": "34", "type": "generalAdmission"}}


def test_labels_json_is_fresh_on_every_call() -> None:
    seat = _object("sampleChart.json", "A-1")
    first = seat.chart_info()
    first["labels"] = "changed by a caller"

    assert seat.chart_info()["labels"] == seat.labels.to_json()


def test_row_neighbours_follow_drawing_order() -> None:
    index = sample_index("sampleChart.json")
    by_label = index.objects_for()

    assert (by_label["A-1"].left_neighbour, by_label["A-1"].right_neighbour) == (None, "A-2")
    assert (by_label["A-7"].left_neighbour, by_label["A-7"].right_neighbour) == ("A-6", "A-8")
    assert (by_label["D-8"].left_neighbour, by_label["D-8"].right_neighbour) == ("D-7", None)
    assert (by_label["GA1"].left_neighbour, by_label["GA1"].right_neighbour) == (None, None)


def test_neighbours_use_technical_labels_even_when_duplicated() -> None:
    first, second, unlabeled, a4 = sample_index("sampleChartWithErrors.json").objects[:4]

    assert (first.left_neighbour, first.right_neighbour) == (None, "A-1")
    assert (second.left_neighbour, second.right_neighbour) == ("A-1", "A-?")
    assert (unlabeled.left_neighbour, unlabeled.right_neighbour) == ("A-1", "A-4")
    assert (a4.left_neighbour, a4.right_neighbour) == ("A-?", "A-5")


def test_table_seats_have_no_report_neighbours_but_a_group_ring() -> None:
    index = sample_index("sampleChartWithTables.json")
    seat = index.lookup("T1-1")[0]

    assert (seat.left_neighbour, seat.right_neighbour) == (None, None)
    assert seat.group is not None
    group = index.groups[seat.group]
    assert (group.kind, group.label) == ("table", "T1")
    assert group.seat_labels == tuple(f"T1-{n}" for n in range(1, 7))
    assert index.lookup("T1")[0].group == seat.group


def test_sections_rows_are_groups_with_positions() -> None:
    index = sample_index("sampleChartWithSections.json")
    seat = index.lookup("Section B-G-5")[0]

    assert seat.group is not None
    group = index.groups[seat.group]
    assert (group.kind, group.label, group.section) == ("row", "Section B-G", "Section B")
    assert group.seat_labels[seat.position or 0] == "Section B-G-5"
    assert (seat.left_neighbour, seat.right_neighbour) == ("Section B-G-4", None)


def test_only_a7_of_sample_chart_is_accessible() -> None:
    index = sample_index("sampleChart.json")

    assert [obj.label for obj in index.objects if obj.is_accessible] == ["A-7"]
    flags = index.lookup("A-7")[0].chart_info()
    assert flags["isAccessible"] is True
    for name in (
        "isCompanionSeat",
        "hasLiftUpArmrests",
        "isHearingImpaired",
        "isSemiAmbulatorySeat",
        "hasSignLanguageInterpretation",
        "isPlusSize",
        "hasRestrictedView",
    ):
        assert flags[name] is False, name


def test_errors_chart_a7_is_not_accessible() -> None:
    index = sample_index("sampleChartWithErrors.json")

    assert not any(obj.is_accessible for obj in index.objects)


def test_ga_areas_report_capacity_and_occupancy() -> None:
    ga1 = _object("sampleChart.json", "GA1")
    ga2 = _object("sampleChart.json", "GA2")

    assert (ga1.capacity, ga1.book_as_a_whole, ga1.variable_occupancy) == (100, False, True)
    assert (ga1.min_occupancy, ga1.max_occupancy) == (1, 100)
    assert (ga2.capacity, ga2.variable_occupancy, ga2.max_occupancy) == (100, False, None)
    info = ga2.chart_info()
    assert "minOccupancy" not in info
    assert "maxOccupancy" not in info
    assert "isAccessible" not in info
    assert ga1.chart_info()["maxOccupancy"] == 100


@pytest.mark.parametrize(
    ("chart", "label", "expected"),
    [
        ("sampleChart.json", "A-1", 98.68),
        ("sampleChart.json", "A-5", 66.69),
        ("sampleChart.json", "A-8", 94.24),
        ("sampleChart.json", "B-5", 90.60),
        ("sampleChart.json", "C-5", 114.54),
        ("sampleChart.json", "D-5", 138.50),
        ("sampleChart.json", "GA1", 201.97),
        ("sampleChart.json", "GA2", 195.58),
        ("sampleChartWithTables.json", "T1", 188.17),
        ("sampleChartWithTables.json", "T2-1", 190.23),
        ("sampleChartWithTables.json", "T2-6", 161.91),
        ("sampleChartWithSections.json", "Section A-A-1", 45.11),
        ("sampleChartWithSections.json", "Section A-A-2", 56.25),
        ("sampleChartWithSections.json", "Section B-A-1", 211.10),
        ("sampleChartWithSections.json", "Section B-G-5", 343.10),
        ("sampleChartWithZones.json", "Goal Stand 4-A-1", 25425.34),
    ],
)
def test_distance_to_focal_point(chart: str, label: str, expected: float) -> None:
    assert _object(chart, label).distance_to_focal_point == pytest.approx(expected, abs=0.01)


def test_absolute_position_adds_the_section_offset() -> None:
    seat = _object("sampleChartWithSections.json", "Section B-A-1")
    goal = _object("sampleChartWithZones.json", "Goal Stand 4-A-1")

    assert (seat.x, seat.y) == pytest.approx((206.19, 45.25))
    assert (goal.x, goal.y) == pytest.approx((40411.23, 22994.06))


def test_zoned_objects_measure_to_their_zone_focal_point() -> None:
    index = sample_index("sampleChartWithZones.json")
    midtrack = [obj for obj in index.objects if obj.zone == "midtrack"]
    nearest = min(midtrack, key=lambda obj: obj.distance_to_focal_point or 0.0)
    finish = [obj for obj in index.objects if obj.zone == "finishline"]
    nearest_finish = min(finish, key=lambda obj: obj.distance_to_focal_point or 0.0)

    assert nearest.label == "MT3-A-139"
    assert nearest_finish.label == "Goal Stand 4-A-1"


def test_no_distance_without_focal_point() -> None:
    assert _object("sampleChartWithFloors.json", "S2-B-1").distance_to_focal_point is None
    assert "distanceToFocalPoint" not in _object("sampleChartWithErrors.json", "A-5").chart_info()


@pytest.mark.parametrize(
    "chart",
    ["sampleChartWithSections.json", "sampleChartWithTables.json", "sampleChartWithFloors.json"],
)
def test_groups_carry_their_seats_distances_in_seat_order(chart: str) -> None:
    index = sample_index(chart)

    for group in index.groups:
        seats = [index.lookup(label)[0] for label in group.seat_labels]
        expected = [
            math.inf if seat.distance_to_focal_point is None else seat.distance_to_focal_point
            for seat in seats
        ]
        assert list(group.seat_distances) == expected, group.label
    assert index.groups


def test_chart_info_of_a_seat_in_a_row() -> None:
    info = _object("sampleChart.json", "A-7").chart_info()
    distance = info.pop("distanceToFocalPoint")

    assert distance == pytest.approx(81.26, abs=0.01)
    assert info == {
        "label": "A-7",
        "labels": {"own": {"label": "7", "type": "seat"}, "parent": {"label": "A", "type": "row"}},
        "ids": {"own": "7", "parent": "A"},
        "categoryKey": "9",
        "categoryLabel": "Cat1",
        "objectType": "seat",
        "isAccessible": True,
        "isCompanionSeat": False,
        "hasLiftUpArmrests": False,
        "isHearingImpaired": False,
        "isSemiAmbulatorySeat": False,
        "hasSignLanguageInterpretation": False,
        "isPlusSize": False,
        "hasRestrictedView": False,
        "leftNeighbour": "A-6",
        "rightNeighbour": "A-8",
    }


def test_chart_info_of_floor_zone_and_table_objects() -> None:
    floor_seat = _object("sampleChartWithFloors.json", "S2-B-1").chart_info()
    zoned = _object("sampleChartWithZones.json", "MT1-A-1").chart_info()
    table = _object("sampleChartWithTables.json", "T2").chart_info()

    assert floor_seat["floor"] == {"name": "2", "displayName": "Floor 2"}
    assert (floor_seat["section"], floor_seat["rightNeighbour"]) == ("S2", "S2-B-2")
    assert (zoned["zone"], zoned["categoryKey"], zoned["categoryLabel"]) == (
        "midtrack",
        "2",
        "Mid Track Stand",
    )
    assert (table["numSeats"], table["bookAsAWhole"], table["categoryKey"]) == (6, True, "9")
    assert "isAccessible" not in table
    assert "floor" not in zoned


def test_uncategorised_object_has_no_category_keys() -> None:
    info = _object("sampleChartWithErrors.json", "A-4").chart_info()

    assert "categoryKey" not in info
    assert "categoryLabel" not in info
