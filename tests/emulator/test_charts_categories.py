"""A chart's categories (charts.md §3.12) on charts without events."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._charts_support import (
    assert_no_content,
    create_chart,
    error,
    ok_json,
    published,
    small_drawing,
    upload,
)

CATEGORIES = [
    {"key": 1, "label": "one", "color": "#111111", "accessible": False},
    {"key": "cat2", "label": "two", "color": "#222222", "accessible": True},
]


def _list(client: httpx.Client, key: str) -> list[dict[str, object]]:
    body = ok_json(client.get(f"/charts/{key}/categories"))
    assert set(body) == {"categories"}
    categories: list[dict[str, object]] = body["categories"]
    return categories


@pytest.fixture
def chart_key(admin: httpx.Client) -> str:
    """A chart with the two CATEGORIES."""
    key: str = create_chart(admin, categories=CATEGORIES)["key"]
    return key


def test_list_gives_the_categories_in_drawing_order_with_their_key_types(
    admin: httpx.Client, chart_key: str
) -> None:
    assert _list(admin, chart_key) == CATEGORIES


def test_list_of_an_uploaded_drawing(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = upload(emulator, company, small_drawing())
    assert _list(admin, key) == [
        {"key": 1, "label": "Stalls", "color": "#ff0000", "accessible": False},
        {"key": "balcony", "label": "Balcony", "color": "#00ff00", "accessible": False},
    ]


def test_add_appends_at_the_end(admin: httpx.Client, chart_key: str) -> None:
    new = {"key": "1b", "label": "Category 1", "color": "#bbbbbb", "accessible": True}
    assert_no_content(admin.post(f"/charts/{chart_key}/categories", json=new))
    assert _list(admin, chart_key) == [*CATEGORIES, new]
    assert published(admin, chart_key)["categories"]["list"] == [*CATEGORIES, new]


def test_add_defaults_color_and_accessible(admin: httpx.Client, chart_key: str) -> None:
    body = {"key": 3, "label": "three", "color": None}
    assert_no_content(admin.post(f"/charts/{chart_key}/categories", json=body))
    added = _list(admin, chart_key)[-1]
    assert added["accessible"] is False
    assert str(added["color"]).startswith("#")


def test_add_numeric_key_moves_max_category_key(admin: httpx.Client, chart_key: str) -> None:
    admin.post(f"/charts/{chart_key}/categories", json={"key": 40, "label": "forty"})
    assert published(admin, chart_key)["categories"]["maxCategoryKey"] == 40


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"key": 1, "label": "again"}, "DUPLICATE_CATEGORY_KEY"),
        ({"key": "1", "label": "again as text"}, "DUPLICATE_CATEGORY_KEY"),
        ({"label": "no key"}, "VALIDATION_FAILED"),
        ({"key": 5}, "VALIDATION_FAILED"),
        ({"key": 5, "label": "x", "accessible": "yes"}, "VALIDATION_FAILED"),
    ],
)
def test_add_rejects_bad_categories(
    admin: httpx.Client, chart_key: str, body: dict[str, object], code: str
) -> None:
    assert error(admin.post(f"/charts/{chart_key}/categories", json=body), 400)["code"] == code
    assert _list(admin, chart_key) == CATEGORIES


@pytest.mark.parametrize("path_key", ["1", "cat2"])
def test_remove_by_numeric_or_string_key(
    admin: httpx.Client, chart_key: str, path_key: str
) -> None:
    assert_no_content(admin.delete(f"/charts/{chart_key}/categories/{path_key}"))
    assert [str(category["key"]) for category in _list(admin, chart_key)] == [
        key for key in ("1", "cat2") if key != path_key
    ]


def test_removing_every_category_leaves_none(admin: httpx.Client, chart_key: str) -> None:
    admin.delete(f"/charts/{chart_key}/categories/1")
    admin.delete(f"/charts/{chart_key}/categories/cat2")
    assert _list(admin, chart_key) == []


def test_remove_a_key_with_special_characters(admin: httpx.Client) -> None:
    key = create_chart(admin, categories=[{"key": "a/b c", "label": "odd"}])["key"]
    assert_no_content(admin.delete(f"/charts/{key}/categories/a%2Fb%20c"))
    assert _list(admin, key) == []


def test_remove_an_unknown_category_is_404(admin: httpx.Client, chart_key: str) -> None:
    response = admin.delete(f"/charts/{chart_key}/categories/99")
    assert error(response, 404)["code"] == "CATEGORY_NOT_FOUND"
    assert _list(admin, chart_key) == CATEGORIES


def test_update_changes_label_color_and_accessible(admin: httpx.Client, chart_key: str) -> None:
    body = {"label": "Updated label", "color": "#bbbbbb", "accessible": True}
    assert_no_content(admin.post(f"/charts/{chart_key}/categories/1", json=body))
    assert _list(admin, chart_key) == [{"key": 1, **body}, CATEGORIES[1]]


def test_update_keeps_what_is_not_given(admin: httpx.Client, chart_key: str) -> None:
    assert_no_content(admin.post(f"/charts/{chart_key}/categories/cat2", json={"label": "new"}))
    assert _list(admin, chart_key)[1] == {**CATEGORIES[1], "label": "new"}
    body = {"accessible": False}
    assert_no_content(admin.post(f"/charts/{chart_key}/categories/cat2", json=body))
    assert _list(admin, chart_key)[1]["accessible"] is False


def test_update_an_unknown_category_is_404(admin: httpx.Client, chart_key: str) -> None:
    response = admin.post(f"/charts/{chart_key}/categories/nope", json={"label": "x"})
    assert error(response, 404)["code"] == "CATEGORY_NOT_FOUND"


def test_update_rejects_a_wrongly_typed_label(admin: httpx.Client, chart_key: str) -> None:
    response = admin.post(f"/charts/{chart_key}/categories/1", json={"label": 3})
    assert error(response, 400)["message"] == "#/label: expected type: String, found: Integer"
    assert _list(admin, chart_key) == CATEGORIES


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/charts/nope/categories"),
        ("POST", "/charts/nope/categories"),
        ("DELETE", "/charts/nope/categories/1"),
        ("POST", "/charts/nope/categories/1"),
    ],
)
def test_categories_of_an_unknown_chart_are_404(
    admin: httpx.Client, method: str, path: str
) -> None:
    response = admin.request(method, path, json={"key": 1, "label": "x"})
    assert error(response, 404)["code"] == "CHART_NOT_FOUND"
