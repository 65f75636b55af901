"""Audit: create, retrieve, update and list charts (charts.md §1.1, §3.1-§3.4, overview.md §10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import cast

import pytest

from ._audit_wire import (
    Caller,
    JsonBody,
    drawing_categories,
    drawing_category_keys,
    items_of,
    ok_json,
    single_error,
)
from ._official import OFFICIAL_ERROR, OfficialClient, error_codes
from ._official_builders import category
from ._official_charts import OfficialChart, OfficialCharts
from ._official_events import events_of
from .conftest import UploadChart

EXPANDABLE = {"events", "validation", "venueType", "zones"}


def _published(caller: Caller, key: str) -> JsonBody:
    return caller.json(f"/charts/{key}/version/published")


# -- create ------------------------------------------------------------------------------------


def test_create_answers_a_new_unused_chart(caller: Caller) -> None:
    chart = ok_json(caller.post("/charts"))
    assert type(chart["id"]) is int
    assert chart["id"] != 0
    assert isinstance(chart["key"], str)
    assert chart["key"]
    assert (chart["name"], chart["status"], chart["tags"], chart["archived"]) == (
        "Untitled chart",
        "NOT_USED",
        [],
        False,
    )
    assert isinstance(chart["publishedVersionThumbnailUrl"], str)
    assert chart["publishedVersionThumbnailUrl"]
    assert "draftVersionThumbnailUrl" not in chart
    assert "events" not in chart


def test_every_new_chart_has_its_own_key_and_a_growing_id(charts: OfficialCharts) -> None:
    made = [charts.create() for _ in range(3)]
    assert len({chart.key for chart in made}) == 3
    assert [chart.id for chart in made] == sorted({chart.id for chart in made})


def test_create_writes_name_venue_type_and_categories_into_the_drawing(
    caller: Caller, charts: OfficialCharts
) -> None:
    body = (
        '{"name": "my chart", "venueType": "SIMPLE", "categories": ['
        '{"key": 1, "label": "one", "color": "#aaaaaa"},'
        '{"key": "cat2", "label": "two", "color": "#bbbbbb", "accessible": true}]}'
    )
    chart = ok_json(caller.post("/charts", body))
    drawing = _published(caller, str(chart["key"]))
    assert (drawing["name"], drawing["venueType"]) == ("my chart", "SIMPLE")
    assert drawing_categories(drawing) == [
        {"key": 1, "label": "one", "color": "#aaaaaa", "accessible": False},
        {"key": "cat2", "label": "two", "color": "#bbbbbb", "accessible": True},
    ]
    listed = charts.list_categories(str(chart["key"]))
    assert [(type(c.key), c.key) for c in listed] == [(int, 1), (str, "cat2")]


def test_create_without_anything_gives_an_empty_simple_drawing(
    caller: Caller, charts: OfficialCharts
) -> None:
    chart = charts.create()
    drawing = _published(caller, chart.key)
    assert (drawing["name"], drawing["venueType"], drawing_categories(drawing)) == (
        "Untitled chart",
        "SIMPLE",
        [],
    )
    assert charts.list_categories(chart.key) == []


def test_a_category_without_colour_gets_one(caller: Caller) -> None:
    chart = ok_json(caller.post("/charts", '{"categories": [{"key": 1, "label": "plain"}]}'))
    (stored,) = drawing_categories(_published(caller, str(chart["key"])))
    assert set(stored) == {"key", "label", "color", "accessible"}
    assert isinstance(stored["color"], str)
    assert stored["color"]
    assert stored["accessible"] is False


def test_the_largest_exact_category_key_is_accepted(caller: Caller) -> None:
    largest = 2**53 - 1
    chart = ok_json(
        caller.post("/charts", f'{{"categories": [{{"key": {largest}, "label": "x"}}]}}')
    )
    (stored,) = drawing_categories(_published(caller, str(chart["key"])))
    assert (stored["key"], type(stored["key"])) == (largest, int)


@pytest.mark.parametrize(
    "categories",
    [
        '[{"key": 9007199254740992, "label": "too big"}]',
        '[{"label": "no key"}]',
        '[{"key": 1}]',
        '[{"key": 1, "label": "a"}, {"key": 1, "label": "b"}]',
        '[{"key": true, "label": "boolean key"}]',
        '["not an object"]',
        '{"key": 1, "label": "not an array"}',
    ],
)
def test_create_rejects_invalid_categories(caller: Caller, categories: str) -> None:
    single_error(caller.post("/charts", f'{{"categories": {categories}}}'), 400)
    assert items_of(caller.json("/charts")) == []


# -- retrieve ----------------------------------------------------------------------------------


def test_retrieve_without_expand_has_no_events(
    caller: Caller, charts: OfficialCharts, client: OfficialClient
) -> None:
    chart = charts.create("hall")
    events_of(client).create(chart.key)
    charts.add_tag(chart.key, "tag1")
    charts.add_tag(chart.key, "tag2")
    retrieved = caller.json(f"/charts/{chart.key}")
    assert "events" not in retrieved
    assert sorted(cast("list[str]", retrieved["tags"])) == ["tag1", "tag2"]
    assert (retrieved["id"], retrieved["key"], retrieved["status"]) == (
        chart.id,
        chart.key,
        "PUBLISHED",
    )


def test_retrieve_shows_zones_only_for_a_chart_that_defines_them(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    zoned = caller.json(f"/charts/{upload_sample_chart('sampleChartWithZones.json')}")
    assert zoned["zones"] == [
        {"key": "finishline", "label": "Finish Line"},
        {"key": "midtrack", "label": "Mid Track"},
    ]
    for name in ("sampleChart.json", "sampleChartWithFloors.json"):
        assert "zones" not in caller.json(f"/charts/{upload_sample_chart(name)}")
    assert "zones" not in ok_json(caller.post("/charts"))


def test_retrieve_with_events_lists_them_newest_first(
    charts: OfficialCharts, client: OfficialClient
) -> None:
    chart = charts.create()
    assert charts.retrieve_with_events(chart.key).events == []
    made = [events_of(client).create(chart.key) for _ in range(3)]
    with_events = charts.retrieve_with_events(chart.key).events or []
    assert [event.key for event in with_events] == [event.key for event in reversed(made)]
    assert all(event.chart_key == chart.key for event in with_events)


def test_embedded_events_carry_timestamps_the_official_client_parses(
    caller: Caller, charts: OfficialCharts, client: OfficialClient
) -> None:
    chart = charts.create()
    events_of(client).create(chart.key)
    retrieved = caller.json(f"/charts/{chart.key}", query=[("expand", "events")])
    (event,) = items_of({"items": retrieved["events"]})
    created_on = event["createdOn"]
    assert isinstance(created_on, str)
    dt.datetime.strptime(created_on, "%Y-%m-%dT%H:%M:%S.%fZ")
    assert type(event["id"]) is int


def test_retrieve_an_unknown_chart(charts: OfficialCharts) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.retrieve_with_events("no-such-chart")
    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]


# -- update ------------------------------------------------------------------------------------


def test_a_rename_leaves_categories_venue_type_and_objects_alone(
    caller: Caller, charts: OfficialCharts, upload_sample_chart: UploadChart
) -> None:
    key = upload_sample_chart("sampleChart.json")
    before = _published(caller, key)
    charts.update(key, new_name="renamed")
    after = _published(caller, key)
    assert after == {**before, "name": "renamed"}
    assert charts.retrieve(key).name == "renamed"
    assert charts.retrieve(key).status == "NOT_USED"


def test_a_categories_update_replaces_the_list_and_keeps_the_name(
    caller: Caller, charts: OfficialCharts
) -> None:
    chart = charts.create(
        "kept", "SIMPLE", [category(1, "one", "#111111"), category("two", "two", "#222222")]
    )
    charts.update(
        chart.key, categories=[category(3, "three", "#333333"), category(1, "uno", "#010101")]
    )
    drawing = _published(caller, chart.key)
    assert drawing_categories(drawing) == [
        {"key": 3, "label": "three", "color": "#333333", "accessible": False},
        {"key": 1, "label": "uno", "color": "#010101", "accessible": False},
    ]
    assert (drawing["name"], drawing["venueType"]) == ("kept", "SIMPLE")


def test_a_category_left_without_colour_keeps_its_colour(
    caller: Caller, charts: OfficialCharts
) -> None:
    chart = charts.create(categories=[category(1, "one", "#111111")])
    response = caller.post(f"/charts/{chart.key}", '{"categories": [{"key": 1, "label": "new"}]}')
    assert response.status_code == 204
    assert charts.list_categories(chart.key) == [category(1, "new", "#111111")]


def test_an_empty_categories_list_deletes_them_all(caller: Caller, charts: OfficialCharts) -> None:
    chart = charts.create(categories=[category(1, "one", "#111111")])
    assert caller.post(f"/charts/{chart.key}", '{"categories": []}').status_code == 204
    assert charts.list_categories(chart.key) == []
    assert charts.retrieve(chart.key).name == "Untitled chart"


def test_an_update_of_a_chart_with_events_goes_to_a_draft(
    caller: Caller, charts: OfficialCharts, client: OfficialClient
) -> None:
    chart = charts.create("old", categories=[category(1, "one", "#111111")])
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name="new", categories=[category(2, "two", "#222222")])
    retrieved = caller.json(f"/charts/{chart.key}")
    assert retrieved["status"] == "PUBLISHED_WITH_DRAFT"
    assert isinstance(retrieved["draftVersionThumbnailUrl"], str)
    draft = caller.json(f"/charts/{chart.key}/version/draft")
    assert draft["name"] == "new"
    assert drawing_category_keys(draft) == [2]
    published = _published(caller, chart.key)
    assert published["name"] == "old"
    assert drawing_category_keys(published) == [1]


def test_an_update_of_an_existing_draft_changes_that_draft(
    caller: Caller, charts: OfficialCharts, client: OfficialClient
) -> None:
    chart = charts.create("v1")
    events_of(client).create(chart.key)
    charts.update(chart.key, new_name="v2")
    charts.update(chart.key, categories=[category(1, "one", "#111111")])
    draft = caller.json(f"/charts/{chart.key}/version/draft")
    assert draft["name"] == "v2"
    assert drawing_category_keys(draft) == [1]
    assert _published(caller, chart.key)["name"] == "v1"


def test_update_an_unknown_chart(charts: OfficialCharts) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        charts.update("no-such-chart", new_name="x")
    assert error_codes(caught.value) == ["CHART_NOT_FOUND"]


# -- list --------------------------------------------------------------------------------------


def _names(charts: Iterable[OfficialChart]) -> list[str]:
    return [chart.name for chart in charts]


def test_filter_is_a_case_insensitive_substring_of_the_name(charts: OfficialCharts) -> None:
    for name in ("some stadium", "a theatre", "some other stadium", "Stadium of Light"):
        charts.create(name)
    assert _names(charts.list(chart_filter="stadium")) == [
        "Stadium of Light",
        "some other stadium",
        "some stadium",
    ]
    assert _names(charts.list(chart_filter="THEATRE")) == ["a theatre"]


def test_tag_is_exact_and_combines_with_filter(charts: OfficialCharts) -> None:
    tagged = [charts.create(name) for name in ("stadium 1", "theatre", "stadium 2")]
    untagged = charts.create("stadium 3")
    for chart in tagged:
        charts.add_tag(chart.key, "mytag")
    charts.add_tag(untagged.key, "mytag2")
    assert _names(charts.list(tag="mytag")) == ["stadium 2", "theatre", "stadium 1"]
    assert _names(charts.list(tag="myta")) == []
    assert _names(charts.list(tag="mytag", chart_filter="stadium")) == ["stadium 2", "stadium 1"]


def test_archived_charts_are_not_listed(charts: OfficialCharts) -> None:
    archived = charts.create("archived")
    charts.create("kept")
    charts.move_to_archive(archived.key)
    assert _names(charts.list()) == ["kept"]


def test_list_items_have_no_expandable_field_without_expand(
    caller: Caller, client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    key = upload_sample_chart("sampleChartWithZones.json")
    events_of(client).create(key)
    (item,) = items_of(caller.json("/charts"))
    assert item["status"] == "PUBLISHED"
    assert not EXPANDABLE & set(item)


@pytest.mark.parametrize("expand", sorted(EXPANDABLE))
def test_each_expand_adds_exactly_its_field(
    caller: Caller, client: OfficialClient, upload_sample_chart: UploadChart, expand: str
) -> None:
    key = upload_sample_chart("sampleChartWithZones.json")
    events_of(client).create(key)
    (item,) = items_of(caller.json("/charts", query=[("expand", expand)]))
    assert EXPANDABLE & set(item) == {expand}


def test_expanded_list_items(
    charts: OfficialCharts, client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    key = upload_sample_chart("sampleChartWithZones.json")
    first, second = events_of(client).create(key), events_of(client).create(key)
    (item,) = charts.list(
        expand_events=True, expand_validation=True, expand_venue_type=True, expand_zones=True
    )
    assert [event.key for event in item.events or []] == [second.key, first.key]
    assert item.validation == {"errors": [], "warnings": []}
    assert item.venue_type == "WITH_ZONES"
    assert [(zone.key, zone.label) for zone in item.zones or []] == [
        ("finishline", "Finish Line"),
        ("midtrack", "Mid Track"),
    ]


def test_expand_events_of_a_chart_without_events_is_empty(charts: OfficialCharts) -> None:
    charts.create()
    (item,) = charts.list(expand_events=True)
    assert item.events == []


def test_legacy_validation_parameter_expands_validation(caller: Caller) -> None:
    caller.post("/charts")
    (item,) = items_of(caller.json("/charts", query=[("validation", "true")]))
    assert item["validation"] == {"errors": [], "warnings": []}


def test_status_follows_the_events_on_the_chart(
    charts: OfficialCharts, client: OfficialClient
) -> None:
    chart = charts.create()
    assert charts.retrieve(chart.key).status == "NOT_USED"
    first, second = events_of(client).create(chart.key), events_of(client).create(chart.key)
    assert charts.retrieve(chart.key).status == "PUBLISHED"
    events_of(client).delete(first.key)
    assert charts.retrieve(chart.key).status == "PUBLISHED"
    assert [event.key for event in charts.retrieve_with_events(chart.key).events or []] == [
        second.key
    ]
    events_of(client).delete(second.key)
    assert charts.retrieve(chart.key).status == "NOT_USED"
    assert charts.retrieve_with_events(chart.key).events == []
