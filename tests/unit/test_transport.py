"""What goes on the wire: auth, headers, path encoding, query encoding, bodies, timeouts."""

from __future__ import annotations

import base64
import platform

import httpx
import pytest

from seatsio_typed import AsyncClient, Client, Region, UnexpectedResponseError, __version__
from seatsio_typed._http import encode_query
from tests.unit.support import (
    HOLD_TOKEN,
    SECRET,
    FakeServer,
    Harness,
    Kind,
    json_reply,
    object_info,
    resolve,
)


def harness(kind: Kind, workspace_key: str | None = None) -> Harness:
    return Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)), workspace_key=workspace_key)


async def test_basic_auth_is_the_secret_key_with_an_empty_password(kind: Kind) -> None:
    h = harness(kind)
    await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    expected = base64.b64encode(f"{SECRET}:".encode()).decode()
    assert h.server.last.headers["Authorization"] == f"Basic {expected}"


async def test_no_workspace_key_header_unless_one_is_given(kind: Kind) -> None:
    without = harness(kind)
    await without.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert "X-Workspace-Key" not in without.server.last.headers

    with_key = harness(kind, workspace_key="ws-public-key")
    await with_key.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert with_key.server.last.headers["X-Workspace-Key"] == "ws-public-key"


async def test_identifying_headers(kind: Kind) -> None:
    h = harness(kind)
    await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    headers = h.server.last.headers
    assert headers["X-Client-Lib"] == "python-typed"
    assert headers["Accept"] == "application/json"
    assert headers["User-Agent"] == (
        f"seatsio-typed/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
    )


async def test_json_body_has_a_content_type_and_a_bodiless_call_has_neither(kind: Kind) -> None:
    h = harness(kind)
    await h.call(lambda c: c.hold_tokens.create(expires_in_minutes=5))
    assert h.server.last.headers["Content-Type"] == "application/json"
    assert h.server.body() == {"expiresInMinutes": 5}

    await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert "Content-Type" not in h.server.last.headers
    assert h.server.last.content == b""


@pytest.mark.parametrize(
    ("key", "segment"),
    [
        ("plain", b"plain"),
        ("a/b", b"a%2Fb"),
        ("what?", b"what%3F"),
        ("hash#tag", b"hash%23tag"),
        ("100%", b"100%25"),
        ("with space", b"with%20space"),
        ("tag 1/\u00e9", b"tag%201%2F%C3%A9"),
        ("plus+sign", b"plus%2Bsign"),
        ("a&b=c", b"a%26b%3Dc"),
        (".", b"%2E"),
        ("..", b"%2E%2E"),
        ("..a", b"..a"),
        ("\u30c1\u30b1\u30c3\u30c8", b"%E3%83%81%E3%82%B1%E3%83%83%E3%83%88"),
    ],
)
async def test_a_path_parameter_arrives_as_one_encoded_segment(
    kind: Kind, key: str, segment: bytes
) -> None:
    h = harness(kind)
    await h.call(lambda c: c.hold_tokens.retrieve(key))
    assert h.server.last.url.raw_path == b"/hold-tokens/" + segment


async def test_integer_path_parameters_are_sent_as_decimal_text(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.charts.update_category("chart", 7, "Label", None, None))
    assert h.server.last.url.raw_path == b"/charts/chart/categories/7"


async def test_an_empty_path_parameter_is_refused_before_anything_is_sent(kind: Kind) -> None:
    h = harness(kind)
    with pytest.raises(ValueError, match="must not be empty"):
        await h.call(lambda c: c.hold_tokens.retrieve(""))
    assert h.server.requests == []


async def test_list_query_parameters_repeat_the_key(kind: Kind) -> None:
    infos = {"A 1": object_info("A 1"), "B/2": object_info("B/2")}
    h = Harness(kind, FakeServer(json_reply(200, infos)))
    await h.call(lambda c: c.events.retrieve_object_infos("ev", ["A 1", "B/2"]))
    assert h.server.last.url.raw_path == b"/events/ev/objects?label=A+1&label=B%2F2"


async def test_booleans_in_the_query_are_lower_case(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"items": []})))
    await h.call(lambda c: c.charts.list_first_page(expand_events=True, expand_zones=True))
    assert h.server.last.url.params.get_list("expand") == ["events", "zones"]

    assert encode_query({"bookWholeTables": True, "x": False, "n": 3, "none": None}) == (
        "bookWholeTables=true&x=false&n=3"
    )


async def test_a_base_url_with_a_path_prefix_keeps_it(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)), base_url="http://proxy.test/api/")
    await h.call(lambda c: c.hold_tokens.retrieve("a/b"))
    assert str(h.server.last.url) == "http://proxy.test/api/hold-tokens/a%2Fb"


async def test_the_default_timeout_is_ten_seconds_per_attempt(kind: Kind) -> None:
    h = harness(kind)
    await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert h.server.last.extensions["timeout"] == httpx.Timeout(10.0).as_dict()


async def test_with_options_changes_timeout_workspace_key_and_extra_headers(kind: Kind) -> None:
    h = harness(kind, workspace_key="ws1")
    copy = h.client.with_options(
        timeout=httpx.Timeout(3.0, connect=1.0),
        workspace_key=None,
        extra_headers={"X-Trace": "t-1"},
    )
    await resolve(copy.hold_tokens.retrieve("tok"))
    sent = h.server.last
    assert sent.extensions["timeout"] == httpx.Timeout(3.0, connect=1.0).as_dict()
    assert "X-Workspace-Key" not in sent.headers
    assert sent.headers["X-Trace"] == "t-1"
    # The original is unchanged.
    await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert h.server.last.headers["X-Workspace-Key"] == "ws1"
    assert "X-Trace" not in h.server.last.headers


async def test_extra_headers_are_copied_so_later_changes_to_the_mapping_do_not_apply(
    kind: Kind,
) -> None:
    headers = {"X-Trace": "t-1"}
    h = harness(kind)
    copy = h.client.with_options(extra_headers=headers)
    headers.update({"X-Trace": "changed", "Authorization": "Basic eA=="})
    await resolve(copy.hold_tokens.retrieve("tok"))
    assert h.server.last.headers["X-Trace"] == "t-1"
    assert h.server.last.headers["Authorization"] != "Basic eA=="
    # A client derived later still has the headers as they were given.
    again = copy.with_options(timeout=5.0)
    await resolve(again.hold_tokens.retrieve("tok"))
    assert h.server.last.headers["X-Trace"] == "t-1"
    assert h.server.last.headers["Authorization"] != "Basic eA=="


def test_extra_headers_cannot_replace_the_authorization() -> None:
    with pytest.raises(ValueError, match="Authorization"):
        Client(Region.EU(), SECRET, extra_headers={"authorization": "Basic eA=="})


async def test_own_http_client_auth_headers_and_redirects_do_not_override_ours() -> None:
    server = FakeServer(httpx.Response(302, headers={"Location": "http://elsewhere.test/"}))
    own = httpx.AsyncClient(
        transport=httpx.MockTransport(server.handle),
        auth=("someone-else", "pw"),
        headers={"X-Client-Lib": "theirs", "X-Custom": "kept"},
        follow_redirects=True,
    )
    client = AsyncClient(Region("http://seatsio.test"), SECRET, http_client=own)
    with pytest.raises(UnexpectedResponseError, match="HTTP 302"):
        await client.hold_tokens.retrieve("tok")
    assert len(server.requests) == 1  # the redirect was not followed
    sent = server.last
    expected = base64.b64encode(f"{SECRET}:".encode()).decode()
    assert sent.headers["Authorization"] == f"Basic {expected}"
    assert sent.headers["X-Client-Lib"] == "python-typed"
    assert sent.headers["X-Custom"] == "kept"


def test_with_options_copies_send_through_the_same_http_client() -> None:
    server = FakeServer(json_reply(200, HOLD_TOKEN))
    transport = httpx.MockTransport(server.handle)
    own = httpx.Client(transport=transport)
    client = Client(Region("http://seatsio.test"), SECRET, http_client=own)
    client.hold_tokens.retrieve("a")
    client.with_options(max_retries=0).hold_tokens.retrieve("b")
    # Every request, also from a with_options copy, went through the one client (one pool).
    assert [r.url.path for r in server.requests] == ["/hold-tokens/a", "/hold-tokens/b"]


def test_event_hooks_of_an_own_http_client_see_the_raw_responses() -> None:
    seen: list[tuple[int, str | None]] = []

    def on_response(response: httpx.Response) -> None:
        seen.append((response.status_code, response.headers.get("X-Request-Id")))

    reply = json_reply(200, HOLD_TOKEN, headers={"X-Request-Id": "r-1"})
    own = httpx.Client(
        transport=httpx.MockTransport(FakeServer(reply).handle),
        event_hooks={"response": [on_response]},
    )
    Client(Region("http://seatsio.test"), SECRET, http_client=own).hold_tokens.retrieve("tok")
    assert seen == [(200, "r-1")]


async def test_an_error_that_is_not_a_transport_error_propagates_unchanged(kind: Kind) -> None:
    bug = RuntimeError("a bug in a custom transport")
    h = Harness(kind, FakeServer(bug))
    with pytest.raises(RuntimeError) as raised:
        await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert raised.value is bug
    assert len(h.server.requests) == 1
