"""charts.* on a chart's versions and the chart itself: the exact request and the parsed result."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

import httpx
import pytest

from seatsio_typed import AsyncClient, Chart, ChartValidation, Client, UnexpectedResponseError
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, example_reply, raw_reply

Call = Callable[[Client | AsyncClient], Awaitable[object] | object]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR not json at all"


async def test_retrieve_with_events_expands_the_events(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("charts.retrieve-with-events.response.json")))
    chart = await h.call(lambda c: c.charts.retrieve_with_events("a b/c"))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path, sent.content) == (
        "GET",
        b"/charts/a%20b%2Fc?expand=events",
        b"",
    )
    assert isinstance(chart, Chart)
    assert chart.events is not None
    assert [event.key for event in chart.events] == [
        event["key"]
        for event in json.loads(load_example("charts.retrieve-with-events.response.json"))["events"]
    ]


async def test_update_sends_the_reference_bodies(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.charts.update("chart-1", "New name for my chart"))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/charts/chart-1")
    assert h.server.body() == json.loads(load_example("charts.update.request.json"))


async def test_update_with_an_empty_category_list_sends_it(kind: Kind) -> None:
    # The official client drops `[]`, so it cannot delete every category.
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.charts.update("chart-1", categories=[]))
    assert h.server.body() == {"categories": []}


@pytest.mark.parametrize("version", ["published", "draft"])
async def test_retrieve_version_returns_the_drawing_as_json(kind: Kind, version: str) -> None:
    example = f"charts.retrieve-{version}-version.response.json"
    h = Harness(kind, FakeServer(example_reply(example)))
    drawing = await h.call(
        lambda c: (
            c.charts.retrieve_published_version("k/1")
            if version == "published"
            else c.charts.retrieve_draft_version("k/1")
        )
    )
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("GET", f"/charts/k%2F1/version/{version}".encode())
    assert drawing == json.loads(load_example(example))  # nothing dropped or changed


@pytest.mark.parametrize("version", ["published", "draft"])
async def test_thumbnail_returns_the_bytes_as_sent(kind: Kind, version: str) -> None:
    h = Harness(kind, FakeServer(raw_reply(200, PNG, "image/png")))
    image = await h.call(
        lambda c: (
            c.charts.retrieve_published_version_thumbnail("k")
            if version == "published"
            else c.charts.retrieve_draft_version_thumbnail("k")
        )
    )
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == (
        "GET",
        f"/charts/k/version/{version}/thumbnail".encode(),
    )
    assert image == PNG


COPIES: list[tuple[str, Call, bytes]] = [
    (
        "charts.copy.response.json",
        lambda c: c.charts.copy("k"),
        b"/charts/k/version/published/actions/copy",
    ),
    (
        "charts.copy-to-workspace.response.json",
        lambda c: c.charts.copy_to_workspace("k", "ws 2"),
        b"/charts/k/version/published/actions/copy-to-workspace/ws%202",
    ),
    (
        "charts.copy-to-workspace.response.json",
        lambda c: c.charts.copy_from_workspace_to("k", "from/1", "to-2"),
        b"/charts/k/version/published/actions/copy/from/from%2F1/to/to-2",
    ),
    (
        "charts.copy-draft-version.response.json",
        lambda c: c.charts.copy_draft_version("k"),
        b"/charts/k/version/draft/actions/copy",
    ),
]


@pytest.mark.parametrize(
    ("example", "call", "path"), COPIES, ids=[path.decode() for _, _, path in COPIES]
)
async def test_copies_post_without_a_body_and_return_the_new_chart(
    kind: Kind, example: str, call: Call, path: bytes
) -> None:
    h = Harness(kind, FakeServer(example_reply(example)))
    chart = await h.call(call)
    sent = h.server.last
    assert (sent.method, sent.url.raw_path, sent.content) == ("POST", path, b"")
    assert isinstance(chart, Chart)
    assert chart.key == json.loads(load_example(example))["key"]


ACTIONS: list[tuple[Call, str, bytes]] = [
    (
        lambda c: c.charts.discard_draft_version("k"),
        "POST",
        b"/charts/k/version/draft/actions/discard",
    ),
    (
        lambda c: c.charts.publish_draft_version("k"),
        "POST",
        b"/charts/k/version/draft/actions/publish",
    ),
    (lambda c: c.charts.move_to_archive("k"), "POST", b"/charts/k/actions/move-to-archive"),
    (lambda c: c.charts.move_out_of_archive("k"), "POST", b"/charts/k/actions/move-out-of-archive"),
    (lambda c: c.charts.add_tag("k", "a tag/x"), "POST", b"/charts/k/tags/a%20tag%2Fx"),
    (lambda c: c.charts.remove_tag("k", "a tag/x"), "DELETE", b"/charts/k/tags/a%20tag%2Fx"),
    (lambda c: c.charts.remove_category("k", 1), "DELETE", b"/charts/k/categories/1"),
    (lambda c: c.charts.remove_category("k", "cat 2"), "DELETE", b"/charts/k/categories/cat%202"),
]


@pytest.mark.parametrize(("call", "method", "path"), ACTIONS, ids=[a[2].decode() for a in ACTIONS])
async def test_actions_send_no_body_and_return_none(
    kind: Kind, call: Call, method: str, path: bytes
) -> None:
    # A 200 with a body is ignored like a 204 (the official client ignores it too).
    h = Harness(kind, FakeServer(raw_reply(200, b'{"ignored": true}')))
    assert await h.call(call) is None
    sent = h.server.last
    assert (sent.method, sent.url.raw_path, sent.content) == (method, path, b"")


@pytest.mark.parametrize(
    ("version", "example", "errors"),
    [
        ("published", "charts.validate.valid.response.json", False),
        ("draft", "charts.validate.invalid.response.json", True),
    ],
)
async def test_validate_returns_the_failed_validators(
    kind: Kind, version: str, example: str, errors: bool
) -> None:
    h = Harness(kind, FakeServer(example_reply(example)))
    result = await h.call(
        lambda c: (
            c.charts.validate_published_version("k")
            if version == "published"
            else c.charts.validate_draft_version("k")
        )
    )
    sent = h.server.last
    assert (sent.method, sent.url.raw_path, sent.content) == (
        "POST",
        f"/charts/k/version/{version}/actions/validate".encode(),
        b"",
    )
    assert isinstance(result, ChartValidation)
    expected = json.loads(load_example(example))
    assert (result.errors, result.warnings) == (expected["errors"], expected["warnings"])
    assert bool(result.errors) is errors


async def test_a_drawing_that_is_not_an_object_is_an_unexpected_response(kind: Kind) -> None:
    h = Harness(kind, FakeServer(raw_reply(200, b"[1, 2]")))
    with pytest.raises(UnexpectedResponseError):
        await h.call(lambda c: c.charts.retrieve_published_version("k"))
