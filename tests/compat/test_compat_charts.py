"""Charts driven by the official `seatsio` client over HTTP: every operation of charts.md."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
import requests

from tests.reference import SAMPLE_CHART_NAMES

from ._official import OFFICIAL_ERROR, OfficialClient, error_codes, official_client
from ._official_builders import category
from ._official_charts import OfficialChart, OfficialCharts, charts_of
from ._official_events import events_of
from .conftest import Company, UploadChart

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _names(items: Iterator[OfficialChart] | Sequence[OfficialChart]) -> list[str]:
    return [chart.name for chart in items]


def test_create_without_arguments(charts: OfficialCharts) -> None:
    chart = charts.create()
    assert chart.id != 0
    assert chart.key
    assert chart.name == "Untitled chart"
    assert chart.status == "NOT_USED"
    assert chart.tags == []
    assert chart.archived is False
    assert chart.published_version_thumbnail_url
    assert chart.draft_version_thumbnail_url is None
    assert chart.events is None
    drawing = charts.retrieve_published_version(chart.key)
    assert drawing["venueType"] == "SIMPLE"


def test_create_with_name_venue_type_and_categories(charts: OfficialCharts) -> None:
    categories = [category(1, "Category 1", "#aaaaaa"), category("c2", "Category 2", "#bbb", True)]
    chart = charts.create("my chart", "SIMPLE", categories)
    assert chart.name == "my chart"
    drawing = charts.retrieve_published_version(chart.key)
    assert drawing["name"] == "my chart"
    assert drawing["venueType"] == "SIMPLE"
    assert drawing["categories"] == {
        "list": [
            {"key": 1, "label": "Category 1", "color": "#aaaaaa", "accessible": False},
            {"key": "c2", "label": "Category 2", "color": "#bbb", "accessible": True},
        ],
        "maxCategoryKey": 1,
    }
    assert charts.list_categories(chart.key) == categories


def test_retrieve_and_retrieve_with_events(charts: OfficialCharts, client: OfficialClient) -> None:
    chart = charts.create("hall")
    charts.add_tag(chart.key, "tag1")
    retrieved = charts.retrieve(chart.key)
    assert (retrieved.id, retrieved.key, retrieved.name) == (chart.id, chart.key, "hall")
    assert retrieved.tags == ["tag1"]
    assert retrieved.events is None
    assert charts.retrieve_with_events(chart.key).events == []
    first = events_of(client).create(chart.key)
    second = events_of(client).create(chart.key)
    with_events = charts.retrieve_with_events(chart.key)
    assert [event.key for event in with_events.events or []] == [second.key, first.key]
    assert with_events.status == "PUBLISHED"


def test_retrieve_unknown_chart(charts: OfficialCharts) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.retrieve("unknown")
    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]
    assert str(caught.value).startswith("Chart not found: unknown was not found in workspace")


def test_update_name_and_categories(charts: OfficialCharts) -> None:
    chart = charts.create("old", categories=[category(1, "one", "#111111")])
    charts.update(chart.key, new_name="new")
    assert charts.retrieve(chart.key).name == "new"
    assert [c.key for c in charts.list_categories(chart.key)] == [1]
    charts.update(chart.key, categories=[category(2, "two", "#222222")])
    assert charts.list_categories(chart.key) == [category(2, "two", "#222222")]
    assert charts.retrieve(chart.key).name == "new"


def test_update_with_invalid_category(charts: OfficialCharts) -> None:
    chart = charts.create()
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.update(chart.key, categories=["not a category"])
    assert str(caught.value) == "#/categories/0: expected type: JSONObject, found: String."


def test_rename_of_a_chart_with_events_goes_to_a_draft(
    charts: OfficialCharts, client: OfficialClient
) -> None:
    chart = charts.create("old")
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name="new")
    retrieved = charts.retrieve(chart.key)
    assert retrieved.status == "PUBLISHED_WITH_DRAFT"
    assert retrieved.draft_version_thumbnail_url
    assert charts.retrieve_draft_version(chart.key)["name"] == "new"
    charts.discard_draft_version(chart.key)
    assert (charts.retrieve(chart.key).name, charts.retrieve(chart.key).status) == (
        "old",
        "PUBLISHED",
    )
    charts.update(chart.key, new_name="newer")
    charts.publish_draft_version(chart.key)
    assert (charts.retrieve(chart.key).name, charts.retrieve(chart.key).status) == (
        "newer",
        "PUBLISHED",
    )


def test_list_with_filter_tag_and_expand(charts: OfficialCharts) -> None:
    charts.create("some stadium")
    theatre = charts.create("a theatre")
    charts.create("some other stadium")
    charts.add_tag(theatre.key, "tagged")
    assert _names(charts.list()) == ["some other stadium", "a theatre", "some stadium"]
    assert _names(charts.list(chart_filter="STADIUM")) == ["some other stadium", "some stadium"]
    assert _names(charts.list(tag="tagged")) == ["a theatre"]
    assert _names(charts.list(chart_filter="stadium", tag="tagged")) == []
    plain = next(iter(charts.list()))
    assert (plain.events, plain.validation, plain.venue_type, plain.zones) == (None,) * 4
    expanded = next(
        iter(
            charts.list(
                expand_events=True,
                expand_validation=True,
                expand_venue_type=True,
                expand_zones=True,
            )
        )
    )
    assert expanded.events == []
    assert expanded.validation == {"errors": [], "warnings": []}
    assert expanded.venue_type == "SIMPLE"
    assert expanded.zones == []


def test_list_iterates_over_every_page(charts: OfficialCharts) -> None:
    for number in range(25):
        charts.create(f"chart {number}")
    assert _names(charts.list()) == [f"chart {number}" for number in range(24, -1, -1)]


def test_list_pages(charts: OfficialCharts) -> None:
    created = [charts.create(str(number)) for number in range(16, 21)]
    ids = {chart.name: chart.id for chart in created}
    first = charts.list_first_page(page_size=2)
    assert _names(first.items) == ["20", "19"]
    assert first.next_page_starts_after == ids["19"]
    assert first.previous_page_ends_before is None
    after = charts.list_page_after(ids["19"], page_size=2)
    assert _names(after.items) == ["18", "17"]
    assert (after.next_page_starts_after, after.previous_page_ends_before) == (ids["17"], ids["18"])
    before = charts.list_page_before(ids["18"], page_size=2)
    assert _names(before.items) == ["20", "19"]
    assert before.previous_page_ends_before is None
    assert _names(charts.list_first_page().items) == ["20", "19", "18", "17", "16"]
    assert _names(charts.list_first_page(filter="1").items) == ["19", "18", "17", "16"]


def test_tags(charts: OfficialCharts) -> None:
    first, second = charts.create(), charts.create()
    charts.add_tag(first.key, "tag1")
    charts.add_tag(first.key, "tag1/:-'<>")
    charts.add_tag(second.key, "tag1")
    charts.add_tag(second.key, "tag2")
    assert sorted(charts.retrieve(first.key).tags) == ["tag1", "tag1/:-'<>"]
    assert sorted(charts.list_all_tags()) == ["tag1", "tag1/:-'<>", "tag2"]
    charts.remove_tag(first.key, "tag1/:-'<>")
    assert charts.retrieve(first.key).tags == ["tag1"]
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.remove_tag(first.key, "tag2")
    assert error_codes(caught.value) == ["TAG_NOT_FOUND"]


def test_archive(server_url: str, company: Company, charts: OfficialCharts) -> None:
    archived, kept = charts.create("archived"), charts.create("kept")
    charts.add_tag(archived.key, "old")
    charts.move_to_archive(archived.key)
    assert charts.retrieve(archived.key).archived is True
    assert _names(charts.list()) == ["kept"]
    assert charts.list_all_tags() == []
    archive = charts_of(official_client(server_url, company.admin_key)).archive
    assert [(chart.name, chart.archived) for chart in archive.list()] == [("archived", True)]
    with pytest.raises(OFFICIAL_ERROR):
        charts.move_to_archive(archived.key)
    charts.move_out_of_archive(archived.key)
    assert charts.retrieve(archived.key).archived is False
    assert _names(charts.list()) == ["kept", "archived"]
    with pytest.raises(OFFICIAL_ERROR):
        charts.move_out_of_archive(kept.key)


def test_archive_first_page(server_url: str, company: Company, charts: OfficialCharts) -> None:
    for name in ("a", "b", "c"):
        charts.move_to_archive(charts.create(name).key)
    page = charts_of(official_client(server_url, company.admin_key)).archive.first_page(2)
    assert _names(page.items) == ["c", "b"]
    assert page.next_page_starts_after is not None


def test_copy(charts: OfficialCharts, client: OfficialClient) -> None:
    chart = charts.create("My Super Chart", "SIMPLE")
    charts.add_tag(chart.key, "tag1")
    events_of(client).create(chart.key)
    copy = charts.copy(chart.key)
    assert copy.name == "My Super Chart (copy)"
    assert copy.tags == ["tag1"]
    assert copy.status == "NOT_USED"
    assert copy.key != chart.key
    assert charts.retrieve_with_events(copy.key).events == []
    assert charts.retrieve_published_version(copy.key)["venueType"] == "SIMPLE"


def test_copy_draft_version(charts: OfficialCharts, client: OfficialClient) -> None:
    chart = charts.create("published")
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name="draft")
    copy = charts.copy_draft_version(chart.key)
    assert copy.name == "draft (copy)"
    assert copy.status == "NOT_USED"


def test_copy_to_workspace(server_url: str, company: Company, charts: OfficialCharts) -> None:
    workspaces = official_client(server_url, company.admin_key).workspaces
    target = workspaces.create("target")
    chart = charts.create("to copy", "SIMPLE")
    charts.add_tag(chart.key, "not copied")
    copy = charts.copy_to_workspace(chart.key, target.key)
    assert (copy.name, copy.tags, copy.status) == ("to copy", [], "NOT_USED")
    in_target = charts_of(official_client(server_url, target.secret_key))
    assert in_target.retrieve(copy.key).name == "to copy"
    assert in_target.retrieve_published_version(copy.key)["venueType"] == "SIMPLE"


def test_copy_from_workspace_to(server_url: str, company: Company, charts: OfficialCharts) -> None:
    workspaces = official_client(server_url, company.admin_key).workspaces
    source, target = workspaces.create("source"), workspaces.create("target")
    in_source = charts_of(official_client(server_url, source.secret_key))
    chart = in_source.create("moving")
    copy = charts.copy_from_workspace_to(chart.key, source.key, target.key)
    assert copy.name == "moving"
    in_target = charts_of(official_client(server_url, target.secret_key))
    assert in_target.retrieve(copy.key).name == "moving"


def test_cross_workspace_copy_needs_the_admin_key(
    server_url: str, company: Company, charts: OfficialCharts
) -> None:
    target = official_client(server_url, company.admin_key).workspaces.create("target")
    with_secret = charts_of(official_client(server_url, company.workspace_secret_key))
    chart = with_secret.create()
    with pytest.raises(OFFICIAL_ERROR):
        with_secret.copy_to_workspace(chart.key, target.key)


def test_versions_and_validation(charts: OfficialCharts, client: OfficialClient) -> None:
    chart = charts.create("v")
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.retrieve_draft_version(chart.key)
    assert error_codes(caught.value) == ["DRAFT_VERSION_NOT_FOUND"]
    validation = charts.validate_published_version(chart.key)
    assert (validation.errors, validation.warnings) == ([], [])
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name="draft")
    assert charts.validate_draft_version(chart.key).errors == []


def test_thumbnails(charts: OfficialCharts, client: OfficialClient) -> None:
    chart = charts.create()
    png = charts.retrieve_published_version_thumbnail(chart.key)
    assert png.startswith(PNG_SIGNATURE)
    assert chart.published_version_thumbnail_url is not None
    public = requests.get(chart.published_version_thumbnail_url, timeout=10)
    assert (public.status_code, public.headers["content-type"]) == (200, "image/png")
    assert public.content == png
    with pytest.raises(OFFICIAL_ERROR):
        charts.retrieve_draft_version_thumbnail(chart.key)
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name="draft")
    assert charts.retrieve_draft_version_thumbnail(chart.key).startswith(PNG_SIGNATURE)


def test_categories(charts: OfficialCharts) -> None:
    chart = charts.create(categories=[category(1, "one", "#111111"), category("cat2", "two", "#2")])
    charts.add_category(chart.key, category("cat3", "three", "#333333", True))
    assert [c.key for c in charts.list_categories(chart.key)] == [1, "cat2", "cat3"]
    charts.remove_category(chart.key, 1)
    charts.remove_category(chart.key, "cat2")
    charts.update_category(chart.key, "cat3", "renamed", "#444444", None)
    assert charts.list_categories(chart.key) == [category("cat3", "renamed", "#444444", True)]
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.remove_category(chart.key, "missing")
    assert error_codes(caught.value) == ["CATEGORY_NOT_FOUND"]
    charts.remove_category(chart.key, "cat3")
    assert charts.list_categories(chart.key) == []


@pytest.mark.parametrize("name", SAMPLE_CHART_NAMES)
def test_uploaded_sample_charts(
    charts: OfficialCharts, upload_sample_chart: UploadChart, name: str
) -> None:
    key = upload_sample_chart(name)
    chart = charts.retrieve(key)
    assert chart.status == "NOT_USED"
    assert chart.validation is not None
    assert chart.validation["errors"] == []
    assert set(chart.validation) == {"errors", "warnings"}
    drawing = charts.retrieve_published_version(key)
    assert chart.name == drawing["name"]
    assert charts.validate_published_version(key).errors == []
    assert charts.retrieve_published_version_thumbnail(key).startswith(PNG_SIGNATURE)
    assert charts.list_categories(key)


def test_uploaded_zones_chart(charts: OfficialCharts, upload_sample_chart: UploadChart) -> None:
    key = upload_sample_chart("sampleChartWithZones.json")
    chart = charts.retrieve(key)
    assert chart.venue_type == "WITH_ZONES"
    assert [(zone.key, zone.label) for zone in chart.zones or []] == [
        ("finishline", "Finish Line"),
        ("midtrack", "Mid Track"),
    ]
    (listed,) = charts.list(expand_zones=True, expand_venue_type=True)
    assert [zone.key for zone in listed.zones or []] == ["finishline", "midtrack"]
    copy = charts.copy(key)
    assert charts.retrieve_published_version(copy.key)["venueType"] == "ZONES"
