"""The hand-written ASGI app, driven directly with a fake receive/send."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import MutableMapping
from typing import cast

import pytest

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing._http.dispatch import Admission
from seatsio_typed.testing._wire.messages import Request, Response

Message = MutableMapping[str, object]


class FakeConnection:
    """Feeds request messages to the app and records what it sends."""

    def __init__(self, messages: list[Message]) -> None:
        self.incoming = list(messages)
        self.sent: list[Message] = []

    async def receive(self) -> Message:
        return self.incoming.pop(0) if self.incoming else {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        self.sent.append(message)


def _auth(secret: str) -> tuple[bytes, bytes]:
    return (b"authorization", b"Basic " + base64.b64encode(f"{secret}:".encode()))


def _scope(
    method: str,
    raw_path: bytes,
    query: bytes = b"",
    headers: list[tuple[bytes, bytes]] | None = None,
) -> MutableMapping[str, object]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": raw_path.decode(),
        "raw_path": raw_path,
        "query_string": query,
        "headers": headers or [],
        "client": ["10.1.2.3", 5555],
        "server": ["127.0.0.1", 9001],
    }


async def _call(
    emulator: Emulator, scope: MutableMapping[str, object], chunks: list[bytes] | None = None
) -> tuple[int, dict[bytes, bytes], bytes]:
    parts = chunks if chunks is not None else [b""]
    messages: list[Message] = [
        {"type": "http.request", "body": part, "more_body": index < len(parts) - 1}
        for index, part in enumerate(parts)
    ]
    connection = FakeConnection(messages)
    await emulator.asgi_app(scope, connection.receive, connection.send)
    start, body = connection.sent
    assert start["type"] == "http.response.start"
    assert body["type"] == "http.response.body"
    raw_headers = cast("list[tuple[bytes, bytes]]", start["headers"])  # what _asgi.py sends
    headers = dict(raw_headers)
    status, content = start["status"], body["body"]
    assert isinstance(status, int)
    assert isinstance(content, bytes)
    return status, headers, content


async def test_json_request_in_several_chunks(emulator: Emulator, company: TestCompany) -> None:
    scope = _scope("POST", b"/workspaces", headers=[_auth(company.admin_key)])
    status, headers, body = await _call(emulator, scope, [b'{"na', b'me": "chunk', b'ed"}'])
    assert status == 200
    assert headers[b"content-type"] == b"application/json"
    assert headers[b"content-length"] == str(len(body)).encode()
    assert json.loads(body)["name"] == "chunked"


async def test_query_string_and_encoded_path(emulator: Emulator, company: TestCompany) -> None:
    admin = [_auth(company.admin_key)]
    created = await _call(
        emulator, _scope("POST", b"/workspaces", headers=admin), [b'{"name": "a b"}']
    )
    assert created[0] == 200
    status, _, body = await _call(
        emulator, _scope("GET", b"/workspaces", b"filter=a+b&limit=1", admin)
    )
    assert status == 200
    assert [item["name"] for item in json.loads(body)["items"]] == ["a b"]
    status, _, body = await _call(emulator, _scope("GET", b"/workspaces/x%2Fy", headers=admin))
    assert status == 404
    assert "x/y" in json.loads(body)["messages"][0]


async def test_401_has_an_empty_body(emulator: Emulator) -> None:
    status, headers, body = await _call(emulator, _scope("GET", b"/workspaces"))
    assert (status, body) == (401, b"")
    assert headers[b"content-length"] == b"0"
    assert b"content-type" not in headers


async def test_without_raw_path_the_decoded_path_is_used(
    emulator: Emulator, company: TestCompany
) -> None:
    scope = _scope("GET", b"/workspaces/active", headers=[_auth(company.admin_key)])
    del scope["raw_path"]
    status, _, _ = await _call(emulator, scope)
    assert status == 200


async def test_lifespan_startup_and_shutdown(emulator: Emulator) -> None:
    connection = FakeConnection([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    await emulator.asgi_app({"type": "lifespan"}, connection.receive, connection.send)
    assert connection.sent == [
        {"type": "lifespan.startup.complete"},
        {"type": "lifespan.shutdown.complete"},
    ]


async def test_unsupported_scope_is_refused(emulator: Emulator) -> None:
    connection = FakeConnection([])
    with pytest.raises(ValueError, match="websocket"):
        await emulator.asgi_app({"type": "websocket"}, connection.receive, connection.send)


async def test_the_answer_is_computed_on_the_event_loop_thread(
    emulator: Emulator, company: TestCompany, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every answer runs under the emulator's one lock, so a worker thread per request would buy
    # no parallelism, only two thread switches (bench/README.md); the async transport does the same.
    answered_on: list[int] = []
    admit = emulator.admit

    def noting_thread(request: Request) -> Admission:
        admission = admit(request)

        def answer() -> Response:
            answered_on.append(threading.get_ident())
            return admission.answer()

        return Admission(admission.latency, answer)

    monkeypatch.setattr(emulator, "admit", noting_thread)
    status, _, _ = await _call(
        emulator, _scope("GET", b"/workspaces", headers=[_auth(company.admin_key)])
    )
    assert status == 200
    assert answered_on == [threading.get_ident()]
