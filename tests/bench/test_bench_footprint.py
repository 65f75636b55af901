"""`bench/footprint.py`: the child's part at a tiny size (no valgrind), and the arithmetic."""

from __future__ import annotations

import tempfile
from collections.abc import Generator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench import footprint
from bench._capture import capture
from bench._measure import HTTPX_TRANSPORT, OFFICIAL, OURS, Scenario
from bench._scenarios import small_scenarios
from bench._server import canned_process, emulator_process
from bench._world import World, seed

# The official client's body encoder (jsonpickle 4) warns on every POST (see test_bench_smoke).
pytestmark = pytest.mark.filterwarnings(
    "ignore:keys will default to True in jsonpickle:DeprecationWarning"
)

CALLGRIND_OUTPUT = """# callgrind format
version: 1
creator: callgrind-3.19.0
events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw
fl=(1) ???
fn=(1) 0x0
0x0 1 2 3 4 5 6 7 8 9
summary: 1000 200 300 40 50 60 7 8 9
totals: 1000 200 300 40 50 60 7 8 9
"""


def test_the_totals_are_read_by_event_name() -> None:
    counts = footprint.parse_counts(CALLGRIND_OUTPUT)

    assert counts["Ir"] == 1000
    assert [counts[name] for name in footprint.EVENTS] == [1000, 40, 7, 8, 9]


@pytest.mark.parametrize(
    "broken",
    ["events: Ir I1mr\n", "summary: 1 2\n", "events: Ir I1mr\nsummary: 1\n"],
    ids=["no summary", "no events", "lengths differ"],
)
def test_an_output_without_matching_totals_is_refused(broken: str) -> None:
    with pytest.raises(ValueError, match="events and summary"):
        footprint.parse_counts(broken)


def test_per_call_is_what_a_call_adds_over_the_baseline() -> None:
    added = footprint.per_call({"Ir": 1300, "I1mr": 70}, {"Ir": 100, "I1mr": 10}, calls=4)

    assert added == {"Ir": 300.0, "I1mr": 15.0}


def test_the_table_has_a_row_per_contender_and_ours_own_cost() -> None:
    def counts(scale: float) -> dict[str, float]:
        return {name: scale * (index + 1) for index, name in enumerate(footprint.EVENTS)}

    by_contender = {OURS: counts(2.0), HTTPX_TRANSPORT: counts(1.0), OFFICIAL: counts(6.0)}
    printed = footprint.render(
        "retrieve event", {"warm": by_contender, "cold": by_contender}, {"warm": 300, "cold": 60}
    )

    assert printed.startswith("retrieve event against the canned server")

    rows = {line[:18].strip(): line[18:].split() for line in printed.splitlines()[3:]}
    assert rows[OURS] == ["2", "2", "4", "6", "8", "10"]
    assert rows["ours - transport"] == ["1", "1", "2", "3", "4", "5"]
    assert rows["official / ours"] == ["3.00"] * 6


@pytest.fixture(scope="module")
def canned() -> Generator[tuple[str, World], None, None]:
    """A canned server replaying a tiny seeded world's answers, and that world."""
    with tempfile.TemporaryDirectory() as scratch:
        answers = Path(scratch) / "answers.json"
        with emulator_process() as server:
            world = seed(server, seats=120, charts=2)
            capture(server.url, world, answers, many_labels=1, charts=2)
        with canned_process(answers) as url:
            yield url, world


# Every contender and mode on the default call; the other calls with ours, cold.
CHILDREN = [
    (contender, mode, footprint.CALLS["book"])
    for contender in (footprint.NOBODY, *footprint.CONTENDERS)
    for mode in footprint.MODES
] + [(OURS, "cold", name) for key, name in footprint.CALLS.items() if key != "book"]


@pytest.mark.parametrize(("contender", "mode", "call"), CHILDREN)
def test_a_child_makes_its_calls_without_valgrind(
    canned: tuple[str, World],
    contender: str,
    mode: str,
    call: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, world = canned
    made: list[tuple[str, int]] = []

    def spied(*args: Any, **kwargs: Any) -> list[Scenario]:
        def spy(scenario: Scenario) -> Scenario:
            real = scenario.sync_calls[OURS]

            def ours(index: int) -> object:
                made.append((scenario.name, index))
                return real(index)

            return replace(scenario, sync_calls={**scenario.sync_calls, OURS: ours})

        return [spy(scenario) for scenario in small_scenarios(*args, **kwargs)]

    monkeypatch.setattr(footprint, "small_scenarios", spied)
    monkeypatch.delenv("BENCH_FOOTPRINT_UNDER_CALLGRIND", raising=False)

    footprint.child(contender, mode, call, 2, url, world)

    # Five warm-up calls, then the two counted ones, of that call only (ours only: the other
    # contenders are not spied on).
    expected = [(call, index) for index in (0, 1, 2, 3, 4, 0, 1)]
    assert made == (expected if contender == OURS else [])
