"""What the HTTP adapters serve: anything that admits a `Request` and then answers it.

Answering happens in two steps so that injected latency never holds a thread or the state
lock: `admit` decides the faults of the request (how long it waits, whether it is refused),
the adapter waits that long its own way (the ASGI app and the async transport with an
`await`, the sync transport with a blocking sleep), and `Admission.answer()` then handles it
under the emulator's lock.

The adapters are typed against this protocol rather than the `Emulator` façade, so the adapter
layer never imports the layer above it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from seatsio_typed.testing._wire.messages import Request, Response


@dataclass(frozen=True)
class Admission:
    """An admitted request: the latency to wait first, then how to answer it."""

    latency: float
    """Seconds to wait before answering (injected latency; 0 for none)."""
    answer: Callable[[], Response]
    """Handle the request and return the response (runs under the emulator's lock)."""


class Dispatcher(Protocol):
    """Admits and answers requests; the emulator façade is the implementation."""

    def admit(self, request: Request) -> Admission:
        """Decide the faults of `request`, in arrival order, without waiting or locking state."""
        ...

    def handle(self, request: Request) -> Response:
        """Admit, wait with a blocking sleep, answer (never raises for a bad request)."""
        ...

    @property
    def async_sleep(self) -> Callable[[float], Awaitable[None]]:
        """How async adapters wait for injected latency (`asyncio.sleep` unless injected)."""
        ...
