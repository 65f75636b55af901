"""The results of a run: readable tables and a JSON document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from bench._measure import CONTENDERS, HTTPX_TRANSPORT, RATIOS, ScenarioResult
from bench._memory import MemoryResult
from bench._targets import TargetRow


@dataclass(frozen=True)
class Report:
    """Everything one run measured, and where and how it ran."""

    environment: Mapping[str, object]
    settings: Mapping[str, object]
    scenarios: Sequence[ScenarioResult]
    """Against the emulator."""
    memory: Sequence[MemoryResult]
    canned: Sequence[ScenarioResult] = ()
    """The small calls against the canned-bytes server."""
    parsing: Sequence[ScenarioResult] = ()
    latency: Sequence[ScenarioResult] = ()
    targets: Sequence[TargetRow] = ()
    own_cost: Sequence[ScenarioResult] = ()
    """The small calls answered by an in-memory transport: no network, no server."""


def _scenarios_json(results: Sequence[ScenarioResult]) -> list[dict[str, object]]:
    return [
        {
            "name": result.name,
            "what": result.what,
            "requests_per_call": result.requests_per_call,
            "contenders": {name: asdict(stats) for name, stats in result.stats.items()},
            "ratios": result.ratios(),
        }
        for result in results
    ]


def to_json(report: Report) -> dict[str, object]:
    """The report as plain JSON data (times in ms, ratios of medians, peaks in KiB)."""
    return {
        "environment": dict(report.environment),
        "settings": dict(report.settings),
        "targets": [
            {
                "measure": row.measure,
                "contenders": row.contenders,
                "ratio": row.ratio,
                "target": row.target_text,
                "met": row.met,
                "interval_95": None if row.interval is None else list(row.interval),
                "floor": None if row.floor is None else {**asdict(row.floor), "met": row.floor_met},
                "verdict": row.verdict,
            }
            for row in report.targets
        ],
        "scenarios": _scenarios_json(report.scenarios),
        "canned": _scenarios_json(report.canned),
        "parsing": _scenarios_json(report.parsing),
        "latency": _scenarios_json(report.latency),
        "own_cost": _scenarios_json(report.own_cost),
        "memory": [asdict(result) for result in report.memory],
    }


def render(report: Report) -> str:
    """The report as text tables: the targets first, then every figure behind them."""
    parts = [_heading(report)]
    if report.targets:
        parts.append(render_targets(report.targets))
    parts += [
        "Against the emulator\n" + _timings(report.scenarios, report.settings),
        _ratios(report.scenarios),
    ]
    if report.canned:
        parts.append("Against the canned-bytes server\n" + _timings(report.canned, report.settings))
    if report.own_cost:
        parts.append(render_own_cost(report.own_cost))
    for title, results in (("Parsing only", report.parsing), ("Latency", report.latency)):
        if results:
            parts.append(f"{title}, ms per call: median / p95\n" + _plain(results))
    parts.append(_memory(report.memory, report.settings))
    return "\n\n".join(parts)


def render_targets(rows: Sequence[TargetRow]) -> str:
    """The one table of issue 9: measure, contenders, ratio of medians, target, floor, met.

    Below it, one line per kind of floor shown: what it is and whom it bounds.
    """
    cells = [
        [
            row.measure,
            row.contenders,
            f"{row.ratio:.2f}",
            "-" if row.interval is None else f"{row.interval[0]:.2f}-{row.interval[1]:.2f}",
            row.target_text,
            "-" if row.floor is None else f"{row.floor.ratio:.2f}",
            row.verdict,
        ]
        for row in rows
    ]
    header = ["measure", "contenders", "ratio", "95% interval", "target", "floor", "met"]
    table = _table(header, cells, names=2)
    floors = {(row.floor.contenders, row.floor.bounds) for row in rows if row.floor is not None}
    notes = [
        "95% interval: of the ratio within this run (bootstrap over its rounds, paired by round)"
    ]
    notes += [
        f"floor {contenders}: the best ratio {bounds} can reach, measured in this run"
        for contenders, bounds in sorted(floors)
    ]
    if any(row.floor_met is False for row in rows):
        notes.append("NO (floor x): the floor itself misses the target: not reachable")
    return "\n".join(["Targets (ratios of medians)", table, *notes])


def render_own_cost(results: Sequence[ScenarioResult]) -> str:
    """The no-network measure in µs per call, and what ours and raw httpx add to the transport."""
    names = [name for name in CONTENDERS if any(name in result.stats for result in results)]
    over = [name for name in names if name != HTTPX_TRANSPORT]
    rows: list[list[str]] = []
    for result in results:
        cells = [result.name]
        for name in names:
            stats = result.stats.get(name)
            cells.append("-" if stats is None else f"{_us(stats.median_ms)} / {_us(stats.p95_ms)}")
        transport = result.stats.get(HTTPX_TRANSPORT)
        for name in over:
            stats = result.stats.get(name)
            cells.append(
                "-"
                if stats is None or transport is None
                else _us(stats.median_ms - transport.median_ms)
            )
        rows.append(cells)
    header = ["scenario", *names, *(f"{name} - transport" for name in over)]
    return (
        "SDK's own cost, no network (an in-memory transport answers the captured bytes), "
        "µs per call: median / p95\n" + _table(header, rows)
    )


def _us(milliseconds_value: float) -> str:
    return f"{milliseconds_value * 1000:.1f}"


def _plain(results: Sequence[ScenarioResult]) -> str:
    names = list(dict.fromkeys(name for result in results for name in result.stats))
    rows = [
        [
            result.name,
            *(
                "-"
                if name not in result.stats
                else f"{milliseconds(result.stats[name].median_ms)} / "
                f"{milliseconds(result.stats[name].p95_ms)}"
                for name in names
            ),
        ]
        for result in results
    ]
    return _table(["measure", *names], rows)


def milliseconds(value: float) -> str:
    """A duration in ms with about three significant digits."""
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], *, names: int = 1) -> str:
    # The first `names` columns are left-aligned (words), the others right-aligned (numbers).
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    lines: list[str] = []
    for row in [header, *rows]:
        cells = [
            cell.ljust(width) if column < names else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _heading(report: Report) -> str:
    env, settings = report.environment, report.settings
    return (
        f"seatsio-typed benchmark, {env['date']}: Python {env['python']}, "
        f"{env['cpu_count']} CPUs (load average {env.get('load_average_1min', '?')}), "
        f"{env['platform']}\n"
        f"{settings['repetitions']} timed rounds{_small_rounds(settings)} after "
        f"{settings['warmup']} warm-up rounds; "
        f"big chart {settings['seats']} seats; servers in child processes on loopback"
    )


def _small_rounds(settings: Mapping[str, object]) -> str:
    small = settings.get("small_call_repetitions")
    return "" if small in (None, settings["repetitions"]) else f" ({small} for the small calls)"


def _timings(results: Sequence[ScenarioResult], settings: Mapping[str, object]) -> str:
    names = [name for name in CONTENDERS if any(name in result.stats for result in results)]
    rows: list[list[str]] = []
    for result in results:
        cells = [result.name, str(result.requests_per_call)]
        for name in names:
            stats = result.stats.get(name)
            cells.append(
                "-"
                if stats is None
                else f"{milliseconds(stats.median_ms)} / {milliseconds(stats.p95_ms)}"
            )
        rows.append(cells)
    concurrency = settings["concurrency"]
    return (
        f"Per call, ms: median / p95 (async: {concurrency} calls at once, batch time / "
        f"{concurrency})\n" + _table(["scenario", "requests", *names], rows)
    )


def _ratios(results: Sequence[ScenarioResult]) -> str:
    labels = [f"{first}/{second}" for first, second in RATIOS]
    rows: list[list[str]] = []
    for result in results:
        ratios = result.ratios()
        rows.append([result.name, *(_ratio(ratios.get(label)) for label in labels)])
    return "Ratios of medians (below 1: ours is faster)\n" + _table(["scenario", *labels], rows)


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _memory(results: Sequence[MemoryResult], settings: Mapping[str, object]) -> str:
    rows = [
        [result.contender, result.how, str(result.items), f"{result.peak_kib:.0f}"]
        for result in results
    ]
    return (
        f"Peak memory while listing charts, one process per run (tracemalloc, KiB, median of "
        f"{settings['memory_repeats']})\n"
        + _table(["contender", "how", "charts", "peak KiB"], rows, names=2)
    )
