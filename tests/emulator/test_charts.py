"""Charts: create, retrieve and update (charts.md §3.1-§3.3) through plain httpx."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._charts_support import (
    CHART_KEYS,
    assert_no_content,
    create_chart,
    error,
    published,
    retrieve,
    small_drawing,
    upload,
    zoned_drawing,
)
from .conftest import client_for


@pytest.mark.parametrize("body", [b"", b"null", b"{}"])
def test_create_without_body_makes_an_untitled_empty_chart(
    admin: httpx.Client, body: bytes
) -> None:
    response = admin.post("/charts", content=body)
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"
    chart = response.json()
    assert set(chart) == CHART_KEYS
    assert chart["name"] == "Untitled chart"
    assert chart["status"] == "NOT_USED"
    assert chart["tags"] == []
    assert chart["archived"] is False
    assert isinstance(chart["id"], int)
    assert chart["id"] > 0
    assert chart["publishedVersionThumbnailUrl"]
    drawing = published(admin, chart["key"])
    assert drawing["name"] == "Untitled chart"
    assert drawing["venueType"] == "SIMPLE"
    assert drawing["categories"]["list"] == []


def test_each_chart_gets_a_new_key_and_a_growing_id(admin: httpx.Client) -> None:
    first, second = create_chart(admin), create_chart(admin)
    assert first["key"] != second["key"]
    assert second["id"] > first["id"]


def test_create_stores_name_venue_type_and_categories_in_the_drawing(
    admin: httpx.Client,
) -> None:
    chart = create_chart(
        admin,
        name="my chart",
        venueType="TABLES",
        categories=[
            {"key": 1, "label": "Category 1", "color": "#aaaaaa"},
            {"key": "two", "label": "Category 2", "color": "#bbbbbb", "accessible": True},
        ],
    )
    assert chart["name"] == "my chart"
    drawing = published(admin, chart["key"])
    assert drawing["name"] == "my chart"
    assert drawing["venueType"] == "TABLES"
    assert drawing["categories"]["list"] == [
        {"key": 1, "label": "Category 1", "color": "#aaaaaa", "accessible": False},
        {"key": "two", "label": "Category 2", "color": "#bbbbbb", "accessible": True},
    ]
    assert retrieve(admin, chart["key"])["venueType"] == "SIMPLE"


def test_a_category_without_color_gets_one(admin: httpx.Client) -> None:
    chart = create_chart(admin, categories=[{"key": 1, "label": "a"}, {"key": 2, "label": "b"}])
    colors = [item["color"] for item in published(admin, chart["key"])["categories"]["list"]]
    assert all(color.startswith("#") for color in colors)
    assert colors[0] != colors[1]


def test_the_official_client_sends_null_for_an_absent_color(admin: httpx.Client) -> None:
    body = {"categories": [{"key": 1, "label": "a", "color": None, "accessible": False}]}
    chart = create_chart(admin, **body)
    (category,) = published(admin, chart["key"])["categories"]["list"]
    assert category["color"].startswith("#")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"name": 5}', "#/name: expected type: String, found: Integer"),
        (b'{"categories": {}}', "#/categories: expected type: JSONArray, found: JSONObject"),
        (b'{"categories": ["x"]}', "#/categories/0: expected type: JSONObject, found: String"),
        (b'{"categories": [{"label": "a"}]}', "#/categories/0: required key [key] not found"),
        (b'{"categories": [{"key": 1}]}', "#/categories/0: required key [label] not found"),
        (
            b'{"categories": [{"key": 1.5, "label": "a"}]}',
            "#/categories/0/key: expected type: String or Integer, found: BigDecimal",
        ),
        (
            b'{"categories": [{"key": 9007199254740992, "label": "a"}]}',
            "#/categories/0/key: 9007199254740992 is not less or equal to 9007199254740991",
        ),
        (b'"a chart"', "#: expected type: JSONObject, found: String"),
    ],
)
def test_create_rejects_invalid_bodies(admin: httpx.Client, body: bytes, message: str) -> None:
    response = admin.post("/charts", content=body)
    assert error(response, 400)["message"] == message
    assert admin.get("/charts").json()["items"] == []


def test_create_accepts_the_largest_exact_integer_key(admin: httpx.Client) -> None:
    chart = create_chart(admin, categories=[{"key": 9007199254740991, "label": "a"}])
    (category,) = admin.get(f"/charts/{chart['key']}/categories").json()["categories"]
    assert category["key"] == 9007199254740991


def test_create_rejects_duplicate_category_keys(admin: httpx.Client) -> None:
    response = admin.post(
        "/charts", json={"categories": [{"key": 1, "label": "a"}, {"key": "1", "label": "b"}]}
    )
    assert error(response, 400)["code"] == "DUPLICATE_CATEGORY_KEY"


def test_retrieve_shows_the_chart_with_venue_type_and_validation(admin: httpx.Client) -> None:
    created = create_chart(admin, name="hall")
    chart = retrieve(admin, created["key"])
    assert {key: chart[key] for key in created} == created
    assert chart["venueType"] == "SIMPLE"
    assert chart["validation"] == {"errors": [], "warnings": []}
    assert "events" not in chart
    assert "zones" not in chart
    assert "draftVersionThumbnailUrl" not in chart


def test_retrieve_unknown_chart_is_chart_not_found(
    admin: httpx.Client, company: TestCompany
) -> None:
    found = error(admin.get("/charts/no-such-chart"), 404)
    assert found["code"] == "CHART_NOT_FOUND"
    assert found["message"].startswith("Chart not found: no-such-chart was not found in workspace")
    assert company.workspace.key in found["message"]


def test_retrieve_shows_zones_of_a_zoned_chart_without_expand(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    chart = retrieve(admin, upload(emulator, company, zoned_drawing()))
    assert chart["zones"] == [
        {"key": "finish", "label": "Finish Line"},
        {"key": "mid", "label": "Mid Track"},
    ]
    assert chart["venueType"] == "WITH_ZONES"


def test_retrieve_with_expand_zones_on_a_chart_without_zones(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    assert retrieve(admin, key, expand="zones")["zones"] == []


def test_retrieve_with_expand_events_on_an_unused_chart(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    assert retrieve(admin, key, expand="events")["events"] == []


@pytest.mark.parametrize("expand", [["events", "zones"], ["events,zones"]])
def test_retrieve_expands_combine(admin: httpx.Client, expand: list[str]) -> None:
    key = create_chart(admin)["key"]
    chart = retrieve(admin, key, expand=expand)
    assert chart["events"] == []
    assert chart["zones"] == []


def test_retrieve_works_with_the_workspace_secret_key(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    key = create_chart(admin, name="shared")["key"]
    with client_for(emulator, company.workspace.secret_key) as workspace_client:
        assert retrieve(workspace_client, key)["name"] == "shared"


def test_charts_of_one_workspace_are_not_visible_in_another(
    admin: httpx.Client, emulator: Emulator
) -> None:
    key = create_chart(admin)["key"]
    other = emulator.create_test_company()
    with client_for(emulator, other.admin_key) as stranger:
        assert error(stranger.get(f"/charts/{key}"), 404)["code"] == "CHART_NOT_FOUND"


def test_update_renames_and_keeps_categories_and_venue_type(admin: httpx.Client) -> None:
    chart = create_chart(
        admin, name="old", venueType="TABLES", categories=[{"key": 1, "label": "a"}]
    )
    before = published(admin, chart["key"])
    assert_no_content(admin.post(f"/charts/{chart['key']}", json={"name": "new"}))
    after = published(admin, chart["key"])
    assert after["name"] == "new"
    assert after["categories"] == before["categories"]
    assert after["venueType"] == "TABLES"
    assert retrieve(admin, chart["key"])["name"] == "new"
    assert retrieve(admin, chart["key"])["status"] == "NOT_USED"


def test_update_categories_replaces_the_whole_list(admin: httpx.Client) -> None:
    chart = create_chart(
        admin,
        name="keep me",
        categories=[
            {"key": 1, "label": "one", "color": "#111111", "accessible": True},
            {"key": 2, "label": "two", "color": "#222222"},
            {"key": "three", "label": "three", "color": "#333333"},
        ],
    )
    response = admin.post(
        f"/charts/{chart['key']}",
        json={
            "categories": [
                {"key": "new", "label": "new", "color": "#444444"},
                {"key": 1, "label": "one bis"},
                {"key": 2, "label": "two", "color": "#999999", "accessible": True},
            ]
        },
    )
    assert_no_content(response)
    drawing = published(admin, chart["key"])
    assert drawing["name"] == "keep me"
    assert drawing["categories"]["list"] == [
        {"key": "new", "label": "new", "color": "#444444", "accessible": False},
        {"key": 1, "label": "one bis", "color": "#111111", "accessible": True},
        {"key": 2, "label": "two", "color": "#999999", "accessible": True},
    ]


def test_update_with_no_categories_deletes_them_all(admin: httpx.Client) -> None:
    chart = create_chart(admin, categories=[{"key": 1, "label": "a"}])
    assert_no_content(admin.post(f"/charts/{chart['key']}", json={"categories": []}))
    assert published(admin, chart["key"])["categories"]["list"] == []


def test_update_of_an_uploaded_chart_keeps_its_objects(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    key = upload(emulator, company, small_drawing())
    before = published(admin, key)
    assert_no_content(admin.post(f"/charts/{key}", json={"name": "renamed"}))
    after = published(admin, key)
    assert after["subChart"] == before["subChart"]
    assert after["name"] == "renamed"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"categories": ["x"]}', "#/categories/0: expected type: JSONObject, found: String"),
        (b'{"name": []}', "#/name: expected type: String, found: JSONArray"),
        (b'{"categories": [{"key": 7}]}', "#/categories/0: required key [label] not found"),
    ],
)
def test_update_rejects_invalid_bodies_and_changes_nothing(
    admin: httpx.Client, body: bytes, message: str
) -> None:
    chart = create_chart(admin, name="same", categories=[{"key": 1, "label": "a"}])
    before = published(admin, chart["key"])
    response = admin.post(f"/charts/{chart['key']}", content=body)
    assert error(response, 400)["message"] == message
    assert published(admin, chart["key"]) == before


def test_update_unknown_chart_is_chart_not_found(admin: httpx.Client) -> None:
    response = admin.post("/charts/nope", json={"name": "x"})
    assert error(response, 404)["code"] == "CHART_NOT_FOUND"


def test_update_with_an_empty_body_changes_nothing(admin: httpx.Client) -> None:
    chart = create_chart(admin, name="same")
    assert_no_content(admin.post(f"/charts/{chart['key']}", content=b"null"))
    assert retrieve(admin, chart["key"])["name"] == "same"
