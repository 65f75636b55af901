"""The short path through httpx: the same URL, headers, hooks, mounts and refusals as `send`."""

from __future__ import annotations

import logging

import httpx
import pytest

from seatsio_typed import _send
from seatsio_typed._http import encode_path, encode_query
from seatsio_typed._send import build_request, join_url, send, send_async

TIMEOUT = httpx.Timeout(3.0)
CLOSED = r"^Cannot send a request, as the client has been closed\.$"  # httpx's own words


@pytest.mark.parametrize("base", ["https://api-eu.seatsio.net", "http://127.0.0.1:9001/pre/fix/"])
@pytest.mark.parametrize(
    ("template", "params", "query"),
    [
        ("/charts", {}, {}),
        ("/events/{key}", {"key": "a b/c?d#e%f"}, {}),
        ("/events/{key}/objects", {"key": "ev"}, {"label": ["A-1", "Ä 2", "x&y=z"]}),
        ("/events/{key}", {"key": ".."}, {"expand": "objects", "flag": True}),
    ],
)
def test_urls_are_the_ones_httpx_would_build_from_the_raw_path(
    base: str, template: str, params: dict[str, str], query: dict[str, object]
) -> None:
    path = encode_path(template, params)
    encoded = encode_query(query)  # type: ignore[arg-type]
    prefix = httpx.URL(base).raw_path.rstrip(b"/")
    raw = prefix + path.encode() + (b"?" + encoded.encode() if encoded else b"")
    expected = httpx.URL(base).copy_with(raw_path=raw)

    url = join_url(base, path, encoded)

    assert url == expected
    assert str(url) == str(expected)
    assert url.raw_path == expected.raw_path
    assert (url.host, url.port, url.scheme) == (expected.host, expected.port, expected.scheme)


@pytest.mark.parametrize("query", ["label=A-1", ""])
def test_the_slow_url_path_gives_the_same_url(monkeypatch: pytest.MonkeyPatch, query: str) -> None:
    fast = join_url("http://127.0.0.1:9001/api", "/events/a%20b", query)
    monkeypatch.setattr(_send, "_FAST_URLS", False)

    slow = join_url("http://127.0.0.1:9001/api", "/events/a%20b", query)

    assert slow == fast
    assert slow.raw_path == b"/api/events/a%20b" + (b"?" + query.encode() if query else b"")


def test_the_installed_httpx_takes_the_fast_url_path() -> None:
    # If this fails, httpx changed its URL: every request parses its URL again (about 20 us).
    assert _send._has_uri_reference()  # pyright: ignore[reportPrivateUsage]


def test_requests_carry_the_clients_headers_with_ours_replacing_same_names() -> None:
    client = httpx.Client(headers={"X-Trace": "t1", "accept": "text/plain"})

    request = build_request(
        client,
        "POST",
        httpx.URL("http://h/x"),
        headers={"Accept": "application/json", "Content-Type": "application/json"},
        content=b"{}",
        timeout=TIMEOUT,
    )

    assert request.headers["X-Trace"] == "t1"
    assert request.headers.get_list("accept") == ["application/json"]
    assert request.headers["Content-Length"] == "2"
    assert request.headers["Host"] == "h"
    assert request.read() == b"{}"
    assert request.extensions["timeout"] == TIMEOUT.as_dict()


def test_a_client_with_default_params_or_cookies_gets_them_merged_as_httpx_does() -> None:
    client = httpx.Client(params={"trace": "1"}, cookies={"session": "s"})

    request = build_request(
        client, "GET", httpx.URL("http://h/x"), headers={}, content=None, timeout=TIMEOUT
    )

    assert request.url.params.get_list("trace") == ["1"]
    assert request.headers["Cookie"] == "session=s"


def make_request(client: httpx.Client | httpx.AsyncClient, url: str) -> httpx.Request:
    return build_request(client, "GET", httpx.URL(url), headers={}, content=None, timeout=TIMEOUT)


def test_send_calls_the_hooks_uses_the_mounted_transport_and_reads_the_body(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[str] = []

    def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.url.host}")

    def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    main = httpx.MockTransport(lambda r: httpx.Response(200, content=b"main"))
    mounted = httpx.MockTransport(lambda r: httpx.Response(201, content=b"mounted"))
    client = httpx.Client(
        transport=main,
        mounts={"http://other.example": mounted},
        event_hooks={"request": [on_request], "response": [on_response]},
    )

    with caplog.at_level(logging.INFO, logger="httpx"):
        first = send(client, make_request(client, "http://api.example/a"))
        second = send(client, make_request(client, "http://other.example/b"))

    assert (first.status_code, first.content) == (200, b"main")
    assert (second.status_code, second.content) == (201, b"mounted")
    assert seen == [
        "request api.example",
        "response 200",
        "request other.example",
        "response 201",
    ]
    assert first.is_closed
    assert first.request.url.path == "/a"
    assert [record.getMessage() for record in caplog.records if record.name == "httpx"] == [
        'HTTP Request: GET http://api.example/a "HTTP/1.1 200 OK"',
        'HTTP Request: GET http://other.example/b "HTTP/1.1 201 Created"',
    ]


def test_a_closed_client_refuses_to_send() -> None:
    client = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    request = make_request(client, "http://h/")
    client.close()

    with pytest.raises(RuntimeError, match=CLOSED):
        send(client, request)


def test_a_failing_response_hook_closes_the_response_and_propagates() -> None:
    responses: list[httpx.Response] = []

    def hook(response: httpx.Response) -> None:
        responses.append(response)
        raise ValueError("hook failed")

    client = httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, content=b"x")),
        event_hooks={"response": [hook]},
    )

    with pytest.raises(ValueError, match="hook failed"):
        send(client, make_request(client, "http://h/"))
    assert responses[0].is_closed


def test_without_the_private_pieces_send_falls_back_to_the_public_send(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def never(client: object) -> bool:
        return False

    monkeypatch.setattr(_send, "_can_bypass", never)
    client = httpx.Client(
        transport=httpx.MockTransport(
            lambda r: httpx.Response(302, headers={"Location": "http://elsewhere/"})
        ),
        follow_redirects=True,
    )

    response = send(client, make_request(client, "http://h/"))

    assert response.status_code == 302  # never followed, as before
    assert response.is_closed


async def test_send_async_calls_the_hooks_and_uses_the_mounted_transport(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.url.host}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    async def main(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"main")

    async def other(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=b"mounted")

    async with httpx.AsyncClient(
        transport=httpx.MockTransport(main),
        mounts={"http://other.example": httpx.MockTransport(other)},
        event_hooks={"request": [on_request], "response": [on_response]},
    ) as client:
        with caplog.at_level(logging.INFO, logger="httpx"):
            first = await send_async(client, make_request(client, "http://api.example/a"))
            second = await send_async(client, make_request(client, "http://other.example/b"))

    assert (first.content, second.content) == (b"main", b"mounted")
    assert seen == ["request api.example", "response 200", "request other.example", "response 201"]
    assert first.is_closed
    assert [record.getMessage() for record in caplog.records if record.name == "httpx"] == [
        'HTTP Request: GET http://api.example/a "HTTP/1.1 200 OK"',
        'HTTP Request: GET http://other.example/b "HTTP/1.1 201 Created"',
    ]


async def test_a_closed_async_client_refuses_to_send() -> None:
    client = httpx.AsyncClient()
    request = make_request(client, "http://h/")
    await client.aclose()

    with pytest.raises(RuntimeError, match=CLOSED):
        await send_async(client, request)


def test_a_timeout_given_as_its_limits_gives_the_same_request() -> None:
    client = httpx.Client()
    url = httpx.URL("http://h/x")

    from_limits = build_request(
        client, "GET", url, headers={}, content=None, timeout=TIMEOUT.as_dict()
    )
    from_timeout = build_request(client, "GET", url, headers={}, content=None, timeout=TIMEOUT)

    assert from_limits.extensions == from_timeout.extensions == {"timeout": TIMEOUT.as_dict()}
    with_params = httpx.Client(params={"trace": "1"})
    through_httpx = build_request(
        with_params, "GET", url, headers={}, content=None, timeout=TIMEOUT.as_dict()
    )
    assert through_httpx.extensions["timeout"] == TIMEOUT.as_dict()


def test_a_private_client_is_not_asked_again_for_params_cookies_or_headers() -> None:
    # The SDK's own client never gets any: its requests skip looking for them.
    client = httpx.Client(params={"trace": "1"}, cookies={"session": "s"})
    ours = _send.HeaderSet({"Accept": "application/json"})

    def sent(*, private_client: bool) -> httpx.Request:
        return build_request(
            client,
            "GET",
            httpx.URL("http://h/x"),
            headers=ours,
            content=None,
            timeout=TIMEOUT,
            private_client=private_client,
        )

    first = sent(private_client=True)
    assert first.url == "http://h/x"
    assert "Cookie" not in first.headers
    client.headers["X-Later"] = "1"
    assert sent(private_client=True).headers.raw == first.headers.raw  # the first merge kept
    shared = sent(private_client=False)
    assert shared.url.params.get_list("trace") == ["1"]
    assert shared.headers["Cookie"] == "session=s"
    assert shared.headers["X-Later"] == "1"


def test_a_private_client_merges_its_headers_once_before_its_first_request() -> None:
    client = httpx.Client(headers={"X-Trace": "t1"})
    request = build_request(
        client,
        "GET",
        httpx.URL("http://h/x"),
        headers=_send.HeaderSet({"Accept": "application/json"}),
        content=None,
        timeout=TIMEOUT,
        private_client=True,
    )
    assert request.headers["X-Trace"] == "t1"
    assert request.headers.get_list("Accept") == ["application/json"]


def test_only_a_client_sent_past_httpx_send_can_be_private(monkeypatch: pytest.MonkeyPatch) -> None:
    client = httpx.Client()
    assert _send.is_private(client)

    def never(client: object) -> bool:
        return False

    monkeypatch.setattr(_send, "_can_bypass", never)
    assert not _send.is_private(client)  # `client.send` stores cookies a response sets


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://h/x", b"h"),
        ("http://h:8080/x", b"h:8080"),
        ("https://api-eu.seatsio.net:443/x", b"api-eu.seatsio.net"),
        ("http://[::1]:9001/x", b"[::1]:9001"),
        ("/relative", None),
    ],
)
def test_the_host_header_is_httpxs_and_made_once_per_host(
    monkeypatch: pytest.MonkeyPatch, url: str, host: bytes | None
) -> None:
    monkeypatch.setattr(_send, "_HOST_ENTRIES", {})
    expected = httpx.Request("GET", url).headers.get("Host")
    assert (None if expected is None else expected.encode()) == host
    entry = None if host is None else (b"Host", b"host", host)
    for _ in range(2):
        assert _send._host_entry(httpx.URL(url)) == entry  # pyright: ignore[reportPrivateUsage]
    assert list(_send._HOST_ENTRIES.values()) == [entry]  # pyright: ignore[reportPrivateUsage]
    [key] = _send._HOST_ENTRIES  # pyright: ignore[reportPrivateUsage]
    kept = (b"Host", b"host", b"kept")
    _send._HOST_ENTRIES[key] = kept  # pyright: ignore[reportPrivateUsage]
    assert _send._host_entry(httpx.URL(url)) is kept  # pyright: ignore[reportPrivateUsage]
    monkeypatch.setattr(_send, "_FAST_URLS", False)
    assert _send._host_entry(httpx.URL(url)) == entry  # pyright: ignore[reportPrivateUsage]


def test_host_headers_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    full = {("other", port): None for port in range(_send._MAX_HOST_ENTRIES)}  # pyright: ignore[reportPrivateUsage]
    monkeypatch.setattr(_send, "_HOST_ENTRIES", full)
    entry = _send._host_entry(httpx.URL("http://h:1/x"))  # pyright: ignore[reportPrivateUsage]
    assert entry == (b"Host", b"host", b"h:1")
    assert len(full) == _send._MAX_HOST_ENTRIES  # pyright: ignore[reportPrivateUsage]
