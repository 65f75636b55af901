"""Audit: versions, drafts, copies, thumbnails and validation (charts.md §3.8-§3.11)."""

from __future__ import annotations

import pytest

from tests.reference import load_sample_chart

from ._audit_wire import Caller, JsonBody, ok_json, single_error
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes, official_client
from ._official_builders import category
from ._official_charts import OfficialCharts, charts_of
from ._official_events import events_of
from .conftest import Company, UploadChart

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _with_draft(charts: OfficialCharts, client: OfficialClient, published: str, draft: str) -> str:
    chart = charts.create(published)
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name=draft)
    return chart.key


def _without_name(drawing: JsonBody) -> JsonBody:
    return {key: value for key, value in drawing.items() if key != "name"}


# -- published and draft versions --------------------------------------------------------------


def test_the_published_version_of_an_upload_is_the_uploaded_drawing(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    for name in ("sampleChart.json", "sampleChartWithZones.json", "sampleChartWithFloors.json"):
        key = upload_sample_chart(name)
        assert caller.json(f"/charts/{key}/version/published") == load_sample_chart(name)


def test_a_chart_without_draft_has_no_draft_version(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create()
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.retrieve_draft_version(chart.key)
    assert official_status(caller, f"/charts/{chart.key}/version/draft") == 404
    assert error_codes(caught.value)


def official_status(caller: Caller, path: str) -> int:
    """The status of a GET (asserting the documented error body when it fails)."""
    response = caller.get(path)
    if response.status_code >= 400:
        single_error(response, response.status_code)
    return response.status_code


def test_the_draft_version_carries_the_drafts_name(
    charts: OfficialCharts, client: OfficialClient
) -> None:
    key = _with_draft(charts, client, "published", "draft")
    assert charts.retrieve_draft_version(key)["name"] == "draft"
    assert charts.retrieve_published_version(key)["name"] == "published"


def test_discarding_the_draft_restores_the_published_chart(
    caller: Caller, charts: OfficialCharts, client: OfficialClient
) -> None:
    key = _with_draft(charts, client, "old", "new")
    charts.discard_draft_version(key)
    retrieved = caller.json(f"/charts/{key}")
    assert (retrieved["name"], retrieved["status"]) == ("old", "PUBLISHED")
    assert "draftVersionThumbnailUrl" not in retrieved
    assert official_status(caller, f"/charts/{key}/version/draft") == 404


def test_publishing_the_draft_replaces_the_published_version(
    caller: Caller, charts: OfficialCharts, client: OfficialClient
) -> None:
    key = _with_draft(charts, client, "old", "new")
    draft = caller.json(f"/charts/{key}/version/draft")
    charts.publish_draft_version(key)
    retrieved = caller.json(f"/charts/{key}")
    assert (retrieved["name"], retrieved["status"]) == ("new", "PUBLISHED")
    assert "draftVersionThumbnailUrl" not in retrieved
    assert caller.json(f"/charts/{key}/version/published") == draft
    assert official_status(caller, f"/charts/{key}/version/draft") == 404


@pytest.mark.parametrize("action", ["discard", "publish", "validate", "copy"])
def test_draft_actions_without_a_draft_fail(
    caller: Caller, charts: OfficialCharts, action: str
) -> None:
    chart = charts.create("no draft")
    response = caller.post(f"/charts/{chart.key}/version/draft/actions/{action}")
    assert 400 <= response.status_code < 500
    single_error(response, response.status_code)
    retrieved = caller.json(f"/charts/{chart.key}")
    assert (retrieved["name"], retrieved["status"]) == ("no draft", "NOT_USED")


# -- validation --------------------------------------------------------------------------------


def test_the_errors_chart_validates_without_errors(
    charts: OfficialCharts, client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    key = upload_sample_chart("sampleChartWithErrors.json")
    assert charts.validate_published_version(key).errors == []
    events_of(client).create(key)
    charts.update(key, new_name="draft of the errors chart")
    assert charts.validate_draft_version(key).errors == []
    assert charts.retrieve(key).status == "PUBLISHED_WITH_DRAFT"


def test_validation_answers_both_lists(caller: Caller, upload_sample_chart: UploadChart) -> None:
    key = upload_sample_chart("sampleChartWithZones.json")
    response = caller.post(f"/charts/{key}/version/published/actions/validate")
    assert response.status_code == 200
    assert ok_json(response) == {"errors": [], "warnings": []}


# -- copies ------------------------------------------------------------------------------------


def test_copy_makes_a_new_unused_chart_with_the_drawing_and_tags(
    caller: Caller, charts: OfficialCharts, client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    key = upload_sample_chart("sampleChartWithSections.json")
    charts.add_tag(key, "tag1")
    charts.add_tag(key, "tag2")
    events_of(client).create(key)
    copy = charts.copy(key)
    assert copy.key != key
    assert copy.id > charts.retrieve(key).id
    assert (copy.name, copy.status, copy.archived) == (
        "Sample chart with sections (copy)",
        "NOT_USED",
        False,
    )
    assert sorted(copy.tags) == ["tag1", "tag2"]
    assert charts.retrieve_with_events(copy.key).events == []
    source = caller.json(f"/charts/{key}/version/published")
    copied = caller.json(f"/charts/{copy.key}/version/published")
    assert _without_name(copied) == _without_name(source)
    assert copied["name"] == "Sample chart with sections (copy)"


def test_copy_takes_the_published_version_not_the_draft(
    caller: Caller, charts: OfficialCharts, client: OfficialClient
) -> None:
    key = _with_draft(charts, client, "published", "draft")
    copy = charts.copy(key)
    assert copy.name == "published (copy)"
    assert copy.draft_version_thumbnail_url is None
    assert official_status(caller, f"/charts/{copy.key}/version/draft") == 404


def test_copy_draft_version(caller: Caller, charts: OfficialCharts, client: OfficialClient) -> None:
    chart = charts.create("published", categories=[category(1, "one", "#111111")])
    charts.add_tag(chart.key, "tag1")
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name="draft", categories=[category(2, "two", "#222222")])
    copy = charts.copy_draft_version(chart.key)
    assert (copy.name, copy.status, copy.tags) == ("draft (copy)", "NOT_USED", ["tag1"])
    assert charts.retrieve_with_events(copy.key).events == []
    assert [c.key for c in charts.list_categories(copy.key)] == [2]
    draft = caller.json(f"/charts/{chart.key}/version/draft")
    assert _without_name(caller.json(f"/charts/{copy.key}/version/published")) == _without_name(
        draft
    )
    assert charts.retrieve(chart.key).status == "PUBLISHED_WITH_DRAFT"


def test_copy_to_workspace(
    server_url: str,
    charts: OfficialCharts,
    client: OfficialClient,
    upload_sample_chart: UploadChart,
) -> None:
    target = client.workspaces.create("target")
    key = upload_sample_chart("sampleChartWithZones.json")
    charts.add_tag(key, "not copied")
    events_of(client).create(key)
    copy = charts.copy_to_workspace(key, target.key)
    assert (copy.name, copy.tags, copy.status, copy.archived) == (
        "Race Track",
        [],
        "NOT_USED",
        False,
    )
    in_target = charts_of(official_client(server_url, target.secret_key))
    retrieved = in_target.retrieve(copy.key)
    assert (retrieved.name, retrieved.venue_type) == ("Race Track", "WITH_ZONES")
    assert in_target.retrieve_published_version(copy.key)["venueType"] == "ZONES"
    assert in_target.retrieve_with_events(copy.key).events == []
    assert [chart.key for chart in charts.list()] == [key]


def test_copy_to_workspace_copies_from_the_selected_workspace(
    server_url: str, company: Company, client: OfficialClient
) -> None:
    source, target = client.workspaces.create("source"), client.workspaces.create("target")
    chart = charts_of(official_client(server_url, source.secret_key)).create("from source")
    scoped = charts_of(official_client(server_url, company.admin_key, source.key))
    copy = scoped.copy_to_workspace(chart.key, target.key)
    in_target = charts_of(official_client(server_url, target.secret_key))
    assert in_target.retrieve(copy.key).name == "from source"
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts_of(client).copy_to_workspace(chart.key, target.key)
    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]


def test_copy_from_workspace_to(
    server_url: str, company: Company, charts: OfficialCharts, client: OfficialClient
) -> None:
    source, target = client.workspaces.create("source"), client.workspaces.create("target")
    in_source = charts_of(official_client(server_url, source.secret_key))
    chart = in_source.create("moving", "SIMPLE")
    in_source.add_tag(chart.key, "stays")
    copy = charts.copy_from_workspace_to(chart.key, source.key, target.key)
    assert (copy.name, copy.tags, copy.status) == ("moving", [], "NOT_USED")
    in_target = charts_of(official_client(server_url, target.secret_key))
    assert in_target.retrieve(copy.key).name == "moving"
    assert in_target.retrieve_published_version(copy.key)["venueType"] == "SIMPLE"
    assert [c.key for c in in_source.list()] == [chart.key]
    assert [c.key for c in charts.list()] == []


def test_copies_to_an_unknown_workspace_fail(charts: OfficialCharts, company: Company) -> None:
    chart = charts.create()
    with pytest.raises(OFFICIAL_ERROR):
        charts.copy_to_workspace(chart.key, "no-such-workspace")
    with pytest.raises(OFFICIAL_ERROR):
        charts.copy_from_workspace_to(chart.key, company.workspace_key, "no-such-workspace")
    assert [c.key for c in charts.list()] == [chart.key]


# -- thumbnails --------------------------------------------------------------------------------


def test_thumbnails_are_png(caller: Caller, charts: OfficialCharts, client: OfficialClient) -> None:
    chart = charts.create()
    published = caller.get(f"/charts/{chart.key}/version/published/thumbnail")
    assert published.status_code == 200
    assert published.headers["content-type"] == "image/png"
    assert published.content.startswith(PNG_SIGNATURE)
    assert official_status(caller, f"/charts/{chart.key}/version/draft/thumbnail") == 404
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name="draft")
    assert charts.retrieve_draft_version_thumbnail(chart.key).startswith(PNG_SIGNATURE)
