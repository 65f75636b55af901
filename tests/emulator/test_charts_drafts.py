"""Charts with events: derived status, expand=events and the draft rule (charts.md §3.3, §4)."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._charts_support import (
    Json,
    assert_no_content,
    chart_with_event,
    create_chart,
    error,
    ok_json,
    published,
    retrieve,
    small_drawing,
    upload,
)
from ._events_support import create_event


def _draft(client: httpx.Client, key: str) -> Json:
    drawing: Json = ok_json(client.get(f"/charts/{key}/version/draft"))
    return drawing


def _categories(client: httpx.Client, key: str) -> list[object]:
    categories: list[Json] = ok_json(client.get(f"/charts/{key}/categories"))["categories"]
    return [category["key"] for category in categories]


def _renamed_chart_with_event(client: httpx.Client) -> str:
    """A chart "old name" with an event, renamed to "new name" (so it has a draft)."""
    chart, _ = chart_with_event(client, name="old name")
    key: str = chart["key"]
    assert_no_content(client.post(f"/charts/{key}", json={"name": "new name"}))
    return key


def test_a_chart_with_events_is_published(admin: httpx.Client) -> None:
    chart, _ = chart_with_event(admin)
    assert chart["status"] == "NOT_USED"
    assert retrieve(admin, chart["key"])["status"] == "PUBLISHED"
    (item,) = admin.get("/charts").json()["items"]
    assert item["status"] == "PUBLISHED"


def test_deleting_the_last_event_makes_the_chart_unused(admin: httpx.Client) -> None:
    chart, event = chart_with_event(admin)
    assert_no_content(admin.delete(f"/events/{event['key']}"))
    assert retrieve(admin, chart["key"])["status"] == "NOT_USED"


def test_expand_events_lists_full_events_newest_first(admin: httpx.Client) -> None:
    chart, first = chart_with_event(admin)
    second = create_event(admin, chart["key"])
    other_chart = create_chart(admin)
    create_event(admin, other_chart["key"])
    events = retrieve(admin, chart["key"], expand="events")["events"]
    assert [event["key"] for event in events] == [second["key"], first["key"]]
    assert events[1] == ok_json(admin.get(f"/events/{first['key']}"))
    assert "events" not in retrieve(admin, chart["key"])


def test_list_expand_events_and_events_limit(admin: httpx.Client) -> None:
    chart, first = chart_with_event(admin)
    second = create_event(admin, chart["key"])
    (item,) = admin.get("/charts", params={"expand": "events"}).json()["items"]
    assert [event["key"] for event in item["events"]] == [second["key"], first["key"]]
    (item,) = admin.get("/charts", params={"expand": "events", "eventsLimit": "1"}).json()["items"]
    assert [event["key"] for event in item["events"]] == [second["key"]]


def test_renaming_a_chart_with_events_creates_a_draft(admin: httpx.Client) -> None:
    key = _renamed_chart_with_event(admin)
    shown = retrieve(admin, key)
    assert shown["status"] == "PUBLISHED_WITH_DRAFT"
    assert shown["name"] == "new name"
    assert shown["draftVersionThumbnailUrl"].endswith("/draft/thumbnail")
    assert _draft(admin, key)["name"] == "new name"
    assert published(admin, key)["name"] == "old name"


def test_the_list_filter_matches_the_name_the_chart_shows(admin: httpx.Client) -> None:
    key = _renamed_chart_with_event(admin)

    def found(needle: str) -> list[str]:
        page = ok_json(admin.get("/charts", params={"filter": needle}))
        return [item["key"] for item in page["items"]]

    assert found("new name") == [key]
    assert found("old name") == []


def test_discarding_the_draft_brings_the_published_version_back(admin: httpx.Client) -> None:
    key = _renamed_chart_with_event(admin)
    assert_no_content(admin.post(f"/charts/{key}/version/draft/actions/discard", content=b"null"))
    shown = retrieve(admin, key)
    assert shown["name"] == "old name"
    assert shown["status"] == "PUBLISHED"
    assert "draftVersionThumbnailUrl" not in shown
    assert error(admin.get(f"/charts/{key}/version/draft"), 404)["code"] == (
        "DRAFT_VERSION_NOT_FOUND"
    )


def test_publishing_the_draft_applies_it(admin: httpx.Client) -> None:
    key = _renamed_chart_with_event(admin)
    assert_no_content(admin.post(f"/charts/{key}/version/draft/actions/publish", content=b"null"))
    shown = retrieve(admin, key)
    assert shown["name"] == "new name"
    assert shown["status"] == "PUBLISHED"
    assert "draftVersionThumbnailUrl" not in shown
    assert published(admin, key)["name"] == "new name"


def test_further_changes_go_to_the_existing_draft(admin: httpx.Client) -> None:
    chart, _ = chart_with_event(admin, name="n", categories=[{"key": 1, "label": "a"}])
    key = chart["key"]
    admin.post(f"/charts/{key}", json={"name": "draft name"})
    admin.post(f"/charts/{key}/categories", json={"key": 2, "label": "b"})
    draft = _draft(admin, key)
    assert draft["name"] == "draft name"
    assert [c["key"] for c in draft["categories"]["list"]] == [1, 2]
    assert [c["key"] for c in published(admin, key)["categories"]["list"]] == [1]


@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [
        ("POST", "categories", {"key": 2, "label": "b"}, [1, "x", 2]),
        ("DELETE", "categories/x", None, [1]),
        ("POST", "categories/1", {"label": "renamed"}, [1, "x"]),
        ("POST", "", {"categories": [{"key": 3, "label": "c"}]}, [3]),
    ],
)
def test_category_changes_on_a_chart_with_events_go_to_a_draft(
    admin: httpx.Client,
    method: str,
    path: str,
    body: dict[str, object] | None,
    expected: list[object],
) -> None:
    categories = [{"key": 1, "label": "a"}, {"key": "x", "label": "b"}]
    chart, _ = chart_with_event(admin, categories=categories)
    key = chart["key"]
    url = f"/charts/{key}/{path}".rstrip("/")
    assert_no_content(admin.request(method, url, json=body))
    assert retrieve(admin, key)["status"] == "PUBLISHED_WITH_DRAFT"
    assert [c["key"] for c in _draft(admin, key)["categories"]["list"]] == expected
    assert [c["key"] for c in published(admin, key)["categories"]["list"]] == [1, "x"]
    assert _categories(admin, key) == expected


def test_a_failed_change_creates_no_draft(admin: httpx.Client) -> None:
    chart, _ = chart_with_event(admin, categories=[{"key": 1, "label": "a"}])
    key = chart["key"]
    assert error(admin.delete(f"/charts/{key}/categories/9"), 404)["code"] == "CATEGORY_NOT_FOUND"
    assert retrieve(admin, key)["status"] == "PUBLISHED"


def test_draft_version_calls(admin: httpx.Client) -> None:
    chart, _ = chart_with_event(admin, name="n")
    key = chart["key"]
    admin.post(f"/charts/{key}", json={"name": "draft"})
    thumbnail = admin.get(f"/charts/{key}/version/draft/thumbnail")
    assert thumbnail.status_code == 200
    assert thumbnail.headers["content-type"] == "image/png"
    validation = admin.post(f"/charts/{key}/version/draft/actions/validate", content=b"null")
    assert ok_json(validation) == {"errors": [], "warnings": []}


def test_copy_draft_version(admin: httpx.Client) -> None:
    chart, _ = chart_with_event(admin, name="published name")
    key = chart["key"]
    admin.post(f"/charts/{key}/tags/t")
    admin.post(f"/charts/{key}", json={"name": "draft name"})
    response = admin.post(f"/charts/{key}/version/draft/actions/copy", content=b"null")
    assert response.status_code == 201
    copy = response.json()
    assert copy["name"] == "draft name (copy)"
    assert copy["tags"] == ["t"]
    assert copy["status"] == "NOT_USED"
    assert "draftVersionThumbnailUrl" not in copy
    assert published(admin, copy["key"]) == {**_draft(admin, key), "name": "draft name (copy)"}
    assert retrieve(admin, key)["status"] == "PUBLISHED_WITH_DRAFT"


def test_copy_of_a_chart_with_events_has_no_events_and_no_draft(admin: httpx.Client) -> None:
    chart, _ = chart_with_event(admin, name="n")
    admin.post(f"/charts/{chart['key']}", json={"name": "draft"})
    copy = admin.post(f"/charts/{chart['key']}/version/published/actions/copy").json()
    assert copy["name"] == "n (copy)"
    shown = retrieve(admin, copy["key"], expand="events")
    assert shown["events"] == []
    assert shown["status"] == "NOT_USED"
    assert "draftVersionThumbnailUrl" not in shown


def test_publishing_a_draft_that_fails_an_error_level_validator_is_refused(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    drawing = small_drawing()
    drawing["subChart"]["focalPoint"] = None
    key = upload(emulator, company, drawing)
    create_event(admin, key)
    admin.post(f"/charts/{key}", json={"name": "draft"})
    admin.post("/_emulator/chart-validation", json={"VALIDATE_FOCAL_POINT": "ERROR"})
    response = admin.post(f"/charts/{key}/version/draft/actions/publish")
    assert response.status_code == 400
    body = response.json()
    assert body["errors"] == [
        {
            "code": "DRAWING_VALIDATION_FAILED",
            "message": f"Failed to publish chart [key: {key}]: invalid draft drawing",
            "data": {"failedValidations": ["VALIDATE_FOCAL_POINT"]},
        }
    ]
    assert body["warnings"] == []
    assert body["messages"] == [body["errors"][0]["message"]]
    assert retrieve(admin, key)["status"] == "PUBLISHED_WITH_DRAFT"
    assert published(admin, key)["name"] == drawing["name"]
    admin.post("/_emulator/chart-validation", json={"VALIDATE_FOCAL_POINT": "OFF"})
    assert_no_content(admin.post(f"/charts/{key}/version/draft/actions/publish"))
    assert retrieve(admin, key)["name"] == "draft"


def test_a_refused_publish_lists_the_warnings_too(
    admin: httpx.Client, emulator: Emulator, company: TestCompany
) -> None:
    drawing = small_drawing()
    drawing["subChart"]["focalPoint"] = None
    drawing["subChart"]["rows"][0]["seats"][0]["label"] = ""
    key = upload(emulator, company, drawing)
    create_event(admin, key)
    admin.post(f"/charts/{key}", json={"name": "draft"})
    admin.post("/_emulator/chart-validation", json={"VALIDATE_FOCAL_POINT": "ERROR"})
    body = admin.post(f"/charts/{key}/version/draft/actions/publish").json()
    assert body["warnings"] == [
        {
            "code": "DRAWING_VALIDATION_FAILED",
            "message": "Invalid draft drawing",
            "data": {"failedValidations": ["VALIDATE_UNLABELED_OBJECTS"]},
        }
    ]
    assert len(body["messages"]) == 2
