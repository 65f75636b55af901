"""charts.*: the exact request on the wire and the reference response bodies parsed."""

from __future__ import annotations

import json

import httpx

from seatsio_typed import Category, Chart, ChartStatus, VenueType
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, example_reply, json_reply


async def test_create_sends_the_documented_body_and_parses_the_chart(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("charts.create.response.json")))
    chart = await h.call(
        lambda c: c.charts.create(
            "my chart",
            "TABLES",
            [
                Category(key=1, label="Category 1", color="#aaaaaa"),
                Category(key=2, label="Category 2", color="#bbbbbb", accessible=True),
            ],
        )
    )
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/charts")
    expected = json.loads(load_example("charts.create.request.json"))
    expected["categories"][0]["accessible"] = False  # the API's default, sent explicitly
    assert h.server.body() == expected
    assert isinstance(chart, Chart)
    assert chart.id == 19
    assert chart.key == "749b9650-24fb-11e7-93ae-92361f002671"
    assert chart.status is ChartStatus.NOT_USED
    assert chart.tags == []
    assert chart.draft_version_thumbnail_url is None


async def test_create_without_arguments_sends_an_empty_object(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("charts.create.response.json")))
    await h.call(lambda c: c.charts.create())
    assert h.server.body() == {}


async def test_retrieve(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("charts.retrieve.response.json")))
    chart = await h.call(lambda c: c.charts.retrieve("749b9650/x"))
    assert (h.server.last.method, h.server.last.url.raw_path) == ("GET", b"/charts/749b9650%2Fx")
    assert chart.tags == ["tag1", "tag2"]
    assert chart.venue_type is VenueType.SIMPLE
    assert chart.validation is not None
    assert chart.validation.errors == ["VALIDATE_OBJECTS_WITHOUT_CATEGORIES"]
    assert chart.validation.warnings == ["VALIDATE_DUPLICATE_LABELS"]


async def test_the_reference_list_page_parses(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("charts.list.response.json")))
    page = await h.call(lambda c: c.charts.list_first_page())
    assert [chart.id for chart in page.items] == [20, 19]
    assert page.items[1].status is ChartStatus.PUBLISHED_WITH_DRAFT
    assert page.next_page_starts_after == 12
    assert page.previous_page_ends_before is None


async def test_list_categories_keeps_the_key_types(kind: Kind) -> None:
    body = {
        "categories": [
            {"key": 9, "label": "Cat1", "color": "#87A9CD", "accessible": False},
            {"key": "string11", "label": "Cat3", "color": "#5E42BB", "accessible": True},
        ]
    }
    h = Harness(kind, FakeServer(json_reply(200, body)))
    categories = await h.call(lambda c: c.charts.list_categories("chart-1"))
    assert (h.server.last.method, h.server.last.url.raw_path) == (
        "GET",
        b"/charts/chart-1/categories",
    )
    assert [(c.key, c.label, c.accessible) for c in categories] == [
        (9, "Cat1", False),
        ("string11", "Cat3", True),
    ]


async def test_update_category_sends_the_documented_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(
        lambda c: c.charts.update_category("chart-1", "cat 2", "Updated label", "#bbbbbb", True)
    )
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/charts/chart-1/categories/cat%202")
    assert h.server.body() == json.loads(load_example("charts.categories.update.request.json"))


async def test_update_category_sends_false_and_leaves_out_none(kind: Kind) -> None:
    # The official client drops falsy values, so it can never make a category inaccessible.
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.charts.update_category("chart-1", 1, None, None, False))
    assert h.server.body() == {"accessible": False}


async def test_update_category_ignores_a_200_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"whatever": True})))
    await h.call(lambda c: c.charts.update_category("k", 1, "L", None, None))  # no error
    assert h.server.body() == {"label": "L"}
