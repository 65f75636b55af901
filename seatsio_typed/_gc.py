"""Pause the cyclic garbage collector while a large response body is validated.

Validating a large body (a 9,000-seat report) creates hundreds of thousands of young objects in
one go. None of them can be garbage (they are all reachable from the result being built), yet
each allocation burst triggers collections that traverse all of them again: measured, the
collector took more than half of the validation time of such a report. Pausing it for the
duration of one validation, then letting it run as before, removes that work and frees nothing
later than it would have been freed anyway (the objects were alive throughout).

Pauses nest and overlap safely across threads: the collector is switched off by the first
pause and back on by the last one to end, and only if it was on when the first began (a
program that turned it off itself keeps it off).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Generator
from contextlib import contextmanager

__all__ = ["LARGE_BODY_BYTES", "paused_gc"]

LARGE_BODY_BYTES = 64 * 1024
"""Bodies from this size on are validated with the collector paused; smaller ones gain nothing."""

_lock = threading.Lock()
_active = 0
_restore = False


@contextmanager
def paused_gc() -> Generator[None, None, None]:
    """Keep the cyclic garbage collector off for the block (see the module docstring)."""
    global _active, _restore
    with _lock:
        if _active == 0:
            _restore = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _restore:
                gc.enable()
