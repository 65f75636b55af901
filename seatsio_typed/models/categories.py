"""Categories: shared by charts (their drawing) and events (chart plus event-level ones)."""

from __future__ import annotations

from pydantic import BaseModel

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

    def __init__(
        self,
        key: CategoryKey,
        label: str,
        color: str | None = None,
        accessible: bool = False,
    ) -> None:
        """A category, positionally as in the official client: ``Category(1, "Stalls", "#f00")``.

        Args:
            key: Unique within the chart; an int stays an int on the wire.
            label: The name shown to ticket buyers.
            color: HTML colour such as ``#aaaaaa``; left out, the API picks one.
            accessible: Whether the category is meant for wheelchair users.
        """
        # BaseModel's own signature (**data): the type checkers see ResponseModel's as empty.
        BaseModel.__init__(self, key=key, label=label, color=color, accessible=accessible)

    # Pydantic must not call this positional constructor when it validates API responses.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]
