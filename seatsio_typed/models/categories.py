"""Categories: shared by charts (their drawing) and events (chart plus event-level ones)."""

from __future__ import annotations

from seatsio_typed.models._base import ResponseModel

__all__ = ["Category", "CategoryKey"]

CategoryKey = int | str
"""A category key: an integer or a string; the API keeps whichever type it was given."""


class Category(ResponseModel):
    """A seat category; used as read from the API and as given to chart and event requests."""

    key: CategoryKey
    """Unique within the chart; an int stays an int and a string stays a string on the wire."""
    label: str
    color: str | None = None
    """HTML colour such as ``#aaaaaa``; left out on input, the API picks one."""
    accessible: bool = False
