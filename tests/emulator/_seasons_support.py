"""Helpers shared by the season tests (no tests in here)."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ._events_support import JsonDict, ok


def create_season(client: httpx.Client, chart_key: str, **fields: object) -> JsonDict:
    """Create a season (extra body fields by their wire names) and return it."""
    return ok(client.post("/seasons", json={"chartKey": chart_key, **fields}))


def create_partial(client: httpx.Client, top: str, key: str, event_keys: Sequence[str]) -> JsonDict:
    """Create a partial season of `top` with some of its events."""
    return ok(
        client.post(
            f"/seasons/{top}/partial-seasons", json={"key": key, "eventKeys": list(event_keys)}
        )
    )


def season_action(
    client: httpx.Client, event_key: str, action: str, objects: Sequence[str], **fields: object
) -> httpx.Response:
    """POST override-season-status or use-season-status (`action` = the path's last part)."""
    return client.post(
        f"/events/{event_key}/actions/{action}", json={"objects": list(objects), **fields}
    )


def keys(items: object) -> list[str]:
    """The `key` of every item of a JSON array of events."""
    assert isinstance(items, list)
    return [str(item["key"]) for item in items]  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
