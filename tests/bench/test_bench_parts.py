"""The smaller parts of bench/: settings, seeded charts, memory tracing and the text report."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import tracemalloc
from collections.abc import Iterator

import pytest

from bench import run
from bench._canned import CannedServer, ChartPages, response_bytes
from bench._measure import (
    HTTPX,
    HTTPX_TRANSPORT,
    OFFICIAL,
    OURS,
    OURS_ASYNC,
    UNCHECKED_MODELS,
    ScenarioResult,
    Stats,
    ratio_interval,
    summarize,
)
from bench._memory import MemoryResult, count_lazily, traced_peak
from bench._report import Report, milliseconds, render, render_own_cost, render_targets, to_json
from bench._targets import HTTPX_BASED, PYDANTIC_MODELS, Floor, target_rows
from bench._world import SEATS_PER_ROW, SECTIONS, big_chart


def test_quick_keeps_the_data_and_cuts_the_rounds_and_each_flag_overrides() -> None:
    options = run.build_parser().parse_args(["--quick", "--repetitions", "2", "--charts", "60"])

    settings = run.settings_from(options)

    assert settings == dataclasses.replace(run.QUICK, repetitions=2, charts=60)
    assert settings.repetitions == 2
    assert settings.warmup == run.QUICK.warmup < run.Settings().warmup
    assert settings.seats == run.Settings().seats


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"repetitions": 0}, "repetitions must be at least 1"),
        ({"warmup": -1}, "warmup must not be negative"),
        ({"charts": 1}, "charts must be at least 2"),
        ({"seats": 10, "many_labels": 11}, "many_labels must not exceed seats"),
        ({"seats": 20, "many_labels": 5, "concurrency": 6}, "seats must hold 4 seats"),
        ({"memory_small": 100, "memory_large": 100}, "memory_large must exceed memory_small"),
        ({"latency_ms": -1}, "must not be negative"),
    ],
)
def test_settings_that_cannot_run_are_refused(changes: dict[str, int], message: str) -> None:
    settings = run.Settings(**changes)

    with pytest.raises(ValueError, match=message):
        settings.check()


def test_the_big_chart_has_whole_rows_of_uniquely_labelled_seats() -> None:
    drawing, labels = big_chart(1000)

    per_row_of_sections = len(SECTIONS) * SEATS_PER_ROW
    assert len(labels) == 9 * per_row_of_sections  # 1000 seats need 9 rows per section
    assert len(set(labels)) == len(labels)
    assert labels[0] == "A-1-1"
    assert labels[-1] == f"D-9-{SEATS_PER_ROW}"
    assert drawing["name"] == "Bench arena"


def test_traced_peak_sees_what_an_action_holds_at_once_and_leaves_tracing_as_found() -> None:
    def hold_a_megabyte() -> int:
        block = bytearray(1024 * 1024)
        return len(block)

    assert traced_peak(hold_a_megabyte) >= 1024 * 1024
    assert traced_peak(lambda: None) < 64 * 1024
    assert not tracemalloc.is_tracing()


def test_counting_lazily_stops_pulling_items_at_the_limit() -> None:
    pulled: list[int] = []

    def items() -> Iterator[object]:
        for number in range(100):
            pulled.append(number)
            yield number

    assert count_lazily(items(), 10) == 10
    assert pulled == list(range(10))
    assert count_lazily(iter(range(3)), 10) == 3


@pytest.mark.parametrize(
    ("value", "shown"), [(0.4567, "0.46"), (12.345, "12.3"), (123.45, "123"), (1234.5, "1234")]
)
def test_milliseconds_keep_about_three_significant_digits(value: float, shown: str) -> None:
    assert milliseconds(value) == shown


@pytest.mark.parametrize(
    ("small_call_repetitions", "heading"),
    [
        (None, "25 timed rounds after 3 warm-up rounds"),
        (25, "25 timed rounds after 3 warm-up rounds"),
        (200, "25 timed rounds (200 for the small calls) after 3 warm-up rounds"),
    ],
)
def test_the_heading_says_how_many_rounds_each_kind_of_call_had(
    small_call_repetitions: int | None, heading: str
) -> None:
    settings: dict[str, object] = {
        "repetitions": 25,
        "warmup": 3,
        "seats": 9000,
        "concurrency": 8,
        "memory_repeats": 3,
    }
    if small_call_repetitions is not None:
        settings["small_call_repetitions"] = small_call_repetitions
    environment = {"date": "d", "python": "3.11", "cpu_count": 2, "platform": "Linux"}

    text = render(Report(environment=environment, settings=settings, scenarios=[], memory=[]))

    assert heading in text


def test_the_text_report_shows_every_number_and_a_dash_for_what_was_not_measured() -> None:
    report = Report(
        environment={
            "date": "2025-01-01T00:00:00+00:00",
            "python": "3.11.7",
            "cpu_count": 2,
            "platform": "Linux",
        },
        settings={
            "repetitions": 5,
            "warmup": 1,
            "seats": 3000,
            "concurrency": 8,
            "memory_repeats": 3,
        },
        scenarios=[
            ScenarioResult(
                name="retrieve chart",
                what="GET /charts/{key}",
                requests_per_call=1,
                stats={
                    OURS: Stats(median_ms=1.0, p95_ms=1.5, samples=5),
                    OURS_ASYNC: Stats(median_ms=0.8, p95_ms=0.9, samples=5),
                    OFFICIAL: Stats(median_ms=4.0, p95_ms=6.25, samples=5),
                    HTTPX: Stats(median_ms=0.5, p95_ms=0.75, samples=5),
                },
            )
        ],
        memory=[MemoryResult(OURS, "lazy", 250, 123.4)],
    )

    text = render(report)

    assert "Python 3.11.7, 2 CPUs" in text
    assert "5 timed rounds after 1 warm-up rounds" in text
    assert "async: 8 calls at once" in text
    timing_row = next(line for line in text.splitlines() if line.startswith("retrieve chart  "))
    assert timing_row.split()[3:] == [
        "1.00",
        "/",
        "1.50",
        "0.80",
        "/",
        "0.90",
        "4.00",
        "/",
        "6.25",
        "0.50",
        "/",
        "0.75",
    ]
    ratio_row = [line for line in text.splitlines() if line.startswith("retrieve chart")][-1]
    # No httpx-async, no httpx-transport: no ratio to either.
    assert ratio_row.split()[2:] == ["0.25", "2.00", "-", "-"]
    assert "ours       lazy     250       123" in text


def test_chart_pages_follow_the_cursor_to_the_last_page() -> None:
    pages = ChartPages(chart=b'{"id":1,"key":"k","name":"n","tags":[]}', total=45, page_size=20)

    first = json.loads(pages.page(0))
    last = json.loads(pages.page(40))

    assert len(first["items"]) == 20
    assert first["next_page_starts_after"] == 20
    assert first["previous_page_ends_before"] is None
    assert len(last["items"]) == 5
    assert last["next_page_starts_after"] is None
    keys = [chart["key"] for chart in [*first["items"], *last["items"]]]
    assert len(set(keys)) == 25  # distinct charts, like a real workspace
    assert first["items"][0] == {
        "id": 1,
        "key": "bench-chart-00000001",
        "name": "Bench chart 1",
        "tags": [],
    }


def test_the_canned_server_replays_by_method_and_path_and_refuses_the_rest() -> None:
    ok = response_bytes(200, b'{"key":"e"}')
    server = CannedServer({"GET /events/e": ok}, None)

    assert server.answer("GET", "/events/e?expand=x") == ok
    assert server.answer("POST", "/events/e").startswith(b"HTTP/1.1 404 ")
    assert ok.endswith(b"Content-Length: 11\r\n\r\n" + b'{"key":"e"}')


class _RecordingTransport(asyncio.Transport):
    """What a connection wrote, and whether it closed (no socket)."""

    def __init__(self) -> None:
        super().__init__()
        self.written: list[bytes] = []
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True


def test_a_connection_answers_each_request_once_its_body_is_in() -> None:
    ok = response_bytes(200, b'{"key":"e"}')
    booked = response_bytes(200, b"{}")
    server = CannedServer({"GET /events/e": ok, "POST /book": booked}, None)
    connection, transport = server.connection(), _RecordingTransport()
    connection.connection_made(transport)

    connection.data_received(b"GET /events/e HTTP/1.1\r\nHost: x\r")
    assert transport.written == []  # the head is not complete yet
    connection.data_received(b'\n\r\nPOST /book HTTP/1.1\r\nContent-Length: 7\r\n\r\n{"a"')
    assert transport.written == [ok]  # the POST's body is still on its way
    connection.data_received(b":1}GET /events/e HTTP/1.1\r\n\r\n")
    assert transport.written == [ok, booked, ok]
    assert not transport.closed


def test_a_connection_whose_head_never_ends_is_closed() -> None:
    connection, transport = CannedServer({}, None).connection(), _RecordingTransport()
    connection.connection_made(transport)
    connection.data_received(b"GET /" + b"a" * (256 * 1024))
    assert transport.closed
    assert transport.written == []


_CONTENDER_OF = {"httpx_transport": HTTPX_TRANSPORT, "unchecked_models": UNCHECKED_MODELS}


def result(name: str, **medians: float) -> ScenarioResult:
    """A scenario result with the given median per contender (`httpx_transport=`...)."""
    stats = {
        _CONTENDER_OF.get(key, key): Stats(median_ms=ms, p95_ms=ms, samples=1)
        for key, ms in medians.items()
    }
    return ScenarioResult(name=name, what="", requests_per_call=1, stats=stats)


def test_target_rows_compare_each_ratio_in_its_own_direction() -> None:
    rows = target_rows(
        canned=[result("retrieve event", ours=1.0, httpx=1.0, official=2.0)],
        emulator=[],
        parsing=[result("parse", ours=2.0, official=4.0)],
        latency=None,
        memory=[MemoryResult(OURS, "lazy", 5000, 100.0), MemoryResult(OURS, "lazy", 20000, 120.0)],
    )

    assert [(row.contenders, round(row.ratio, 2), row.met) for row in rows] == [
        ("ours / httpx", 1.0, True),
        ("official / ours", 2.0, False),
        ("official / ours", 2.0, True),
        ("ours 20000 / ours 5000", 1.2, False),
    ]
    assert [row.target_text for row in rows] == ["≤ 1", "≥ 3", "≥ 1.5", "≤ 1.1"]


def test_a_floor_below_the_target_marks_the_row_not_reachable_and_one_above_it_does_not() -> None:
    rows = target_rows(
        canned=[
            # ours at the transport's floor: official / ours cannot go above 2.5
            result("retrieve event", ours=1.0, httpx=1.1, official=2.5, httpx_transport=1.0),
            # ours at 1.5x the transport: the floor (3.75) would reach 3
            result("object infos", ours=1.5, httpx=1.6, official=3.75, httpx_transport=1.0),
        ],
        emulator=[result("retrieve event", ours=1.0, httpx=1.0, official=2.5)],
        parsing=[
            result("parse", ours=2.0, official=4.0, unchecked_models=1.0),
            result("parse report", ours=4.0, official=3.0, unchecked_models=2.5),
        ],
        latency=None,
        memory=[],
    )

    official_rows = [row for row in rows if row.contenders == "official / ours"]
    assert [(row.ratio, row.verdict) for row in official_rows] == [
        (2.5, "NO (floor 2.50)"),
        (2.5, "NO"),
        (2.5, "yes"),  # the emulator's target is 2
        (2.0, "yes"),
        (0.75, "NO (floor 1.20)"),
    ]
    assert [row.floor for row in official_rows] == [
        Floor(2.5, f"{OFFICIAL} / {HTTPX_TRANSPORT}", HTTPX_BASED),
        Floor(3.75, f"{OFFICIAL} / {HTTPX_TRANSPORT}", HTTPX_BASED),
        None,  # no httpx-transport measured there: no floor
        Floor(4.0, f"{OFFICIAL} / {UNCHECKED_MODELS}", PYDANTIC_MODELS),
        Floor(1.2, f"{OFFICIAL} / {UNCHECKED_MODELS}", PYDANTIC_MODELS),
    ]
    assert [row.floor_met for row in official_rows] == [False, True, None, True, False]
    assert all(row.floor is None for row in rows if row.contenders == "ours / httpx")


def test_the_targets_table_and_json_show_each_floor_and_what_it_bounds() -> None:
    rows = target_rows(
        canned=[result("retrieve event", ours=1.0, httpx=1.1, official=2.6, httpx_transport=1.0)],
        emulator=[],
        parsing=[],
        latency=None,
        memory=[],
    )
    report = Report(environment={}, settings={}, scenarios=[], memory=[], targets=rows)

    lines = render_targets(rows).splitlines()
    documents = to_json(report)["targets"]

    assert " ".join(lines[1].split()) == "measure contenders ratio 95% interval target floor met"
    # One round each: no interval (a dash).
    assert lines[2].split()[-6:] == ["0.91", "-", "≤", "1", "-", "yes"]
    assert lines[3].split()[-8:] == ["2.60", "-", "≥", "3", "2.60", "NO", "(floor", "2.60)"]
    assert lines[4].startswith("95% interval: of the ratio within this run")
    assert f"floor {OFFICIAL} / {HTTPX_TRANSPORT}: the best ratio {HTTPX_BASED}" in lines[5]
    assert lines[6] == "NO (floor x): the floor itself misses the target: not reachable"
    assert documents == [
        {
            "measure": "canned server: retrieve event",
            "contenders": "ours / httpx",
            "ratio": pytest.approx(1 / 1.1),
            "target": "≤ 1",
            "met": True,
            "interval_95": None,
            "floor": None,
            "verdict": "yes",
        },
        {
            "measure": "canned server: retrieve event",
            "contenders": "official / ours",
            "ratio": 2.6,
            "target": "≥ 3",
            "met": False,
            "interval_95": None,
            "floor": {
                "ratio": 2.6,
                "contenders": "official / httpx-transport",
                "bounds": HTTPX_BASED,
                "met": False,
            },
            "verdict": "NO (floor 2.60)",
        },
    ]


def test_a_row_of_enough_rounds_carries_its_interval_into_the_table_and_the_json() -> None:
    # 20 rounds: official 3 ms in each, ours between 1.00 and 1.19 ms (noise).
    ours = [0.001 * (1 + index / 100) for index in range(20)]
    rounds = {OURS: ours, OFFICIAL: [0.003] * 20, HTTPX: [0.0012] * 20}
    timed = ScenarioResult(
        name="book",
        what="",
        requests_per_call=2,
        stats={name: summarize(samples) for name, samples in rounds.items()},
        rounds=rounds,
    )
    rows = target_rows(canned=[timed], emulator=[], parsing=[], latency=None, memory=[])
    report = Report(environment={}, settings={}, scenarios=[], memory=[], targets=rows)

    official = rows[1]
    assert official.contenders == "official / ours"
    assert official.interval is not None
    assert official.interval == ratio_interval([0.003] * 20, ours)
    low, high = official.interval
    assert low < official.ratio < high
    assert f"{low:.2f}-{high:.2f}" in render_targets(rows).splitlines()[3]
    documents = to_json(report)["targets"]
    assert isinstance(documents, list)
    assert documents[1]["interval_95"] == [low, high]
    # Fewer rounds than MIN_ROUNDS_FOR_INTERVAL: no interval.
    short = dataclasses.replace(
        timed, rounds={name: list(samples)[:19] for name, samples in timed.rounds.items()}
    )
    assert all(
        row.interval is None
        for row in target_rows(canned=[short], emulator=[], parsing=[], latency=None, memory=[])
    )


def test_the_own_cost_table_is_in_microseconds_with_what_each_client_adds_to_transport() -> None:
    text = render_own_cost(
        [result("retrieve event", ours=0.0681, httpx=0.1093, httpx_transport=0.0150)]
    )

    title, header, row = text.splitlines()
    assert "no network" in title
    assert "µs per call" in title
    assert header.split() == [
        "scenario",
        "ours",
        "httpx",
        "httpx-transport",
        "ours",
        "-",
        "transport",
        "httpx",
        "-",
        "transport",
    ]
    medians_and_p95s = ["68.1", "/", "68.1", "109.3", "/", "109.3", "15.0", "/", "15.0"]
    assert row.split()[2:] == [*medians_and_p95s, "53.1", "94.3"]
