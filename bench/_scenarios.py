"""The scenarios: each user action written once per contender, with the same requests."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial
from urllib.parse import quote

from bench._clients import Clients
from bench._measure import (
    HTTPX,
    HTTPX_ASYNC,
    OFFICIAL,
    OURS,
    OURS_ASYNC,
    Scenario,
)
from bench._raw import as_object, raw_list, raw_list_async
from bench._world import World

SEATS_PER_BOOKING = 4
FEW_LABELS = 50
_CHANGE_STATUS = "/events/groups/actions/change-object-status"
_EXPAND_OBJECTS = {"expand": "objects"}


def build_scenarios(clients: Clients, world: World, *, many_labels: int) -> list[Scenario]:
    """Every scenario, in report order."""
    return [
        retrieve_chart(clients, world),
        create_event(clients, world),
        book_and_release(clients, world),
        object_infos(clients, world, FEW_LABELS),
        list_charts(clients, world),
        object_infos(clients, world, many_labels, parse_heavy=True),
    ]


def retrieve_chart(clients: Clients, world: World) -> Scenario:
    """GET one chart's metadata."""
    key = world.big_chart
    path = f"/charts/{quote(key, safe='')}"
    return Scenario(
        name="retrieve chart",
        what="GET /charts/{key}",
        requests_per_call=1,
        sync_calls={
            OURS: lambda _: clients.ours.charts.retrieve(key),
            OFFICIAL: lambda _: clients.official.charts.retrieve(key),
            HTTPX: lambda _: clients.raw.get(path),
        },
        async_calls={
            OURS_ASYNC: lambda _: clients.ours_async.charts.retrieve(key),
            HTTPX_ASYNC: lambda _: clients.raw_async.get(path),
        },
    )


def create_event(clients: Clients, world: World) -> Scenario:
    """POST a new event (generated key) on the small chart."""
    key = world.small_chart
    body = {"chartKey": key}
    return Scenario(
        name="create event",
        what="POST /events on a 20-seat chart",
        requests_per_call=1,
        sync_calls={
            OURS: lambda _: clients.ours.events.create(key),
            OFFICIAL: lambda _: clients.official.events.create(key),
            HTTPX: lambda _: clients.raw.post("/events", body),
        },
        async_calls={
            OURS_ASYNC: lambda _: clients.ours_async.events.create(key),
            HTTPX_ASYNC: lambda _: clients.raw_async.post("/events", body),
        },
    )


def book_and_release(clients: Clients, world: World) -> Scenario:
    """Book a few seats, then release them (concurrent calls use seats of their own)."""
    event = world.big_event

    def seats(index: int) -> list[str]:
        return list(world.labels[index * SEATS_PER_BOOKING : (index + 1) * SEATS_PER_BOOKING])

    def ours(index: int) -> None:
        clients.ours.events.book(event, seats(index))
        clients.ours.events.release(event, seats(index))

    async def ours_async(index: int) -> None:
        await clients.ours_async.events.book(event, seats(index))
        await clients.ours_async.events.release(event, seats(index))

    def official(index: int) -> None:
        clients.official.events.book(event, seats(index))
        clients.official.events.release(event, seats(index))

    def raw(index: int) -> None:
        clients.raw.post(_CHANGE_STATUS, _booking(event, seats(index)), _EXPAND_OBJECTS)
        clients.raw.post(_CHANGE_STATUS, _release(event, seats(index)), _EXPAND_OBJECTS)

    async def raw_async(index: int) -> None:
        api = clients.raw_async
        await api.post(_CHANGE_STATUS, _booking(event, seats(index)), _EXPAND_OBJECTS)
        await api.post(_CHANGE_STATUS, _release(event, seats(index)), _EXPAND_OBJECTS)

    return Scenario(
        name=f"book + release {SEATS_PER_BOOKING} seats",
        what=f"2 x POST {_CHANGE_STATUS}",
        requests_per_call=2,
        sync_calls={OURS: ours, OFFICIAL: official, HTTPX: raw},
        async_calls={OURS_ASYNC: ours_async, HTTPX_ASYNC: raw_async},
    )


def _booking(event: str, seats: Sequence[str]) -> dict[str, object]:
    # The body our client and the official one send for `book` (CHANGE_STATUS_TO booked).
    objects = [{"objectId": seat} for seat in seats]
    return {"objects": objects, "type": "CHANGE_STATUS_TO", "status": "booked", "events": [event]}


def _release(event: str, seats: Sequence[str]) -> dict[str, object]:
    objects = [{"objectId": seat} for seat in seats]
    return {"objects": objects, "type": "RELEASE", "events": [event]}


def object_infos(
    clients: Clients, world: World, count: int, *, parse_heavy: bool = False
) -> Scenario:
    """GET the object infos of `count` seats spread over the big chart."""
    if not 0 < count <= len(world.labels):
        raise ValueError(f"between 1 and {len(world.labels)} labels, got {count}")
    event = world.big_event
    labels = [world.labels[index * len(world.labels) // count] for index in range(count)]
    path = f"/events/{quote(event, safe='')}/objects"
    params = {"label": labels}
    return Scenario(
        name=f"object infos, {count} labels" + (" (parse-heavy)" if parse_heavy else ""),
        what=f"GET /events/{{key}}/objects with {count} labels",
        requests_per_call=1,
        sync_calls={
            OURS: lambda _: clients.ours.events.retrieve_object_infos(event, labels),
            OFFICIAL: lambda _: clients.official.events.retrieve_object_infos(event, labels),
            HTTPX: lambda _: clients.raw.get(path, params),
        },
        async_calls={
            OURS_ASYNC: lambda _: clients.ours_async.events.retrieve_object_infos(event, labels),
            HTTPX_ASYNC: lambda _: clients.raw_async.get(path, params),
        },
        check=partial(_check_size, count),
    )


def list_charts(clients: Clients, world: World) -> Scenario:
    """Iterate over every chart of the workspace, page by page."""
    pages = math.ceil(world.chart_count / world.charts_page_size)

    def ours(_: int) -> int:
        return sum(1 for _ in clients.ours.charts.list())

    async def ours_async(_: int) -> int:
        count = 0
        async for _chart in clients.ours_async.charts.list():
            count += 1
        return count

    def official(_: int) -> int:
        return sum(1 for _ in clients.official.charts.list())

    return Scenario(
        name=f"list {world.chart_count} charts",
        what=f"GET /charts x {pages} pages of {world.charts_page_size}",
        requests_per_call=pages,
        sync_calls={OURS: ours, OFFICIAL: official, HTTPX: lambda _: raw_list(clients.raw)},
        async_calls={
            OURS_ASYNC: ours_async,
            HTTPX_ASYNC: lambda _: raw_list_async(clients.raw_async),
        },
        check=partial(_check_count, world.chart_count),
    )


def _check_size(expected: int, result: object) -> None:
    infos = as_object(result)
    if len(infos) != expected:
        raise ValueError(f"expected {expected} object infos, got {len(infos)}")


def _check_count(expected: int, result: object) -> None:
    if result != expected:
        raise ValueError(f"expected {expected} charts, counted {result!r}")
