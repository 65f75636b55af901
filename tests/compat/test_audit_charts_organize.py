"""Audit: tags, the archive and categories (charts.md §1.3, §3.5-§3.7, §3.12)."""

from __future__ import annotations

import pytest

from ._audit_wire import Caller, drawing_category_keys, items_of, single_error
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes, official_client
from ._official_builders import category
from ._official_charts import OfficialCharts, charts_of
from ._official_events import events_of
from .conftest import Company, UploadChart

# -- tags --------------------------------------------------------------------------------------


def test_tags_show_on_the_chart_and_in_the_tag_list(charts: OfficialCharts) -> None:
    first, second = charts.create(), charts.create()
    for tag in ("tag1", "tag2"):
        charts.add_tag(first.key, tag)
    charts.add_tag(second.key, "tag2")
    charts.add_tag(second.key, "tag3")
    assert sorted(charts.retrieve(first.key).tags) == ["tag1", "tag2"]
    assert sorted(charts.list_all_tags()) == ["tag1", "tag2", "tag3"]
    assert sorted(next(iter(charts.list(tag="tag3"))).tags) == ["tag2", "tag3"]


def test_adding_a_tag_twice_keeps_one(charts: OfficialCharts) -> None:
    chart = charts.create()
    charts.add_tag(chart.key, "twice")
    charts.add_tag(chart.key, "twice")
    assert charts.retrieve(chart.key).tags == ["twice"]


def test_removing_a_tag_leaves_the_others(charts: OfficialCharts) -> None:
    chart = charts.create()
    for tag in ("tag1", "tag2", "tag3"):
        charts.add_tag(chart.key, tag)
    charts.remove_tag(chart.key, "tag2")
    assert sorted(charts.retrieve(chart.key).tags) == ["tag1", "tag3"]
    assert sorted(charts.list_all_tags()) == ["tag1", "tag3"]


def test_tag_errors(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create()
    assert single_error(caller.delete(f"/charts/{chart.key}/tags/missing"), 404)["code"]
    for response in (
        caller.post("/charts/no-such-chart/tags/t"),
        caller.delete("/charts/no-such-chart/tags/t"),
    ):
        assert single_error(response, 404)["code"] == "CHART_NOT_FOUND"


def test_a_new_workspace_has_no_tags(charts: OfficialCharts) -> None:
    assert charts.list_all_tags() == []


# -- archive -----------------------------------------------------------------------------------


def test_move_to_archive_and_back(
    server_url: str, company: Company, charts: OfficialCharts
) -> None:
    chart, other = charts.create("archived"), charts.create("active")
    charts.add_tag(chart.key, "archived tag")
    charts.add_tag(other.key, "active tag")
    charts.move_to_archive(chart.key)
    assert charts.retrieve(chart.key).archived is True
    assert [c.key for c in charts.list()] == [other.key]
    assert charts.list_all_tags() == ["active tag"]
    archive = charts_of(official_client(server_url, company.admin_key)).archive
    assert [(c.key, c.archived) for c in archive.list()] == [(chart.key, True)]
    charts.move_out_of_archive(chart.key)
    assert charts.retrieve(chart.key).archived is False
    assert [c.key for c in charts.list()] == [other.key, chart.key]
    assert sorted(charts.list_all_tags()) == ["active tag", "archived tag"]
    again = charts_of(official_client(server_url, company.admin_key)).archive
    assert list(again.list()) == []


def test_archive_is_newest_first(server_url: str, company: Company, charts: OfficialCharts) -> None:
    made = [charts.create(name) for name in ("a", "b", "c")]
    for chart in (made[1], made[0], made[2]):
        charts.move_to_archive(chart.key)
    archive = charts_of(official_client(server_url, company.admin_key)).archive
    assert [c.name for c in archive.list()] == ["c", "b", "a"]


def test_archive_state_errors(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create()
    single_error(caller.post(f"/charts/{chart.key}/actions/move-out-of-archive"), 400)
    charts.move_to_archive(chart.key)
    single_error(caller.post(f"/charts/{chart.key}/actions/move-to-archive"), 400)
    assert charts.retrieve(chart.key).archived is True
    for action in ("move-to-archive", "move-out-of-archive"):
        response = caller.post(f"/charts/no-such-chart/actions/{action}")
        assert single_error(response, 404)["code"] == "CHART_NOT_FOUND"


def test_an_archived_chart_can_still_be_retrieved_by_key(
    caller: Caller, charts: OfficialCharts
) -> None:
    chart = charts.create("in the archive")
    charts.move_to_archive(chart.key)
    assert caller.json(f"/charts/{chart.key}")["archived"] is True
    assert caller.json(f"/charts/{chart.key}/version/published")["name"] == "in the archive"
    page = caller.json("/charts/archive")
    assert [item["key"] for item in items_of(page)] == [chart.key]


# -- categories --------------------------------------------------------------------------------


def test_list_keeps_drawing_order_and_key_types(
    charts: OfficialCharts, upload_sample_chart: UploadChart
) -> None:
    key = upload_sample_chart("sampleChart.json")
    assert charts.list_categories(key) == [
        category(9, "Cat1", "#87A9CD"),
        category(10, "Cat2", "#5E42ED"),
        category("string11", "Cat3", "#5E42BB"),
    ]
    assert [type(c.key) for c in charts.list_categories(key)] == [int, int, str]


def test_add_appends_at_the_end(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create(categories=[category(1, "one", "#111111")])
    charts.add_category(chart.key, category("cat2", "two", "#222222", True))
    assert charts.list_categories(chart.key) == [
        category(1, "one", "#111111"),
        category("cat2", "two", "#222222", True),
    ]
    drawing = caller.json(f"/charts/{chart.key}/version/published")
    assert drawing["categories"] == {
        "list": [
            {"key": 1, "label": "one", "color": "#111111", "accessible": False},
            {"key": "cat2", "label": "two", "color": "#222222", "accessible": True},
        ],
        "maxCategoryKey": 1,
    }


def test_add_without_accessible_stores_false(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create()
    body = '{"key": 7, "label": "seven", "color": "#777777"}'
    assert caller.post(f"/charts/{chart.key}/categories", body).status_code == 204
    assert charts.list_categories(chart.key) == [category(7, "seven", "#777777", False)]


def test_remove_by_numeric_and_string_key(charts: OfficialCharts) -> None:
    chart = charts.create(
        categories=[category(1, "one", "#1"), category("cat2", "two", "#2"), category(3, "x", "#3")]
    )
    charts.remove_category(chart.key, 1)
    charts.remove_category(chart.key, "cat2")
    assert charts.list_categories(chart.key) == [category(3, "x", "#3")]
    charts.remove_category(chart.key, 3)
    assert charts.list_categories(chart.key) == []


def test_update_changes_label_colour_and_accessible(charts: OfficialCharts) -> None:
    chart = charts.create(categories=[category(1, "one", "#111111"), category("b", "two", "#2")])
    charts.update_category(chart.key, 1, "uno", "#010101", True)
    assert charts.list_categories(chart.key) == [
        category(1, "uno", "#010101", True),
        category("b", "two", "#2"),
    ]
    charts.update_category(chart.key, 1, None, "#020202", None)
    assert charts.list_categories(chart.key)[0] == category(1, "uno", "#020202", True)


def test_update_can_clear_accessible(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create(categories=[category(1, "one", "#111111", True)])
    response = caller.post(f"/charts/{chart.key}/categories/1", '{"accessible": false}')
    assert response.status_code == 204
    assert charts.list_categories(chart.key) == [category(1, "one", "#111111", False)]


def test_category_errors(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create(categories=[category(1, "one", "#111111")])
    with pytest.raises(OFFICIAL_ERROR) as missing:
        charts.remove_category(chart.key, 2)
    assert len(error_codes(missing.value)) == 1
    assert single_error(caller.delete(f"/charts/{chart.key}/categories/2"), 404)["code"]
    assert single_error(caller.post(f"/charts/{chart.key}/categories/2", '{"label": "x"}'), 404)
    for body in ('{"label": "no key"}', '{"key": 1, "label": "taken"}', '"not an object"'):
        single_error(caller.post(f"/charts/{chart.key}/categories", body), 400)
    assert charts.list_categories(chart.key) == [category(1, "one", "#111111")]
    for response in (
        caller.get("/charts/no-such-chart/categories"),
        caller.post("/charts/no-such-chart/categories", '{"key": 1, "label": "x"}'),
        caller.delete("/charts/no-such-chart/categories/1"),
        caller.post("/charts/no-such-chart/categories/1", '{"label": "x"}'),
    ):
        assert single_error(response, 404)["code"] == "CHART_NOT_FOUND"


def test_category_changes_on_a_chart_with_events_go_to_the_draft(
    caller: Caller, charts: OfficialCharts, client: OfficialClient
) -> None:
    chart = charts.create("c", categories=[category(1, "one", "#111111")])
    events_of(client).create(chart.key)
    charts.add_category(chart.key, category(2, "two", "#222222"))
    assert charts.retrieve(chart.key).status == "PUBLISHED_WITH_DRAFT"
    published = caller.json(f"/charts/{chart.key}/version/published")
    draft = caller.json(f"/charts/{chart.key}/version/draft")
    assert drawing_category_keys(published) == [1]
    assert drawing_category_keys(draft) == [1, 2]
