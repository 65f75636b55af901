"""Timing: warm-up, interleaved rounds, per-call samples, median and p95.

Every round runs each contender once, in an order rotated by one each round, so drift (CPU
frequency, server state growing, garbage collection) falls on all contenders alike. A
blocking contender times one call; a concurrent one times a batch of `concurrency` calls
started together on one event loop and counts batch time / `concurrency` per call.
"""

from __future__ import annotations

import asyncio
import gc
import math
import random
import statistics
import time
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

SyncCall = Callable[[int], object]
"""One call of a blocking contender; the argument is 0."""
AsyncCall = Callable[[int], Awaitable[object]]
"""One call of a concurrent contender; the argument is its index within the batch."""

OURS = "ours"
OURS_ASYNC = "ours-async"
OFFICIAL = "official"
HTTPX = "httpx"
HTTPX_ASYNC = "httpx-async"
HTTPX_TRANSPORT = "httpx-transport"
"""Prebuilt requests sent by httpx's transport alone: the floor of any client built on httpx."""
STDLIB = "stdlib"
"""The same requests over `http.client`: information only, what httpcore itself costs."""
PYDANTIC_DICTS = "pydantic dicts"
"""pydantic-core validating a body into plain dicts: the floor of any pydantic-validated parse."""
UNCHECKED_MODELS = "unchecked models"
"""Our models' unchecked twins (every leaf `Any`): what building the models alone costs."""
CONTENDERS = (OURS, OURS_ASYNC, OFFICIAL, HTTPX, HTTPX_ASYNC, HTTPX_TRANSPORT, STDLIB)
RATIOS = ((OURS, OFFICIAL), (OURS, HTTPX), (OURS_ASYNC, HTTPX_ASYNC), (OURS, HTTPX_TRANSPORT))
"""Each ratio is median(first) / median(second): below 1 the first is faster."""


@dataclass(frozen=True)
class Scenario:
    """One thing a user does, written once per contender."""

    name: str
    what: str
    """The request(s) behind one call, for the report."""
    requests_per_call: int
    sync_calls: Mapping[str, SyncCall]
    async_calls: Mapping[str, AsyncCall]
    check: Callable[[object], None] | None = None
    """Raises when a call's result is wrong (each contender is checked once, untimed)."""

    def keeping(self, contenders: Collection[str]) -> Scenario:
        """The same scenario with only the named contenders."""
        return replace(
            self,
            sync_calls={n: c for n, c in self.sync_calls.items() if n in contenders},
            async_calls={n: c for n, c in self.async_calls.items() if n in contenders},
        )


@dataclass(frozen=True)
class Stats:
    """Per-call timings of one contender in one scenario, in milliseconds."""

    median_ms: float
    p95_ms: float
    samples: int


@dataclass(frozen=True)
class ScenarioResult:
    """The statistics of every contender of a scenario, and the ratios between them."""

    name: str
    what: str
    requests_per_call: int
    stats: Mapping[str, Stats]
    rounds: Mapping[str, Sequence[float]] = field(default_factory=dict[str, Sequence[float]])
    """Each contender's sample of every timed round, in seconds, in round order (the same
    index is the same round for all): what a paired interval resamples (`ratio_interval`)."""

    def ratios(self) -> dict[str, float]:
        """`"a/b"` -> median(a) / median(b), for every pair of `RATIOS` that was measured."""
        return {
            f"{first}/{second}": self.stats[first].median_ms / self.stats[second].median_ms
            for first, second in RATIOS
            if first in self.stats and second in self.stats
        }


def per_call(result: ScenarioResult, calls: Mapping[str, int]) -> ScenarioResult:
    """`result` of batches turned into time per call: each contender's figures / its batch size."""
    stats = {
        name: replace(
            value, median_ms=value.median_ms / calls[name], p95_ms=value.p95_ms / calls[name]
        )
        for name, value in result.stats.items()
    }
    rounds = {
        name: [sample / calls[name] for sample in samples]
        for name, samples in result.rounds.items()
    }
    return replace(result, stats=stats, rounds=rounds)


def ratio_interval(
    numerator: Sequence[float],
    denominator: Sequence[float],
    *,
    confidence: float = 0.95,
    resamples: int = 2000,
    seed: int = 0,
) -> tuple[float, float]:
    """The `confidence` interval of median(numerator) / median(denominator), paired by round.

    A bootstrap over rounds: `resamples` times, as many rounds as were timed are drawn with
    replacement, each bringing both contenders' samples of that round (a round's drift falls
    on both), and the ratio of medians is taken; the interval holds the middle `confidence` of
    those ratios. It shows the noise within one run, not the difference between two runs (a
    machine's state can move all of a run). Seeded: the same samples give the same interval.
    """
    if len(numerator) != len(denominator):
        raise ValueError(f"paired samples needed, got {len(numerator)} and {len(denominator)}")
    if not numerator:
        raise ValueError("no samples")
    if not 0 < confidence < 1:
        raise ValueError(f"a confidence in (0, 1), got {confidence}")
    draw = random.Random(seed).choices
    indexes = range(len(numerator))
    ratios: list[float] = []
    for _ in range(resamples):
        chosen = draw(indexes, k=len(numerator))
        ratios.append(
            statistics.median(numerator[i] for i in chosen)
            / statistics.median(denominator[i] for i in chosen)
        )
    tail = (1 - confidence) / 2
    return percentile(ratios, tail), percentile(ratios, 1 - tail)


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest sample with `fraction` of samples at or below."""
    if not samples:
        raise ValueError("no samples")
    if not 0 < fraction <= 1:
        raise ValueError(f"a fraction in (0, 1], got {fraction}")
    ordered = sorted(samples)
    return ordered[math.ceil(fraction * len(ordered)) - 1]


def summarize(seconds: Sequence[float]) -> Stats:
    """Median and p95 of per-call samples given in seconds."""
    return Stats(
        median_ms=statistics.median(seconds) * 1000,
        p95_ms=percentile(seconds, 0.95) * 1000,
        samples=len(seconds),
    )


def rotated(items: Sequence[str], round_number: int) -> list[str]:
    """The items starting at position `round_number` (modulo their count), wrapping around."""
    if not items:
        return []
    shift = round_number % len(items)
    return [*items[shift:], *items[:shift]]


class Timer:
    """Runs the calls of scenarios, blocking ones directly, concurrent ones on `loop`."""

    def __init__(self, loop: asyncio.AbstractEventLoop, concurrency: int) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        self._loop = loop
        self.concurrency = concurrency

    def time_sync(self, call: SyncCall) -> float:
        """Seconds one blocking call takes."""
        started = time.perf_counter()
        call(0)
        return time.perf_counter() - started

    def time_async(self, call: AsyncCall) -> float:
        """Seconds per call of a batch of `concurrency` calls started together."""
        return self._loop.run_until_complete(self._batch(call)) / self.concurrency

    async def _batch(self, call: AsyncCall) -> float:
        started = time.perf_counter()
        await asyncio.gather(*(call(index) for index in range(self.concurrency)))
        return time.perf_counter() - started

    def _check(self, scenario: Scenario) -> None:
        # A contender that skipped work (one page instead of all) would look fast; check first.
        check = scenario.check
        if check is None:
            return
        results = {name: call(0) for name, call in scenario.sync_calls.items()}
        for name, async_call in scenario.async_calls.items():
            results[name] = self._loop.run_until_complete(_awaited(async_call(0)))
        for name, result in results.items():
            try:
                check(result)
            except ValueError as wrong:
                raise RuntimeError(f"{scenario.name}: {name} answered wrongly: {wrong}") from wrong

    def run(self, scenario: Scenario, *, warmup: int, repetitions: int) -> ScenarioResult:
        """Warm up, then time `repetitions` interleaved rounds of every contender."""
        if repetitions < 1:
            raise ValueError(f"repetitions must be at least 1, got {repetitions}")
        timers: dict[str, Callable[[], float]] = {
            **{name: partial(self.time_sync, call) for name, call in scenario.sync_calls.items()},
            **{name: partial(self.time_async, call) for name, call in scenario.async_calls.items()},
        }
        order = sorted(timers, key=_rank)
        self._check(scenario)
        samples: dict[str, list[float]] = {name: [] for name in order}
        gc.collect()  # leave the previous scenario's garbage out of this one's timings
        for round_number in range(warmup + repetitions):
            for name in rotated(order, round_number):
                elapsed = timers[name]()
                if round_number >= warmup:
                    samples[name].append(elapsed)
        return ScenarioResult(
            name=scenario.name,
            what=scenario.what,
            requests_per_call=scenario.requests_per_call,
            stats={name: summarize(samples[name]) for name in order},
            rounds=samples,
        )


def _rank(contender: str) -> int:
    # Known contenders in report order, any others after them.
    return CONTENDERS.index(contender) if contender in CONTENDERS else len(CONTENDERS)


async def _awaited(awaitable: Awaitable[object]) -> object:
    return await awaitable
