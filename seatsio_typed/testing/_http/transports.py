"""httpx transports that hand requests straight to an emulator, without a socket.

    client = httpx.Client(transport=emulator.transport(), base_url="https://api-eu.seatsio.net")

The base URL's host is irrelevant: only the method, raw path, query, headers and body reach the
emulator. The async transport awaits injected latency with the emulator's `async_sleep` and then
answers inside the event loop (the emulator's work is CPU-bound and short).
"""

from __future__ import annotations

import httpx

from seatsio_typed.testing._http.dispatch import Dispatcher
from seatsio_typed.testing._wire.messages import Request, Response

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

    def __init__(self, emulator: Dispatcher) -> None:
        self._emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer the request from the emulator."""
        return _to_httpx(self._emulator.handle(_to_emulator(request, request.read())))


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """Async httpx transport backed by an in-process emulator."""

    def __init__(self, emulator: Dispatcher) -> None:
        self._emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer the request from the emulator."""
        body = await request.aread()
        admission = self._emulator.admit(_to_emulator(request, body))
        if admission.latency > 0:
            await self._emulator.async_sleep(admission.latency)
        return _to_httpx(admission.answer())
