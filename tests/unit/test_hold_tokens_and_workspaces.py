"""hold_tokens.* and workspaces.*: the exact request on the wire and the reference bodies."""

from __future__ import annotations

import datetime
import json

import pytest

from seatsio_typed import HoldToken, RequestValidationError, Workspace
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, example_reply


async def test_create_hold_token_with_a_lifetime(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("hold-tokens.create.response.json")))
    token = await h.call(lambda c: c.hold_tokens.create(30))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/hold-tokens")
    assert h.server.body() == json.loads(load_example("hold-tokens.create.request.json"))
    assert isinstance(token, HoldToken)
    assert token.hold_token == "wvXbB9MlHt"
    assert token.expires_at == datetime.datetime(
        2017, 5, 5, 10, 58, 44, 715000, tzinfo=datetime.timezone.utc
    )
    assert token.expires_in_seconds == 768


async def test_create_hold_token_with_the_default_lifetime_sends_an_empty_object(
    kind: Kind,
) -> None:
    h = Harness(kind, FakeServer(example_reply("hold-tokens.create.response.json")))
    await h.call(lambda c: c.hold_tokens.create())
    assert h.server.body() == {}


async def test_a_lifetime_of_zero_minutes_is_refused_before_sending(kind: Kind) -> None:
    # The official client silently drops 0 and creates a default (15 minute) token instead.
    h = Harness(kind, FakeServer(example_reply("hold-tokens.create.response.json")))
    with pytest.raises(RequestValidationError, match="expires_in_minutes"):
        await h.call(lambda c: c.hold_tokens.create(0))
    assert h.server.requests == []


async def test_retrieve_hold_token(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("hold-tokens.create.response.json")))
    token = await h.call(lambda c: c.hold_tokens.retrieve("wvXbB9MlHt"))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path, sent.content) == (
        "GET",
        b"/hold-tokens/wvXbB9MlHt",
        b"",
    )
    assert token.hold_token == "wvXbB9MlHt"


async def test_create_workspace(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("workspaces.create.response.json")))
    workspace = await h.call(lambda c: c.workspaces.create("a workspace", False))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", b"/workspaces")
    assert h.server.body() == json.loads(load_example("workspaces.create.request.json"))
    assert isinstance(workspace, Workspace)
    assert (workspace.id, workspace.key, workspace.is_default) == (
        169,
        "18725661-36d6-4755-905a-28ce82d0c2d5",
        True,
    )
    assert workspace.secret_key == "7c647eed-0880-4118-9459-82757579703e"
    assert workspace.secret_key not in repr(workspace)


async def test_create_workspace_without_is_test_leaves_it_out(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("workspaces.create.response.json")))
    await h.call(lambda c: c.workspaces.create("ws"))
    assert h.server.body() == {"name": "ws"}
