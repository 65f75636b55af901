"""The emulator's clock: wall time, or a deterministic instant that only tests move.

Every timestamp the emulator stores or emits comes from here, so hold-token expiry and
`createdOn` values follow `emulator.clock.advance(...)`. Timestamps go on the wire as
`YYYY-MM-DDTHH:MM:SS.mmmZ` (`format_timestamp`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

DETERMINISTIC_EPOCH = datetime(2025, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
"""Where a deterministic clock starts unless told otherwise."""

EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(9000, 1, 1, tzinfo=timezone.utc)
"""`advance` and `set` keep the clock between these, so that every expiry or date computed from
it stays within what `datetime` can represent."""


def _wall_time() -> datetime:
    return datetime.now(timezone.utc)


class Clock:
    """A UTC clock that tests can move.

    Real mode follows the wall clock plus whatever offset `advance`/`set` introduced.
    Deterministic mode starts at a fixed instant and moves only through `advance`/`set`.
    """

    def __init__(
        self,
        *,
        deterministic: bool = False,
        start: datetime | None = None,
        wall_time: Callable[[], datetime] = _wall_time,
    ) -> None:
        self._deterministic = deterministic
        self._start = _as_utc(start) if start is not None else DETERMINISTIC_EPOCH
        self._wall_time = wall_time
        self._lock = threading.Lock()
        self._offset = timedelta()
        self._instant = self._start

    @property
    def deterministic(self) -> bool:
        """Whether the clock stands still until a test moves it."""
        return self._deterministic

    def now(self) -> datetime:
        """The current instant, timezone-aware UTC, truncated to milliseconds."""
        with self._lock:
            instant = self._instant if self._deterministic else self._wall_time() + self._offset
        return instant.replace(microsecond=instant.microsecond // 1000 * 1000)

    def advance(self, seconds: float) -> datetime:
        """Move the clock forward (or back, with a negative value); returns the new instant.

        ValueError (and no move) when the clock would leave `EARLIEST`..`LATEST`.
        """
        try:
            target = self.now() + timedelta(seconds=seconds)
        except OverflowError:
            raise ValueError(f"cannot move the clock by {seconds} seconds") from None
        return self.set(target)

    def set(self, instant: datetime) -> datetime:
        """Jump to an instant (naive datetimes are taken as UTC); returns it.

        ValueError (and no move) for an instant outside `EARLIEST`..`LATEST`.
        """
        target = _as_utc(instant)
        if not EARLIEST <= target <= LATEST:
            raise ValueError(f"the clock stays between {EARLIEST:%Y} and {LATEST:%Y}")
        with self._lock:
            if self._deterministic:
                self._instant = target
            else:
                self._offset = target - self._wall_time()
        return self.now()

    def reset(self) -> None:
        """Go back to the starting instant (deterministic) or to wall time (real)."""
        with self._lock:
            self._offset = timedelta()
            self._instant = self._start


def _as_utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        return instant.replace(tzinfo=timezone.utc)
    return instant.astimezone(timezone.utc)


def format_timestamp(instant: datetime) -> str:
    """Render an instant the way the API does: `2018-09-13T00:16:43.176Z`."""
    utc = _as_utc(instant)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_timestamp(text: str) -> datetime:
    """Parse an ISO-8601 instant (`Z` or an offset; naive means UTC)."""
    return _as_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
