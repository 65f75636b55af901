"""What the HTTP adapters serve: anything that turns a `Request` into a `Response`.

The ASGI app and the in-process transports are typed against this protocol rather than the
`Emulator` façade, so the adapter layer never imports the layer above it.
"""

from __future__ import annotations

from typing import Protocol

from seatsio_typed.testing._wire.messages import Request, Response


class Dispatcher(Protocol):
    """Answers one request; the emulator façade is the implementation."""

    def handle(self, request: Request) -> Response:
        """Answer `request` (never raises for a bad request: errors are responses)."""
        ...
