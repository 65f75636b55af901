"""Benchmark seatsio_typed against the official `seatsio` client and raw httpx.

    .venv/bin/python bench/run.py [--quick] [--json PATH] [--repetitions N] ...

Starts one emulator HTTP server on loopback (a child process), seeds a company with a big
and a small chart and a long chart list, then times every scenario with every contender in
interleaved rounds against that same server, and measures the peak memory of iterating over
the chart list. Prints tables of median and p95 per call and the ratios ours/official and
ours/raw-httpx; `--json` also writes them to a file. See bench/README.md. Nothing here asserts
anything about speed: it measures.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, Python puts bench/ on sys.path; the `bench` package lives one level up.
_PROJECT_ROOT = str(Path(__file__).resolve().parents[1])
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

import argparse  # noqa: E402
import asyncio  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from importlib.metadata import PackageNotFoundError, version  # noqa: E402

from bench._capture import capture  # noqa: E402
from bench._clients import open_clients  # noqa: E402
from bench._latency import measure_latency  # noqa: E402
from bench._measure import Scenario, ScenarioResult, Timer  # noqa: E402
from bench._memory import measure_memory  # noqa: E402
from bench._own_cost import measure_own_cost  # noqa: E402
from bench._parse import parse_scenarios  # noqa: E402
from bench._report import Report, render, to_json  # noqa: E402
from bench._scenarios import (  # noqa: E402
    SEATS_PER_BOOKING,
    large_scenarios,
    small_scenarios,
)
from bench._server import canned_process, emulator_process  # noqa: E402
from bench._targets import target_rows  # noqa: E402
from bench._world import seed  # noqa: E402


@dataclasses.dataclass(frozen=True)
class Settings:
    """How much to measure, and how big the seeded data is."""

    warmup: int = 3
    """Untimed rounds before the timed ones."""
    repetitions: int = 25
    """Timed rounds: samples per contender and scenario (but the small calls)."""
    small_call_repetitions: int = 200
    """Timed rounds of the small calls (emulator and canned server): each sample is one call
    of a millisecond or less, whose time moves by 10-20 % from one call to the next on a
    shared machine; 25 samples left their ratios 10 % apart between two runs, 200 cost a few
    seconds more."""
    concurrency: int = 8
    """Calls started together by an async contender (emulator and canned small calls)."""
    seats: int = 9000
    """Seats of the big chart (rounded up to whole rows)."""
    charts: int = 500
    """Charts in the emulator's workspace, all listed by the pagination scenario."""
    many_labels: int = 1000
    """Labels of the parse-heavy object infos call."""
    calls: int = 1000
    """Calls per round of the latency run, for the concurrent contenders."""
    sequential_calls: int = 100
    """Calls per round of the latency run for the official client (sequential, ~latency each)."""
    latency_ms: int = 20
    """The canned server's delay before each answer in the latency run."""
    latency_repetitions: int = 3
    """Timed rounds of the latency run (after one warm-up round)."""
    memory_small: int = 5000
    memory_large: int = 20000
    """Charts iterated by the memory runs (the canned server computes the pages)."""
    memory_repeats: int = 3
    """Processes per memory row (the median peak is reported)."""
    own_cost_calls: int = 200
    """Calls per timed sample of the no-network measure (one call takes tens of µs)."""

    def check(self) -> None:
        """Raise ValueError for settings that cannot run."""
        for name in (
            "repetitions",
            "small_call_repetitions",
            "concurrency",
            "memory_repeats",
            "many_labels",
            "calls",
            "sequential_calls",
            "latency_repetitions",
            "memory_small",
            "own_cost_calls",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        for name in ("warmup", "latency_ms"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.charts < 2:
            raise ValueError("charts must be at least 2 (the big and the small chart)")
        if self.memory_large <= self.memory_small:
            raise ValueError("memory_large must exceed memory_small")
        if self.many_labels > self.seats:
            raise ValueError("many_labels must not exceed seats")
        if self.concurrency * SEATS_PER_BOOKING > self.seats:
            raise ValueError(f"seats must hold {SEATS_PER_BOOKING} seats per concurrent call")


QUICK = Settings(
    warmup=1,
    repetitions=5,
    small_call_repetitions=5,
    concurrency=4,
    memory_repeats=1,
    calls=320,
    sequential_calls=20,
    latency_repetitions=1,
    own_cost_calls=50,
)
"""`--quick`: the same data, few rounds."""

RESULTS = Path(__file__).resolve().parent / "results"


def environment() -> dict[str, object]:
    """Where this run happens: date, Python, CPUs, load, platform and the versions compared."""
    versions: dict[str, str] = {}
    packages = ("seatsio-typed", "seatsio", "httpx", "httpcore", "sniffio", "requests", "pydantic")
    for package in (*packages, "pydantic-core", "uvicorn", "httptools"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "not installed"
    try:
        load: float | None = round(os.getloadavg()[0], 2)  # other work on the machine skews times
    except (AttributeError, OSError):  # not on Windows
        load = None
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": _cpu_model(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "load_average_1min": load,
        "versions": versions,
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:  # not Linux
        pass
    return platform.processor() or platform.machine()


def run(settings: Settings, *, progress: Callable[[str], None] = lambda _: None) -> Report:
    """Start the servers, seed, time every measure against its targets, measure memory."""
    settings.check()
    where = environment()  # before starting: the load average should not count this run
    loop = asyncio.new_event_loop()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            answers = Path(scratch) / "answers.json"
            with emulator_process() as server:
                progress(f"emulator on {server.url}; seeding")
                world = seed(server, seats=settings.seats, charts=settings.charts)
                bodies = capture(
                    server.url,
                    world,
                    answers,
                    many_labels=settings.many_labels,
                    charts=settings.memory_large,
                )
                with open_clients(server.url, world.secret_key, loop) as clients:
                    emulator = [
                        *_time_all(
                            small_scenarios(clients, world),
                            loop,
                            settings,
                            progress,
                            repetitions=settings.small_call_repetitions,
                        ),
                        *_time_all(
                            large_scenarios(clients, world, settings.many_labels),
                            loop,
                            settings,
                            progress,
                        ),
                    ]
            parsing = _time_all(parse_scenarios(bodies), loop, settings, progress)
            progress("SDK's own cost: the small calls answered in memory")
            own_cost = measure_own_cost(
                answers,
                world,
                loop,
                calls=settings.own_cost_calls,
                warmup=settings.warmup,
                repetitions=settings.repetitions,
            )
            with canned_process(answers) as url:
                progress(f"canned-bytes server on {url}")
                with open_clients(url, world.secret_key, loop) as clients:
                    canned = _time_all(
                        small_scenarios(clients, world),
                        loop,
                        settings,
                        progress,
                        repetitions=settings.small_call_repetitions,
                    )
                progress("memory: one process per run")
                memory = measure_memory(
                    url,
                    (settings.memory_small, settings.memory_large),
                    repeats=settings.memory_repeats,
                )
            with canned_process(answers, settings.latency_ms / 1000) as url:
                progress(f"latency: {settings.latency_ms} ms before each answer")
                with open_clients(url, world.secret_key, loop) as clients:
                    latency = measure_latency(
                        clients,
                        world,
                        loop,
                        calls=settings.calls,
                        sequential_calls=settings.sequential_calls,
                        warmup=1,
                        repetitions=settings.latency_repetitions,
                    )
    finally:
        loop.close()
    details = {**dataclasses.asdict(settings), "seats": len(world.labels)}
    small = {scenario.name for scenario in canned}
    targets = target_rows(
        canned=canned,
        emulator=[result for result in emulator if result.name in small],
        parsing=parsing,
        latency=latency,
        memory=memory,
    )
    return Report(
        where,
        details,
        emulator,
        memory,
        canned=canned,
        parsing=parsing,
        latency=[latency],
        targets=targets,
        own_cost=own_cost,
    )


def _time_all(
    scenarios: Sequence[Scenario],
    loop: asyncio.AbstractEventLoop,
    settings: Settings,
    progress: Callable[[str], None],
    *,
    repetitions: int | None = None,
) -> list[ScenarioResult]:
    """Time each scenario: `repetitions` rounds (default: `settings.repetitions`)."""
    timer = Timer(loop, settings.concurrency)
    rounds = settings.repetitions if repetitions is None else repetitions
    results: list[ScenarioResult] = []
    for scenario in scenarios:
        progress(f"timing: {scenario.name}")
        results.append(timer.run(scenario, warmup=settings.warmup, repetitions=rounds))
    return results


def build_parser() -> argparse.ArgumentParser:
    """The command line: --quick, --json PATH, and one --flag per setting."""
    parser = argparse.ArgumentParser(
        description="Benchmark seatsio_typed against the official client and raw httpx."
    )
    parser.add_argument("--quick", action="store_true", help="few rounds (a quick look)")
    parser.add_argument(
        "--json",
        type=Path,
        metavar="PATH",
        help=f"where to write the results as JSON (default: {RESULTS.name}/bench-<date>.json)",
    )
    for field in dataclasses.fields(Settings):
        parser.add_argument(
            f"--{field.name.replace('_', '-')}",
            type=int,
            metavar="N",
            help=f"default {field.default} ({getattr(QUICK, field.name)} with --quick)",
        )
    return parser


def settings_from(options: argparse.Namespace) -> Settings:
    """The settings a command line asks for: the defaults or --quick's, then each override."""
    base = QUICK if options.quick else Settings()
    overrides = {
        field.name: getattr(options, field.name)
        for field in dataclasses.fields(Settings)
        if getattr(options, field.name) is not None
    }
    return dataclasses.replace(base, **overrides)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark from a command line; print the tables; exit code 0 on success."""
    parser = build_parser()
    options = parser.parse_args(argv)
    settings = settings_from(options)
    try:
        settings.check()
    except ValueError as invalid:
        parser.error(str(invalid))
    report = run(settings, progress=lambda line: print(line, file=sys.stderr, flush=True))
    print(render(report))
    output: Path | None = options.json
    if output is None:
        stamp = str(report.environment["date"]).replace(":", "")[:17]
        output = RESULTS / f"bench-{stamp}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(to_json(report), indent=2) + "\n", encoding="utf-8")
    print(f"\nJSON written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
