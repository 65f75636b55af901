"""How seasons, partial seasons and events in a season are linked (seasons.md §1, §3).

A season is an `Event` record like any other (same key space, same store, same object state);
`Event.season` holds a `SeasonLinks` that says which role it plays and points at the records it
is linked to. The links are object references, not keys, so renaming any of them (update with a
new `eventKey`) keeps every link intact.

- top-level season: `events` (in the order they joined) and `partial_seasons`;
- partial season: `top_level` and `events` (a subset of the top-level season's events);
- event in a season: `top_level` and `partial_seasons` (those containing it, in joining order).

`season_flags(event)` renders the season part of the Event resource (the four flags,
`topLevelSeasonKey`, `partialSeasonKeysForEvent`, `forSalePropagated`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from seatsio_typed.testing._wire.messages import JSON, JSONObject

if TYPE_CHECKING:
    from seatsio_typed.testing._engine.records import Event

TOP_LEVEL: Final = "TOP_LEVEL_SEASON"
PARTIAL: Final = "PARTIAL_SEASON"
IN_SEASON: Final = "EVENT_IN_SEASON"


@dataclass(eq=False)
class SeasonLinks:
    """The season role of one event record and the records it is linked to."""

    kind: str
    """`TOP_LEVEL`, `PARTIAL` or `IN_SEASON`."""
    top_level: Event | None = None
    """Partial seasons and events in a season: their top-level season."""
    events: list[Event] = field(default_factory=list["Event"])
    """Seasons (top-level and partial): their events, in the order they joined."""
    partial_seasons: list[Event] = field(default_factory=list["Event"])
    """Top-level seasons: their partial seasons; events: the partial seasons containing them."""
    for_sale_propagated: bool | None = None
    """Seasons: `forSalePropagated` as last sent (None when never sent)."""

    @property
    def is_season(self) -> bool:
        """Whether the record is a (top-level or partial) season."""
        return self.kind != IN_SEASON


def season_flags(event: Event) -> JSONObject:
    """The season members of an Event resource (events.md §5.1, seasons.md §3)."""
    links = event.season
    kind = None if links is None else links.kind
    rendered: JSONObject = {
        "isSeason": kind in (TOP_LEVEL, PARTIAL),
        "isTopLevelSeason": kind == TOP_LEVEL,
        "isPartialSeason": kind == PARTIAL,
        "isEventInSeason": kind == IN_SEASON,
    }
    if links is None:
        return rendered
    if links.top_level is not None:
        rendered["topLevelSeasonKey"] = links.top_level.key
    if kind == IN_SEASON:
        rendered["partialSeasonKeysForEvent"] = list[JSON](
            partial.key for partial in links.partial_seasons
        )
    if links.for_sale_propagated is not None:
        rendered["forSalePropagated"] = links.for_sale_propagated
    return rendered
