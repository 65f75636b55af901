"""Annotated field types for the wire formats Seats.io uses (timestamps, stringly keys, lists)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Annotated, TypeVar, get_args

from pydantic import (
    AfterValidator,
    BeforeValidator,
    GetCoreSchemaHandler,
    GetPydanticSchema,
    PlainSerializer,
)
from pydantic_core import core_schema

__all__ = ["DecimalText", "SequenceAsList", "UtcDatetime"]

_ItemT = TypeVar("_ItemT")


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


def _list_schema(source: object, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    (item,) = get_args(source)
    # Lax for the list itself (a tuple or another iterable becomes a list), strict for its items
    # as the model's config says: `strict=False` here is the list validator's own setting.
    return core_schema.list_schema(handler.generate_schema(item), strict=False)


SequenceAsList = Annotated[Sequence[_ItemT], GetPydanticSchema(_list_schema)]
"""A request field typed ``Sequence[T]`` (a list, a tuple...) and stored as a ``list``.

Why not a plain ``Sequence[T]``: pydantic validates and serialises ``Sequence`` fields in
Python, item by item (about half of building and encoding a four-seat booking); a ``list``
field runs inside pydantic-core. Besides sequences it takes what pydantic's lax list takes
(a set, a generator: a copy in iteration order); text, bytes and mappings are refused.

A length constraint goes in the annotation, ``Annotated[SequenceAsList[Key], Field(min_length=1)]``:
pydantic 2.14 silently drops one given as the default, ``x: SequenceAsList[Key] = Field(...)``
(``tests/unit/models/test_sequence_fields.py`` checks every request model for it).
"""
