"""How seasons, partial seasons and events in a season are linked (seasons.md §1, §3).

A season is an `Event` record like any other (same key space, same store, same object state);
`Event.season` holds a `SeasonLinks` (defined in `records.py`, beside the `Event` it points at)
that says which role it plays and points at the records it is linked to. The links are object
references, not keys, so renaming any of them (update with a new `eventKey`) keeps every link
intact.

- top-level season: `events` (in the order they joined) and `partial_seasons`;
- partial season: `top_level` and `events` (a subset of the top-level season's events);
- event in a season: `top_level` and `partial_seasons` (those containing it, in joining order).

`season_flags(event)` renders the season part of the Event resource (the four flags,
`topLevelSeasonKey`, `partialSeasonKeysForEvent`, `forSalePropagated`).
"""

from __future__ import annotations

from seatsio_typed.testing._engine.records import (
    IN_SEASON,
    PARTIAL,
    TOP_LEVEL,
    Event,
    SeasonLinks,
)
from seatsio_typed.testing._wire.messages import JSON, JSONObject

__all__ = ["IN_SEASON", "PARTIAL", "TOP_LEVEL", "SeasonLinks", "season_flags"]


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
