"""Audit: cursor pagination of charts and archived charts (overview.md §9).

The documented example: list order `[20, 19, 18, 17, 16]` and `limit=2`. Here the five items are
charts named after their list position; cursors are their ids.
"""

from __future__ import annotations

import pytest

from ._audit_wire import Caller, JsonBody, items_of, single_error
from ._official import OfficialPage, official_client
from ._official_charts import OfficialChart, OfficialCharts, charts_of
from .conftest import Company

NAMES = ["16", "17", "18", "19", "20"]


@pytest.fixture
def ids(charts: OfficialCharts) -> dict[str, int]:
    """Five charts created oldest ("16") to newest ("20"): name -> id."""
    return {chart.name: chart.id for chart in (charts.create(name) for name in NAMES)}


def _names(page: OfficialPage[OfficialChart]) -> list[str]:
    return [chart.name for chart in page.items]


def _cursors(page: OfficialPage[OfficialChart]) -> tuple[int | None, int | None]:
    return page.next_page_starts_after, page.previous_page_ends_before


def test_the_documented_example(charts: OfficialCharts, ids: dict[str, int]) -> None:
    first = charts.list_first_page(page_size=2)
    assert (_names(first), _cursors(first)) == (["20", "19"], (ids["19"], None))
    after = charts.list_page_after(ids["19"], page_size=2)
    assert (_names(after), _cursors(after)) == (["18", "17"], (ids["17"], ids["18"]))
    before = charts.list_page_before(ids["18"], page_size=2)
    assert (_names(before), _cursors(before)) == (["20", "19"], (ids["19"], None))
    last = charts.list_page_after(ids["17"], page_size=2)
    assert (_names(last), _cursors(last)) == (["16"], (None, ids["16"]))


def test_a_middle_page_of_one_has_both_cursors_on_its_item(
    charts: OfficialCharts, ids: dict[str, int]
) -> None:
    page = charts.list_page_after(ids["19"], page_size=1)
    assert (_names(page), _cursors(page)) == (["18"], (ids["18"], ids["18"]))
    back = charts.list_page_before(ids["18"], page_size=1)
    assert (_names(back), _cursors(back)) == (["19"], (ids["19"], ids["19"]))


def test_cursors_are_json_strings_and_absent_when_there_is_no_such_page(
    caller: Caller, ids: dict[str, int]
) -> None:
    first = caller.json("/charts", query=[("limit", 2)])
    assert set(first) == {"items", "next_page_starts_after"}
    assert first["next_page_starts_after"] == str(ids["19"])
    middle = caller.json("/charts", query=[("limit", 2), ("start_after_id", ids["19"])])
    assert set(middle) == {"items", "next_page_starts_after", "previous_page_ends_before"}
    assert (middle["next_page_starts_after"], middle["previous_page_ends_before"]) == (
        str(ids["17"]),
        str(ids["18"]),
    )
    everything = caller.json("/charts")
    assert set(everything) == {"items"}
    assert [item["id"] for item in items_of(everything)] == [ids[n] for n in reversed(NAMES)]
    assert all(type(item["id"]) is int for item in items_of(everything))


def test_the_whole_list_without_a_page_size(charts: OfficialCharts, ids: dict[str, int]) -> None:
    page = charts.list_first_page()
    assert (_names(page), _cursors(page)) == (list(reversed(NAMES)), (None, None))


def test_filtered_pages_are_newest_first(charts: OfficialCharts, ids: dict[str, int]) -> None:
    charts.create("other")
    page = charts.list_first_page(page_size=2, filter="1")
    assert (_names(page), _cursors(page)) == (["19", "18"], (ids["18"], None))
    after = charts.list_page_after(ids["18"], page_size=2, filter="1")
    assert (_names(after), _cursors(after)) == (["17", "16"], (None, ids["17"]))


def test_iterating_follows_every_next_cursor(charts: OfficialCharts) -> None:
    created = [charts.create(f"chart {n}").key for n in range(45)]
    assert [chart.key for chart in charts.list()] == list(reversed(created))


def test_the_archive_pages_the_same_way(server_url: str, company: Company) -> None:
    setup = charts_of(official_client(server_url, company.admin_key))
    made = [setup.create(name) for name in NAMES]
    ids = {chart.name: chart.id for chart in made}
    for chart in made:
        setup.move_to_archive(chart.key)
    setup.create("not archived")
    # The official archive Lister keeps its query parameters: one fresh client per call.
    first = charts_of(official_client(server_url, company.admin_key)).archive.first_page(2)
    assert (_names(first), _cursors(first)) == (["20", "19"], (ids["19"], None))
    archived: list[OfficialChart] = list(
        charts_of(official_client(server_url, company.admin_key)).archive.list()
    )
    assert [(chart.name, chart.archived) for chart in archived] == [
        (name, True) for name in reversed(NAMES)
    ]


def test_both_cursors_together_are_a_400(caller: Caller, ids: dict[str, int]) -> None:
    response = caller.get(
        "/charts", query=[("start_after_id", ids["19"]), ("end_before_id", ids["17"])]
    )
    single_error(response, 400)


@pytest.mark.parametrize(
    "query",
    [
        [("limit", "0")],
        [("limit", "-1")],
        [("limit", "ten")],
        [("limit", "1"), ("limit", "2")],
        [("start_after_id", "abc")],
        [("end_before_id", "1.5")],
        [("filter", "a"), ("filter", "b")],
        [("tag", "a"), ("tag", "b")],
    ],
)
def test_bad_paging_parameters_are_400(
    caller: Caller, ids: dict[str, int], query: list[tuple[str, str]]
) -> None:
    body: JsonBody = single_error(caller.get("/charts", query=query), 400)
    assert body["code"]


def test_a_huge_limit_is_not_an_error(caller: Caller, ids: dict[str, int]) -> None:
    page = caller.json("/charts", query=[("limit", "99999999999999999999")])
    assert len(items_of(page)) == len(NAMES)
