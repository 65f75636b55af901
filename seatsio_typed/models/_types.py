"""Annotated field types for the wire formats Seats.io uses (timestamps, stringly keys)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, PlainSerializer

__all__ = ["DecimalText", "UtcDatetime"]


def _as_utc(value: datetime) -> datetime:
    # The API sends UTC with a `Z`; a timestamp without an offset is read as UTC as well.
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _format_utc(value: datetime) -> str:
    # `Z` and at most 6 fraction digits: the format the official clients parse.
    utc = _as_utc(value)
    timespec = "milliseconds" if utc.microsecond % 1000 == 0 else "microseconds"
    return utc.replace(tzinfo=None).isoformat(timespec=timespec) + "Z"


UtcDatetime = Annotated[
    datetime,
    AfterValidator(_as_utc),
    PlainSerializer(_format_utc, return_type=str, when_used="json"),
]
"""A timezone-aware UTC datetime; accepts ISO-8601 with `Z` and 0 to 9 fraction digits."""


def _number_as_text(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


DecimalText = Annotated[str, BeforeValidator(_number_as_text)]
"""A string field that also accepts a JSON integer as its decimal text (``6`` -> ``"6"``)."""
