"""Audit: object infos of fresh events on every sample chart (events.md §3.8, object-status.md
§4.1, chart-model.md §2-§5): labels, ids, categories, sections, entrances, floors, zones,
neighbours, accessibility flags, distances, GA counters and table booking modes."""

from __future__ import annotations

import pytest

from ._audit_events import create_event, object_info, object_infos
from ._audit_wire import Caller, JsonBody, error_body
from ._official_events import OfficialEvents
from .conftest import UploadChart

FLAGS = (
    "isAccessible",
    "isCompanionSeat",
    "hasLiftUpArmrests",
    "isHearingImpaired",
    "isSemiAmbulatorySeat",
    "hasSignLanguageInterpretation",
    "isPlusSize",
    "hasRestrictedView",
)
"""The eight accessibility flags: explicit booleans on seats, absent on GA areas (confirmed)."""

NEVER_ON_A_FRESH_OBJECT = ("ticketType", "orderId", "holdToken", "extraData", "channel")


def _event(caller: Caller, upload: UploadChart, chart: str, **fields: object) -> str:
    return str(create_event(caller, upload(chart), **fields)["key"])


def _fresh_common(info: JsonBody, label: str, object_type: str) -> None:
    assert info["label"] == label
    assert info["objectType"] == object_type
    assert (info["status"], info["forSale"]) == ("free", True)
    assert (info["isAvailable"], info["availabilityReason"]) == (True, "available")
    assert info["seasonStatusOverriddenQuantity"] == 0
    assert info.get("displayedObjectType") is None
    assert info.get("parentDisplayedObjectType") is None
    for absent in NEVER_ON_A_FRESH_OBJECT:
        assert absent not in info, absent
    if object_type == "generalAdmission":
        assert not set(FLAGS) & set(info)
    if object_type == "seat":
        assert all(type(info[flag]) is bool for flag in FLAGS)


def _flags_set(info: JsonBody) -> set[str]:
    return {flag for flag in FLAGS if info.get(flag) is True}


def test_sample_chart_seat_a1(caller: Caller, upload_sample_chart: UploadChart) -> None:
    key = _event(caller, upload_sample_chart, "sampleChart.json")

    info = object_info(caller, key, "A-1")

    _fresh_common(info, "A-1", "seat")
    assert info["ids"] == {"own": "1", "parent": "A"}
    assert info["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
    }
    assert (info["categoryKey"], info["categoryLabel"]) == ("9", "Cat1")
    assert info["rightNeighbour"] == "A-2"
    for absent in ("leftNeighbour", "section", "entrance", "numBooked", "capacity", "zone"):
        assert absent not in info, absent
    assert "floor" not in info
    assert _flags_set(info) == set()
    assert info["distanceToFocalPoint"] == pytest.approx(98.68, abs=0.01)


def test_sample_chart_a7_is_accessible(caller: Caller, upload_sample_chart: UploadChart) -> None:
    key = _event(caller, upload_sample_chart, "sampleChart.json")

    info = object_info(caller, key, "A-7")

    assert info["ids"] == {"own": "7", "parent": "A"}
    assert _flags_set(info) == {"isAccessible"}
    assert (info["leftNeighbour"], info["rightNeighbour"]) == ("A-6", "A-8")
    assert info["distanceToFocalPoint"] == pytest.approx(81.26, abs=0.01)


@pytest.mark.parametrize(
    ("label", "distance"),
    [
        ("A-2", 84.94),
        ("A-3", 74.11),
        ("A-4", 67.60),
        ("A-5", 66.69),
        ("A-6", 71.59),
        ("A-8", 94.24),
        ("B-5", 90.60),
        ("C-5", 114.54),
        ("D-5", 138.50),
    ],
)
def test_sample_chart_distances(
    caller: Caller, upload_sample_chart: UploadChart, label: str, distance: float
) -> None:
    key = _event(caller, upload_sample_chart, "sampleChart.json")

    assert object_info(caller, key, label)["distanceToFocalPoint"] == pytest.approx(
        distance, abs=0.01
    )


def test_sample_chart_rows_and_categories(caller: Caller, upload_sample_chart: UploadChart) -> None:
    key = _event(caller, upload_sample_chart, "sampleChart.json")

    infos = object_infos(caller, key, "B-8", "C-1", "D-8")

    assert (infos["B-8"]["categoryKey"], infos["B-8"]["leftNeighbour"]) == ("9", "B-7")
    assert "rightNeighbour" not in infos["B-8"]
    assert (infos["C-1"]["categoryKey"], infos["C-1"]["categoryLabel"]) == ("10", "Cat2")
    assert infos["D-8"]["categoryLabel"] == "Cat2"


def test_sample_chart_general_admission_areas(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    key = _event(caller, upload_sample_chart, "sampleChart.json")

    infos = object_infos(caller, key, "GA1", "GA2")

    ga1, ga2 = infos["GA1"], infos["GA2"]
    _fresh_common(ga1, "GA1", "generalAdmission")
    _fresh_common(ga2, "GA2", "generalAdmission")
    assert ga1["ids"] == {"own": "GA1"}
    assert ga1["labels"] == {"own": {"label": "GA1", "type": "generalAdmission"}}
    assert (ga1["categoryKey"], ga1["categoryLabel"]) == ("9", "Cat1")
    assert (ga2["categoryKey"], ga2["categoryLabel"]) == ("10", "Cat2")
    counters = ("capacity", "numBooked", "numHeld", "numFree")
    assert [ga1[c] for c in counters] == [100, 0, 0, 100]
    assert [ga2[c] for c in counters] == [100, 0, 0, 100]
    assert ga1.get("numNotForSale", 0) == 0
    assert not ga1.get("holds")
    assert (ga1["bookAsAWhole"], ga1["variableOccupancy"]) == (False, True)
    assert (ga1["minOccupancy"], ga1["maxOccupancy"]) == (1, 100)
    assert (ga2["bookAsAWhole"], ga2["variableOccupancy"]) == (False, False)
    assert "maxOccupancy" not in ga2
    for area in (ga1, ga2):
        for absent in ("leftNeighbour", "rightNeighbour", "numSeats", "section"):
            assert absent not in area
    assert ga1["distanceToFocalPoint"] == pytest.approx(201.97, abs=0.01)
    assert ga2["distanceToFocalPoint"] == pytest.approx(195.58, abs=0.01)


def test_object_infos_hold_exactly_the_requested_labels(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    key = _event(caller, upload_sample_chart, "sampleChart.json")

    infos = object_infos(caller, key, "D-8", "A-1", "GA2")

    assert sorted(infos) == ["A-1", "D-8", "GA2"]


def test_official_client_reads_object_infos(
    events: OfficialEvents, upload_sample_chart: UploadChart
) -> None:
    key = events.create(upload_sample_chart("sampleChart.json")).key

    infos = events.retrieve_object_infos(key, ["A-7", "GA1"])

    seat = infos["A-7"]
    assert (seat.status, seat.for_sale, seat.is_accessible) == ("free", True, True)
    assert (seat.left_neighbour, seat.right_neighbour) == ("A-6", "A-8")
    assert (infos["GA1"].capacity, infos["GA1"].num_free) == (100, 100)
    assert events.retrieve_object_info(key, "A-1").labels["own"] == {"label": "1", "type": "seat"}


def test_object_category_overrides_show_in_object_infos(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    key = _event(
        caller,
        upload_sample_chart,
        "sampleChart.json",
        objectCategories={"A-1": 10, "A-2": "string11"},
    )

    infos = object_infos(caller, key, "A-1", "A-2")

    assert (infos["A-1"]["categoryKey"], infos["A-1"]["categoryLabel"]) == ("10", "Cat2")
    assert (infos["A-2"]["categoryKey"], infos["A-2"]["categoryLabel"]) == ("string11", "Cat3")


def test_sections_chart(caller: Caller, upload_sample_chart: UploadChart) -> None:
    key = _event(caller, upload_sample_chart, "sampleChartWithSections.json")

    infos = object_infos(caller, key, "Section A-A-1", "Section B-G-5", "Section B-A-1")

    first = infos["Section A-A-1"]
    _fresh_common(first, "Section A-A-1", "seat")
    assert first["ids"] == {"own": "1", "parent": "A", "section": "Section A"}
    assert first["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
        "section": "Section A",
        "entrance": {"label": "Entrance 1"},
    }
    assert (first["section"], first["entrance"]) == ("Section A", "Entrance 1")
    assert (first["categoryKey"], first["categoryLabel"]) == ("1", "cat1")
    assert first["distanceToFocalPoint"] == pytest.approx(45.11, abs=0.01)
    last = infos["Section B-G-5"]
    assert last["ids"] == {"own": "5", "parent": "G", "section": "Section B"}
    assert (last["section"], last["entrance"]) == ("Section B", "Entrance 2")
    assert (last["categoryKey"], last["categoryLabel"]) == ("4", "cat2")
    assert last["leftNeighbour"] == "Section B-G-4"
    assert "rightNeighbour" not in last
    assert last["distanceToFocalPoint"] == pytest.approx(343.10, abs=0.01)
    assert infos["Section B-A-1"]["distanceToFocalPoint"] == pytest.approx(211.10, abs=0.01)


def test_floors_chart(caller: Caller, upload_sample_chart: UploadChart) -> None:
    key = _event(caller, upload_sample_chart, "sampleChartWithFloors.json")

    infos = object_infos(caller, key, "S1-A-1", "S1-A-2", "S2-B-1", "S2-B-2")

    s1, s2 = infos["S1-A-1"], infos["S2-B-1"]
    _fresh_common(s2, "S2-B-1", "seat")
    assert s1["floor"] == {"name": "1", "displayName": "Floor 1"}
    assert s2["floor"] == {"name": "2", "displayName": "Floor 2"}
    assert (s1["categoryKey"], s1["categoryLabel"]) == ("1", "CatA")
    assert (s2["categoryKey"], s2["categoryLabel"]) == ("2", "CatB")
    assert (s2["section"], s2["ids"]) == ("S2", {"own": "1", "parent": "B", "section": "S2"})
    assert s2["rightNeighbour"] == "S2-B-2"
    assert infos["S2-B-2"]["leftNeighbour"] == "S2-B-1"
    for info in infos.values():
        assert "distanceToFocalPoint" not in info
        assert "entrance" not in info
        assert "zone" not in info


def test_zones_chart(caller: Caller, upload_sample_chart: UploadChart) -> None:
    key = _event(caller, upload_sample_chart, "sampleChartWithZones.json")

    infos = object_infos(caller, key, "MT1-A-1", "Goal Stand 4-A-1", "Goal Stand 3-BBB-19")

    mid = infos["MT1-A-1"]
    _fresh_common(mid, "MT1-A-1", "seat")
    assert (mid["section"], mid["zone"]) == ("MT1", "midtrack")
    assert (mid["categoryKey"], mid["categoryLabel"]) == ("2", "Mid Track Stand")
    assert mid["rightNeighbour"] == "MT1-A-2"
    assert "floor" not in mid
    goal = infos["Goal Stand 4-A-1"]
    assert (goal["zone"], goal["categoryKey"], goal["categoryLabel"]) == (
        "finishline",
        "1",
        "Goal Stands",
    )
    assert goal["ids"] == {"own": "1", "parent": "A", "section": "Goal Stand 4"}
    assert goal["distanceToFocalPoint"] == pytest.approx(25425.34, abs=0.01)
    assert infos["Goal Stand 3-BBB-19"]["ids"] == {
        "own": "19",
        "parent": "BBB",
        "section": "Goal Stand 3",
    }


def test_errors_chart(caller: Caller, upload_sample_chart: UploadChart) -> None:
    key = _event(caller, upload_sample_chart, "sampleChartWithErrors.json")

    infos = object_infos(caller, key, "A-1", "A-?", "A-4", "A-7", "34")

    first = infos["A-1"]
    assert "leftNeighbour" not in first
    assert first["rightNeighbour"] == "A-1"
    assert (infos["A-?"]["leftNeighbour"], infos["A-?"]["rightNeighbour"]) == ("A-1", "A-4")
    assert infos["A-4"].get("categoryKey") is None
    assert infos["A-4"].get("categoryLabel") is None
    assert infos["A-7"]["isAccessible"] is False
    area = infos["34"]
    assert (area["objectType"], area["ids"]) == ("generalAdmission", {"own": "34"})
    assert (area["categoryKey"], area["capacity"]) == ("10", 100)
    for info in infos.values():
        assert "distanceToFocalPoint" not in info


@pytest.mark.parametrize(
    ("config", "bookable", "not_bookable"),
    [
        (None, ["T1-1", "T1-6", "T2"], ["T1", "T2-1"]),
        ({"mode": "INHERIT"}, ["T1-1", "T1-6", "T2"], ["T1", "T2-1"]),
        ({"mode": "ALL_BY_SEAT"}, ["T1-1", "T2-1", "T2-6"], ["T1", "T2"]),
        ({"mode": "ALL_BY_TABLE"}, ["T1", "T2"], ["T1-1", "T2-1"]),
        (
            {"mode": "CUSTOM", "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"}},
            ["T1", "T2-1", "T2-6"],
            ["T1-1", "T2"],
        ),
        ({"mode": "CUSTOM", "tables": {"T2": "BY_SEAT"}}, ["T1-1", "T2-3"], ["T1", "T2"]),
    ],
)
def test_tables_chart_bookable_objects_follow_the_table_booking_mode(
    caller: Caller,
    upload_sample_chart: UploadChart,
    config: JsonBody | None,
    bookable: list[str],
    not_bookable: list[str],
) -> None:
    fields: dict[str, object] = {} if config is None else {"tableBookingConfig": config}
    key = _event(caller, upload_sample_chart, "sampleChartWithTables.json", **fields)

    assert sorted(object_infos(caller, key, *bookable)) == sorted(bookable)
    for label in not_bookable:
        response = caller.get(f"/events/{key}/objects", query=[("label", label)])
        assert response.status_code in (400, 404), label
        error_body(response, response.status_code)


def test_tables_chart_object_infos(caller: Caller, upload_sample_chart: UploadChart) -> None:
    by_seat = _event(caller, upload_sample_chart, "sampleChartWithTables.json")
    by_table = _event(
        caller,
        upload_sample_chart,
        "sampleChartWithTables.json",
        tableBookingConfig={"mode": "ALL_BY_TABLE"},
    )

    seats = object_infos(caller, by_seat, "T1-1", "T2")
    tables = object_infos(caller, by_table, "T1", "T2")

    seat = seats["T1-1"]
    _fresh_common(seat, "T1-1", "seat")
    assert seat["ids"] == {"own": "1", "parent": "T1"}
    assert seat["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "T1", "type": "table"},
    }
    assert seat["categoryKey"] == "9"
    assert seat["distanceToFocalPoint"] == pytest.approx(190.23, abs=0.01)
    table = seats["T2"]
    _fresh_common(table, "T2", "table")
    assert table["ids"] == {"own": "T2"}
    assert table["labels"] == {"own": {"label": "T2", "type": "table"}}
    assert (table["numSeats"], table["bookAsAWhole"], table["categoryKey"]) == (6, True, "9")
    assert table["distanceToFocalPoint"] == pytest.approx(188.17, abs=0.01)
    # A table reports its chart flag, not the event's mode (confirmed for T1 under ALL_BY_TABLE).
    assert (tables["T1"]["numSeats"], tables["T1"]["bookAsAWhole"]) == (6, False)
    assert tables["T2"]["bookAsAWhole"] is True
    for info in (table, tables["T1"]):
        assert "capacity" not in info


@pytest.mark.parametrize(
    ("label", "distance"),
    [("T1-2", 215.26), ("T1-3", 215.66), ("T1-4", 191.14), ("T1-5", 162.45), ("T1-6", 161.91)],
)
def test_tables_chart_seat_distances(
    caller: Caller, upload_sample_chart: UploadChart, label: str, distance: float
) -> None:
    key = _event(caller, upload_sample_chart, "sampleChartWithTables.json")

    assert object_info(caller, key, label)["distanceToFocalPoint"] == pytest.approx(
        distance, abs=0.01
    )


def test_an_unknown_label_is_an_error_with_the_documented_body(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    key = _event(caller, upload_sample_chart, "sampleChart.json")

    response = caller.get(f"/events/{key}/objects", query=[("label", "A-1"), ("label", "Z-9")])

    assert response.status_code in (400, 404)
    error_body(response, response.status_code)
