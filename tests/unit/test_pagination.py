"""Pagination: Page[T] cursors, lazy iteration page by page, and the page navigation calls."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed import (
    AsyncClient,
    AsyncPageIterator,
    Chart,
    Client,
    Page,
    PageIterator,
    Region,
    UnexpectedResponseError,
)
from tests.unit.support import FakeServer, Harness, Kind, json_reply


def chart(chart_id: int) -> dict[str, object]:
    return {
        "id": chart_id,
        "key": f"key-{chart_id}",
        "name": f"chart {chart_id}",
        "status": "NOT_USED",
    }


def page(*ids: int, next_: object = None, previous: object = None) -> dict[str, object]:
    body: dict[str, object] = {"items": [chart(i) for i in ids]}
    if next_ is not None:
        body["next_page_starts_after"] = next_
    if previous is not None:
        body["previous_page_ends_before"] = previous
    return body


class PagedCharts:
    """Serves charts 20..16 newest first, `limit` 2 per page, like the API (overview.md §9)."""

    def __init__(self) -> None:
        self.ids = [20, 19, 18, 17, 16]
        self.server = FakeServer(self.respond)

    def respond(self, request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("start_after_id")
        start = self.ids.index(int(after)) + 1 if after else 0
        items = self.ids[start : start + 2]
        has_next = start + 2 < len(self.ids)
        return json_reply(
            200,
            page(
                *items,
                next_=str(items[-1]) if has_next else None,
                previous=str(items[0]) if start > 0 else None,
            ),
        )


@pytest.mark.parametrize(
    ("raw", "cursor"),
    [("19", 19), (19, 19), (None, None), ("", None), (" 7 ", 7)],
)
def test_cursors_may_be_strings_numbers_null_or_empty(raw: object, cursor: int | None) -> None:
    parsed = Page[Chart].model_validate({"items": [], "next_page_starts_after": raw})
    assert parsed.next_page_starts_after == cursor


def test_absent_cursors_are_none() -> None:
    parsed = Page[Chart].model_validate_json(b'{"items": []}')
    assert parsed.next_page_starts_after is None
    assert parsed.previous_page_ends_before is None


def test_a_cursor_that_is_not_an_id_is_refused() -> None:
    with pytest.raises(ValueError, match="next_page_starts_after"):
        Page[Chart].model_validate({"items": [], "next_page_starts_after": "abc"})


def test_page_items_are_typed_and_unknown_keys_are_kept() -> None:
    parsed = Page[Chart].model_validate({"items": [chart(3)], "total": 1})
    assert isinstance(parsed.items[0], Chart)
    assert parsed.items[0].id == 3
    assert parsed.model_extra == {"total": 1}


def test_iteration_is_lazy_and_fetches_a_page_only_when_it_is_reached() -> None:
    paged = PagedCharts()
    client = Client(
        Region("http://seatsio.test"),
        "secret",
        http_client=httpx.Client(transport=httpx.MockTransport(paged.server.handle)),
    )
    charts = client.charts.list()
    assert paged.server.requests == []  # nothing is fetched before iteration starts

    iterator = iter(charts)
    assert next(iterator).id == 20
    assert len(paged.server.requests) == 1
    assert next(iterator).id == 19
    assert len(paged.server.requests) == 1  # still on the first page
    assert next(iterator).id == 18
    assert len(paged.server.requests) == 2
    assert [c.id for c in iterator] == [17, 16]
    assert len(paged.server.requests) == 3
    cursors = [r.url.params.get("start_after_id") for r in paged.server.requests]
    assert cursors == [None, "19", "17"]


async def test_async_iteration_is_lazy_too() -> None:
    paged = PagedCharts()
    client = AsyncClient(
        Region("http://seatsio.test"),
        "secret",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(paged.server.handle)),
    )
    charts = client.charts.list()
    assert paged.server.requests == []
    seen: list[int] = []
    async for item in charts:
        seen.append(item.id)
        if item.id == 19:
            break
    assert seen == [20, 19]
    assert len(paged.server.requests) == 1
    assert [c.id async for c in charts] == [20, 19, 18, 17, 16]


async def test_every_iteration_starts_again_from_the_first_page(kind: Kind) -> None:
    paged = PagedCharts()
    h = Harness(kind, paged.server)
    charts = h.client.charts.list()
    first = await collect(charts)
    second = await collect(charts)
    assert first == second == [20, 19, 18, 17, 16]
    assert len(paged.server.requests) == 6


async def collect(charts: PageIterator[Chart] | AsyncPageIterator[Chart]) -> list[int]:
    """The ids of every chart, whichever the kind of iterator."""
    if isinstance(charts, PageIterator):
        return [c.id for c in charts]
    return [c.id async for c in charts]


async def test_pages_walks_whole_pages(kind: Kind) -> None:
    h = Harness(kind, PagedCharts().server)
    if isinstance(h.client, Client):
        pages = list(h.client.charts.list().pages())
    else:
        pages = [p async for p in h.client.charts.list().pages()]
    assert [[c.id for c in p.items] for p in pages] == [[20, 19], [18, 17], [16]]
    assert [p.previous_page_ends_before for p in pages] == [None, 18, 16]


async def test_a_cursor_that_points_to_its_own_page_stops_the_iteration(kind: Kind) -> None:
    h = Harness(
        kind, FakeServer(json_reply(200, page(5, next_="4")), json_reply(200, page(4, next_="4")))
    )
    with pytest.raises(UnexpectedResponseError, match="points to itself"):
        await collect(h.client.charts.list())
    assert len(h.server.requests) == 2


async def test_list_sends_filter_tag_and_expand_flags(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, page())))
    await collect(
        h.client.charts.list(
            chart_filter="london", tag="rock", expand_events=True, expand_venue_type=True
        )
    )
    params = h.server.last.url.params
    assert params["filter"] == "london"
    assert params["tag"] == "rock"
    assert params.get_list("expand") == ["events", "venueType"]
    assert "limit" not in params


async def test_list_first_page(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, page(20, 19, next_="19"))))
    first = await h.call(lambda c: c.charts.list_first_page(2, "lon", tag="t", expand_zones=True))
    assert [c.id for c in first.items] == [20, 19]
    assert first.next_page_starts_after == 19
    assert first.previous_page_ends_before is None
    assert h.server.last.url.path == "/charts"
    assert dict(h.server.last.url.params.multi_items()) == {
        "filter": "lon",
        "tag": "t",
        "expand": "zones",
        "limit": "2",
    }


async def test_list_first_page_without_a_page_size_sends_no_limit(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, page())))
    await h.call(lambda c: c.charts.list_first_page())
    assert h.server.last.url.query == b""


async def test_list_page_after_and_before(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, page(18, 17, next_=17, previous=18))))
    after = await h.call(lambda c: c.charts.list_page_after(19, 2))
    assert h.server.last.url.params["start_after_id"] == "19"
    assert h.server.last.url.params["limit"] == "2"
    assert (after.next_page_starts_after, after.previous_page_ends_before) == (17, 18)

    await h.call(lambda c: c.charts.list_page_before(18, filter="x"))
    params = h.server.last.url.params
    assert params["end_before_id"] == "18"
    assert params["filter"] == "x"
    assert "start_after_id" not in params  # nothing leaks from the previous call
