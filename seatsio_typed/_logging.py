"""The `seatsio_typed` logger: one DEBUG line per attempt, one WARNING per retry.

Lines name the method, the URL path, the outcome, the time taken, the attempt number and the
request id. They never contain headers, bodies or query strings, so no key or personal data
reaches a log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

__all__ = ["log_attempt", "log_retry", "logger"]

logger = logging.getLogger("seatsio_typed")
# A library must not print on its own: without this, Python's last-resort handler would write our
# retry warnings to stderr in applications that never configured logging.
logger.addHandler(logging.NullHandler())


def log_attempt(
    *,
    method: str,
    path: str,
    attempt: int,
    outcome: str,
    elapsed_seconds: float,
    request_id: Callable[[], str | None] = lambda: None,
) -> None:
    """Record one attempt at DEBUG level (`request_id` is only looked up when it is logged)."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d, request id %s)",
        method,
        path,
        outcome,
        elapsed_seconds * 1000,
        attempt,
        request_id() or "-",
    )


def log_retry(*, method: str, path: str, reason: str, wait: float, retry: int, budget: int) -> None:
    """Record at WARNING level that an attempt failed and will be retried."""
    logger.warning(
        "%s %s failed with %s; retry %d of %d in %.2f s", method, path, reason, retry, budget, wait
    )
