"""Ours' book + release answered from memory, warm and cold: what other code between calls costs.

    .venv/bin/python bench/cold.py [--rounds N] [--seats N]

In the harness each small call runs between other contenders' calls and costs several times its
tight-loop figure (bench/README.md, "Where the misses stand"). This shows why with no network and
no server: the "book + release 4 seats" pair is answered from memory (the emulator's answers,
captured as the canned server replays them), and each round times it twice, stage by stage with
`bench/stages.py`'s probes: once right after an untimed pair of its own (warm), and once after
unrelated Python work that evicts the CPU caches (cold): parsing a module's source with `ast`
and a JSON round trip of a 1,000-seat chart drawing, not timed. `httpx-transport` (the prebuilt
requests handed to the same transport, `json.loads`) is timed the same way beside it.

Speed is measured here, never asserted in tests (`make test` runs it once at a tiny size).
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import inspect
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._canned import CannedServer, load_answers
from bench._capture import capture
from bench._clients import open_clients
from bench._measure import HTTPX_TRANSPORT, OURS, SyncCall
from bench._own_cost import IN_MEMORY_URL, CannedTransport
from bench._scenarios import book_and_release
from bench._server import emulator_process
from bench._world import big_chart, seed
from bench.stages import REST, STAGES, Probes, parse_run_options, probe_points, probed

MODES = ("warm", "cold")
TRANSPORT_STAGE = STAGES[3]
"""In memory the transport stage is the in-memory transport's answer (no socket)."""
ROWS = (*STAGES, REST, OURS, HTTPX_TRANSPORT)
"""What is printed: ours' stages, then the two whole calls."""


def polluter() -> Callable[[], None]:
    """Unrelated Python work whose code and data push ours' out of the CPU caches."""
    source = inspect.getsource(json.decoder) + inspect.getsource(json.encoder)
    drawing, _ = big_chart(1000)

    def pollute() -> None:
        ast.parse(source)
        json.loads(json.dumps(drawing))

    return pollute


def measure(
    ours: SyncCall, transport_only: SyncCall, rounds: int, pollute: Callable[[], None]
) -> dict[str, dict[str, float]]:
    """Median µs per pair, per stage (and ours, httpx-transport) and per mode."""
    probes = Probes()
    samples: dict[str, dict[str, list[float]]] = {mode: {row: [] for row in ROWS} for mode in MODES}
    points = [
        (CannedTransport, "handle_request", stage)
        if stage == TRANSPORT_STAGE
        else (owner, name, stage)
        for owner, name, stage in probe_points()
    ]
    with probed(probes, points):
        for round_number in range(rounds):
            # Alternate which mode goes first, so neither always follows the other.
            order = MODES if round_number % 2 == 0 else MODES[::-1]
            for mode in order:
                for name, call in ((OURS, ours), (HTTPX_TRANSPORT, transport_only)):
                    if mode == "cold":
                        pollute()
                    else:
                        call(round_number)  # the timed call follows one of its own
                    probes.spans.clear()
                    probes.recording = name == OURS
                    started = time.perf_counter()
                    call(round_number)
                    total = time.perf_counter() - started
                    probes.recording = False
                    noted = samples[mode]
                    noted[name].append(total)
                    if name == OURS:
                        for stage in STAGES:
                            noted[stage].append(probes.spans.get(stage, 0.0))
                        noted[REST].append(total - sum(probes.spans.values()))
    return {
        mode: {row: statistics.median(values) * 1e6 for row, values in noted.items()}
        for mode, noted in samples.items()
    }


def render(medians: dict[str, dict[str, float]], rounds: int) -> str:
    """The stages and totals, warm beside cold."""
    width = max(len(name) for name in ROWS)
    lines = [
        f"ours' book + release 4 seats answered from memory, {rounds} rounds:",
        "median µs per call (two requests); cold: after unrelated Python work",
        f"  {'':<{width}}  {'warm':>8}  {'cold':>8}",
    ]
    for name in ROWS:
        if name == OURS:
            lines.append("same rounds, whole calls:")
        warm, cold = (medians[mode][name] for mode in MODES)
        lines.append(f"  {name:<{width}}  {warm:8.1f}  {cold:8.1f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Seed the emulator, capture its answers, then time the pair in memory warm and cold."""
    parser = argparse.ArgumentParser(description="Ours' book + release, warm and cold.")
    options = parse_run_options(parser, argv, rounds=400)
    loop = asyncio.new_event_loop()
    try:
        with emulator_process() as server, tempfile.TemporaryDirectory() as scratch:
            world = seed(server, seats=options.seats, charts=2)
            answers = Path(scratch) / "answers.json"
            capture(server.url, world, answers, many_labels=1, charts=2)
            routes, pages = load_answers(answers)
        transport = CannedTransport(CannedServer(routes, pages))
        with open_clients(IN_MEMORY_URL, world.secret_key, loop, transport=transport) as clients:
            scenario = book_and_release(clients, world)
            pollute = polluter()
            for _ in range(3):  # warm up every path once before timing
                scenario.sync_calls[OURS](0)
                scenario.sync_calls[HTTPX_TRANSPORT](0)
                pollute()
            medians = measure(
                scenario.sync_calls[OURS],
                scenario.sync_calls[HTTPX_TRANSPORT],
                options.rounds,
                pollute,
            )
    finally:
        loop.close()
    print(render(medians, options.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
