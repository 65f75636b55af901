"""Cursor pagination (overview.md §9), including the confirmed example verbatim."""

from __future__ import annotations

import pytest

from seatsio_typed.testing._wire.messages import JSON, ApiError, JSONObject, Request
from seatsio_typed.testing._wire.pagination import PageRequest, paginate

IDS = [20, 19, 18, 17, 16]


def _page(query: str, ids: list[int] = IDS, max_limit: int = 1000) -> JSONObject:
    request = Request.build("GET", f"/charts?{query}")
    page = PageRequest.from_request(request, max_limit=max_limit)
    return paginate(ids, page, item_id=lambda item: item, render=lambda item: item)


def _items(body: JSONObject) -> JSON:
    return body["items"]


def test_confirmed_example_with_limit_2() -> None:
    assert _page("limit=2") == {"items": [20, 19], "next_page_starts_after": "19"}
    assert _page("limit=2&start_after_id=19") == {
        "items": [18, 17],
        "next_page_starts_after": "17",
        "previous_page_ends_before": "18",
    }
    assert _page("limit=2&end_before_id=18") == {"items": [20, 19], "next_page_starts_after": "19"}
    assert _page("limit=2&start_after_id=17") == {
        "items": [16],
        "previous_page_ends_before": "16",
    }


def test_confirmed_example_with_limit_1_middle_page_cursors_equal_its_item() -> None:
    assert _page("limit=1") == {"items": [20], "next_page_starts_after": "20"}
    assert _page("limit=1&start_after_id=19") == {
        "items": [18],
        "next_page_starts_after": "18",
        "previous_page_ends_before": "18",
    }
    assert _page("limit=1&end_before_id=19") == {"items": [20], "next_page_starts_after": "20"}
    assert _page("limit=1&start_after_id=17") == {
        "items": [16],
        "previous_page_ends_before": "16",
    }


def test_one_page_holds_everything_without_cursors() -> None:
    assert _page("") == {"items": IDS}


def test_empty_list_is_an_empty_page() -> None:
    assert _page("limit=3", ids=[]) == {"items": []}


def test_limit_is_clamped_to_the_endpoint_maximum() -> None:
    assert _items(_page("limit=50", max_limit=3)) == [20, 19, 18]


def test_cursor_of_a_vanished_item_is_placed_by_id() -> None:
    ids = [20, 18, 16]
    assert _items(_page("limit=1&start_after_id=19", ids)) == [18]
    assert _items(_page("limit=5&end_before_id=17", ids)) == [20, 18]


def test_cursor_of_a_vanished_item_in_a_sorted_list_gives_an_empty_page() -> None:
    request = Request.build("GET", "/x?start_after_id=99")
    page = PageRequest.from_request(request)
    body = paginate([3, 1, 2], page, item_id=lambda i: i, render=lambda i: i, order="other")
    assert body == {"items": []}


def test_sorted_list_cursor_selects_by_position() -> None:
    # Sorted by label, B-1 with ids 7, 5, 9, 6 (events.md §1.5).
    ids = [7, 5, 9, 6]
    request = Request.build("GET", "/x?end_before_id=9&limit=2")
    body = paginate(
        ids,
        PageRequest.from_request(request),
        item_id=lambda i: i,
        render=lambda i: i,
        order="other",
    )
    assert body["items"] == [7, 5]


@pytest.mark.parametrize(
    "query",
    [
        "start_after_id=1&end_before_id=2",
        "limit=0",
        "limit=-3",
        "limit=abc",
        "limit=1&limit=2",
        "start_after_id=x",
    ],
)
def test_bad_paging_parameters_are_400(query: str) -> None:
    with pytest.raises(ApiError) as caught:
        PageRequest.from_request(Request.build("GET", f"/charts?{query}"))
    assert caught.value.status == 400
