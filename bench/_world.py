"""What the benchmarks run against: a company, a big and a small chart, an event, many charts."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from urllib.parse import quote

import httpx

from bench._raw import as_array, as_object
from bench._server import EmulatorProcess
from seatsio_typed.testing import ChartBuilder

BIG_CHART = "bench-big"
SMALL_CHART = "bench-small"
BIG_EVENT = "bench-big-event"
SECTIONS = ("A", "B", "C", "D")
SEATS_PER_ROW = 30
_SEED_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class World:
    """The seeded workspace: its secret key, chart and event keys, and the big chart's seats."""

    secret_key: str = field(repr=False)
    big_chart: str
    small_chart: str
    big_event: str
    """An event on the big chart (object infos, book and release)."""
    labels: tuple[str, ...]
    """Every seat label of the big chart, section by section, row by row."""
    chart_count: int
    """How many charts the workspace holds (what the pagination scenario lists)."""
    charts_page_size: int
    """How many charts the server puts on a page when the client does not ask."""


def big_chart(seats: int) -> tuple[dict[str, object], tuple[str, ...]]:
    """A drawing of at least `seats` seats in four sections of 30-seat rows, and its labels."""
    rows = max(1, math.ceil(seats / (len(SECTIONS) * SEATS_PER_ROW)))
    builder = ChartBuilder("Bench arena").category(1, "Arena").focal_point()
    labels: list[str] = []
    for section in SECTIONS:
        section_builder = builder.section(section, category=1)
        for row in range(1, rows + 1):
            section_builder.row(str(row), seats=SEATS_PER_ROW)
            labels.extend(f"{section}-{row}-{seat}" for seat in range(1, SEATS_PER_ROW + 1))
    return builder.build(), tuple(labels)


def small_chart() -> dict[str, object]:
    """A drawing of two rows of ten seats."""
    builder = ChartBuilder("Bench club").category(1, "Stalls").focal_point()
    return builder.row("A", seats=10, category=1).row("B", seats=10, category=1).build()


def seed(server: EmulatorProcess, *, seats: int, charts: int) -> World:
    """Create a company whose workspace holds `charts` charts, two of them drawn, and an event."""
    if charts < 2:
        raise ValueError("the workspace needs at least the big and the small chart")
    with httpx.Client(base_url=server.url, timeout=_SEED_TIMEOUT_SECONDS) as http:
        company = _ok(
            http.post("/system/private/create-test-company", auth=(server.system_secret, ""))
        )
        workspace = as_object(company.get("workspace"))
        secret_key = str(workspace["secretKey"])
        http.auth = httpx.BasicAuth(secret_key, "")
        drawing, labels = big_chart(seats)
        _ok(_post(http, f"/system/public/charts/{quote(BIG_CHART)}", drawing))
        _ok(_post(http, f"/system/public/charts/{quote(SMALL_CHART)}", small_chart()))
        for number in range(charts - 2):
            _ok(_post(http, "/charts", {"name": f"Bench chart {number}"}))
        _ok(_post(http, "/events", {"chartKey": BIG_CHART, "eventKey": BIG_EVENT}))
        by_label = _ok(http.get(f"/reports/events/{BIG_EVENT}/byLabel"))
        if sorted(by_label) != sorted(labels):
            # The labels are computed from the builder's naming rule; a change there shows here.
            raise RuntimeError("the big chart's seat labels are not the ones the benchmark uses")
        page_items = as_array(_ok(http.get("/charts")).get("items"))
        if not page_items:
            raise RuntimeError("seeding: the first page of charts is empty")
    return World(
        secret_key=secret_key,
        big_chart=BIG_CHART,
        small_chart=SMALL_CHART,
        big_event=BIG_EVENT,
        labels=labels,
        chart_count=charts,
        charts_page_size=len(page_items),
    )


def _post(http: httpx.Client, path: str, body: dict[str, object]) -> httpx.Response:
    return http.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})


def _ok(response: httpx.Response) -> dict[str, object]:
    if response.is_error:
        raise RuntimeError(
            f"seeding failed: {response.request.method} {response.request.url.path} answered "
            f"HTTP {response.status_code}: {response.text[:300]}"
        )
    return as_object(json.loads(response.content)) if response.content else {}
