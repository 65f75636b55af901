"""Listing charts (charts.md §3.4-§3.5): filters, tags, expand, pagination, the archive."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._charts_support import (
    Json,
    assert_no_content,
    create_chart,
    error,
    ok_json,
    upload,
    zoned_drawing,
)


def _page(client: httpx.Client, path: str = "/charts", **params: str | int | list[str]) -> Json:
    page: Json = ok_json(client.get(path, params=params))
    return page


def _names(page: Json) -> list[str]:
    return [item["name"] for item in page["items"]]


def _charts(client: httpx.Client, *names: str) -> list[Json]:
    return [create_chart(client, name=name) for name in names]


def test_list_is_newest_first(admin: httpx.Client) -> None:
    _charts(admin, "a", "b", "c")
    page = _page(admin)
    assert _names(page) == ["c", "b", "a"]
    assert "next_page_starts_after" not in page
    assert "previous_page_ends_before" not in page


def test_list_of_a_new_workspace_is_empty(admin: httpx.Client) -> None:
    assert _page(admin) == {"items": []}


def test_filter_is_a_case_insensitive_substring_of_the_name(admin: httpx.Client) -> None:
    _charts(admin, "some stadium", "a theatre", "some other Stadium")
    assert _names(_page(admin, filter="stadium")) == ["some other Stadium", "some stadium"]
    assert _names(_page(admin, filter="THEA")) == ["a theatre"]
    assert _names(_page(admin, filter="nothing")) == []


def test_tag_keeps_only_charts_carrying_it_and_combines_with_filter(admin: httpx.Client) -> None:
    london, paris, london_untagged = _charts(admin, "London arena", "Paris arena", "London hall")
    for chart in (london, paris):
        assert_no_content(admin.post(f"/charts/{chart['key']}/tags/arena"))
    assert _names(_page(admin, tag="arena")) == ["Paris arena", "London arena"]
    assert _names(_page(admin, tag="arena", filter="london")) == ["London arena"]
    assert _names(_page(admin, tag="are")) == []
    assert london_untagged["name"] in _names(_page(admin, filter="london"))


@pytest.mark.parametrize("name", ["filter", "tag", "limit"])
def test_a_repeated_single_parameter_is_rejected(admin: httpx.Client, name: str) -> None:
    response = admin.get("/charts", params={name: ["1", "2"]})
    assert error(response, 400)["message"] == f"Query parameter {name} may be given only once"


def test_list_items_carry_no_expansions_by_default(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    upload(emulator, company, zoned_drawing())
    (item,) = _page(admin)["items"]
    assert not {"events", "validation", "venueType", "zones"} & set(item)


def test_expand_adds_exactly_the_requested_fields(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    upload(emulator, company, zoned_drawing())
    (item,) = _page(admin, expand="zones")["items"]
    assert item["zones"] == [
        {"key": "finish", "label": "Finish Line"},
        {"key": "mid", "label": "Mid Track"},
    ]
    assert not {"events", "validation", "venueType"} & set(item)
    (item,) = _page(admin, expand=["events", "validation", "venueType", "zones"])["items"]
    assert item["events"] == []
    assert item["validation"] == {"errors": [], "warnings": []}
    assert item["venueType"] == "WITH_ZONES"
    assert len(item["zones"]) == 2


def test_legacy_validation_true_expands_validation(admin: httpx.Client) -> None:
    create_chart(admin)
    (item,) = _page(admin, validation="true")["items"]
    assert item["validation"] == {"errors": [], "warnings": []}
    (item,) = _page(admin, validation="false")["items"]
    assert "validation" not in item


def test_unknown_expand_values_are_ignored(admin: httpx.Client) -> None:
    create_chart(admin)
    (item,) = _page(admin, expand="nonsense")["items"]
    assert "nonsense" not in item


def test_pagination_follows_the_cursor_protocol(admin: httpx.Client) -> None:
    charts = _charts(admin, "16", "17", "18", "19", "20")
    ids = {chart["name"]: str(chart["id"]) for chart in charts}
    first = _page(admin, limit=2)
    assert _names(first) == ["20", "19"]
    assert first["next_page_starts_after"] == ids["19"]
    assert "previous_page_ends_before" not in first
    second = _page(admin, limit=2, start_after_id=first["next_page_starts_after"])
    assert _names(second) == ["18", "17"]
    assert second["next_page_starts_after"] == ids["17"]
    assert second["previous_page_ends_before"] == ids["18"]
    back = _page(admin, limit=2, end_before_id=second["previous_page_ends_before"])
    assert _names(back) == ["20", "19"]
    last = _page(admin, limit=2, start_after_id=second["next_page_starts_after"])
    assert _names(last) == ["16"]
    assert "next_page_starts_after" not in last
    assert last["previous_page_ends_before"] == ids["16"]


def test_pagination_applies_to_the_filtered_list(admin: httpx.Client) -> None:
    _charts(admin, "x1", "y1", "x2", "y2", "x3")
    first = _page(admin, filter="x", limit=2)
    assert _names(first) == ["x3", "x2"]
    rest = _page(admin, filter="x", limit=2, start_after_id=first["next_page_starts_after"])
    assert _names(rest) == ["x1"]


def test_pages_hold_at_most_20_charts(admin: httpx.Client) -> None:
    _charts(admin, *(f"chart {number}" for number in range(25)))
    default = _page(admin)
    assert len(default["items"]) == 20
    assert len(_page(admin, limit=100)["items"]) == 20
    rest = _page(admin, start_after_id=default["next_page_starts_after"])
    assert _names(rest) == [f"chart {number}" for number in range(4, -1, -1)]


@pytest.mark.parametrize(
    "params",
    [{"limit": "0"}, {"limit": "x"}, {"start_after_id": "1", "end_before_id": "2"}],
)
def test_bad_page_parameters_are_rejected(admin: httpx.Client, params: dict[str, str]) -> None:
    assert error(admin.get("/charts", params=params), 400)["code"] == "VALIDATION_FAILED"


def test_archived_charts_are_listed_only_in_the_archive(admin: httpx.Client) -> None:
    kept, archived, also_archived = _charts(admin, "kept", "gone", "gone too")
    for chart in (archived, also_archived):
        assert_no_content(admin.post(f"/charts/{chart['key']}/actions/move-to-archive"))
    assert _names(_page(admin)) == ["kept"]
    archive = _page(admin, "/charts/archive")
    assert _names(archive) == ["gone too", "gone"]
    assert all(item["archived"] is True for item in archive["items"])
    assert _names(_page(admin, "/charts/archive", filter="TOO")) == ["gone too"]
    assert _names(_page(admin, "/charts/archive", limit=1)) == ["gone too"]
    assert kept["archived"] is False
