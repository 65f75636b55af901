"""The other paths through `_send`: clients with default params or cookies, and an httpx without
the private pieces (the public `client.send`). Each must put on the wire what the short path
puts there: our headers, our body, our timeout, no redirect followed, no client auth."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from seatsio_typed import _send
from seatsio_typed._send import build_request, send, send_async

TIMEOUT = httpx.Timeout(2.5, connect=1.5)
OURS = "Basic b3Vycw=="  # what the requester sends for the secret key
CLIENT_AUTH = ("client-user", "client-password")  # a user-supplied client's own auth


@pytest.mark.parametrize(
    ("params", "cookies"),
    [({"trace": "1"}, {}), ({}, {"session": "s"}), ({"trace": "1"}, {"session": "s"})],
    ids=["params", "cookies", "both"],
)
def test_a_client_with_default_params_or_cookies_sends_our_headers_body_and_timeout(
    params: dict[str, str], cookies: dict[str, str]
) -> None:
    client = httpx.Client(params=params, cookies=cookies, headers={"Accept": "text/plain"})

    request = build_request(
        client,
        "POST",
        httpx.URL("http://h/x"),
        headers={"Accept": "application/json", "Authorization": OURS},
        content=b'{"a":1}',
        timeout=TIMEOUT,
    )

    assert request.url.params.get_list("trace") == list(params.values())
    assert request.headers.get_list("Cookie") == [f"session={v}" for v in cookies.values()]
    assert request.headers.get_list("Accept") == ["application/json"]
    assert request.headers["Authorization"] == OURS
    assert request.read() == b'{"a":1}'
    assert request.headers["Content-Length"] == "7"
    assert request.extensions["timeout"] == {
        "connect": 1.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }


def _without_the_private_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(client: object) -> bool:
        return False

    monkeypatch.setattr(_send, "_can_bypass", never)


class _RecordedBody(httpx.SyncByteStream):
    """A body that notes when it is read, to see what happens before."""

    def __init__(self, events: list[str]) -> None:
        self._events = events

    def __iter__(self) -> Iterator[bytes]:
        self._events.append("body read")
        yield b"the body"


@pytest.mark.parametrize("public_send", [False, True], ids=["short path", "public send"])
def test_before_read_gets_the_response_before_its_body_is_read(
    monkeypatch: pytest.MonkeyPatch, public_send: bool
) -> None:
    # The attempt's deadline is put on the body's reads there: a body read before is unbounded.
    if public_send:
        _without_the_private_pieces(monkeypatch)
    events: list[str] = []
    transport = httpx.MockTransport(lambda r: httpx.Response(200, stream=_RecordedBody(events)))
    client = httpx.Client(transport=transport)

    def before_read(response: httpx.Response) -> None:
        events.append(f"before read: {response.status_code}")

    request = build_request(
        client, "GET", httpx.URL("http://h/x"), headers={}, content=None, timeout=TIMEOUT
    )
    response = send(client, request, before_read=before_read)

    assert events == ["before read: 200", "body read"]
    assert response.content == b"the body"
    assert response.is_closed


def _redirecting_server(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "http://elsewhere.example/"})

    return httpx.MockTransport(handle)


def _our_request(client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
    return build_request(
        client,
        "POST",
        httpx.URL("http://h/x"),
        headers={"Authorization": OURS},
        content=b"{}",
        timeout=TIMEOUT,
    )


@pytest.mark.parametrize("public_send", [False, True], ids=["short path", "public send"])
def test_neither_the_clients_auth_nor_its_redirects_apply(
    monkeypatch: pytest.MonkeyPatch, public_send: bool
) -> None:
    if public_send:
        _without_the_private_pieces(monkeypatch)
    seen: list[httpx.Request] = []
    client = httpx.Client(
        transport=_redirecting_server(seen), auth=CLIENT_AUTH, follow_redirects=True
    )

    response = send(client, _our_request(client))

    assert response.status_code == 302  # a redirect is an answer, never followed
    assert [(r.url.host, r.headers["Authorization"]) for r in seen] == [("h", OURS)]
    assert response.is_closed


@pytest.mark.parametrize("public_send", [False, True], ids=["short path", "public send"])
async def test_neither_the_async_clients_auth_nor_its_redirects_apply(
    monkeypatch: pytest.MonkeyPatch, public_send: bool
) -> None:
    if public_send:
        _without_the_private_pieces(monkeypatch)
    seen: list[httpx.Request] = []
    async with httpx.AsyncClient(
        transport=_redirecting_server(seen), auth=CLIENT_AUTH, follow_redirects=True
    ) as client:
        response = await send_async(client, _our_request(client))

    assert response.status_code == 302
    assert response.content == b""
    assert [(r.url.host, r.headers["Authorization"]) for r in seen] == [("h", OURS)]
    assert response.is_closed


def _cookie_setting_server() -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"Set-Cookie": "tracker=1; Path=/"}, content=b"{}")
    )


def test_the_short_path_stores_no_cookie_a_response_sets() -> None:
    # The client stays without cookies, so its next requests keep the short build path too.
    client = httpx.Client(transport=_cookie_setting_server())

    send(client, _our_request(client))

    assert not client.cookies
    assert "Cookie" not in _our_request(client).headers


async def test_the_async_short_path_stores_no_cookie_a_response_sets() -> None:
    async with httpx.AsyncClient(transport=_cookie_setting_server()) as client:
        response = await send_async(client, _our_request(client))

        assert response.content == b"{}"
        assert not client.cookies
        assert "Cookie" not in _our_request(client).headers
