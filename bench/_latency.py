"""Throughput under server latency: many small calls against a server that waits before answering.

The canned server answers `GET /events/{key}` after a non-blocking delay (20 ms by default),
so the time goes to waiting, and what counts is how many calls a client keeps in flight and
what each costs on top. Contenders: `AsyncClient` and raw `httpx.AsyncClient` with 32 calls in
flight (32 worker coroutines sharing one counter), one `Client` shared by 32 threads, and the
official client calling sequentially, as its README shows. Every figure is time per call
(batch time / calls); the official client runs fewer calls per round, each as slow as the last.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

from bench._clients import Clients
from bench._measure import (
    HTTPX_ASYNC,
    OFFICIAL,
    OURS,
    OURS_ASYNC,
    Scenario,
    ScenarioResult,
    Timer,
    per_call,
)
from bench._world import World

IN_FLIGHT = 32
OURS_THREADS = f"{OURS} threads"


def _run_async(
    loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[object]], calls: int
) -> None:
    counter = itertools.count()

    async def worker() -> None:
        while next(counter) < calls:
            await call()

    async def everyone() -> None:
        await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))

    loop.run_until_complete(everyone())


def _run_threads(pool: ThreadPoolExecutor, call: Callable[[], object], calls: int) -> None:
    for future in [pool.submit(call) for _ in range(calls)]:
        future.result()


def latency_scenario(
    clients: Clients,
    world: World,
    loop: asyncio.AbstractEventLoop,
    pool: ThreadPoolExecutor,
    *,
    calls: int,
    sequential_calls: int,
) -> tuple[Scenario, dict[str, int]]:
    """The scenario (one batch per contender per round) and how many calls each batch makes."""
    key = world.big_event
    path = f"/events/{key}"
    counts = {
        OURS_ASYNC: calls,
        HTTPX_ASYNC: calls,
        OURS_THREADS: calls,
        OFFICIAL: sequential_calls,
    }

    def official(_: int) -> None:
        for _call in range(sequential_calls):
            clients.official.events.retrieve(key)

    scenario = Scenario(
        name=f"{calls} calls, server latency",
        what=f"GET /events/{{key}}, {IN_FLIGHT} in flight (official: sequential)",
        requests_per_call=1,
        sync_calls={
            OURS_ASYNC: lambda _: _run_async(
                loop, lambda: clients.ours_async.events.retrieve(key), calls
            ),
            HTTPX_ASYNC: lambda _: _run_async(loop, lambda: clients.raw_async.get(path), calls),
            OURS_THREADS: lambda _: _run_threads(
                pool, lambda: clients.ours.events.retrieve(key), calls
            ),
            OFFICIAL: official,
        },
        async_calls={},
    )
    return scenario, counts


def measure_latency(
    clients: Clients,
    world: World,
    loop: asyncio.AbstractEventLoop,
    *,
    calls: int,
    sequential_calls: int,
    warmup: int,
    repetitions: int,
) -> ScenarioResult:
    """Per-call time of every contender, batches interleaved round by round."""
    with ThreadPoolExecutor(max_workers=IN_FLIGHT) as pool:
        scenario, counts = latency_scenario(
            clients, world, loop, pool, calls=calls, sequential_calls=sequential_calls
        )
        result = Timer(loop, 1).run(scenario, warmup=warmup, repetitions=repetitions)
    return per_call(result, counts)
