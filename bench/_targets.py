"""The targets of issue 9: one row per measure, its ratio of medians, the target and whether met.

Rows `official / ours` carry a floor measured in the same run: the same ratio with the floor
contender in ours' place. On small calls that is httpx's transport alone (`official /
httpx-transport`): no client built on httpx can spend less per call, so none can reach a
higher ratio. On parsing it is our models' unchecked twins (`official / unchecked models`):
the same pydantic models, every leaf `Any`, so no result made of pydantic models of this shape
(what the SDK returns) can be built faster; `pydantic dicts`, shown beside it, is the floor of
any pydantic-validated result, models or not. When the floor itself
misses the target, the row reads `NO (floor x)`: not reachable, whatever our code does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench._latency import OURS_THREADS
from bench._measure import (
    HTTPX,
    HTTPX_ASYNC,
    HTTPX_TRANSPORT,
    OFFICIAL,
    OURS,
    OURS_ASYNC,
    UNCHECKED_MODELS,
    ScenarioResult,
    ratio_interval,
)
from bench._memory import MemoryResult

MIN_ROUNDS_FOR_INTERVAL = 20
"""Fewer timed rounds give no interval (the latency runs time three)."""
HTTPX_BASED = "any client built on httpx"
PYDANTIC_MODELS = "any result made of pydantic models of this shape"
_HTTPX_FLOOR = (HTTPX_TRANSPORT, HTTPX_BASED)
"""Small calls: official / httpx-transport, the best official / X of any httpx-based X."""
_PYDANTIC_FLOOR = (UNCHECKED_MODELS, PYDANTIC_MODELS)
"""Parsing: official / unchecked models, the best of any result built of these models."""


@dataclass(frozen=True)
class Floor:
    """The best ratio a row could reach: the same ratio with the floor contender in ours' place."""

    ratio: float
    contenders: str
    """`numerator / floor contender`, e.g. `official / httpx-transport`."""
    bounds: str
    """Whom the floor bounds, e.g. `any client built on httpx`."""


@dataclass(frozen=True)
class TargetRow:
    """One measure against its target. `ratio` is median(numerator) / median(denominator)."""

    measure: str
    contenders: str
    """`numerator / denominator`, e.g. `official / ours`."""
    ratio: float
    at_most: bool
    """True: the ratio must be at most `target`; False: at least."""
    target: float
    floor: Floor | None = None
    """Measured in the same run, for rows whose ratio a floor bounds."""
    interval: tuple[float, float] | None = None
    """The ratio's 95 % interval within the run (`ratio_interval`), when enough rounds were
    timed: a miss whose interval holds the target is within the run's noise."""

    def _reaches(self, value: float) -> bool:
        return value <= self.target if self.at_most else value >= self.target

    @property
    def met(self) -> bool:
        """Whether the measured ratio reaches the target."""
        return self._reaches(self.ratio)

    @property
    def floor_met(self) -> bool | None:
        """Whether the floor itself reaches the target (None: no floor for this row)."""
        return None if self.floor is None else self._reaches(self.floor.ratio)

    @property
    def verdict(self) -> str:
        """`yes`, `NO`, or `NO (floor 2.63)` when even the floor misses: not reachable."""
        if self.met:
            return "yes"
        if self.floor is not None and not self.floor_met:
            return f"NO (floor {self.floor.ratio:.2f})"
        return "NO"

    @property
    def target_text(self) -> str:
        """`≤ 1.05` or `≥ 2`."""
        return f"{'≤' if self.at_most else '≥'} {self.target:g}"


def _ratio(
    result: ScenarioResult,
    measure: str,
    over: tuple[str, str],
    at_most: bool,
    target: float,
    floor: tuple[str, str] | None = None,
) -> TargetRow:
    # `floor`: (the contender that replaces the denominator, whom it bounds), when measured.
    numerator, denominator = over
    value = _divided(result, numerator, denominator)
    bound = None
    if floor is not None and floor[0] in result.stats:
        contender, bounds = floor
        bound = Floor(_divided(result, numerator, contender), f"{numerator} / {contender}", bounds)
    interval = None
    top, bottom = result.rounds.get(numerator, ()), result.rounds.get(denominator, ())
    if len(top) >= MIN_ROUNDS_FOR_INTERVAL and len(top) == len(bottom):
        interval = ratio_interval(top, bottom)
    return TargetRow(
        measure, f"{numerator} / {denominator}", value, at_most, target, bound, interval
    )


def _divided(result: ScenarioResult, numerator: str, denominator: str) -> float:
    return result.stats[numerator].median_ms / result.stats[denominator].median_ms


def target_rows(
    *,
    canned: Sequence[ScenarioResult],
    emulator: Sequence[ScenarioResult],
    parsing: Sequence[ScenarioResult],
    latency: ScenarioResult | None,
    memory: Sequence[MemoryResult],
) -> list[TargetRow]:
    """Every target row that the measured results allow, in the issue's order."""
    rows: list[TargetRow] = []
    for result in canned:
        measure = f"canned server: {result.name}"
        rows.append(_ratio(result, measure, (OURS, HTTPX), True, 1.00))
        rows.append(_ratio(result, measure, (OFFICIAL, OURS), False, 3.0, _HTTPX_FLOOR))
    for result in emulator:
        measure = f"emulator: {result.name}"
        rows.append(_ratio(result, measure, (OFFICIAL, OURS), False, 2.0, _HTTPX_FLOOR))
        rows.append(_ratio(result, measure, (OURS, HTTPX), True, 1.05))
    for result in parsing:
        rows.append(_ratio(result, result.name, (OFFICIAL, OURS), False, 1.5, _PYDANTIC_FLOOR))
    if latency is not None:
        measure = latency.name
        rows.append(_ratio(latency, measure, (OFFICIAL, OURS_ASYNC), False, 10.0))
        rows.append(_ratio(latency, measure, (HTTPX_ASYNC, OURS_ASYNC), False, 0.9))
        rows.append(_ratio(latency, measure, (OFFICIAL, OURS_THREADS), False, 8.0))
    rows.extend(_memory_rows(memory))
    return rows


def _memory_rows(memory: Sequence[MemoryResult]) -> list[TargetRow]:
    peaks: dict[str, list[MemoryResult]] = {}
    for result in memory:
        peaks.setdefault(result.contender, []).append(result)
    rows: list[TargetRow] = []
    ours = sorted(peaks.get(OURS, []), key=lambda result: result.items)
    if len(ours) >= 2:
        small, large = ours[0], ours[-1]
        rows.append(
            TargetRow(
                f"memory peak, {small.items} vs {large.items} charts",
                f"{OURS} {large.items} / {OURS} {small.items}",
                large.peak_kib / small.peak_kib,
                True,
                1.10,
            )
        )
    return rows
