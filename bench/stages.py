"""Where ours' book + release goes, stage by stage, timed inside the harness's interleaving.

    .venv/bin/python bench/stages.py [--server emulator|canned] [--rounds N]

The benchmark's small calls run between other contenders' calls, so each runs with caches the
others evicted and costs several times its tight-loop figure; this shows where that time goes.
It seeds the emulator as `make bench` does (with `--server canned`, it captures the
emulator's answers and replays them as the canned-bytes server), then times the
"book + release 4 seats" scenario with every contender interleaved, as the harness does,
while probes note how long each stage of ours' calls took:

- building the request model (`status_change_body`), encoding it (`to_wire_json`),
  building the httpx request (`build_request`),
- the transport (`httpx.HTTPTransport.handle_request`: writing the request, reading the
  response's head), reading the body,
- validating the answer into `ChangeObjectStatusResult` (`Endpoint.result`),
- the rest: the glue between them (checks, URL, the attempt's deadline, logging), and the
  probes' own cost.

Each stage's figure is its median per call of the scenario (a pair of requests); the rest is
the median of what each call took beyond its stages. The same rounds' medians of ours,
`httpx-transport` and the official client are printed with them. The probes wrap private
functions of the SDK: when those move, this script says which one is missing. Speed is
measured here, never asserted in tests (`make test` runs it once at a tiny size).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Generator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench._capture import capture
from bench._clients import open_clients
from bench._measure import HTTPX_TRANSPORT, OFFICIAL, OURS, Scenario, Timer
from bench._scenarios import book_and_release
from bench._server import canned_process, emulator_process
from bench._world import seed

STAGES = (
    "build the request model",
    "encode the body",
    "build the httpx request",
    "transport: send, read the head",
    "read the body",
    "validate the answer",
)
REST = "the rest (glue, probes)"


@dataclass
class Probes:
    """Stage durations of the call being timed; noted only while `recording`."""

    recording: bool = False
    spans: dict[str, float] = field(default_factory=dict[str, float])

    def wrap(self, function: Callable[..., Any], stage: str) -> Callable[..., Any]:
        """`function`, noting how long each call took under `stage` while recording."""

        @wraps(function)
        def probed(*args: Any, **kwargs: Any) -> Any:
            if not self.recording:
                return function(*args, **kwargs)
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - started
                self.spans[stage] = self.spans.get(stage, 0.0) + elapsed

        return probed


def probe_points() -> list[tuple[object, str, str]]:
    """(owner, attribute, stage): where ours looks up each stage's function when it calls it."""
    from seatsio_typed import _send
    from seatsio_typed._endpoint import Endpoint
    from seatsio_typed._sync import _requester, event_status
    from seatsio_typed.models import RequestModel

    return [
        (event_status, "status_change_body", STAGES[0]),
        (RequestModel, "to_wire_json", STAGES[1]),
        (_requester, "build_request", STAGES[2]),
        (httpx.HTTPTransport, "handle_request", STAGES[3]),
        (_send, "_read_directly", STAGES[4]),
        (Endpoint, "result", STAGES[5]),
    ]


@contextmanager
def probed(
    probes: Probes, points: Sequence[tuple[object, str, str]] | None = None
) -> Generator[None, None, None]:
    """Install the probes (at `points`, `probe_points()` by default) for the block; put every
    original back after it."""
    installed: list[tuple[object, str, object]] = []
    try:
        for owner, name, stage in probe_points() if points is None else points:
            original = getattr(owner, name, None)
            if original is None:
                raise RuntimeError(f"the SDK's internals moved: {owner!r} has no {name}")
            installed.append((owner, name, original))
            setattr(owner, name, probes.wrap(original, stage))
        yield
    finally:
        for owner, name, original in reversed(installed):
            setattr(owner, name, original)


@dataclass(frozen=True)
class Breakdown:
    """Medians per call of the scenario, in microseconds."""

    stages: dict[str, float]
    totals: dict[str, float]
    """ours, httpx-transport and the official client, from the same rounds."""


def measure(scenario: Scenario, loop: asyncio.AbstractEventLoop, rounds: int) -> Breakdown:
    """Time `scenario` as the harness does, with ours' stages noted on each of its calls."""
    probes = Probes()
    samples: dict[str, list[float]] = {stage: [] for stage in (*STAGES, REST)}
    ours = scenario.sync_calls[OURS]

    def ours_probed(index: int) -> object:
        probes.spans.clear()
        probes.recording = True
        started = time.perf_counter()
        try:
            return ours(index)
        finally:
            total = time.perf_counter() - started
            probes.recording = False
            for stage in STAGES:
                samples[stage].append(probes.spans.get(stage, 0.0))
            samples[REST].append(total - sum(probes.spans.values()))

    timed = Scenario(
        name=scenario.name,
        what=scenario.what,
        requests_per_call=scenario.requests_per_call,
        sync_calls={**scenario.sync_calls, OURS: ours_probed},
        async_calls=scenario.async_calls,
    )
    with probed(probes):
        result = Timer(loop, concurrency=8).run(timed, warmup=3, repetitions=rounds)
    # The warm-up rounds' samples come first: keep the timed rounds' only.
    stages = {stage: statistics.median(values[-rounds:]) * 1e6 for stage, values in samples.items()}
    totals = {
        name: result.stats[name].median_ms * 1000 for name in (OURS, HTTPX_TRANSPORT, OFFICIAL)
    }
    return Breakdown(stages, totals)


def render(breakdown: Breakdown, server: str, rounds: int) -> str:
    """The breakdown as a table, with the totals of the same rounds below it."""
    lines = [
        f"ours' book + release 4 seats against the {server}, {rounds} interleaved rounds:",
        "median µs per call (two requests)",
    ]
    width = max(len(stage) for stage in breakdown.stages)
    lines += [f"  {stage:<{width}}  {value:8.0f}" for stage, value in breakdown.stages.items()]
    lines.append("same rounds, median µs per call:")
    lines += [f"  {name:<{width}}  {value:8.0f}" for name, value in breakdown.totals.items()]
    return "\n".join(lines)


def parse_run_options(
    parser: argparse.ArgumentParser, argv: Sequence[str] | None, *, rounds: int
) -> argparse.Namespace:
    """Parse `argv` with `--rounds` (at least 1, `rounds` by default) and `--seats` added."""
    parser.add_argument("--rounds", type=int, default=rounds, help=f"rounds (default {rounds})")
    parser.add_argument("--seats", type=int, default=9000, help="seats of the big chart")
    options = parser.parse_args(argv)
    if options.rounds < 1:
        parser.error("--rounds must be at least 1")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    """Seed, start the chosen server, measure and print."""
    parser = argparse.ArgumentParser(description="Where ours' book + release goes, by stage.")
    parser.add_argument("--server", choices=("emulator", "canned"), default="emulator")
    options = parse_run_options(parser, argv, rounds=300)
    loop = asyncio.new_event_loop()
    try:
        with ExitStack() as stack, tempfile.TemporaryDirectory() as scratch:
            server = stack.enter_context(emulator_process())
            world = seed(server, seats=options.seats, charts=2)
            url = server.url
            if options.server == "canned":
                answers = Path(scratch) / "answers.json"
                capture(url, world, answers, many_labels=1, charts=2)
                url = stack.enter_context(canned_process(answers))
            with open_clients(url, world.secret_key, loop) as clients:
                breakdown = measure(book_and_release(clients, world), loop, options.rounds)
    finally:
        loop.close()
    print(render(breakdown, options.server, options.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
