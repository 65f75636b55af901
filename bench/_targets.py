"""The targets of issue 9: one row per measure, its ratio of medians, the target and whether met."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench._latency import OURS_THREADS
from bench._measure import HTTPX, HTTPX_ASYNC, OFFICIAL, OURS, OURS_ASYNC, ScenarioResult
from bench._memory import MemoryResult


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

    @property
    def met(self) -> bool:
        """Whether the measured ratio reaches the target."""
        return self.ratio <= self.target if self.at_most else self.ratio >= self.target

    @property
    def target_text(self) -> str:
        """`≤ 1.05` or `≥ 2`."""
        return f"{'≤' if self.at_most else '≥'} {self.target:g}"


def _ratio(
    result: ScenarioResult, measure: str, over: tuple[str, str], at_most: bool, target: float
) -> TargetRow:
    numerator, denominator = over
    value = result.stats[numerator].median_ms / result.stats[denominator].median_ms
    return TargetRow(measure, f"{numerator} / {denominator}", value, at_most, target)


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
        rows.append(_ratio(result, measure, (OFFICIAL, OURS), False, 3.0))
    for result in emulator:
        measure = f"emulator: {result.name}"
        rows.append(_ratio(result, measure, (OFFICIAL, OURS), False, 2.0))
        rows.append(_ratio(result, measure, (OURS, HTTPX), True, 1.05))
    for result in parsing:
        rows.append(_ratio(result, result.name, (OFFICIAL, OURS), False, 1.5))
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
