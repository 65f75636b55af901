"""Requests built directly are the requests httpx builds: same headers in the same order, body."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from seatsio_typed import _send
from seatsio_typed._send import HeaderEntry, HeaderSet, build_request, header_entries

TIMEOUT = httpx.Timeout(3.0)
_HEADER_NAMES = st.sampled_from(
    ["Accept", "Host", "content-length", "Transfer-Encoding", "X-Trace", "Content-Type"]
)
_HEADERS = st.lists(
    st.tuples(_HEADER_NAMES, st.text(alphabet="abc123 /*", min_size=1, max_size=8)), max_size=4
)


def _encoded(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(name.encode(), value.encode()) for name, value in headers]


def _direct(
    method: str, url: httpx.URL, pairs: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    entries = header_entries(pairs)
    names = frozenset(lower for _, lower, _ in entries)
    return _send._direct_request(method, url, entries, names, content, {})  # pyright: ignore[reportPrivateUsage]


def _pairs(entries: Sequence[HeaderEntry]) -> list[tuple[bytes, bytes]]:
    return [(name, value) for name, _, value in entries]


Build = Callable[[str, httpx.URL, list[tuple[bytes, bytes]], bytes | None], httpx.Request]
"""A request builder from (name, value) header pairs, as httpx.Request takes them."""


def _as_direct_request(build: Build) -> Callable[..., httpx.Request]:
    """`build` in the place of `_send._direct_request` (which takes header entries)."""

    def direct(method: str, url: httpx.URL, *rest: Any) -> httpx.Request:
        # Any: the rest of `_direct_request`'s arguments, as the direct path passes them.
        entries, _names, content, _extensions = rest
        return build(method, url, _pairs(entries), content)

    return direct


@given(
    method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "post"]),
    url=st.sampled_from(["http://127.0.0.1:9001/a?b=c", "https://api-eu.seatsio.net/x", "/rel"]),
    headers=_HEADERS,
    content=st.none() | st.binary(max_size=40),
)
def test_a_direct_request_equals_httpxs_own(
    method: str, url: str, headers: list[tuple[str, str]], content: bytes | None
) -> None:
    ours = _direct(method, httpx.URL(url), _encoded(headers), content)
    theirs = httpx.Request(method, url, headers=_encoded(headers), content=content)

    assert ours.method == theirs.method
    assert ours.url == theirs.url
    assert ours.headers.raw == theirs.headers.raw  # names, values and order
    assert vars(ours.headers) == vars(theirs.headers)  # down to the lower-cased names
    assert ours.content == theirs.content
    assert list(ours.stream) == list(theirs.stream)  # type: ignore[arg-type]
    assert vars(ours).keys() == vars(theirs).keys()


def test_the_installed_httpx_takes_the_direct_path() -> None:
    # If this fails, httpx changed its Request: every call pays for httpx.Request(...) again.
    assert _send._DIRECT_REQUESTS  # pyright: ignore[reportPrivateUsage]


def test_a_request_unlike_httpxs_turns_the_direct_path_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _send._builds_what_httpx_builds()  # pyright: ignore[reportPrivateUsage]

    def header_order_differs(
        method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
    ) -> httpx.Request:
        request = httpx.Request(method, url, headers=headers, content=content)
        request.headers = httpx.Headers(list(reversed(request.headers.raw)))
        return request

    monkeypatch.setattr(_send, "_direct_request", _as_direct_request(header_order_differs))
    assert not _send._builds_what_httpx_builds()  # pyright: ignore[reportPrivateUsage]

    def fails(*args: object) -> httpx.Request:
        raise AttributeError("no such attribute in this httpx")

    monkeypatch.setattr(_send, "_direct_request", fails)
    assert not _send._builds_what_httpx_builds()  # pyright: ignore[reportPrivateUsage]


@pytest.mark.parametrize("direct", [True, False])
@pytest.mark.parametrize("content", [None, b'{"a":1}'])
def test_both_paths_build_the_same_request(
    monkeypatch: pytest.MonkeyPatch, direct: bool, content: bytes | None
) -> None:
    client = httpx.Client(headers={"X-Trace": "t1", "accept": "text/plain"})
    monkeypatch.setattr(_send, "_DIRECT_REQUESTS", direct)

    request = build_request(
        client,
        "POST",
        httpx.URL("http://h:81/x"),
        headers={"Accept": "application/json", "Authorization": "Basic eDo="},
        content=content,
        timeout=TIMEOUT,
    )

    length = b"0" if content is None else str(len(content)).encode()
    expected = [
        (b"Host", b"h:81"),
        *([(b"Content-Length", b"0")] if content is None else []),
        (b"Accept-Encoding", b"gzip, deflate"),
        (b"Connection", b"keep-alive"),
        (b"User-Agent", client.headers["user-agent"].encode()),
        (b"X-Trace", b"t1"),
        (b"Accept", b"application/json"),
        (b"Authorization", b"Basic eDo="),
        *([(b"Content-Length", length)] if content is not None else []),
    ]
    assert request.headers.raw == expected
    assert request.content == (content or b"")
    assert request.extensions == {"timeout": TIMEOUT.as_dict()}


def _from_httpx(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    return httpx.Request(method, url, headers=headers, content=content)


def _named(headers: list[tuple[bytes, bytes]], name: bytes) -> bool:
    return any(given.lower() == name for given, _ in headers)


def _without_length(request: httpx.Request) -> list[tuple[bytes, bytes]]:
    return [(n, v) for n, v in request.headers.raw if n.lower() != b"content-length"]


def _keeps_a_lower_case_method(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    request = _from_httpx(method, url, headers, content)
    request.method = method
    return request


def _adds_a_host_beside_the_given_one(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    request = _from_httpx(method, url, headers, content)
    if _named(headers, b"host"):
        request.headers = httpx.Headers([(b"Host", url.netloc), *request.headers.raw])
    return request


def _gives_an_empty_body_a_length(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    request = _from_httpx(method, url, headers, content)
    if content == b"":
        request.headers = httpx.Headers([*request.headers.raw, (b"Content-Length", b"0")])
    return request


def _gives_a_get_a_length(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    request = _from_httpx(method, url, headers, content)
    if method == "GET":
        request.headers = httpx.Headers([(b"Content-Length", b"0"), *request.headers.raw])
    return request


def _gives_a_post_without_body_no_length(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    request = _from_httpx(method, url, headers, content)
    if content is None:
        request.headers = httpx.Headers(_without_length(request))
    return request


def _puts_the_length_first(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    request = _from_httpx(method, url, headers, content)
    if content:
        length = (b"Content-Length", str(len(content)).encode())
        request.headers = httpx.Headers([length, *_without_length(request)])
    return request


def _gives_a_chunked_body_no_length(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    request = _from_httpx(method, url, headers, content)
    if content and _named(headers, b"transfer-encoding"):
        request.headers = httpx.Headers(_without_length(request))
    return request


def _gives_a_chunked_request_without_body_a_length(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    request = _from_httpx(method, url, headers, content)
    if content is None and method.upper() != "GET" and _named(headers, b"transfer-encoding"):
        request.headers = httpx.Headers([(b"Content-Length", b"0"), *request.headers.raw])
    return request


@pytest.mark.parametrize(
    "differs",
    [
        _keeps_a_lower_case_method,
        _adds_a_host_beside_the_given_one,
        _gives_an_empty_body_a_length,
        _gives_a_get_a_length,
        _gives_a_post_without_body_no_length,
        _puts_the_length_first,
        _gives_a_chunked_body_no_length,
        _gives_a_chunked_request_without_body_a_length,
    ],
)
def test_the_import_check_tells_each_way_a_direct_build_can_differ(
    monkeypatch: pytest.MonkeyPatch,
    differs: Build,
) -> None:
    # An httpx whose rules differ in only one of these cases must still get httpx.Request(...):
    # each case needs its own sample in the check.
    monkeypatch.setattr(_send, "_direct_request", _as_direct_request(_from_httpx))
    assert _send._builds_what_httpx_builds()  # pyright: ignore[reportPrivateUsage]
    monkeypatch.setattr(_send, "_direct_request", _as_direct_request(differs))
    assert not _send._builds_what_httpx_builds()  # pyright: ignore[reportPrivateUsage]


def _headers_of_another_kind(
    method: str, url: httpx.URL, headers: list[tuple[bytes, bytes]], content: bytes | None
) -> httpx.Request:
    # Same names and values, but a Headers object that keeps something else besides.
    request = _from_httpx(method, url, headers, content)
    request.headers = httpx.Headers(request.headers.raw, encoding="ascii")
    return request


def test_the_import_check_compares_the_headers_objects_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_send, "_direct_request", _as_direct_request(_headers_of_another_kind))
    assert not _send._builds_what_httpx_builds()  # pyright: ignore[reportPrivateUsage]


def _raw(request: httpx.Request) -> list[tuple[bytes, bytes]]:
    return [(name, value) for name, value in request.headers.raw if name != b"Host"]


def test_a_header_set_follows_changes_to_the_clients_own_headers() -> None:
    client = httpx.Client(headers={"X-Trace": "t1"})
    ours = HeaderSet({"Accept": "application/json"})
    url = httpx.URL("http://h/x")

    def sent() -> list[tuple[bytes, bytes]]:
        request = build_request(client, "GET", url, headers=ours, content=None, timeout=TIMEOUT)
        return _raw(request)

    first = sent()
    assert (b"X-Trace", b"t1") in first
    assert sent() == first  # the merge reused
    client.headers["X-Trace"] = "t2"
    client.headers["X-New"] = "n"
    del client.headers["User-Agent"]
    assert sent() == [
        (b"Accept-Encoding", b"gzip, deflate"),
        (b"Connection", b"keep-alive"),
        (b"X-Trace", b"t2"),
        (b"X-New", b"n"),
        (b"Accept", b"application/json"),
    ]


def test_a_header_set_and_a_mapping_build_the_same_request() -> None:
    client = httpx.Client(headers={"accept": "text/plain", "X-Trace": "t1"})
    headers = {"Accept": "application/json", "Authorization": "Basic eDo="}
    url = httpx.URL("http://h/x")

    from_mapping = build_request(
        client, "POST", url, headers=headers, content=b"{}", timeout=TIMEOUT
    )
    from_set = build_request(
        client, "POST", url, headers=HeaderSet(headers), content=b"{}", timeout=TIMEOUT
    )

    assert vars(from_set.headers) == vars(from_mapping.headers)
    assert from_set.headers.raw[-2:] == [
        (b"Authorization", b"Basic eDo="),
        (b"Content-Length", b"2"),
    ]


def test_a_header_that_is_not_ascii_fails_as_in_httpx() -> None:
    client = httpx.Client()
    with pytest.raises(UnicodeEncodeError):
        build_request(
            client,
            "GET",
            httpx.URL("http://h/x"),
            headers=HeaderSet({"X-Name": "caf\u00e9"}),
            content=None,
            timeout=TIMEOUT,
        )
