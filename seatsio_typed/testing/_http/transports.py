"""httpx transports that hand requests straight to an emulator, without a socket.

    client = httpx.Client(transport=emulator.transport(), base_url="https://api-eu.seatsio.net")

The base URL's host is irrelevant: only the method, raw path, query, headers and body reach the
emulator. The async transport answers synchronously inside the event loop (the emulator's work is
CPU-bound and short); injected latency therefore blocks the loop unless the emulator was given a
`sleep` that does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from seatsio_typed.testing._wire.messages import Request, Response

if TYPE_CHECKING:
    from seatsio_typed.testing._emulator import Emulator

LOOPBACK_IP = "127.0.0.1"


def _to_emulator(request: httpx.Request, body: bytes) -> Request:
    target = request.url.raw_path.decode("ascii")
    return Request.build(
        request.method,
        target,
        headers=request.headers.multi_items(),
        body=body,
        client_ip=LOOPBACK_IP,
    )


def _to_httpx(response: Response) -> httpx.Response:
    return httpx.Response(response.status, headers=list(response.headers), content=response.body)


class EmulatorTransport(httpx.BaseTransport):
    """Sync httpx transport backed by an in-process emulator."""

    def __init__(self, emulator: Emulator) -> None:
        self._emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer the request from the emulator."""
        return _to_httpx(self._emulator.handle(_to_emulator(request, request.read())))


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """Async httpx transport backed by an in-process emulator."""

    def __init__(self, emulator: Emulator) -> None:
        self._emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer the request from the emulator."""
        body = await request.aread()
        return _to_httpx(self._emulator.handle(_to_emulator(request, body)))
