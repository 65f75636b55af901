"""ChartBuilder drawings round-trip through ChartIndex with exactly the objects asked for."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from typing import cast

import pytest

from seatsio_typed.testing import builder as builder_module
from seatsio_typed.testing._charts import (
    VALIDATORS,
    ChartIndex,
    FloorDef,
    failed_validators,
    validate_drawing,
)
from seatsio_typed.testing.builder import ChartBuilder, Seat
from tests.emulator.charts._samples import labels, only

ALL_ERRORS = dict.fromkeys(VALIDATORS, "ERROR")


def _index(builder: ChartBuilder) -> ChartIndex:
    # Through JSON text, as an upload would carry it.
    return ChartIndex.from_drawing(json.loads(json.dumps(builder.build())))


def test_readme_example_builds_the_objects_asked_for() -> None:
    builder = (
        ChartBuilder("Concert hall")
        .category(1, "Stalls", "#ff0000")
        .focal_point(0, 0)
        .row("A", seats=10, category=1)
        .ga_area("Floor", capacity=100, category=2)
        .category(2, "Standing", "#00ff00")
    )
    index = _index(builder)

    assert index.name == "Concert hall"
    assert labels(index) == [*(f"A-{n}" for n in range(1, 11)), "Floor"]
    assert only(index, "Floor").capacity == 100
    assert (only(index, "A-3").category_key, only(index, "A-3").category_label) == ("1", "Stalls")
    assert validate_drawing(index, ALL_ERRORS).errors == []


def test_categories_keep_key_types_colours_and_accessibility() -> None:
    builder = (
        ChartBuilder()
        .category(1, "One", "#111111")
        .category("vip", "VIP", accessible=True)
        .category(3, "Three")
    )
    index = _index(builder.row("A", 2, category="vip"))

    assert [(cat.key, cat.label, cat.accessible) for cat in index.categories] == [
        (1, "One", False),
        ("vip", "VIP", True),
        (3, "Three", False),
    ]
    assert index.categories[0].color == "#111111"
    assert all(cat.color.startswith("#") for cat in index.categories)
    # An accessible category makes its seats accessible.
    assert only(index, "A-1").is_accessible


def test_rows_with_seat_labels_display_labels_and_flags() -> None:
    builder = (
        ChartBuilder()
        .category(1, "One")
        .focal_point()
        .row("A", seats=3, first_seat=101, category=1, display_label="Row A")
        .row(
            "B",
            seats=[
                "x",
                Seat("y", accessible=True, companion_seat=True, category=2),
                Seat(
                    "z",
                    display_label="Zed",
                    lift_up_armrests=True,
                    hearing_impaired=True,
                    semi_ambulatory=True,
                    sign_language_interpretation=True,
                    plus_size=True,
                    restricted_view=True,
                    entrance="Side door",
                ),
            ],
            category=1,
        )
        .category(2, "Two")
    )
    index = _index(builder)

    assert labels(index) == ["A-101", "A-102", "A-103", "B-x", "B-y", "B-z"]
    assert only(index, "A-101").labels.to_json().get("parent") == {"label": "Row A", "type": "row"}
    y, z = only(index, "B-y"), only(index, "B-z")
    assert (y.is_accessible, y.is_companion_seat, y.has_restricted_view) == (True, True, False)
    assert y.category_key == "2"
    assert tuple(z.accessibility.to_json().values()) == (False, False, *[True] * 6)
    assert z.labels.to_json()["own"] == {"label": "Zed", "type": "seat"}
    assert z.entrance == "Side door"
    assert (z.left_neighbour, z.right_neighbour) == ("B-y", None)


def test_rows_are_stacked_and_seats_spaced_so_the_front_middle_is_best() -> None:
    index = _index(ChartBuilder().focal_point().row("A", 9).row("B", 9).row("C", 5))
    nearest = min(index.objects, key=lambda obj: obj.distance_to_focal_point or 0.0)
    a1, a2, b1 = only(index, "A-1"), only(index, "A-2"), only(index, "B-1")

    assert nearest.label == "A-5"
    assert a2.x > a1.x
    assert a1.y == a2.y < b1.y
    # Rows are centred: the middle seats of A and C are aligned.
    assert only(index, "C-3").x == pytest.approx(only(index, "A-5").x)


def test_tables_in_each_booking_mode() -> None:
    builder = (
        ChartBuilder()
        .category(1, "Tables")
        .table("T1", seats=4, category=1)
        .table("T2", seats=["a", "b"], category=1, book_as_a_whole=True)
    )
    index = _index(builder)

    assert list(index.objects_for("INHERIT")) == ["T1-1", "T1-2", "T1-3", "T1-4", "T2"]
    assert list(index.objects_for("ALL_BY_SEAT")) == [
        "T1-1",
        "T1-2",
        "T1-3",
        "T1-4",
        "T2-a",
        "T2-b",
    ]
    assert list(index.objects_for("ALL_BY_TABLE")) == ["T1", "T2"]
    assert list(index.objects_for("CUSTOM", {"T1": "BY_TABLE", "T2": "BY_SEAT"})) == [
        "T1",
        "T2-a",
        "T2-b",
    ]
    t1, t2 = index.tables
    assert (t1.num_seats, t1.book_as_a_whole, t1.category_key) == (4, False, "1")
    assert (t2.num_seats, t2.book_as_a_whole) == (2, True)
    seats = [only(index, f"T1-{n}") for n in range(1, 5)]
    # Seats sit around their table, all at the same distance from its centre.
    radii = {round(((s.x - t1.x) ** 2 + (s.y - t1.y) ** 2) ** 0.5, 1) for s in seats}
    assert len(radii) == 1


def test_booths_and_ga_areas() -> None:
    builder = (
        ChartBuilder()
        .category(1, "Booths")
        .category(2, "Areas")
        .booth("B1", category=1, entrance="East")
        .ga_area("Pit", capacity=50, category=2, book_as_a_whole=True)
        .ga_area("Lawn", capacity=500, category=2, variable_occupancy=True, min_occupancy=2)
        .ga_area("Terrace", capacity=20, category=2, variable_occupancy=True)
    )
    index = _index(builder)

    booth = only(index, "B1")
    assert (booth.object_type, booth.category_label, booth.entrance) == ("booth", "Booths", "East")
    pit, lawn, terrace = (only(index, label) for label in ("Pit", "Lawn", "Terrace"))
    assert (pit.capacity, pit.book_as_a_whole, pit.variable_occupancy) == (50, True, False)
    assert (lawn.capacity, lawn.min_occupancy, lawn.max_occupancy) == (500, 2, 500)
    assert (terrace.min_occupancy, terrace.max_occupancy) == (1, 20)
    assert booth.half_width > 0
    assert pit.half_width > 0


def test_sections_with_entrance_zone_category_and_nested_objects() -> None:
    builder = (
        ChartBuilder("Arena")
        .category(1, "Lower")
        .category(2, "Upper")
        .category(3, "Standing")
        .zone("north", "North")
        .zone("south", "South", focal_point=(0.0, 0.0))
        .section("N1", category=1, entrance="Gate 1", zone="north", display_label="North 1")
        .row("A", seats=3)
        .table("T1", seats=2)
        .ga_area("Standing", capacity=30, category=3)
        .done()
        .section("S1", category=2, zone="south")
        .row("A", seats=[Seat("1", category=1), "2"])
        .done()
    )
    index = _index(builder)

    assert labels(index) == [
        "N1-A-1",
        "N1-A-2",
        "N1-A-3",
        "N1-T1-1",
        "N1-T1-2",
        "N1-T1",
        "N1-Standing",
        "S1-A-1",
        "S1-A-2",
    ]
    seat = only(index, "N1-A-1")
    assert seat.ids.to_json() == {"own": "1", "parent": "A", "section": "N1"}
    assert seat.labels.to_json() == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
        "section": "North 1",
        "entrance": {"label": "Gate 1"},
    }
    in_n1 = [obj for obj in index.objects if obj.section == "N1"]
    assert {obj.zone for obj in in_n1} == {"north"}
    assert {obj.category_key for obj in in_n1 if obj.object_type != "generalAdmission"} == {"1"}
    assert (only(index, "S1-A-1").category_key, only(index, "S1-A-2").category_key) == ("1", "2")
    assert only(index, "N1-Standing").entrance == "Gate 1"
    assert index.venue_type == "ZONES"
    assert index.supports_best_available
    # Sections are offset: the second one lies right of the first.
    assert only(index, "S1-A-1").x > only(index, "N1-A-3").x
    # Each zone measures to its own focal point.
    assert only(index, "S1-A-1").distance_to_focal_point == pytest.approx(
        (only(index, "S1-A-1").x ** 2 + only(index, "S1-A-1").y ** 2) ** 0.5
    )
    assert validate_drawing(index, ALL_ERRORS).errors == []


def test_floors() -> None:
    builder = (
        ChartBuilder("Tower")
        .category(1, "All")
        .focal_point()
        .floor("1", "Ground floor")
        .section("S1", category=1)
        .row("A", 2)
        .done()
        .floor("2")
        .focal_point(10, 10)
        .row("B", 2, category=1)
    )
    index = _index(builder)

    assert index.floors == (FloorDef("1", "Ground floor"), FloorDef("2", "2"))
    assert [(obj.label, obj.floor) for obj in index.objects] == [
        ("S1-A-1", index.floors[0]),
        ("S1-A-2", index.floors[0]),
        ("B-1", index.floors[1]),
        ("B-2", index.floors[1]),
    ]
    assert index.venue_type == "WITH_SECTIONS_AND_FLOORS"
    assert index.focal_point is not None
    assert failed_validators(index) == ()


def test_an_empty_floor_is_reported() -> None:
    builder = ChartBuilder().category(1, "All").focal_point().floor("1").row("A", 1, category=1)

    assert failed_validators(_index(builder.floor("2"))) == ("VALIDATE_EMPTY_FLOOR",)


def test_default_venue_types_follow_the_content() -> None:
    assert _index(ChartBuilder()).venue_type == "ROWS_WITHOUT_SECTIONS"
    assert _index(ChartBuilder().section("S").done()).venue_type == "ROWS_WITH_SECTIONS"
    assert _index(ChartBuilder(venue_type="SIMPLE")).venue_type == "SIMPLE"


def test_focal_point_is_optional() -> None:
    index = _index(ChartBuilder().row("A", 2))

    assert index.focal_point is None
    assert not index.supports_best_available
    assert only(index, "A-1").distance_to_focal_point is None


def test_complete_drawings_validate_clean() -> None:
    builder = (
        ChartBuilder("Complete")
        .category(1, "Seats")
        .category(2, "Standing")
        .focal_point()
        .row("A", 5, category=1)
        .table("T1", 4, category=1)
        .ga_area("GA", 10, category=2)
        .section("S", category=1)
        .row("A", 3)
        .done()
    )

    assert failed_validators(_index(builder)) == ()


def test_build_is_repeatable_and_json_ready() -> None:
    builder = ChartBuilder().category(1, "One").focal_point().row("A", 3, category=1)
    first, second = builder.build(), builder.build()

    assert first == second
    assert first is not second
    assert json.loads(json.dumps(first)) == first
    assert "subChart" in first
    assert "subChartFloors" not in first


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: ChartBuilder().row("A", 2, category=9).build(), "unknown categories"),
        (lambda: ChartBuilder().section("S", zone="z").done().build(), "unknown zone"),
        (lambda: ChartBuilder().category(1, "a").category("1", "b"), "already defined"),
        (lambda: ChartBuilder().zone("z", "Z").zone("z", "Z"), "already defined"),
        (lambda: ChartBuilder().row("A", 1).floor("1"), "before adding objects"),
        (lambda: ChartBuilder().floor("1").floor("1"), "already defined"),
        (lambda: ChartBuilder().focal_point(1.0), "both coordinates"),
        (lambda: ChartBuilder().ga_area("GA", -1), "negative capacity"),
        (lambda: ChartBuilder().row("A", -1), "negative number"),
    ],
)
def test_mistakes_are_reported_clearly(build: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


def test_a_string_is_not_a_list_of_seats() -> None:
    with pytest.raises(TypeError, match="not a string"):
        ChartBuilder().row("A", "123")


def test_module_docstring_example_runs() -> None:
    doc = builder_module.__doc__ or ""
    example = textwrap.dedent(doc.split("\n\n")[1])
    namespace: dict[str, object] = {"ChartBuilder": ChartBuilder, "Seat": Seat}

    exec(example, namespace)

    drawing = namespace["drawing"]
    assert isinstance(drawing, dict)
    index = ChartIndex.from_drawing(cast("dict[str, object]", drawing))
    labels = [obj.label for obj in index.objects]
    assert len(labels) == 10 + 3 + 1 + 8
    assert labels[12:15] == ["B-3", "Floor", "Balcony-A-1"]
    assert index.lookup("B-3")[0].is_accessible
    assert index.supports_best_available
