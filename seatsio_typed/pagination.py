"""Cursor pagination: `Page[T]`, one page of a list, as the API returns it.

The lazy iterators that walk every page are `seatsio_typed.PageIterator` (sync `for`) and
`seatsio_typed.AsyncPageIterator` (`async for`); they fetch a page only when it is reached.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import Field, field_validator

from seatsio_typed.models import ResponseModel

__all__ = ["Page"]

ItemT = TypeVar("ItemT")


class Page(ResponseModel, Generic[ItemT]):
    """One page of a list: its items and the cursors of the neighbouring pages."""

    # The descriptions are given with `Field`: a generic model cannot read its field docstrings
    # safely (see `DocumentedResponse` in `seatsio_typed.models._base`). The docstrings below
    # say the same for the docs site and IDE hovers, which read docstrings, not `Field`.

    items: list[ItemT] = Field(
        description="The items of this page, in list order (newest first for most lists)."
    )
    """The items of this page, in list order (newest first for most lists)."""
    # The cursor keys are snake_case on the wire, unlike every other key of the API.
    next_page_starts_after: int | None = Field(
        default=None,
        alias="next_page_starts_after",
        description="Pass to `list_page_after` for the next page; None on the last page.",
    )
    """Pass to `list_page_after` for the next page; None on the last page."""
    previous_page_ends_before: int | None = Field(
        default=None,
        alias="previous_page_ends_before",
        description="Pass to `list_page_before` for the previous page; None on the first page.",
    )
    """Pass to `list_page_before` for the previous page; None on the first page."""

    @field_validator("next_page_starts_after", "previous_page_ends_before", mode="before")
    @classmethod
    def _cursor_as_int(cls, value: object) -> object:
        # The API documents the cursors as strings holding an id, its examples show numbers,
        # and "no such page" may be an absent key, null or "".
        if value is None or value == "":
            return None
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        return value
