"""Chart tags and the archive (charts.md §3.6-§3.7)."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

from ._charts_support import assert_no_content, create_chart, error, ok_json, retrieve


def _tags(client: httpx.Client) -> list[str]:
    tags: list[str] = ok_json(client.get("/charts/tags"))["tags"]
    return tags


def _tag_path(key: str, tag: str) -> str:
    return f"/charts/{key}/tags/{quote(tag, safe='')}"


def test_added_tags_show_on_the_chart(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    assert_no_content(admin.post(_tag_path(key, "tag1"), content=b"null"))
    assert_no_content(admin.post(_tag_path(key, "tag2")))
    assert sorted(retrieve(admin, key)["tags"]) == ["tag1", "tag2"]


def test_adding_a_tag_twice_keeps_one(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    assert_no_content(admin.post(_tag_path(key, "x")))
    assert_no_content(admin.post(_tag_path(key, "x")))
    assert retrieve(admin, key)["tags"] == ["x"]


@pytest.mark.parametrize("tag", ["tag1/:-'<>", "tag 1/é", "a+b", "50%"])
def test_tags_with_special_characters_round_trip(admin: httpx.Client, tag: str) -> None:
    key = create_chart(admin)["key"]
    assert_no_content(admin.post(_tag_path(key, tag)))
    assert retrieve(admin, key)["tags"] == [tag]
    assert _tags(admin) == [tag]
    assert_no_content(admin.delete(_tag_path(key, tag)))
    assert retrieve(admin, key)["tags"] == []


def test_removing_a_tag_keeps_the_others(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    for tag in ("a", "b", "c"):
        admin.post(_tag_path(key, tag))
    assert_no_content(admin.request("DELETE", _tag_path(key, "b"), content=b"null"))
    assert retrieve(admin, key)["tags"] == ["a", "c"]


def test_removing_a_tag_the_chart_does_not_carry_is_404(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    admin.post(_tag_path(key, "a"))
    assert error(admin.delete(_tag_path(key, "b")), 404)["code"] == "TAG_NOT_FOUND"
    assert retrieve(admin, key)["tags"] == ["a"]


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_tags_of_an_unknown_chart_are_404(admin: httpx.Client, method: str) -> None:
    response = admin.request(method, _tag_path("nope", "a"))
    assert error(response, 404)["code"] == "CHART_NOT_FOUND"


def test_list_all_tags_gives_each_tag_once(admin: httpx.Client) -> None:
    first, second = create_chart(admin)["key"], create_chart(admin)["key"]
    for key, tag in ((first, "tag2"), (first, "tag1"), (second, "tag2"), (second, "tag3")):
        admin.post(_tag_path(key, tag))
    assert _tags(admin) == ["tag1", "tag2", "tag3"]


def test_list_all_tags_of_a_new_workspace_is_empty(admin: httpx.Client) -> None:
    assert _tags(admin) == []


def test_archive_round_trip(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    assert_no_content(admin.post(f"/charts/{key}/actions/move-to-archive", content=b"null"))
    assert retrieve(admin, key)["archived"] is True
    assert_no_content(admin.post(f"/charts/{key}/actions/move-out-of-archive"))
    assert retrieve(admin, key)["archived"] is False
    assert [item["key"] for item in admin.get("/charts").json()["items"]] == [key]
    assert admin.get("/charts/archive").json()["items"] == []


def test_archived_charts_tags_leave_the_tag_list(admin: httpx.Client) -> None:
    archived, kept = create_chart(admin)["key"], create_chart(admin)["key"]
    admin.post(_tag_path(archived, "old"))
    admin.post(_tag_path(archived, "both"))
    admin.post(_tag_path(kept, "both"))
    admin.post(f"/charts/{archived}/actions/move-to-archive")
    assert _tags(admin) == ["both"]
    admin.post(f"/charts/{archived}/actions/move-out-of-archive")
    assert _tags(admin) == ["both", "old"]


def test_archiving_an_archived_chart_is_rejected(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    admin.post(f"/charts/{key}/actions/move-to-archive")
    response = admin.post(f"/charts/{key}/actions/move-to-archive")
    assert error(response, 400)["code"] == "CHART_ALREADY_ARCHIVED"
    assert retrieve(admin, key)["archived"] is True


def test_moving_an_active_chart_out_of_the_archive_is_rejected(admin: httpx.Client) -> None:
    key = create_chart(admin)["key"]
    response = admin.post(f"/charts/{key}/actions/move-out-of-archive")
    assert error(response, 400)["code"] == "CHART_NOT_ARCHIVED"
    assert retrieve(admin, key)["archived"] is False


@pytest.mark.parametrize("action", ["move-to-archive", "move-out-of-archive"])
def test_archive_actions_on_an_unknown_chart_are_404(admin: httpx.Client, action: str) -> None:
    response = admin.post(f"/charts/nope/actions/{action}")
    assert error(response, 404)["code"] == "CHART_NOT_FOUND"


def test_literal_paths_win_over_chart_keys(admin: httpx.Client) -> None:
    create_chart(admin)
    assert set(ok_json(admin.get("/charts/tags"))) == {"tags"}
    assert ok_json(admin.get("/charts/archive"))["items"] == []
