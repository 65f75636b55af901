"""How a call becomes a request, and the exact words of each refusal on the way.

Base URL, timeout, path template, path segments, JSON body and query: each refusal is checked
by its full message and the parameter it names (a user reads the one, code branches on the
other), and each accepted value by the bytes that reach the (fake) server.
"""

from __future__ import annotations

import string
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from seatsio_typed import (
    AsyncClient,
    Client,
    ClientConfigurationError,
    ObjectProperties,
    Region,
    RequestValidationError,
    Timeout,
)
from seatsio_typed._http import encode_path, encode_query
from tests.unit.support import HOLD_TOKEN, SECRET, FakeServer, Harness, Kind, json_reply

# --- base URL and timeout, refused or kept when the client is built -----------------------------


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://seatsio.test:not-a-port", "the base URL is not a URL"),
        (
            "https://user:pw@seatsio.test",
            "the base URL must not carry credentials (user:password@)",
        ),
        (
            "https://seatsio.test/?a=1",
            "the base URL must be an absolute http(s) URL without query or fragment",
        ),
        (
            "https://seatsio.test/#top",
            "the base URL must be an absolute http(s) URL without query or fragment",
        ),
    ],
)
def test_a_refused_base_url_says_why(kind: Kind, base_url: str, message: str) -> None:
    cls = Client if kind == "sync" else AsyncClient
    with pytest.raises(ClientConfigurationError) as raised:
        cls(Region(base_url), SECRET)
    assert str(raised.value) == message


async def test_a_timeout_changed_after_the_client_is_built_does_not_change_the_client(
    kind: Kind,
) -> None:
    given = Timeout(5.0)
    cls = Client if kind == "sync" else AsyncClient
    client = cls(Region("http://seatsio.test"), SECRET, timeout=given)

    given.read = 600.0
    client.timeout.connect = 600.0  # the copy it shows, not its own

    assert (client.timeout.connect, client.timeout.read) == (5.0, 5.0)
    if isinstance(client, AsyncClient):
        await client.aclose()
    else:
        client.close()


# --- path templates and path segments ------------------------------------------------------------


async def test_every_rfc3986_path_character_is_accepted_in_a_template(kind: Kind) -> None:
    # The whole alphabet at once: letters, digits, unreserved and sub-delimiter characters,
    # `:`, `@`, `/`, a `%` escape and a `{name}` placeholder.
    template = "/" + string.ascii_letters + string.digits + "-._~!$&'()*+,;=:@%41/{key}"
    h = Harness(kind, FakeServer(httpx.Response(204)))

    await h.call(lambda c: c.request("GET", template, path_params={"key": "k"}))

    assert h.server.last.url.raw_path == template.replace("{key}", "k").encode()


async def test_path_params_that_do_not_match_the_template_are_named(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))

    with pytest.raises(RequestValidationError) as raised:
        await h.call(
            lambda c: c.request("GET", "/charts/{key}/events/{event}", path_params={"chart": "c"})
        )

    assert str(raised.value) == (
        "path_params: path '/charts/{key}/events/{event}' needs ['event', 'key'], got ['chart']"
    )
    assert raised.value.parameter == "path_params"
    assert h.server.requests == []


@pytest.mark.parametrize(
    ("key", "segment"),
    [
        (".", b"%2E"),
        ("..", b"%2E%2E"),
        ("...", b"%2E%2E%2E"),
        # Dots among other characters are no dot segment: sent as they are.
        ("X.", b"X."),
        ("X..X", b"X..X"),
        (".hidden", b".hidden"),
        ("v1.2", b"v1.2"),
    ],
)
async def test_only_a_key_made_of_dots_has_its_dots_escaped(
    kind: Kind, key: str, segment: bytes
) -> None:
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))

    await h.call(lambda c: c.hold_tokens.retrieve(key))

    assert h.server.last.url.raw_path == b"/hold-tokens/" + segment


async def test_a_key_of_dots_and_letters_is_held_to_the_length_limit(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))

    with pytest.raises(RequestValidationError) as raised:
        await h.call(lambda c: c.hold_tokens.retrieve("X." * 250 + "X"))  # 501 characters

    assert str(raised.value) == "hold_token: a key can be at most 500 characters long"
    assert h.server.requests == []


class ChartKey(str):
    """A user's own key type, a subclass of str."""


class EventNumber(int):
    """A user's own number type, a subclass of int."""


async def test_subclasses_of_str_and_int_are_sent_as_path_keys(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))

    await h.call(
        lambda c: c.request(
            "GET",
            "/charts/{key}/events/{number}",
            path_params={"key": ChartKey("a b"), "number": EventNumber(7)},
        )
    )

    assert h.server.last.url.raw_path == b"/charts/a%20b/events/7"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "hold_token: must be a str or an int, not bool"),
        (None, "hold_token: must be a str or an int, not NoneType"),
        (1.5, "hold_token: must be a str or an int, not float"),
    ],
)
async def test_a_path_key_of_another_type_is_refused_naming_its_type(
    kind: Kind, value: object, message: str
) -> None:
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))

    with pytest.raises(RequestValidationError) as raised:
        await h.call(lambda c: c.hold_tokens.retrieve(value))  # type: ignore[arg-type]

    assert (str(raised.value), raised.value.parameter) == (message, "hold_token")
    assert h.server.requests == []


# --- JSON bodies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message", "parameter"),
    [
        (
            {"note": ["ok", "\ud800"]},
            "json.note.1: a string holds a lone surrogate, which has no UTF-8 form",
            "json.note.1",
        ),
        (
            {"ok": 1, "\ud800": 1},
            "json.<key>: a string holds a lone surrogate, which has no UTF-8 form",
            "json.<key>",
        ),
        (
            # pydantic encodes such a key of a model's dict field as U+FFFD instead of failing:
            # it must still be refused, never sent as another key.
            {"objects": [ObjectProperties("A-1", extra_data={"\ud800": 1})]},
            "json.objects.0.extra_data.<key>: a string holds a lone surrogate, which has no "
            "UTF-8 form",
            "json.objects.0.extra_data.<key>",
        ),
        ({"x": object()}, "json: not a JSON value", "json"),
    ],
    ids=["surrogate in a value", "surrogate in a key", "surrogate in a model's key", "not JSON"],
)
async def test_a_body_that_cannot_be_json_is_refused_naming_where(
    kind: Kind, body: object, message: str, parameter: str
) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))

    with pytest.raises(RequestValidationError) as raised:
        await h.call(lambda c: c.request("POST", "/charts", json=body))  # type: ignore[call-overload]

    assert (str(raised.value), raised.value.parameter) == (message, parameter)
    assert h.server.requests == []


# --- queries -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message", "parameter"),
    [
        (
            {"limit": 1.5},
            "query parameter limit: must be a str, an int, a bool or a list of them",
            "limit",
        ),
        (
            {"expand": {"events": True}},
            "query parameter expand: must be a str, an int, a bool or a list of them",
            "expand",
        ),
        (
            {"label": ["A-1", 1.5]},
            "query parameter label: must be a str, an int or a bool, not float",
            "label",
        ),
        (
            {"ok": "1", "label": ["A-1", "\ud800"]},
            "query parameter label: a lone surrogate has no UTF-8 form",
            "label",
        ),
        (
            {"ok": "1", "\ud800": "1"},
            "query parameter <name>: a lone surrogate has no UTF-8 form",
            "<name>",
        ),
    ],
)
async def test_a_query_that_cannot_be_sent_is_refused_naming_the_parameter(
    kind: Kind, query: dict[str, object], message: str, parameter: str
) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))

    with pytest.raises(RequestValidationError) as raised:
        await h.call(lambda c: c.request("GET", "/charts", query=query))  # type: ignore[call-overload]

    assert (str(raised.value), raised.value.parameter) == (message, parameter)
    assert h.server.requests == []


async def test_a_scalar_query_value_is_sent_like_a_list_of_one(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))

    await h.call(
        lambda c: c.request(
            "GET", "/charts", query={"a": "x y", "b": 2, "c": True, "d": ["x y", 2, False]}
        )
    )

    assert h.server.last.url.raw_path == b"/charts?a=x+y&b=2&c=true&d=x+y&d=2&d=false"


@pytest.mark.parametrize(
    "url", ["ftp://user:secret@seatsio.test", "user:secret@seatsio.test", "https://u:secret@h"]
)
def test_a_refused_region_never_repeats_its_url(url: str) -> None:
    # The URL may carry a password; an error reporter would ship the message.
    with pytest.raises(ClientConfigurationError) as raised:
        Region(url)
    assert "secret" not in str(raised.value)
    assert "secret" not in repr(raised.value)


# --- percent-encoding: the same text as the standard library's ----------------------------------

_SENDABLE_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=12)


@given(key=_SENDABLE_TEXT, values=st.lists(_SENDABLE_TEXT, max_size=3))
def test_a_query_is_encoded_as_urlencode_encodes_it(key: str, values: list[str]) -> None:
    # Unreserved text is passed through without quote_plus: it must be what quote_plus gives.
    assert encode_query({key: values}) == urlencode([(key, value) for value in values])


@given(text=_SENDABLE_TEXT.filter(lambda text: text.strip(".") != ""))
def test_a_path_key_is_encoded_as_quote_encodes_it(text: str) -> None:
    assert encode_path("/events/{key}", {"key": text}) == "/events/" + quote(text, safe="")


def test_a_query_key_that_is_not_text_is_sent_as_its_text() -> None:
    # Any: untyped callers of the escape hatch; urlencode sent str(key) too.
    query: Any = {3: "x"}
    assert encode_query(query) == "3=x"
