"""Instructions and cache misses of one small call, counted by valgrind's callgrind, not timed.

    .venv/bin/python bench/footprint.py [--call book|event|infos] [--calls N] [--cold-calls N]

Timings on a shared 2-core VM swing by 10-40 % from run to run, and the harness's small calls
cost several times their tight-loop figure because other contenders' work evicts their code and
data from the CPU caches (`bench/cold.py`). This counts instead of timing: callgrind counts the
instructions a call runs, and its cache simulation the lines of code and data the call must
fetch again, the same way in every run on the same binaries and inputs. A change to the request
path can so be judged to a fraction of a percent, where a timing needs many alternations.

One of the harness's small calls (`--call`: `book`, the "book + release 4 seats" pair, by
default; `event`, retrieve event; `infos`, object infos of 1 label) is made by ours (`Client`),
`httpx-transport` (prebuilt requests handed to one httpx transport, `json.loads`) and the
official client, against the canned-bytes server (its own process, not counted). Each count
comes from a child process under callgrind, with instrumentation switched on only once the child
has warmed up:

- warm: `--calls` calls back to back, instructions only;
- cold: `--cold-calls` calls, each after `bench/cold.py`'s polluter (unrelated Python work that
  evicts the caches), with callgrind's cache simulation (its default first-level caches, a
  2 MiB last-level cache).

Before counting, the child freezes what it has made so far out of the cyclic collector's scans
(`gc.freeze`), so that a change which moves a collection from one call to another does not
swing the counts by a scan of the whole heap; collections of what the counted calls make are
counted. A child that makes no call (warm) or only runs the polluter (cold) is counted the same
way and subtracted, so each figure is per call: instructions (Ir), first-level instruction cache
misses (I1mr), and last-level misses for code (ILmr) and data (DLmr + DLmw). A last-level miss
goes to memory; a first-level one to the second-level cache.

Needs valgrind (`valgrind --tool=callgrind`, with `callgrind_control`); takes a few minutes.
`make test` runs the child's part once at a tiny size without valgrind, so it cannot rot.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._capture import capture
from bench._clients import open_clients
from bench._measure import HTTPX_TRANSPORT, OFFICIAL, OURS
from bench._scenarios import small_scenarios
from bench._server import canned_process, emulator_process
from bench._world import World, seed
from bench.cold import polluter

CONTENDERS = (OURS, HTTPX_TRANSPORT, OFFICIAL)
CALLS = {
    "book": "book + release 4 seats",
    "event": "retrieve event",
    "infos": "object infos, 1 label",
}
"""`--call` choices: the harness's small calls, by their scenario names."""
NOBODY = "nobody"
"""The baseline child: warms up and runs the polluter like the others, but makes no call."""
MODES = ("warm", "cold")
EVENTS = ("Ir", "I1mr", "ILmr", "DLmr", "DLmw")
"""The counts reported, in callgrind's names (see the module docstring)."""
LAST_LEVEL_CACHE = "--LL=2097152,16,64"
"""2 MiB, 16-way, 64-byte lines: a last-level cache share smaller than the working set of the
polluter, so that what it evicts must come from memory again."""
_UNDER_CALLGRIND = "BENCH_FOOTPRINT_UNDER_CALLGRIND"
"""Set for a child under callgrind: it switches instrumentation on once warmed up."""
_WARM_UP_CALLS = 5

Counts = dict[str, int]


def child(contender: str, mode: str, name: str, calls: int, url: str, world: World) -> None:
    """Warm up, then make `calls` calls of the scenario `name` (cold: each after the polluter),
    the part counted."""
    loop = asyncio.new_event_loop()
    try:
        with open_clients(url, world.secret_key, loop) as clients:
            scenarios = {scenario.name: scenario for scenario in small_scenarios(clients, world)}
            made = scenarios[name].sync_calls
            call: Callable[[int], object] = (
                (lambda _: None) if contender == NOBODY else made[contender]
            )
            pollute = polluter()
            for index in range(_WARM_UP_CALLS):
                call(index)
                pollute()
            # The objects made so far (modules, clients, the polluter's drawing) are left out
            # of the cyclic collector's scans: otherwise a change that moves one collection
            # to another call swings the counts by a scan of the whole heap.
            gc.collect()
            gc.freeze()
            if os.environ.get(_UNDER_CALLGRIND):
                # Counting starts here: imports, seeding and warm-up are not counted.
                subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True)
            for index in range(calls):
                if mode == "cold":
                    pollute()
                call(index)
            if os.environ.get(_UNDER_CALLGRIND):
                # Counting ends here: closing the clients (whose pools differ) is not counted.
                os._exit(0)
    finally:
        gc.unfreeze()
        loop.close()


def parse_counts(callgrind_output: str) -> Counts:
    """The totals of a callgrind output file, by event name (`events:` and `summary:` lines)."""
    names: list[str] = []
    totals: list[int] = []
    for line in callgrind_output.splitlines():
        if line.startswith("events:"):
            names = line.split()[1:]
        elif line.startswith("summary:"):
            totals = [int(value) for value in line.split()[1:]]
    if not names or len(names) != len(totals):
        raise ValueError("no events and summary lines of equal length in the callgrind output")
    return dict(zip(names, totals, strict=True))


def per_call(counts: Counts, baseline: Counts, calls: int) -> dict[str, float]:
    """What one call added over the baseline child, for each event both counted."""
    return {name: (counts[name] - baseline[name]) / calls for name in counts if name in baseline}


def _count(
    contender: str, mode: str, call: str, calls: int, url: str, state: Path, scratch: Path
) -> Counts:
    output = scratch / f"callgrind.{contender}.{mode}.out"
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={output}",
        *(["--cache-sim=yes", LAST_LEVEL_CACHE] if mode == "cold" else []),
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        contender,
        "--mode",
        mode,
        "--call",
        call,
        "--calls",
        str(calls),
        "--url",
        url,
        "--state",
        str(state),
    ]
    # A fixed hash seed: the same dict layouts, so the same counts, in every run.
    environment = {**os.environ, _UNDER_CALLGRIND: "1", "PYTHONHASHSEED": "0"}
    subprocess.run(command, check=True, env=environment, capture_output=True)
    return parse_counts(output.read_text())


def measure(
    call: str, calls: Mapping[str, int], url: str, state: Path, scratch: Path
) -> dict[str, dict[str, dict[str, float]]]:
    """Per mode and contender: what one call adds over the baseline child, per event."""
    jobs = [(who, mode) for mode in MODES for who in (NOBODY, *CONTENDERS)]
    # Two children at a time: callgrind's counts do not depend on what else runs.
    with ThreadPoolExecutor(max_workers=2) as pool:

        def count(job: tuple[str, str]) -> Counts:
            who, mode = job
            return _count(who, mode, call, calls[mode], url, state, scratch)

        counted = dict(zip(jobs, pool.map(count, jobs), strict=True))
    return {
        mode: {
            who: per_call(counted[who, mode], counted[NOBODY, mode], calls[mode])
            for who in CONTENDERS
        }
        for mode in MODES
    }


def render(
    name: str,
    figures: Mapping[str, Mapping[str, Mapping[str, float]]],
    calls: Mapping[str, int],
) -> str:
    """One line per contender: warm instructions, then the cold counts, per call."""
    heads = ("warm Ir", *(f"cold {event}" for event in EVENTS))
    lines = [
        f"{name} against the canned server, counted by callgrind, per call",
        f"(warm: {calls['warm']} calls back to back; cold: {calls['cold']} calls, each after "
        "unrelated Python work; LL = a 2 MiB last-level cache)",
        f"  {'':<16}" + "".join(f"{head:>12}" for head in heads),
    ]
    rows = {
        who: [figures["warm"][who]["Ir"], *(figures["cold"][who][name] for name in EVENTS)]
        for who in CONTENDERS
    }
    for who, values in rows.items():
        lines.append(f"  {who:<16}" + "".join(f"{value:12,.0f}" for value in values))
    own = [ours - floor for ours, floor in zip(rows[OURS], rows[HTTPX_TRANSPORT], strict=True)]
    lines.append(f"  {'ours - transport':<16}" + "".join(f"{value:12,.0f}" for value in own))
    ratios = [official / ours for official, ours in zip(rows[OFFICIAL], rows[OURS], strict=True)]
    lines.append(f"  {'official / ours':<16}" + "".join(f"{value:12.2f}" for value in ratios))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Seed, capture, serve the canned answers, count each contender under callgrind."""
    parser = argparse.ArgumentParser(description="Instructions and cache misses per call.")
    parser.add_argument("--call", choices=tuple(CALLS), default="book", help="the call counted")
    parser.add_argument("--calls", type=int, default=300, help="warm calls (default 300)")
    parser.add_argument("--cold-calls", type=int, default=60, help="cold calls (default 60)")
    parser.add_argument("--seats", type=int, default=9000, help="seats of the big chart")
    parser.add_argument("--child", choices=(NOBODY, *CONTENDERS), help=argparse.SUPPRESS)
    parser.add_argument("--mode", choices=MODES, default="warm", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--state", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.calls < 1 or options.cold_calls < 1:
        parser.error("--calls and --cold-calls must be at least 1")
    name = CALLS[options.call]
    if options.child is not None:
        world = pickle.loads(options.state.read_bytes())
        child(options.child, options.mode, name, options.calls, options.url, world)
        return 0
    calls = {"warm": options.calls, "cold": options.cold_calls}
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        answers = scratch / "answers.json"
        with emulator_process() as server:  # only until its answers are captured
            world = seed(server, seats=options.seats, charts=2)
            capture(server.url, world, answers, many_labels=1, charts=2)
        state = scratch / "world.pickle"
        state.write_bytes(pickle.dumps(world))
        with canned_process(answers) as url:
            figures = measure(options.call, calls, url, state, scratch)
    print(render(name, figures, calls))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
