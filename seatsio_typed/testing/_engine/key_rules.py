"""Which chart and event keys the emulator accepts: only keys that can be retrieved again.

A key is refused with 400 `INVALID_KEY` (code chosen by the emulator; the real server's answer
is unverified) when
- it is empty (`"eventKey": ""` is not "no key": the caller asked for a key nobody can use);
- it is longer than `MAX_KEY_LENGTH` characters (a limit the emulator chose: 256, four times
  a UUID's length, ample for every key format seen in the reference);
- it is `.` or `..`: HTTP clients (httpx, requests) resolve such a path segment before sending
  (`/events/..` goes out as `/`), so the key never reaches the server again;
- for charts, it is `archive` or `tags`: `GET /charts/archive` and `GET /charts/tags` are
  endpoints of their own, so a chart with such a key could never be retrieved by key.
"""

from __future__ import annotations

from typing import Final

from seatsio_typed.testing._wire.messages import ApiError, bad_request

INVALID_KEY: Final = "INVALID_KEY"
MAX_KEY_LENGTH: Final = 256
DOT_SEGMENTS: Final = frozenset({".", ".."})
"""Keys that clients' URL normalisation turns into another path."""
RESERVED_CHART_KEYS: Final = frozenset({"archive", "tags"})
"""Chart keys that collide with the literal segments of `GET /charts/archive` and `/charts/tags`."""


def check_event_key(key: str) -> str:
    """The key, or the 400 when no event could ever be found by it."""
    _check_length("event", key)
    return key


def check_chart_key(key: str) -> str:
    """The key, or the 400 when no chart could ever be found by it."""
    _check_length("chart", key)
    if key in RESERVED_CHART_KEYS:
        raise _invalid(f"The chart key {key} is not allowed: GET /charts/{key} is another endpoint")
    return key


def _check_length(what: str, key: str) -> None:
    if not key:
        raise _invalid(f"The {what} key must not be empty")
    if key in DOT_SEGMENTS:
        raise _invalid(f"The {what} key {key} is not allowed: clients resolve it as a path step")
    if len(key) > MAX_KEY_LENGTH:
        raise _invalid(
            f"The {what} key is {len(key)} characters long; at most {MAX_KEY_LENGTH} are allowed"
        )


def _invalid(message: str) -> ApiError:
    return bad_request(INVALID_KEY, message)
