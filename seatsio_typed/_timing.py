"""Default sleeps and clock; clients take their own (tests inject fakes and never sleep)."""

from __future__ import annotations

import time

__all__ = ["async_sleep", "sync_sleep", "wall_clock"]


async def async_sleep(seconds: float) -> None:
    """Sleep without blocking the event loop (asyncio or trio)."""
    # Imported here: sync users never pay for it. httpx depends on anyio, so it is present.
    import anyio

    await anyio.sleep(seconds)


def sync_sleep(seconds: float) -> None:
    """Block the calling thread."""
    time.sleep(seconds)


def wall_clock() -> float:
    """Seconds since the epoch; `Retry-After` dates are measured against it."""
    return time.time()
