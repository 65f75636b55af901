"""Chart validators: the per-chart table of chart-model.md §6, severities and edge cases."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from seatsio_typed.testing._charts import (
    VALIDATORS,
    ChartIndex,
    failed_validators,
    validate_drawing,
)
from tests.emulator.charts._samples import sample_index

ALL_ERRORS = dict.fromkeys(VALIDATORS, "ERROR")


@pytest.mark.parametrize(
    ("chart", "failing"),
    [
        ("sampleChart.json", ["VALIDATE_OBJECT_TYPES_PER_CATEGORY"]),
        ("sampleChartWithSections.json", []),
        ("sampleChartWithTables.json", []),
        ("sampleChartWithFloors.json", ["VALIDATE_FOCAL_POINT"]),
        ("sampleChartWithZones.json", []),
        (
            "sampleChartWithErrors.json",
            [
                "VALIDATE_DUPLICATE_LABELS",
                "VALIDATE_UNLABELED_OBJECTS",
                "VALIDATE_OBJECTS_WITHOUT_CATEGORIES",
                "VALIDATE_FOCAL_POINT",
                "VALIDATE_OBJECT_TYPES_PER_CATEGORY",
            ],
        ),
    ],
)
def test_failing_validators_per_sample_chart(chart: str, failing: list[str]) -> None:
    index = sample_index(chart)

    assert list(failed_validators(index)) == failing
    assert validate_drawing(index, ALL_ERRORS).errors == failing
    assert validate_drawing(index, ALL_ERRORS).warnings == []


def test_errors_chart_under_default_settings_has_no_errors() -> None:
    result = validate_drawing(sample_index("sampleChartWithErrors.json"))

    assert result.errors == []
    assert result.warnings == [
        "VALIDATE_DUPLICATE_LABELS",
        "VALIDATE_UNLABELED_OBJECTS",
        "VALIDATE_OBJECTS_WITHOUT_CATEGORIES",
    ]
    assert result.to_json() == {"errors": [], "warnings": result.warnings}


@pytest.mark.parametrize(
    "chart",
    [
        "sampleChart.json",
        "sampleChartWithSections.json",
        "sampleChartWithTables.json",
        "sampleChartWithFloors.json",
        "sampleChartWithZones.json",
    ],
)
def test_usable_sample_charts_validate_clean_by_default(chart: str) -> None:
    assert validate_drawing(sample_index(chart)).to_json() == {"errors": [], "warnings": []}


def test_each_failing_validator_goes_to_the_list_of_its_severity() -> None:
    result = validate_drawing(
        sample_index("sampleChartWithErrors.json"),
        {
            "VALIDATE_DUPLICATE_LABELS": "ERROR",
            "VALIDATE_FOCAL_POINT": "WARNING",
            "VALIDATE_UNLABELED_OBJECTS": "OFF",
        },
    )

    assert result.errors == ["VALIDATE_DUPLICATE_LABELS"]
    assert result.warnings == ["VALIDATE_OBJECTS_WITHOUT_CATEGORIES", "VALIDATE_FOCAL_POINT"]


def test_a_drawing_is_accepted_as_well_as_an_index() -> None:
    drawing = {"subChart": {"rows": [{"label": "A", "seats": [{"label": "1"}, {"label": "1"}]}]}}

    assert validate_drawing(drawing, ALL_ERRORS).errors == [
        "VALIDATE_DUPLICATE_LABELS",
        "VALIDATE_OBJECTS_WITHOUT_CATEGORIES",
        "VALIDATE_FOCAL_POINT",
    ]


def test_unknown_validator_or_severity_is_rejected() -> None:
    index = sample_index("sampleChart.json")

    with pytest.raises(ValueError, match="unknown chart validator"):
        validate_drawing(index, {"VALIDATE_SPELLING": "ERROR"})
    with pytest.raises(ValueError, match="ERROR, WARNING or OFF"):
        validate_drawing(index, {"VALIDATE_FOCAL_POINT": "FATAL"})


def _failing(drawing: Mapping[str, object]) -> list[str]:
    return list(failed_validators(ChartIndex.from_drawing(drawing)))


CATEGORIES = {"list": [{"key": 1, "label": "One", "color": "#000", "accessible": False}]}
FOCAL = {"x": 0, "y": 0}


def test_unlabeled_row_or_section_fails_even_with_labeled_seats() -> None:
    row = {"seats": [{"label": "1", "categoryKey": 1}]}
    section = {"label": "", "categoryKey": 1, "subChart": {"rows": [{"label": "A", **row}]}}

    assert _failing(
        {"categories": CATEGORIES, "subChart": {"focalPoint": FOCAL, "rows": [row]}}
    ) == ["VALIDATE_UNLABELED_OBJECTS"]
    assert _failing(
        {"categories": CATEGORIES, "subChart": {"focalPoint": FOCAL, "sections": [section]}}
    ) == ["VALIDATE_UNLABELED_OBJECTS"]


def test_booths_and_seats_sharing_a_category_mix_object_types() -> None:
    drawing = {
        "categories": CATEGORIES,
        "subChart": {
            "focalPoint": FOCAL,
            "rows": [{"label": "A", "seats": [{"label": "1", "categoryKey": 1}]}],
            "booths": [{"label": "B1", "categoryKey": 1, "center": {"x": 5, "y": 5}}],
        },
    }

    assert _failing(drawing) == ["VALIDATE_OBJECT_TYPES_PER_CATEGORY"]


def test_a_floor_without_objects_fails_the_empty_floor_validator() -> None:
    seat_row = {"label": "A", "seats": [{"label": "1", "categoryKey": 1}]}
    drawing: dict[str, object] = {
        "categories": CATEGORIES,
        "subChartFloors": [
            {"floorName": "1", "focalPoint": FOCAL, "rows": [seat_row]},
            {"floorName": "2", "focalPoint": FOCAL, "rows": []},
        ],
    }

    assert _failing(drawing) == ["VALIDATE_EMPTY_FLOOR"]
    assert validate_drawing(drawing).to_json() == {"errors": [], "warnings": []}
