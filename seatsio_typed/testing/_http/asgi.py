"""The emulator as a hand-written ASGI 3 application (no framework).

It serves HTTP requests and the lifespan protocol. Injected latency is awaited on the event loop
(so 64 requests in flight wait their latency at the same time, holding no thread), then each
request is answered on the event loop itself, as the async in-process transport does. Every
answer runs under the emulator's one lock, so a worker thread per request bought no parallelism,
only two thread switches per request (bench/README.md has the figures). Concurrent requests are
answered one at a time, in the order they reach the loop, as the lock already made them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from typing import cast

from seatsio_typed.testing._http.dispatch import Dispatcher
from seatsio_typed.testing._wire.messages import Request

Message = MutableMapping[str, object]
Scope = MutableMapping[str, object]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class AsgiApp:
    """ASGI application serving one emulator."""

    def __init__(self, emulator: Dispatcher) -> None:
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection scope."""
        kind = scope.get("type")
        if kind == "lifespan":
            await _lifespan(receive, send)
        elif kind == "http":
            await self._http(scope, receive, send)
        else:
            raise ValueError(f"unsupported ASGI scope type: {kind!r}")

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive)
        request = _to_request(scope, body)
        admission = self.emulator.admit(request)
        if admission.latency > 0:
            # Waited here, on the event loop: no worker thread and no lock is held meanwhile.
            await self.emulator.async_sleep(admission.latency)
        response = admission.answer()
        headers = [
            (name.lower().encode("latin-1"), value.encode("latin-1"))
            for name, value in response.headers
        ]
        headers.append((b"content-length", str(len(response.body)).encode("ascii")))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body, "more_body": False})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message.get("type") == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message.get("type") == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message.get("type") == "http.disconnect":
            break
        chunk = message.get("body", b"")
        if isinstance(chunk, bytes):
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _to_request(scope: Scope, body: bytes) -> Request:
    raw_path = scope.get("raw_path")
    if isinstance(raw_path, bytes) and raw_path:
        # Some servers include the query in raw_path; the query comes from query_string anyway.
        path = raw_path.decode("latin-1").partition("?")[0]
    else:
        path = _quote_path(str(scope.get("path", "/")))
    query = scope.get("query_string", b"")
    target = path + ("?" + query.decode("latin-1") if isinstance(query, bytes) and query else "")
    client = scope.get("client")
    # ASGI's client is a [host, port] pair, or None when unknown.
    peer = cast("Sequence[object]", client) if isinstance(client, (list, tuple)) else ()
    client_ip = str(peer[0]) if peer else "127.0.0.1"
    return Request.build(
        str(scope.get("method", "GET")),
        target,
        headers=_headers(scope.get("headers")),
        body=body,
        client_ip=client_ip,
    )


def _headers(raw: object) -> Iterable[tuple[str, str]]:
    # ASGI headers are an iterable of [name, value] byte pairs.
    if not isinstance(raw, (list, tuple)):
        return []
    items = cast("Sequence[object]", raw)
    pairs: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, (list, tuple)):
            pair = cast("Sequence[object]", item)
            if len(pair) == 2 and isinstance(pair[0], bytes) and isinstance(pair[1], bytes):
                pairs.append((pair[0].decode("latin-1"), pair[1].decode("latin-1")))
    return pairs


def _quote_path(path: str) -> str:
    from urllib.parse import quote

    # Without raw_path the server already decoded the path; an encoded "/" is lost for good.
    return quote(path, safe="/")
