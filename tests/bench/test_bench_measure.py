"""The timing machinery of bench/: statistics, interleaving, batches and result checks."""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import Generator

import pytest

from bench._measure import (
    HTTPX,
    HTTPX_ASYNC,
    OFFICIAL,
    OURS,
    OURS_ASYNC,
    Scenario,
    ScenarioResult,
    Stats,
    SyncCall,
    Timer,
    per_call,
    percentile,
    ratio_interval,
    rotated,
    summarize,
)


@pytest.fixture
def loop() -> Generator[asyncio.AbstractEventLoop, None, None]:
    event_loop = asyncio.new_event_loop()
    yield event_loop
    event_loop.close()


@pytest.mark.parametrize(
    ("samples", "fraction", "expected"),
    [
        ([float(value) for value in range(1, 21)], 0.95, 19.0),
        ([float(value) for value in range(1, 101)], 0.95, 95.0),
        ([3.0, 1.0, 2.0], 0.95, 3.0),
        ([4.0, 1.0, 3.0, 2.0], 0.5, 2.0),
        ([7.0], 0.95, 7.0),
    ],
)
def test_percentile_is_the_nearest_rank(
    samples: list[float], fraction: float, expected: float
) -> None:
    assert percentile(samples, fraction) == expected


def test_percentile_refuses_no_samples_and_fractions_outside_zero_to_one() -> None:
    with pytest.raises(ValueError, match="no samples"):
        percentile([], 0.95)
    with pytest.raises(ValueError, match="fraction"):
        percentile([1.0], 0.0)
    with pytest.raises(ValueError, match="fraction"):
        percentile([1.0], 1.5)


def test_summarize_reports_milliseconds() -> None:
    stats = summarize([0.001, 0.003, 0.002, 0.010])

    assert stats.samples == 4
    assert stats.median_ms == pytest.approx(2.5)
    assert stats.p95_ms == pytest.approx(10.0)


def test_rotation_puts_every_contender_in_every_position_once_per_cycle() -> None:
    names = ["a", "b", "c"]

    orders = [rotated(names, round_number) for round_number in range(3)]

    assert orders == [["a", "b", "c"], ["b", "c", "a"], ["c", "a", "b"]]
    assert rotated(names, 4) == orders[1]
    assert rotated([], 3) == []


def test_ratios_divide_medians_for_every_pair_that_was_measured() -> None:
    result = ScenarioResult(
        name="s",
        what="GET /x",
        requests_per_call=1,
        stats={
            OURS: Stats(median_ms=2.0, p95_ms=3.0, samples=5),
            OFFICIAL: Stats(median_ms=4.0, p95_ms=9.0, samples=5),
            HTTPX: Stats(median_ms=1.0, p95_ms=1.0, samples=5),
        },
    )

    assert result.ratios() == {"ours/official": 0.5, "ours/httpx": 2.0}


def recorder(calls: list[tuple[str, int]], name: str) -> SyncCall:
    """A blocking call that only notes who was called with which index."""
    return lambda index: calls.append((name, index))


def test_timer_warms_up_then_interleaves_every_contender_each_round(
    loop: asyncio.AbstractEventLoop,
) -> None:
    calls: list[tuple[str, int]] = []

    async def ours_async(index: int) -> None:
        calls.append((OURS_ASYNC, index))

    scenario = Scenario(
        name="s",
        what="GET /x",
        requests_per_call=1,
        sync_calls={OFFICIAL: recorder(calls, OFFICIAL), OURS: recorder(calls, OURS)},
        async_calls={OURS_ASYNC: ours_async},
    )

    result = Timer(loop, concurrency=3).run(scenario, warmup=2, repetitions=4)

    assert list(result.stats) == [OURS, OURS_ASYNC, OFFICIAL]  # report order, not dict order
    assert all(stats.samples == 4 for stats in result.stats.values())
    assert calls.count((OURS, 0)) == calls.count((OFFICIAL, 0)) == 6
    assert [calls.count((OURS_ASYNC, index)) for index in range(3)] == [6, 6, 6]
    # 5 calls a round (one, a batch of three, one); who goes first rotates round by round.
    firsts = [calls[round_number * 5][0] for round_number in range(6)]
    assert firsts == [OURS, OURS_ASYNC, OFFICIAL, OURS, OURS_ASYNC, OFFICIAL]


def test_a_contender_with_a_wrong_answer_stops_the_run_before_any_timing(
    loop: asyncio.AbstractEventLoop,
) -> None:
    calls: list[tuple[str, int]] = []

    async def short_async(index: int) -> int:
        calls.append((HTTPX_ASYNC, index))
        return 20

    def must_be_45(result: object) -> None:
        if result != 45:
            raise ValueError(f"counted {result!r}")

    scenario = Scenario(
        name="list 45 charts",
        what="GET /charts",
        requests_per_call=3,
        sync_calls={OURS: lambda _: 45, HTTPX: lambda _: 45},
        async_calls={HTTPX_ASYNC: short_async},
        check=must_be_45,
    )

    with pytest.raises(
        RuntimeError, match="list 45 charts: httpx-async answered wrongly: counted 20"
    ):
        Timer(loop, concurrency=4).run(scenario, warmup=3, repetitions=10)
    assert calls == [(HTTPX_ASYNC, 0)]  # checked once, never timed


def test_timer_refuses_settings_that_measure_nothing(loop: asyncio.AbstractEventLoop) -> None:
    scenario = Scenario(name="s", what="x", requests_per_call=1, sync_calls={}, async_calls={})

    with pytest.raises(ValueError, match="concurrency"):
        Timer(loop, concurrency=0)
    with pytest.raises(ValueError, match="repetitions"):
        Timer(loop, concurrency=1).run(scenario, warmup=0, repetitions=0)


def test_keeping_leaves_only_the_named_contenders_and_the_rest_of_the_scenario() -> None:
    async def ours_async(index: int) -> None:
        return None

    scenario = Scenario(
        name="s",
        what="GET /x",
        requests_per_call=2,
        sync_calls={OURS: lambda _: 1, OFFICIAL: lambda _: 2, HTTPX: lambda _: 3},
        async_calls={OURS_ASYNC: ours_async},
        check=lambda _: None,
    )

    kept = scenario.keeping((OURS, HTTPX))

    assert list(kept.sync_calls) == [OURS, HTTPX]
    assert kept.sync_calls[HTTPX](0) == 3
    assert kept.async_calls == {}
    assert (kept.name, kept.what, kept.requests_per_call, kept.check) == (
        "s",
        "GET /x",
        2,
        scenario.check,
    )


def test_per_call_divides_each_contenders_batch_figures_by_its_own_batch_size() -> None:
    batches = ScenarioResult(
        name="s",
        what="GET /x",
        requests_per_call=1,
        stats={
            OURS: Stats(median_ms=100.0, p95_ms=120.0, samples=5),
            OFFICIAL: Stats(median_ms=50.0, p95_ms=80.0, samples=5),
        },
    )

    result = per_call(batches, {OURS: 200, OFFICIAL: 10})

    assert result.stats == {
        OURS: Stats(median_ms=0.5, p95_ms=0.6, samples=5),
        OFFICIAL: Stats(median_ms=5.0, p95_ms=8.0, samples=5),
    }
    assert result.name == "s"


def test_the_interval_of_steady_samples_is_their_ratio_and_noise_widens_it() -> None:
    low, high = ratio_interval([0.003] * 30, [0.001] * 30)
    assert (low, high) == pytest.approx((3.0, 3.0))
    noisy_ours = [0.001 * (1 + (index % 10) / 20) for index in range(30)]  # 1.00-1.45 ms
    low, high = ratio_interval([0.003] * 30, noisy_ours)
    point = 0.003 / statistics.median(noisy_ours)
    assert low < point < high
    noisier_ours = [0.001 * (1 + (index % 10) / 5) for index in range(30)]  # 1.0-2.8 ms
    wider_low, wider_high = ratio_interval([0.003] * 30, noisier_ours)
    assert wider_high - wider_low > high - low


def test_the_interval_pairs_samples_by_round() -> None:
    # Both contenders slow in the same rounds (the machine, not either client): pairing keeps
    # the ratio at 2 in every resample, whatever mix of slow and fast rounds it draws.
    drift = [1.0 + (index % 7) for index in range(28)]
    official = [2 * seconds for seconds in drift]
    assert ratio_interval(official, drift) == pytest.approx((2.0, 2.0))


def test_the_interval_is_the_same_for_the_same_samples_and_seed() -> None:
    top = [0.002 + index / 10_000 for index in range(25)]
    bottom = [0.001 + (index % 5) / 10_000 for index in range(25)]
    assert ratio_interval(top, bottom) == ratio_interval(top, bottom)
    assert ratio_interval(top, bottom, seed=1) != ratio_interval(top, bottom, seed=2)


def test_the_interval_refuses_unpaired_or_missing_samples_and_odd_confidences() -> None:
    with pytest.raises(ValueError, match="paired"):
        ratio_interval([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match="no samples"):
        ratio_interval([], [])
    with pytest.raises(ValueError, match="confidence"):
        ratio_interval([1.0], [1.0], confidence=1.0)


def test_a_run_keeps_every_contenders_samples_round_by_round(
    loop: asyncio.AbstractEventLoop,
) -> None:
    scenario = Scenario(
        name="s",
        what="GET /x",
        requests_per_call=1,
        sync_calls={OURS: lambda _: None, OFFICIAL: lambda _: None},
        async_calls={},
    )

    result = Timer(loop, concurrency=1).run(scenario, warmup=2, repetitions=5)

    assert {name: len(samples) for name, samples in result.rounds.items()} == {
        OURS: 5,
        OFFICIAL: 5,
    }
    assert statistics.median(result.rounds[OURS]) * 1000 == result.stats[OURS].median_ms
    per_request = per_call(result, {OURS: 4, OFFICIAL: 2})
    assert per_request.rounds[OURS] == [sample / 4 for sample in result.rounds[OURS]]
    assert per_request.rounds[OFFICIAL] == [sample / 2 for sample in result.rounds[OFFICIAL]]
