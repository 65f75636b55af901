"""Seasons: events that group other events of one chart, and the Event-or-Season union."""

from __future__ import annotations

from typing import Annotated, cast

from pydantic import Discriminator, Tag

from seatsio_typed.models.events import Event

__all__ = ["EventOrSeason", "Season"]


class Season(Event):
    """A top-level or partial season: an ``Event`` with ``is_season`` true and a few extras."""

    events: list[Event] | None = None
    """The season's events; only on single retrieve/create, absent in lists."""
    partial_season_keys: list[str] | None = None
    for_sale_propagated: bool | None = None


def _event_kind(value: object) -> str:
    if isinstance(value, dict):
        # cast: only the key lookups below are needed, and JSON object keys are strings.
        fields = cast("dict[str, object]", value)
        is_season = fields.get("isSeason", fields.get("is_season"))
    else:
        is_season = isinstance(value, Season)
    return "season" if is_season is True else "event"


EventOrSeason = Annotated[
    Annotated[Season, Tag("season")] | Annotated[Event, Tag("event")],
    Discriminator(_event_kind),
]
"""An item of an event list: parsed as ``Season`` when it says ``isSeason: true``."""
