"""The scenarios: each user action written once per contender, with the same requests."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial
from typing import NamedTuple
from urllib.parse import quote

from bench._capture import sample_labels
from bench._clients import Clients
from bench._floor import Send
from bench._measure import (
    HTTPX,
    HTTPX_ASYNC,
    HTTPX_TRANSPORT,
    OFFICIAL,
    OURS,
    OURS_ASYNC,
    STDLIB,
    Scenario,
    SyncCall,
)
from bench._raw import Params, as_object, raw_list, raw_list_async
from bench._world import World

SEATS_PER_BOOKING = 4
MAX_LABELS_PER_CALL = 500
"""Labels one object-infos call may carry: our client refuses URLs over 8 KiB (1,000 labels of
the big chart make 13.6 KiB), so the end-to-end call asks for 500; the parse-only measure
still validates the object infos of `many_labels` labels."""
_CHANGE_STATUS = "/events/groups/actions/change-object-status"
_EXPAND_OBJECTS = {"expand": "objects"}


def large_scenarios(clients: Clients, world: World, many_labels: int) -> list[Scenario]:
    """The calls of many requests or large bodies: pagination, the parse-heavy object infos."""
    return [
        list_charts(clients, world),
        object_infos(clients, world, min(many_labels, MAX_LABELS_PER_CALL), parse_heavy=True),
    ]


def small_scenarios(clients: Clients, world: World) -> list[Scenario]:
    """The small calls: where per-request overhead is most of the time."""
    return [
        retrieve_event(clients, world),
        object_infos(clients, world, 1),
        book_and_release(clients, world),
    ]


def retrieve_event(clients: Clients, world: World) -> Scenario:
    """GET one event."""
    key = world.big_event
    path = f"/events/{quote(key, safe='')}"
    return Scenario(
        name="retrieve event",
        what="GET /events/{key}",
        requests_per_call=1,
        sync_calls={
            OURS: lambda _: clients.ours.events.retrieve(key),
            OFFICIAL: lambda _: clients.official.events.retrieve(key),
            HTTPX: lambda _: clients.raw.get(path),
            **_floors(clients, _Request("GET", path)),
        },
        async_calls={
            OURS_ASYNC: lambda _: clients.ours_async.events.retrieve(key),
            HTTPX_ASYNC: lambda _: clients.raw_async.get(path),
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

    # The floors send prebuilt requests: those of the blocking contenders, always call 0.
    floors = _floors(
        clients,
        _Request("POST", _CHANGE_STATUS, _EXPAND_OBJECTS, _booking(event, seats(0))),
        _Request("POST", _CHANGE_STATUS, _EXPAND_OBJECTS, _release(event, seats(0))),
    )
    return Scenario(
        name=f"book + release {SEATS_PER_BOOKING} seats",
        what=f"2 x POST {_CHANGE_STATUS}",
        requests_per_call=2,
        sync_calls={OURS: ours, OFFICIAL: official, HTTPX: raw, **floors},
        async_calls={OURS_ASYNC: ours_async, HTTPX_ASYNC: raw_async},
    )


class _Request(NamedTuple):
    method: str
    path: str
    params: Params | None = None
    body: object = None


def _floors(clients: Clients, *requests: _Request) -> dict[str, SyncCall]:
    """httpx-transport and stdlib: every request built once, all sent in order on each call."""
    return {
        name: partial(_send_all, [api.prepared(*request) for request in requests])
        for name, api in ((HTTPX_TRANSPORT, clients.transport), (STDLIB, clients.stdlib))
    }


def _send_all(sends: Sequence[Send], _: int) -> object:
    result: object = None
    for send in sends:
        result = send()
    return result


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
    event = world.big_event
    labels = sample_labels(world, count)
    path = f"/events/{quote(event, safe='')}/objects"
    params = {"label": labels}
    plural = "label" if count == 1 else "labels"
    return Scenario(
        name=f"object infos, {count} {plural}" + (" (parse-heavy)" if parse_heavy else ""),
        what=f"GET /events/{{key}}/objects with {count} {plural}",
        requests_per_call=1,
        sync_calls={
            OURS: lambda _: clients.ours.events.retrieve_object_infos(event, labels),
            OFFICIAL: lambda _: clients.official.events.retrieve_object_infos(event, labels),
            HTTPX: lambda _: clients.raw.get(path, params),
            **({} if parse_heavy else _floors(clients, _Request("GET", path, params))),
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
