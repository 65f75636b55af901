"""Bookable objects under an event's tableBookingConfig (chart-model.md §5.2)."""

from __future__ import annotations

import pytest

from seatsio_typed.testing._charts import ChartIndex
from seatsio_typed.testing.builder import ChartBuilder
from tests.emulator.charts._samples import sample_index

T1_SEATS = [f"T1-{n}" for n in range(1, 7)]
T2_SEATS = [f"T2-{n}" for n in range(1, 7)]
TABLES = "sampleChartWithTables.json"


@pytest.mark.parametrize(
    ("mode", "tables", "expected"),
    [
        ("INHERIT", None, [*T1_SEATS, "T2"]),
        ("ALL_BY_SEAT", None, [*T1_SEATS, *T2_SEATS]),
        ("ALL_BY_TABLE", None, ["T1", "T2"]),
        ("CUSTOM", {"T1": "BY_TABLE", "T2": "BY_SEAT"}, ["T1", *T2_SEATS]),
        # Unlisted tables inherit the chart's flag.
        ("CUSTOM", {"T1": "BY_TABLE"}, ["T1", "T2"]),
        ("CUSTOM", {}, [*T1_SEATS, "T2"]),
        ("CUSTOM", None, [*T1_SEATS, "T2"]),
        # The tables map only matters in CUSTOM mode.
        ("ALL_BY_SEAT", {"T1": "BY_TABLE"}, [*T1_SEATS, *T2_SEATS]),
    ],
)
def test_objects_for_each_mode(
    mode: str, tables: dict[str, str] | None, expected: list[str]
) -> None:
    assert list(sample_index(TABLES).objects_for(mode, tables)) == expected


def test_default_mode_is_inherit() -> None:
    index = sample_index(TABLES)

    assert list(index.objects_for()) == list(index.objects_for("INHERIT"))


def test_table_reports_its_chart_flag_whatever_the_mode() -> None:
    t1 = sample_index(TABLES).objects_for("ALL_BY_TABLE")["T1"]

    assert t1.book_as_a_whole is False
    assert t1.chart_info()["bookAsAWhole"] is False


def test_same_config_is_computed_once() -> None:
    index = sample_index(TABLES)

    first = index.bookable("CUSTOM", {"T1": "BY_TABLE", "T2": "BY_SEAT"})
    again = index.bookable("CUSTOM", {"T2": "BY_SEAT", "T1": "BY_TABLE"})
    # Different configs with the same effect share one result too.
    same_effect = index.bookable("CUSTOM", {"T1": "BY_TABLE", "T2": "BY_SEAT", "T9": "BY_SEAT"})

    assert again is first
    assert same_effect is first
    assert index.bookable("INHERIT") is index.bookable("CUSTOM", {})


def test_charts_without_tables_book_everything_in_every_mode() -> None:
    index = sample_index("sampleChart.json")

    assert list(index.objects_for("ALL_BY_TABLE")) == list(index.objects_for("ALL_BY_SEAT"))
    assert len(index.objects_for("ALL_BY_TABLE")) == 34


def test_lookup_finds_labels_bookable_only_under_another_mode() -> None:
    index = sample_index(TABLES)
    inherit = index.objects_for("INHERIT")

    assert "T2-1" not in inherit
    assert [obj.label for obj in index.lookup("T2-1")] == ["T2-1"]
    assert "T1" not in inherit
    assert index.lookup("T1")[0].object_type == "table"
    assert index.lookup("T3") == ()


def test_unknown_mode_or_table_choice_is_rejected() -> None:
    index = sample_index(TABLES)

    with pytest.raises(ValueError, match="unknown table booking mode"):
        index.objects_for("BY_MOOD")
    with pytest.raises(ValueError, match="BY_TABLE or BY_SEAT"):
        index.objects_for("CUSTOM", {"T1": "WHOLE"})


def test_every_object_lists_table_seats_before_their_table_whatever_the_mode() -> None:
    assert [obj.label for obj in sample_index(TABLES).objects] == [
        *T1_SEATS,
        "T1",
        *T2_SEATS,
        "T2",
    ]


def test_duplicate_labels_map_to_the_first_object_and_keep_all() -> None:
    bookable = sample_index("sampleChartWithErrors.json").bookable()

    assert len(bookable.objects) == 34
    assert len(bookable.by_label) == 33
    assert bookable.by_label["A-1"].uuid == "uuid288"
    assert [obj.uuid for obj in bookable.with_label("A-1")] == ["uuid288", "uuid289"]
    assert list(bookable.duplicates) == ["A-1"]
    assert [obj.label for obj in bookable.with_label("A-5")] == ["A-5"]
    assert bookable.with_label("Z-9") == ()


def test_bookable_mapping_is_read_only() -> None:
    by_label = sample_index("sampleChart.json").objects_for()

    with pytest.raises(TypeError):
        by_label["A-1"] = by_label["A-2"]  # type: ignore[index]


def test_derived_data_is_computed_once_per_index_and_kept_with_it() -> None:
    calls: list[ChartIndex] = []

    def labels(index: ChartIndex) -> tuple[str, ...]:
        calls.append(index)
        return tuple(obj.label for obj in index.objects)

    drawing = ChartBuilder("Hall").row("A", seats=3).build()
    index = ChartIndex.from_drawing(drawing)
    first = index.derived(labels)
    assert first == ("A-1", "A-2", "A-3")
    assert index.derived(labels) is first
    assert calls == [index]
    other = ChartIndex.from_drawing(drawing)  # another drawing version derives its own
    assert other.derived(labels) == first
    assert calls == [index, other]
