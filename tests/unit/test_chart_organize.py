"""charts.archive, tags and add_category: the exact request and the parsed result."""

from __future__ import annotations

import json

import httpx
import pytest

from seatsio_typed import Category
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, example_reply, json_reply


async def test_archive_first_page_sends_only_what_is_given(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("charts.list-archive.response.json")))
    page = await h.call(lambda c: c.charts.archive.first_page(2, "hall"))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("GET", b"/charts/archive?filter=hall&limit=2")
    expected = json.loads(load_example("charts.list-archive.response.json"))
    assert [chart.key for chart in page.items] == [item["key"] for item in expected["items"]]
    assert all(chart.archived for chart in page.items)


async def test_archive_pages_are_stateless(kind: Kind) -> None:
    # The official Lister keeps the query of one call for the next (after `page_after(5)`,
    # `page_before(5)` also sends `start_after_id=5`); here each call sends only its own.
    h = Harness(kind, FakeServer(json_reply(200, {"items": []})))
    await h.call(lambda c: c.charts.archive.page_after(5, 10, "x"))
    await h.call(lambda c: c.charts.archive.page_before(5))
    await h.call(lambda c: c.charts.archive.first_page())
    assert [r.url.raw_path for r in h.server.requests] == [
        b"/charts/archive?filter=x&limit=10&start_after_id=5",
        b"/charts/archive?end_before_id=5",
        b"/charts/archive",
    ]


async def test_archive_list_follows_the_cursor(kind: Kind) -> None:
    first = {
        "items": [{"id": 3, "key": "c3", "name": "n", "status": "NOT_USED"}],
        "next_page_starts_after": 3,
    }
    second = {"items": [{"id": 1, "key": "c1", "name": "n", "status": "NOT_USED"}]}
    h = Harness(kind, FakeServer(json_reply(200, first), json_reply(200, second)))
    charts = await h.collect(lambda c: c.charts.archive.list("n"))
    assert [chart.key for chart in charts] == ["c3", "c1"]
    assert [r.url.raw_path for r in h.server.requests] == [
        b"/charts/archive?filter=n",
        b"/charts/archive?filter=n&start_after_id=3",
    ]


async def test_list_all_tags(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("charts.list-all-tags.response.json")))
    tags = await h.call(lambda c: c.charts.list_all_tags())
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("GET", b"/charts/tags")
    assert tags == json.loads(load_example("charts.list-all-tags.response.json"))["tags"]


async def test_add_category_sends_the_reference_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    category = Category(key="1", label="Category 1", color="#bbbbbb", accessible=True)
    await h.call(lambda c: c.charts.add_category("k", category))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/charts/k/categories")
    assert h.server.body() == json.loads(load_example("charts.categories.add.request.json"))


async def test_add_category_sends_false_and_leaves_out_a_missing_colour(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.charts.add_category("k", Category(key=7, label="Stalls")))
    assert h.server.body() == {"key": 7, "label": "Stalls", "accessible": False}


async def test_add_category_with_an_empty_label_is_refused_before_sending(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    with pytest.raises(ValueError, match="label"):
        await h.call(lambda c: c.charts.add_category("k", Category(key=7, label="")))
    assert h.server.requests == []


async def test_list_passes_every_expand_flag(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"items": []})))
    await h.collect(
        lambda c: c.charts.list(
            "x", "t", expand_events=True, expand_venue_type=True, expand_zones=True
        )
    )
    assert h.server.last.url.raw_path == (
        b"/charts?filter=x&tag=t&expand=events&expand=venueType&expand=zones"
    )
