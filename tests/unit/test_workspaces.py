"""workspaces.* and hold_tokens.expire_in_minutes: the exact request and the parsed result."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

import httpx
import pytest

from seatsio_typed import (
    AsyncClient,
    AsyncLister,
    AsyncPageIterator,
    Client,
    ForSaleMode,
    Lister,
    Page,
    PageIterator,
    Workspace,
)
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, example_reply, json_reply, raw_reply

Call = Callable[[Client | AsyncClient], Awaitable[object] | object]
PageResult = Awaitable[Page[Workspace]] | Page[Workspace]
Items = AsyncPageIterator[Workspace] | PageIterator[Workspace]
NEW_SECRET = "f6a3b1c2-0000-4000-8000-new-secret"


async def test_create_sends_the_for_sale_mode(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("workspaces.create.response.json")))
    await h.call(lambda c: c.workspaces.create("ws", False, ForSaleMode.UNLIMITED_BILLABLE))
    assert h.server.body() == {"name": "ws", "isTest": False, "forSaleMode": "UNLIMITED_BILLABLE"}


async def test_an_unknown_for_sale_mode_is_passed_through(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.workspaces.update("w", "n", ForSaleMode("SOMETHING_NEW")))
    assert h.server.body() == {"name": "n", "forSaleMode": "SOMETHING_NEW"}


async def test_update_sends_the_reference_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    body = json.loads(load_example("workspaces.update.request.json"))
    await h.call(lambda c: c.workspaces.update("w 1", body["name"]))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/workspaces/w%201")
    assert h.server.body() == body


async def test_retrieve_parses_every_field(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("workspaces.retrieve.response.json")))
    workspace = await h.call(lambda c: c.workspaces.retrieve("18725661"))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path, sent.content) == ("GET", b"/workspaces/18725661", b"")
    assert isinstance(workspace, Workspace)
    assert workspace.model_dump(by_alias=True, exclude_none=True) == json.loads(
        load_example("workspaces.retrieve.response.json")
    )


def lister_of(c: Client | AsyncClient, which: str) -> AsyncLister[Workspace] | Lister[Workspace]:
    """`workspaces.active` or `workspaces.inactive`."""
    return c.workspaces.active if which == "active" else c.workspaces.inactive


def page_calls(which: str) -> list[Callable[[Client | AsyncClient], PageResult]]:
    """First page, page after 9 and page before 9 of one of the three workspace lists."""
    if which == "all":
        return [
            lambda c: c.workspaces.list_first_page(3, "a"),
            lambda c: c.workspaces.list_page_after(9, filter="b"),
            lambda c: c.workspaces.list_page_before(9),
        ]
    return [
        lambda c: lister_of(c, which).first_page(3, "a"),
        lambda c: lister_of(c, which).page_after(9, filter="b"),
        lambda c: lister_of(c, which).page_before(9),
    ]


def iterate(which: str) -> Callable[[Client | AsyncClient], Items]:
    """Every workspace of one of the three lists, filtered by `x`."""
    if which == "all":
        return lambda c: c.workspaces.list("x")
    return lambda c: lister_of(c, which).list("x")


LISTS = [
    ("all", "/workspaces"),
    ("active", "/workspaces/active"),
    ("inactive", "/workspaces/inactive"),
]


@pytest.mark.parametrize(("which", "path"), LISTS)
async def test_the_three_lists_page_statelessly(kind: Kind, which: str, path: str) -> None:
    h = Harness(kind, FakeServer(example_reply("workspaces.list.response.json")))
    for call in page_calls(which):
        page = await h.call(call)
        assert [ws.name for ws in page.items] == ["a workspace", "another workspace"]
    assert [r.url.raw_path.decode() for r in h.server.requests] == [
        f"{path}?filter=a&limit=3",
        f"{path}?filter=b&start_after_id=9",
        f"{path}?end_before_id=9",
    ]


@pytest.mark.parametrize(("which", "path"), LISTS)
async def test_list_iterates_lazily_with_the_filter(kind: Kind, which: str, path: str) -> None:
    h = Harness(kind, FakeServer(example_reply("workspaces.list.response.json")))
    # The example page names a next page: stopping after its two items fetches only it.
    workspaces = await h.collect(iterate(which), limit=2)
    assert [ws.name for ws in workspaces] == ["a workspace", "another workspace"]
    assert [r.url.raw_path.decode() for r in h.server.requests] == [f"{path}?filter=x"]


@pytest.mark.parametrize("action", ["regenerate-secret-key", "add-secret-key"])
async def test_new_secret_keys_are_returned_as_str_and_never_logged(
    kind: Kind, action: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    h = Harness(kind, FakeServer(json_reply(200, {"secretKey": NEW_SECRET})))
    secret = await h.call(
        lambda c: (
            c.workspaces.regenerate_secret_key("w")
            if action == "regenerate-secret-key"
            else c.workspaces.add_secret_key("w")
        )
    )
    sent = h.server.last
    assert (sent.method, sent.url.raw_path, sent.content) == (
        "POST",
        f"/workspaces/w/actions/{action}".encode(),
        b"",
    )
    assert secret == NEW_SECRET
    assert type(secret) is str
    assert NEW_SECRET not in caplog.text


async def test_the_reference_regenerated_key_parses(kind: Kind) -> None:
    raw = load_example("workspaces.regenerate-secret-key.response.json")
    h = Harness(kind, FakeServer(raw_reply(200, raw)))
    assert (
        await h.call(lambda c: c.workspaces.regenerate_secret_key("w"))
        == json.loads(raw)["secretKey"]
    )


async def test_remove_secret_key_sends_it_in_the_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.workspaces.remove_secret_key("w", NEW_SECRET))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/workspaces/w/actions/remove-secret-key")
    assert h.server.body() == {"secretKey": NEW_SECRET}


async def test_removing_an_empty_secret_key_is_refused_before_sending(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    with pytest.raises(ValueError, match=r"(?i)secret"):
        await h.call(lambda c: c.workspaces.remove_secret_key("w", ""))
    assert h.server.requests == []


ACTIONS: list[tuple[Call, str, bytes]] = [
    (lambda c: c.workspaces.activate("w/1"), "POST", b"/workspaces/w%2F1/actions/activate"),
    (lambda c: c.workspaces.deactivate("w/1"), "POST", b"/workspaces/w%2F1/actions/deactivate"),
    (lambda c: c.workspaces.delete("w/1"), "DELETE", b"/workspaces/w%2F1"),
    (lambda c: c.workspaces.set_default("w/1"), "POST", b"/workspaces/actions/set-default/w%2F1"),
]


@pytest.mark.parametrize(("call", "method", "path"), ACTIONS, ids=[a[2].decode() for a in ACTIONS])
async def test_actions_send_no_body_and_return_none(
    kind: Kind, call: Call, method: str, path: bytes
) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    assert await h.call(call) is None
    sent = h.server.last
    assert (sent.method, sent.url.raw_path, sent.content) == (method, path, b"")


async def test_expire_hold_token_in_minutes(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("hold-tokens.expire-in-minutes.response.json")))
    token = await h.call(lambda c: c.hold_tokens.expire_in_minutes("tok/1", 30))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/hold-tokens/tok%2F1")
    assert h.server.body() == json.loads(load_example("hold-tokens.expire-in-minutes.request.json"))
    expected = json.loads(load_example("hold-tokens.expire-in-minutes.response.json"))
    assert token.hold_token == expected["holdToken"]
    assert token.expires_in_seconds == expected["expiresInSeconds"]


async def test_expire_hold_token_now_sends_zero(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("hold-tokens.expire-in-minutes.response.json")))
    await h.call(lambda c: c.hold_tokens.expire_in_minutes("tok", 0))
    assert h.server.body() == {"expiresInMinutes": 0}


async def test_a_negative_lifetime_is_refused_before_sending(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("hold-tokens.expire-in-minutes.response.json")))
    with pytest.raises(ValueError, match=r"(?i)expires"):
        await h.call(lambda c: c.hold_tokens.expire_in_minutes("tok", -1))
    assert h.server.requests == []
