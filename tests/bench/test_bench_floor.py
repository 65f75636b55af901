"""The floor contenders and the no-network measure: what they send, and what they stand for."""

from __future__ import annotations

import json
import threading
from collections.abc import Generator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from bench._canned import CannedServer, response_bytes
from bench._floor import StdlibApi, TransportApi
from bench._own_cost import CannedTransport, split_response
from seatsio_typed import Client, Region

Seen = tuple[str, str, str | None, str | None, bytes]
"""Method, target, Authorization, Content-Type and body of a request a server received."""


class _Recording(ThreadingHTTPServer):
    seen: list[Seen]
    connections: int
    one_request_per_connection: bool


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the canned server and the emulator

    @property
    def recording(self) -> _Recording:
        assert isinstance(self.server, _Recording)
        return self.server

    def setup(self) -> None:
        super().setup()
        self.recording.connections += 1

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        self.recording.seen.append(
            (
                self.command,
                self.path,
                self.headers.get("Authorization"),
                self.headers.get("Content-Type"),
                body,
            )
        )
        answer = b'{"ok":true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)
        # Closes the connection after answering, without saying so (no Connection: close):
        # what a server does to a keep-alive connection that idled past its timeout.
        self.close_connection = self.recording.one_request_per_connection

    do_GET = _answer  # noqa: N815 (http.server's names)
    do_POST = _answer  # noqa: N815

    def log_message(self, format: str, *args: object) -> None:
        pass  # no request lines on stderr


def _serve(*, one_request_per_connection: bool) -> Generator[tuple[str, _Recording], None, None]:
    server = _Recording(("127.0.0.1", 0), _Handler)
    server.seen, server.connections = [], 0
    server.one_request_per_connection = one_request_per_connection
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def keep_alive_server() -> Generator[tuple[str, _Recording], None, None]:
    yield from _serve(one_request_per_connection=False)


@pytest.fixture
def closing_server() -> Generator[tuple[str, _Recording], None, None]:
    yield from _serve(one_request_per_connection=True)


def test_httpx_transport_and_stdlib_send_the_same_requests_over_one_connection_each(
    keep_alive_server: tuple[str, _Recording],
) -> None:
    url, server = keep_alive_server
    transport, stdlib = TransportApi(url, "sk"), StdlibApi(url, "sk")
    try:
        for api in (transport, stdlib):
            get = api.prepared("GET", "/events/e%2F1/objects", {"label": ["A-1", "B 2"]})
            post = api.prepared("POST", "/change", {"expand": "objects"}, {"objects": ["A-1"]})
            assert [get(), post(), get()] == [{"ok": True}] * 3
    finally:
        transport.close()
        stdlib.close()

    auth = "Basic c2s6"  # base64 of "sk:", as the raw httpx contender sends it
    get_seen = ("GET", "/events/e%2F1/objects?label=A-1&label=B+2", auth, None, b"")
    body = b'{"objects": ["A-1"]}'
    post_seen = ("POST", "/change?expand=objects", auth, "application/json", body)
    assert server.seen == [get_seen, post_seen, get_seen] * 2
    assert server.connections == 2  # one kept-alive connection per contender


def test_stdlib_sends_again_on_a_new_connection_when_the_server_closed_the_idle_one(
    closing_server: tuple[str, _Recording],
) -> None:
    url, server = closing_server
    stdlib = StdlibApi(url, "sk")
    try:
        call = stdlib.prepared("GET", "/events/e")
        assert [call(), call(), call()] == [{"ok": True}] * 3
    finally:
        stdlib.close()

    assert len(server.seen) == 3  # each answered once: none lost, none sent twice
    assert server.connections == 3


def test_httpx_transport_sends_the_one_prebuilt_request_every_time() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        status = 200 if request.url.path == "/ok" else 500
        return httpx.Response(status, content=b'{"n":1}')

    api = TransportApi("http://bench.invalid/", "sk", httpx.MockTransport(answer))
    call = api.prepared("GET", "/ok")

    assert [call(), call()] == [{"n": 1}, {"n": 1}]
    assert sent[0] is sent[1]
    assert sent[0].url == "http://bench.invalid/ok"
    with pytest.raises(RuntimeError, match="GET /fail: HTTP 500"):
        api.prepared("GET", "/fail")()


def test_the_in_memory_transport_answers_like_the_canned_server_through_a_stream() -> None:
    canned = CannedServer({"GET /events/e": response_bytes(200, b'{"key":"e"}')}, None)
    transport = CannedTransport(canned)

    found = transport.handle_request(httpx.Request("GET", "http://x.invalid/events/e?expand=y"))
    missing = transport.handle_request(httpx.Request("POST", "http://x.invalid/events/e"))

    assert found.status_code == 200
    assert not hasattr(found, "_content")  # not read yet: the body comes through the stream
    assert found.read() == b'{"key":"e"}'
    assert found.headers["Content-Length"] == "11"
    assert missing.status_code == 404
    assert json.loads(missing.read()) == {"messages": ["not canned"], "errors": []}


def test_split_response_gives_status_headers_and_body_and_refuses_a_head_without_end() -> None:
    assert split_response(response_bytes(404, b"{}")) == (
        404,
        [(b"Content-Type", b"application/json"), (b"Content-Length", b"2")],
        b"{}",
    )
    with pytest.raises(ValueError, match="no end"):
        split_response(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n")


def test_our_client_on_a_user_supplied_in_memory_transport_never_calls_httpx_client_send(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The no-network measure times ours through `httpx.Client(transport=...)`: honest only if
    # that takes the same short path as our own pool (the transport, not `Client.send`).
    canned = CannedServer({"GET /events/e/objects": response_bytes(200, b"{}")}, None)
    http = httpx.Client(transport=CannedTransport(canned))
    ours = Client(Region("http://x.invalid"), secret_key="sk", http_client=http)

    def refuse(*args: object, **kwargs: object) -> httpx.Response:
        raise AssertionError("httpx.Client.send was called")

    monkeypatch.setattr(httpx.Client, "send", refuse)

    assert ours.events.retrieve_object_infos("e", ["A-1"]) == {}
    with pytest.raises(AssertionError, match="send was called"):
        http.get("http://x.invalid/events/e/objects")  # the patch is in place
    ours.close()
    http.close()
