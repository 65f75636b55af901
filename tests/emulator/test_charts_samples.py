"""The charts endpoints on the six sample charts (skipped when ../shared is absent)."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany
from tests.reference import SAMPLE_CHART_NAMES, load_sample_chart

from ._charts_support import assert_no_content, ok_json, published, retrieve, upload
from ._events_support import create_event

VENUE_TYPES = {
    "sampleChart.json": "SIMPLE",
    "sampleChartWithErrors.json": "SIMPLE",
    "sampleChartWithFloors.json": "WITH_SECTIONS_AND_FLOORS",
    "sampleChartWithSections.json": "WITH_SECTIONS_AND_FLOORS",
    "sampleChartWithTables.json": "SIMPLE",
    "sampleChartWithZones.json": "WITH_ZONES",
}


def _upload(emulator: Emulator, company: TestCompany, name: str) -> str:
    return upload(emulator, company, load_sample_chart(name))


@pytest.mark.parametrize("name", SAMPLE_CHART_NAMES)
def test_a_sample_chart_reads_back_as_uploaded(
    admin: httpx.Client, emulator: Emulator, company: TestCompany, name: str
) -> None:
    drawing = load_sample_chart(name)
    key = _upload(emulator, company, name)
    chart = retrieve(admin, key)
    assert chart["name"] == drawing["name"]
    assert chart["status"] == "NOT_USED"
    assert chart["venueType"] == VENUE_TYPES[name]
    assert chart["validation"]["errors"] == []
    assert published(admin, key) == drawing
    assert "draftVersionThumbnailUrl" not in chart


def test_only_the_zones_sample_shows_zones(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    zones = retrieve(admin, _upload(emulator, company, "sampleChartWithZones.json"))["zones"]
    assert zones == [
        {"key": "finishline", "label": "Finish Line"},
        {"key": "midtrack", "label": "Mid Track"},
    ]
    floors = _upload(emulator, company, "sampleChartWithFloors.json")
    assert "zones" not in retrieve(admin, floors)
    assert retrieve(admin, floors, expand="zones")["zones"] == []


def test_category_keys_keep_their_types(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = _upload(emulator, company, "sampleChart.json")
    categories = ok_json(admin.get(f"/charts/{key}/categories"))["categories"]
    assert [(category["key"], category["label"]) for category in categories] == [
        (9, "Cat1"),
        (10, "Cat2"),
        ("string11", "Cat3"),
    ]
    assert_no_content(admin.delete(f"/charts/{key}/categories/string11"))
    assert_no_content(admin.post(f"/charts/{key}/categories/9", json={"label": "First"}))
    drawing = published(admin, key)
    assert [(c["key"], c["label"]) for c in drawing["categories"]["list"]] == [
        (9, "First"),
        (10, "Cat2"),
    ]
    assert drawing["subChart"] == load_sample_chart("sampleChart.json")["subChart"]


def test_the_errors_sample_under_default_severities(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = _upload(emulator, company, "sampleChartWithErrors.json")
    validation = ok_json(admin.post(f"/charts/{key}/version/published/actions/validate"))
    assert validation["errors"] == []
    create_event(admin, key)
    admin.post(f"/charts/{key}", json={"name": "edited"})
    assert ok_json(admin.post(f"/charts/{key}/version/draft/actions/validate"))["errors"] == []
    assert_no_content(admin.post(f"/charts/{key}/version/draft/actions/publish"))
    assert retrieve(admin, key)["name"] == "edited"


def test_the_errors_sample_with_every_validator_at_error_level(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = _upload(emulator, company, "sampleChartWithErrors.json")
    create_event(admin, key)  # before the switch: events need a chart without errors
    admin.post(f"/charts/{key}", json={"name": "edited"})
    severities = ok_json(admin.get("/_emulator/chart-validation"))
    admin.post("/_emulator/chart-validation", json=dict.fromkeys(severities, "ERROR"))
    validation = ok_json(admin.post(f"/charts/{key}/version/published/actions/validate"))
    assert validation == {
        "errors": [
            "VALIDATE_DUPLICATE_LABELS",
            "VALIDATE_UNLABELED_OBJECTS",
            "VALIDATE_OBJECTS_WITHOUT_CATEGORIES",
            "VALIDATE_FOCAL_POINT",
            "VALIDATE_OBJECT_TYPES_PER_CATEGORY",
        ],
        "warnings": [],
    }
    refused = admin.post(f"/charts/{key}/version/draft/actions/publish")
    assert refused.status_code == 400
    (problem,) = refused.json()["errors"]
    assert problem["data"]["failedValidations"] == validation["errors"]


def test_thumbnails_of_the_samples_all_differ(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    thumbnails = set[bytes]()
    for name in SAMPLE_CHART_NAMES:
        key = _upload(emulator, company, name)
        response = admin.get(f"/charts/{key}/version/published/thumbnail")
        assert response.headers["content-type"] == "image/png"
        thumbnails.add(response.content)
    assert len(thumbnails) == len(SAMPLE_CHART_NAMES)


def test_a_copy_keeps_the_drawing_venue_type(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = _upload(emulator, company, "sampleChartWithZones.json")
    copy = admin.post(f"/charts/{key}/version/published/actions/copy").json()
    assert copy["name"] == "Race Track (copy)"
    assert published(admin, copy["key"])["venueType"] == "ZONES"
    assert retrieve(admin, copy["key"])["venueType"] == "WITH_ZONES"
