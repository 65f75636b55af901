"""Chart models: the reference examples parse to the values a user reads; chart requests."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from seatsio_typed.models import (
    Category,
    Chart,
    ChartStatus,
    ChartValidation,
    CreateChartRequest,
    Event,
    Season,
    UpdateCategoryRequest,
    UpdateChartRequest,
    VenueType,
)
from tests.reference import load_example

CHART_KEY = "749b9650-24fb-11e7-93ae-92361f002671"


def test_created_chart_exposes_its_string_id_as_int() -> None:
    chart = Chart.model_validate_json(load_example("charts.create.response.json"))

    assert chart.id == 19
    assert chart.key == CHART_KEY
    assert chart.name == "chart2"
    assert chart.status is ChartStatus.NOT_USED
    assert chart.tags == []
    assert chart.archived is False
    assert chart.published_version_thumbnail_url is not None
    assert chart.published_version_thumbnail_url.startswith("https://cdn.seats.io/")
    assert chart.draft_version_thumbnail_url is None
    assert chart.events is None
    assert chart.zones is None


def test_retrieved_chart_has_venue_type_and_validation() -> None:
    chart = Chart.model_validate_json(load_example("charts.retrieve.response.json"))

    assert chart.tags == ["tag1", "tag2"]
    assert chart.venue_type is VenueType.SIMPLE
    assert chart.validation == ChartValidation(
        errors=["VALIDATE_OBJECTS_WITHOUT_CATEGORIES"], warnings=["VALIDATE_DUPLICATE_LABELS"]
    )


def test_chart_with_events_parses_the_abbreviated_events() -> None:
    chart = Chart.model_validate_json(load_example("charts.retrieve-with-events.response.json"))

    assert chart.events is not None
    assert [(event.id, event.key) for event in chart.events] == [(50, "eventKey2"), (49, "event34")]
    assert all(type(event) is Event for event in chart.events)
    assert chart.events[0].model_extra == {"bookWholeTables": False}


@pytest.mark.parametrize(
    ("name", "statuses", "archived"),
    [
        ("charts.list.response.json", ["PUBLISHED", "PUBLISHED_WITH_DRAFT"], False),
        ("charts.list-archive.response.json", ["PUBLISHED", "NOT_USED"], True),
    ],
)
def test_chart_list_items_parse(name: str, statuses: list[str], archived: bool) -> None:
    body = json.loads(load_example(name))

    charts = [Chart.model_validate(item) for item in body["items"]]

    assert [chart.id for chart in charts] == [20, 19]
    assert [chart.status for chart in charts] == statuses
    assert all(chart.archived is archived for chart in charts)


def test_draft_thumbnail_is_read_when_present() -> None:
    body = json.loads(load_example("charts.list.response.json"))

    chart = Chart.model_validate(body["items"][1])

    assert chart.draft_version_thumbnail_url is not None
    assert "/draft/" in chart.draft_version_thumbnail_url


@pytest.mark.parametrize(
    ("name", "chart_name"),
    [
        ("charts.copy.response.json", "chart2 (copy)"),
        ("charts.copy-draft-version.response.json", "chart2"),
        ("charts.copy-to-workspace.response.json", "chart2"),
    ],
)
def test_chart_copies_parse(name: str, chart_name: str) -> None:
    chart = Chart.model_validate_json(load_example(name))

    assert chart.name == chart_name
    assert chart.status is ChartStatus.NOT_USED


@pytest.mark.parametrize(
    ("name", "errors", "warnings"),
    [
        ("charts.validate.valid.response.json", [], []),
        (
            "charts.validate.invalid.response.json",
            ["VALIDATE_OBJECTS_WITHOUT_CATEGORIES"],
            ["VALIDATE_DUPLICATE_LABELS"],
        ),
    ],
)
def test_validation_results_parse(name: str, errors: list[str], warnings: list[str]) -> None:
    validation = ChartValidation.model_validate_json(load_example(name))

    assert validation.errors == errors
    assert validation.warnings == warnings


def test_chart_reads_zones_and_season_events() -> None:
    raw: dict[str, object] = {
        "id": 7,
        "key": "k",
        "name": "Track",
        "status": "PUBLISHED",
        "venueType": "WITH_ZONES",
        "zones": [{"key": "finishline", "label": "Finish Line"}],
        "events": [
            {"id": 2, "key": "season", "isSeason": True, "partialSeasonKeys": []},
            {"id": 1, "key": "concert", "isSeason": False},
        ],
    }

    chart = Chart.model_validate(raw)

    assert chart.venue_type is VenueType.WITH_ZONES
    assert chart.zones is not None
    assert [(zone.key, zone.label) for zone in chart.zones] == [("finishline", "Finish Line")]
    assert chart.events is not None
    assert isinstance(chart.events[0], Season)
    assert chart.events[0].partial_season_keys == []
    assert type(chart.events[1]) is Event


def test_unknown_chart_status_and_venue_type_are_kept() -> None:
    chart = Chart.model_validate(
        {"id": 1, "key": "k", "name": "n", "status": "ARCHIVED_FOREVER", "venueType": "MIXED"}
    )

    assert chart.status == "ARCHIVED_FOREVER"
    assert not chart.status.is_known
    assert chart.venue_type == "MIXED"


def test_chart_missing_a_required_field_names_it() -> None:
    with pytest.raises(ValidationError) as caught:
        Chart.model_validate_json(b'{"id": 1, "key": "k", "name": "n"}')

    assert [error["loc"] for error in caught.value.errors()] == [("status",)]


def test_chart_with_a_non_numeric_id_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Chart.model_validate_json(b'{"id": "nineteen", "key": "k", "name": "n", "status": "X"}')

    assert caught.value.errors()[0]["loc"] == ("id",)


def test_category_keys_keep_their_wire_type() -> None:
    categories = [
        Category.model_validate_json(b'{"key": 1, "label": "One", "color": "#aaa"}'),
        Category.model_validate_json(b'{"key": "1", "label": "Text one", "color": "#bbb"}'),
    ]

    assert [category.key for category in categories] == [1, "1"]
    assert [category.accessible for category in categories] == [False, False]
    assert [category.to_wire()["key"] for category in categories] == [1, "1"]


def test_create_chart_request_matches_the_reference_body() -> None:
    raw = load_example("charts.create.request.json")

    request = CreateChartRequest.model_validate_json(raw)

    expected = json.loads(raw)
    # `accessible` defaults to false, which is what the server stores when it is left out.
    expected["categories"][0]["accessible"] = False
    assert request.to_wire() == expected
    assert request.categories is not None
    assert [category.key for category in request.categories] == [1, 2]


def test_create_chart_request_from_python() -> None:
    request = CreateChartRequest(
        name="my chart",
        venue_type=VenueType.SIMPLE,
        categories=[
            Category(key=1, label="Stalls", color="#aaaaaa"),
            Category(key="vip", label="VIP"),
        ],
    )

    assert request.to_wire() == {
        "name": "my chart",
        "venueType": "SIMPLE",
        "categories": [
            {"key": 1, "label": "Stalls", "color": "#aaaaaa", "accessible": False},
            {"key": "vip", "label": "VIP", "accessible": False},
        ],
    }


def test_empty_create_chart_request_sends_an_empty_object() -> None:
    assert CreateChartRequest().to_wire_json() == b"{}"


def test_create_chart_request_is_strict_and_closed() -> None:
    with pytest.raises(ValidationError) as wrong_type:
        CreateChartRequest.model_validate({"name": 5})
    with pytest.raises(ValidationError) as unknown:
        CreateChartRequest.model_validate({"name": "n", "venue": "SIMPLE"})

    assert wrong_type.value.errors()[0]["loc"] == ("name",)
    assert unknown.value.errors()[0]["type"] == "extra_forbidden"


@pytest.mark.parametrize(
    "name", ["charts.update.request.json", "charts.update.categories.request.json"]
)
def test_update_chart_request_parses_the_reference_bodies(name: str) -> None:
    raw = load_example(name)

    request = UpdateChartRequest.model_validate_json(raw)

    assert set(request.to_wire()) == set(json.loads(raw))


def test_update_chart_request_can_clear_all_categories() -> None:
    assert UpdateChartRequest(categories=[]).to_wire() == {"categories": []}


def test_update_category_request_sends_explicit_false() -> None:
    request = UpdateCategoryRequest(accessible=False)

    assert request.to_wire() == {"accessible": False}


def test_update_category_request_matches_the_reference_body() -> None:
    raw = load_example("charts.categories.update.request.json")

    assert UpdateCategoryRequest.model_validate_json(raw).to_wire() == json.loads(raw)


def test_add_category_reference_body_round_trips() -> None:
    raw = load_example("charts.categories.add.request.json")

    category = Category.model_validate_json(raw)

    assert category.key == "1"
    assert category.accessible is True
    assert category.to_wire() == json.loads(raw)
