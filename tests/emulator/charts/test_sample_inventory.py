"""Each sample chart yields the objects, categories, zones and floors of chart-model.md §3."""

from __future__ import annotations

from collections import Counter

from seatsio_typed.testing._charts import CategoryDef, FloorDef, Point, ZoneDef, api_venue_type
from tests.emulator.charts._samples import labels, sample_index


def _rows(section: str, rows: str | list[str], seats: int) -> list[str]:
    prefix = f"{section}-" if section else ""
    return [f"{prefix}{row}-{seat}" for row in rows for seat in range(1, seats + 1)]


def test_sample_chart_objects_in_chart_order() -> None:
    index = sample_index("sampleChart.json")

    assert labels(index) == [*_rows("", "ABCD", 8), "GA1", "GA2"]
    assert Counter(obj.object_type for obj in index.objects) == {"seat": 32, "generalAdmission": 2}
    assert sum(obj.capacity or 0 for obj in index.objects) == 200


def test_sample_chart_categories_keep_their_wire_types() -> None:
    index = sample_index("sampleChart.json")

    assert index.categories == (
        CategoryDef(9, "Cat1", "#87A9CD", False),
        CategoryDef(10, "Cat2", "#5E42ED", False),
        CategoryDef("string11", "Cat3", "#5E42BB", False),
    )
    assert index.categories[2].to_json() == {
        "key": "string11",
        "label": "Cat3",
        "color": "#5E42BB",
        "accessible": False,
    }
    assert index.category("9") == index.categories[0]
    assert index.category(10) == index.categories[1]
    assert index.category(11) is None


def test_sample_chart_category_per_row() -> None:
    index = sample_index("sampleChart.json")
    by_label = index.objects_for()

    assert {by_label[f"{row}-3"].category_key for row in "AB"} == {"9"}
    assert {by_label[f"{row}-3"].category_key for row in "CD"} == {"10"}
    assert (by_label["GA1"].category, by_label["GA1"].category_label) == (9, "Cat1")
    assert (by_label["GA2"].category, by_label["GA2"].category_label) == (10, "Cat2")
    # Cat3 exists but nothing uses it.
    assert "string11" not in {obj.category_key for obj in index.objects}


def test_sections_chart_objects_inherit_category_and_entrance_from_section() -> None:
    index = sample_index("sampleChartWithSections.json")

    assert labels(index) == _rows("Section A", "ABCDEF", 6) + _rows("Section B", "ABCDEFG", 5)
    section_a = [obj for obj in index.objects if obj.section == "Section A"]
    section_b = [obj for obj in index.objects if obj.section == "Section B"]
    assert len(section_a) == 36
    assert len(section_b) == 35
    assert {(o.category_key, o.category_label, o.entrance) for o in section_a} == {
        ("1", "cat1", "Entrance 1")
    }
    assert {(o.category_key, o.category_label, o.entrance) for o in section_b} == {
        ("4", "cat2", "Entrance 2")
    }
    assert index.entrances == ("Entrance 1", "Entrance 2")
    assert [section.label for section in index.sections] == ["Section A", "Section B"]


def test_tables_chart_lists_table_seats_then_the_table() -> None:
    index = sample_index("sampleChartWithTables.json")

    assert labels(index) == [*_rows("", ["T1"], 6), "T1", *_rows("", ["T2"], 6), "T2"]
    assert {(obj.category_key, obj.category_label) for obj in index.objects} == {("9", "Cat1")}
    t1, t2 = index.tables
    assert (t1.label, t1.num_seats, t1.book_as_a_whole) == ("T1", 6, False)
    assert (t2.label, t2.num_seats, t2.book_as_a_whole) == ("T2", 6, True)


def test_floors_chart_objects_know_their_floor_and_category_by_key() -> None:
    index = sample_index("sampleChartWithFloors.json")

    assert labels(index) == ["S1-A-1", "S1-A-2", "S2-B-1", "S2-B-2"]
    assert index.floors == (FloorDef("1", "Floor 1"), FloorDef("2", "Floor 2"))
    facts = [(o.floor, o.section, o.category_key, o.category_label) for o in index.objects]
    floor1, floor2 = index.floors
    assert facts == [
        (floor1, "S1", "1", "CatA"),
        (floor1, "S1", "1", "CatA"),
        # The seats store the stale label "Foo"; the category list says CatB.
        (floor2, "S2", "2", "CatB"),
        (floor2, "S2", "2", "CatB"),
    ]
    assert index.zones == ()
    assert index.entrances == ()
    assert index.empty_floors == ()


def test_zones_chart_has_all_8897_seats_in_chart_order() -> None:
    index = sample_index("sampleChartWithZones.json")

    assert len(index.objects) == 8897
    assert {obj.object_type for obj in index.objects} == {"seat"}
    first = [f"Goal Stand 4-A-{seat}" for seat in range(1, 27)]
    assert labels(index)[:30] == [*first, *(f"Goal Stand 4-B-{seat}" for seat in range(1, 5))]
    assert index.objects[-1].label == "MT3-Z-139"
    assert len(set(labels(index))) == 8897
    assert len(index.groups) == 131


def test_zones_chart_counts_per_zone_section_and_category() -> None:
    index = sample_index("sampleChartWithZones.json")

    assert Counter(obj.zone for obj in index.objects) == {"finishline": 2865, "midtrack": 6032}
    assert Counter(obj.category_label for obj in index.objects) == {
        "Goal Stands": 2865,
        "Mid Track Stand": 6032,
    }
    assert Counter(obj.section for obj in index.objects) == {
        "Goal Stand 4": 650,
        "Goal Stand 3": 2215,
        "MT1": 2418,
        "MT3": 3614,
    }
    assert index.zones == (
        ZoneDef("finishline", "Finish Line", Point(15445.45, 18181.82)),
        ZoneDef("midtrack", "Mid Track", Point(43627.27, 18681.82)),
    )
    assert [zone.to_json() for zone in index.zones] == [
        {"key": "finishline", "label": "Finish Line"},
        {"key": "midtrack", "label": "Mid Track"},
    ]
    # Its lone subChart names itself floor "1", but it is not a multi-floor chart.
    assert index.floors == ()
    assert {obj.floor for obj in index.objects} == {None}


def test_errors_chart_keeps_duplicate_and_unlabeled_objects() -> None:
    index = sample_index("sampleChartWithErrors.json")

    assert labels(index) == [
        "A-1",
        "A-1",
        "A-?",
        *_rows("", "A", 8)[3:],
        *_rows("", "BCD", 8),
        "GA1",
        "34",
    ]
    assert [obj.uuid for obj in index.objects[:2]] == ["uuid288", "uuid289"]
    assert [obj.label for obj in index.objects if obj.unlabeled] == ["A-?"]
    a4 = index.objects[3]
    assert (a4.label, a4.category, a4.category_key, a4.category_label) == ("A-4", None, None, None)
    assert index.objects[-1].object_type == "generalAdmission"


def test_focal_points_and_best_available_support() -> None:
    expected = {
        "sampleChart.json": (Point(225, 33.23), True),
        "sampleChartWithSections.json": (Point(0, 0), True),
        "sampleChartWithTables.json": (Point(223.89, 42.67), True),
        "sampleChartWithFloors.json": (None, False),
        # No chart-level focal point, but each zone has one.
        "sampleChartWithZones.json": (None, True),
        "sampleChartWithErrors.json": (None, False),
    }
    for name, (focal_point, supported) in expected.items():
        index = sample_index(name)
        assert (index.focal_point, index.supports_best_available) == (focal_point, supported), name


def test_venue_types_in_both_vocabularies() -> None:
    expected = {
        "sampleChart.json": ("ROWS_WITHOUT_SECTIONS", "SIMPLE"),
        "sampleChartWithSections.json": ("ROWS_WITH_SECTIONS", "WITH_SECTIONS_AND_FLOORS"),
        "sampleChartWithFloors.json": ("WITH_SECTIONS_AND_FLOORS", "WITH_SECTIONS_AND_FLOORS"),
        "sampleChartWithZones.json": ("ZONES", "WITH_ZONES"),
    }
    for name, (drawing_type, api_type) in expected.items():
        index = sample_index(name)
        assert (index.venue_type, index.api_venue_type) == (drawing_type, api_type), name
    assert sample_index("sampleChartWithZones.json").name == "Race Track"


def test_api_venue_type_mapping() -> None:
    assert api_venue_type(None) == "SIMPLE"
    assert api_venue_type("SIMPLE") == "SIMPLE"
    assert api_venue_type("ROWS_WITHOUT_SECTIONS") == "SIMPLE"
    assert api_venue_type("ROWS_WITH_SECTIONS") == "WITH_SECTIONS_AND_FLOORS"
    assert api_venue_type("ZONES") == "WITH_ZONES"
    assert api_venue_type("SOMETHING_NEW") == "SOMETHING_NEW"
