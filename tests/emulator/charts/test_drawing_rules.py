"""Derivation rules on hand-made drawings: labels, inheritance, tolerance of malformed input."""

from __future__ import annotations

import dataclasses

import pytest

from seatsio_typed.testing._charts import ChartIndex, FloorDef
from tests.emulator.charts._samples import only

CATEGORIES = {
    "list": [
        {"key": 9, "label": "Nine", "color": "#000000", "accessible": False},
        {"key": "vip", "label": "VIP", "color": "#ffffff", "accessible": True},
    ]
}


def _index(sub_chart: dict[str, object], **top: object) -> ChartIndex:
    return ChartIndex.from_drawing({"categories": CATEGORIES, "subChart": sub_chart, **top})


def _seat(label: object, **extra: object) -> dict[str, object]:
    return {"label": label, "x": 0, "y": 0, **extra}


@pytest.mark.parametrize(
    "drawing",
    [
        {},
        {"subChart": None},
        {"subChart": "not a drawing"},
        {"subChart": {"rows": "not a list", "tables": 3, "sections": {"a": 1}}},
        {"subChart": {"rows": [1, "x", None, {"seats": "nope"}]}},
        {"subChartFloors": "not a list"},
        {"categories": {"list": [{"label": "no key"}, 7, {"key": True}]}},
        {"zones": {"list": [{"label": "no key"}, {"key": "z", "focalPoint": {"x": "a"}}]}},
    ],
)
def test_malformed_drawings_do_not_crash(drawing: dict[str, object]) -> None:
    index = ChartIndex.from_drawing(drawing)

    assert index.categories == ()
    assert index.focal_point is None
    assert index.objects_for() == {}
    assert all(obj.object_type == "seat" for obj in index.objects)


def test_an_empty_drawing_is_a_simple_chart_without_objects() -> None:
    index = ChartIndex.from_drawing({})

    assert (index.name, index.venue_type, index.api_venue_type) == ("", "SIMPLE", "SIMPLE")
    assert index.objects == ()
    assert not index.supports_best_available


def test_malformed_values_inside_objects_are_read_as_absent() -> None:
    index = _index(
        {
            "rows": [{"label": "A", "seats": [{"label": "1", "x": "left", "y": None, "uuid": 5}]}],
            "generalAdmissionAreas": [{"label": "GA", "capacity": "lots", "center": "middle"}],
        }
    )

    seat, area = index.objects
    assert (seat.x, seat.y, seat.uuid) == (0.0, 0.0, None)
    assert (area.capacity, area.x, area.y) == (0, 0.0, 0.0)


def test_missing_labels_become_the_unlabeled_placeholder() -> None:
    index = _index(
        {
            "rows": [
                {"label": "A", "seats": [_seat(None), _seat(""), _seat("  "), _seat("?")]},
                {"seats": [_seat("1")]},
            ],
            "generalAdmissionAreas": [{"capacity": 5}],
        }
    )

    assert [obj.label for obj in index.objects] == ["A-?", "A-?", "A-?", "A-?", "?-1", "?"]
    assert all(obj.unlabeled for obj in index.objects)
    assert index.unlabeled_containers == ("?",)
    assert index.duplicate_labels == ("A-?",)


def test_numeric_labels_are_strings() -> None:
    index = _index({"rows": [{"label": 7, "seats": [_seat(1), _seat(2.0)]}]})

    assert [obj.label for obj in index.objects] == ["7-1", "7-2"]
    assert only(index, "7-1").ids.to_json() == {"own": "1", "parent": "7"}


def test_unpublished_objects_and_containers_are_skipped() -> None:
    index = _index(
        {
            "rows": [
                {"label": "A", "seats": [_seat("1"), _seat("2", published=False), _seat("3")]},
                {"label": "B", "published": False, "seats": [_seat("1")]},
            ],
            "sections": [
                {"label": "S", "published": False, "subChart": {"rows": [{"label": "A"}]}}
            ],
        }
    )

    assert [obj.label for obj in index.objects] == ["A-1", "A-3"]
    # Neighbours skip the unpublished seat.
    assert only(index, "A-1").right_neighbour == "A-3"


def test_display_labels_go_to_labels_and_technical_ones_to_ids() -> None:
    index = _index(
        {
            "sections": [
                {
                    "label": "S1",
                    "displayLabel": "Stand 1",
                    "subChart": {
                        "rows": [
                            {
                                "label": "A",
                                "displayLabel": "Row A",
                                "seats": [_seat("1", displayLabel="One")],
                            }
                        ],
                        "tables": [
                            {"label": "T", "displayLabel": "Table T", "seats": [_seat("1")]}
                        ],
                        "generalAdmissionAreas": [
                            {"label": "GA", "displayLabel": "Standing", "capacity": 3}
                        ],
                    },
                }
            ]
        }
    )

    seat = only(index, "S1-A-1")
    assert seat.labels.to_json() == {
        "own": {"label": "One", "type": "seat"},
        "parent": {"label": "Row A", "type": "row"},
        "section": "Stand 1",
    }
    assert seat.ids.to_json() == {"own": "1", "parent": "A", "section": "S1"}
    assert seat.section == "S1"
    assert only(index, "S1-T-1").labels.to_json().get("parent") == {
        "label": "Table T",
        "type": "table",
    }
    assert only(index, "S1-T").labels.to_json()["own"] == {"label": "Table T", "type": "table"}
    area = only(index, "S1-GA")
    assert area.labels.to_json() == {
        "own": {"label": "Standing", "type": "generalAdmission"},
        "section": "Stand 1",
    }
    assert area.ids.to_json() == {"own": "GA", "section": "S1"}


def test_a_sectionless_rows_section_label_is_reported_but_not_part_of_the_id() -> None:
    index = _index(
        {"rows": [{"label": "C", "sectionLabel": "Floor", "seats": [_seat("11"), _seat("12")]}]}
    )

    seat = only(index, "C-11")
    assert seat.section == "Floor"
    assert seat.labels.to_json().get("section") == "Floor"
    assert seat.ids.to_json() == {"own": "11", "parent": "C"}
    assert seat.right_neighbour == "C-12"


def test_own_entrance_wins_over_the_sections() -> None:
    index = _index(
        {
            "sections": [
                {
                    "label": "S",
                    "entrance": "Main",
                    "subChart": {
                        "rows": [{"label": "A", "seats": [_seat("1", entrance="Side"), _seat("2")]}]
                    },
                }
            ]
        }
    )

    assert (only(index, "S-A-1").entrance, only(index, "S-A-2").entrance) == ("Side", "Main")
    assert only(index, "S-A-1").labels.to_json().get("entrance") == {"label": "Side"}
    assert index.entrances == ("Main", "Side")


def test_category_keys_match_as_text_and_keep_the_lists_type() -> None:
    index = _index(
        {
            "rows": [
                {
                    "label": "A",
                    "seats": [
                        _seat("1", categoryKey="9"),
                        _seat("2", categoryKey=9),
                        _seat("3", categoryKey="vip"),
                        _seat("4", categoryKey=42, categoryLabel="Stored"),
                    ],
                }
            ]
        }
    )

    one, two, three, four = index.objects
    assert (one.category, one.category_key, one.category_label) == (9, "9", "Nine")
    assert (two.category, two.category_key) == (9, "9")
    # The VIP category is accessible, so its seats are.
    assert (three.category, three.is_accessible) == ("vip", True)
    # A key missing from the list keeps the object's stored label.
    assert (four.category, four.category_key, four.category_label) == (42, "42", "Stored")


def test_tables_take_their_own_category_or_the_one_their_seats_share() -> None:
    index = _index(
        {
            "tables": [
                {"label": "T1", "categoryKey": "vip", "seats": [_seat("1"), _seat("2")]},
                {"label": "T2", "seats": [_seat("1", categoryKey=9), _seat("2", categoryKey=9)]},
                {
                    "label": "T3",
                    "seats": [_seat("1", categoryKey=9), _seat("2", categoryKey="vip")],
                },
            ]
        }
    )

    assert only(index, "T1").category_key == "vip"
    # Seats without a category of their own take their table's.
    assert only(index, "T1-2").category_key == "vip"
    assert only(index, "T2").category_key == "9"
    assert only(index, "T3").category_key is None


def test_objects_in_sections_prefix_the_section_label() -> None:
    index = _index(
        {
            "sections": [
                {
                    "label": "S",
                    "topLeft": {"x": 100, "y": 50},
                    "subChart": {
                        "tables": [{"label": "T", "center": {"x": 1, "y": 2}, "seats": []}],
                        "booths": [{"label": "B", "center": {"x": 3, "y": 4}}],
                        "generalAdmissionAreas": [{"label": "G", "center": {"x": 5, "y": 6}}],
                    },
                }
            ]
        }
    )

    assert [(obj.label, obj.object_type, obj.x, obj.y) for obj in index.objects] == [
        ("S-T", "table", 101.0, 52.0),
        ("S-B", "booth", 103.0, 54.0),
        ("S-G", "generalAdmission", 105.0, 56.0),
    ]
    assert only(index, "S-T").num_seats == 0


def test_a_section_naming_an_undefined_zone_measures_to_the_floor_focal_point() -> None:
    index = _index(
        {
            "focalPoint": {"x": 0, "y": 0},
            "sections": [
                {
                    "label": "S",
                    "zone": "nowhere",
                    "subChart": {"rows": [{"label": "A", "seats": [_seat("1", x=3, y=4)]}]},
                }
            ],
        }
    )

    seat = only(index, "S-A-1")
    assert (seat.zone, seat.distance_to_focal_point) == ("nowhere", 5.0)


def test_floors_without_names_are_numbered() -> None:
    index = ChartIndex.from_drawing({"subChartFloors": [{}, {"floorName": "B"}]})

    assert index.floors == (FloorDef("1", "1"), FloorDef("B", "B"))
    assert index.empty_floors == index.floors


def test_lookup_is_exact_and_case_sensitive() -> None:
    index = _index({"rows": [{"label": "A", "seats": [_seat("1")]}]})

    assert index.lookup("a-1") == ()
    assert index.lookup("A-1 ") == ()
    assert len(index.lookup("A-1")) == 1


def test_objects_are_immutable() -> None:
    seat = _index({"rows": [{"label": "A", "seats": [_seat("1")]}]}).objects[0]

    with pytest.raises(dataclasses.FrozenInstanceError):
        seat.label = "B-1"  # type: ignore[misc]
