"""`bench/run.py` end to end with tiny settings: every scenario, contender, ratio and memory row.

Structure only: nothing here looks at how fast anything was.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bench import run
from bench._measure import CONTENDERS, HTTPX, HTTPX_TRANSPORT, OURS, RATIOS, STDLIB

# The official client's body encoder (jsonpickle 4) warns on every POST; pytest makes warnings
# errors, and the official client would wrap that error as a failed request.
pytestmark = pytest.mark.filterwarnings(
    "ignore:keys will default to True in jsonpickle:DeprecationWarning"
)

TINY = [
    "--quick",
    "--warmup=0",
    "--repetitions=2",
    "--small-call-repetitions=3",
    "--concurrency=2",
    "--seats=200",
    "--charts=45",
    "--many-labels=100",
    "--memory-repeats=1",
    "--calls=64",
    "--sequential-calls=4",
    "--latency-ms=5",
    "--memory-small=40",
    "--memory-large=100",
    "--own-cost-calls=3",
]
SMALL = ["retrieve event", "object infos, 1 label", "book + release 4 seats"]
SCENARIOS = [*SMALL, "list 45 charts", "object infos, 100 labels (parse-heavy)"]
PARSING = ["parse 100 object infos", "parse by-label report, 240 items"]


def test_a_quick_run_reports_every_scenario_ratio_and_memory_peak(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "results" / "bench.json"

    assert run.main([*TINY, "--json", str(output)]) == 0

    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["settings"] == {
        "warmup": 0,
        "repetitions": 2,
        "small_call_repetitions": 3,
        "concurrency": 2,
        "seats": 240,  # whole rows: 4 sections x 2 rows x 30 seats
        "charts": 45,
        "many_labels": 100,
        "calls": 64,
        "sequential_calls": 4,
        "latency_ms": 5,
        "latency_repetitions": 1,
        "memory_small": 40,
        "memory_large": 100,
        "memory_repeats": 1,
        "own_cost_calls": 3,
    }
    assert {"date", "machine", "python", "cpu_count", "platform", "versions"} <= set(
        report["environment"]
    )
    assert [scenario["name"] for scenario in report["scenarios"]] == SCENARIOS
    assert [scenario["name"] for scenario in report["canned"]] == SMALL
    assert [scenario["name"] for scenario in report["parsing"]] == PARSING
    floors = (HTTPX_TRANSPORT, STDLIB)  # on the small calls only
    for scenario in [*report["scenarios"], *report["canned"]]:
        small = scenario["name"] in SMALL
        expected = [name for name in CONTENDERS if small or name not in floors]
        assert list(scenario["contenders"]) == expected
        for stats in scenario["contenders"].values():
            assert stats["samples"] == (3 if small else 2)  # --small-call-repetitions
            assert 0 < stats["median_ms"] <= stats["p95_ms"]
        assert list(scenario["ratios"]) == [
            f"{first}/{second}" for first, second in RATIOS if small or second not in floors
        ]
        assert all(math.isfinite(ratio) and ratio > 0 for ratio in scenario["ratios"].values())
    assert [scenario["name"] for scenario in report["own_cost"]] == SMALL
    for scenario in report["own_cost"]:
        assert list(scenario["contenders"]) == [OURS, HTTPX, HTTPX_TRANSPORT]
        assert all(stats["samples"] == 2 for stats in scenario["contenders"].values())
        assert all(stats["median_ms"] > 0 for stats in scenario["contenders"].values())
    requests = {scenario["name"]: scenario["requests_per_call"] for scenario in report["scenarios"]}
    assert requests["list 45 charts"] == 3  # the server's pages hold 20 charts
    assert requests["book + release 4 seats"] == 2
    [latency] = report["latency"]
    assert set(latency["contenders"]) == {"ours-async", "httpx-async", "ours threads", "official"}
    memory = [(row["contender"], row["how"], row["items"]) for row in report["memory"]]
    assert memory == [
        (contender, "lazy", items)
        for contender in ("ours", "official", "httpx")
        for items in (40, 100)
    ]
    assert all(row["peak_kib"] > 0 for row in report["memory"])
    targets = [(row["measure"], row["contenders"], row["target"]) for row in report["targets"]]
    assert len(targets) == 6 + 6 + 2 + 3 + 1
    assert ("canned server: retrieve event", "ours / httpx", "≤ 1") in targets
    assert ("64 calls, server latency", "official / ours-async", "≥ 10") in targets
    assert ("memory peak, 40 vs 100 charts", "ours 100 / ours 40", "≤ 1.1") in targets
    assert all(isinstance(row["met"], bool) and row["ratio"] > 0 for row in report["targets"])
    floor_of = {
        (row["measure"], row["contenders"]): row["floor"] and row["floor"]["contenders"]
        for row in report["targets"]
    }
    for name in SMALL:
        for server in ("canned server", "emulator"):
            assert floor_of[f"{server}: {name}", "official / ours"] == "official / httpx-transport"
            assert floor_of[f"{server}: {name}", "ours / httpx"] is None
    for name in PARSING:
        assert floor_of[name, "official / ours"] == "official / unchecked models"
    for row in report["targets"]:
        # A tiny run times too few rounds for an interval.
        assert row["interval_95"] is None
        floor = row["floor"]
        if floor is not None:
            assert floor["ratio"] > 0
            assert isinstance(floor["met"], bool)
        if row["met"]:
            assert row["verdict"] == "yes"
        elif floor is None or floor["met"]:
            assert row["verdict"] == "NO"
        else:
            assert row["verdict"] == f"NO (floor {floor['ratio']:.2f})"

    printed = capsys.readouterr().out
    for name in [*SCENARIOS, *PARSING, *(f"{first}/{second}" for first, second in RATIOS)]:
        assert name in printed
    assert printed.index("Targets (ratios of medians)") < printed.index("Against the emulator")
    assert "Against the canned-bytes server" in printed
    assert "SDK's own cost, no network" in printed
    assert "floor official / httpx-transport: the best ratio" in printed
    lines = printed.splitlines()
    targets_header = lines[lines.index("Targets (ratios of medians)") + 1]
    header = " ".join(targets_header.split())
    assert header == "measure contenders ratio 95% interval target floor met"
    assert "Peak memory while listing charts" in printed
    assert f"JSON written to {output}" in printed


def test_settings_that_cannot_run_are_refused_before_any_server_starts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run.main(["--quick", "--seats=100", "--many-labels=500"])

    assert exit_info.value.code == 2
    assert "many_labels must not exceed seats" in capsys.readouterr().err
