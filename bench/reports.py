"""Time the emulator's reports and best available on the 8,897-seat zones sample chart.

    .venv/bin/python bench/reports.py [--repeat N]

Sets up, in-process, an event on `sampleChartWithZones.json` (or, without ../shared/, a
builder-made chart of the same size) with two channels (1,000 seats each), 3,000 seats booked
under 30 order ids, 1,000 held with a hold token, then times through the in-process HTTP
transport (routing, auth, JSON rendering included): the event report by label, the deep summary
by status and best available for 10 seats (held, then released untimed so every round sees
the same event). Prints the best and median milliseconds per call. Speed is measured here,
never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

# Run as a script, Python puts bench/ on sys.path; the project root must be there too.
_PROJECT_ROOT = Path(__file__).resolve().parents[1]
if str(_PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(_PROJECT_ROOT))

from seatsio_typed.testing import Emulator  # noqa: E402
from seatsio_typed.testing.builder import ChartBuilder  # noqa: E402

_SHARED = Path(os.environ.get("SEATSIO_SHARED_DIR", _PROJECT_ROOT.parent / "shared"))


def _drawing() -> tuple[str, dict[str, object]]:
    sample = _SHARED / "charts" / "sampleChartWithZones.json"
    if sample.exists():
        loaded: dict[str, object] = json.loads(sample.read_text(encoding="utf-8"))
        return sample.name, loaded
    builder = ChartBuilder("Bench").category(1, "All").focal_point()
    for stand in range(4):
        section = builder.section(f"Stand {stand}", category=1)
        for row in range(25):
            section.row(f"R{row}", seats=89)
    return "builder chart (4 x 25 x 89 seats)", builder.build()


def _ok(response: httpx.Response) -> Any:
    if response.status_code >= 300:
        raise SystemExit(f"{response.request.url}: {response.status_code} {response.text[:300]}")
    return response.json() if response.content else None


def _change(http: httpx.Client, body: dict[str, object]) -> None:
    _ok(http.post("/events/groups/actions/change-object-status", json=body))


def _seed(http: httpx.Client, emulator: Emulator, admin_key: str) -> tuple[int, str]:
    name, drawing = _drawing()
    chart_key = emulator.upload_chart(drawing, secret_key=admin_key)
    labels = [str(item["label"]) for item in _flat(http, chart_key)]
    channels = [
        {
            "key": f"channel{n}",
            "name": f"Channel {n}",
            "color": "#00ff00",
            "index": n,
            "objects": labels[n * 1000 + 5000 : (n + 1) * 1000 + 5000],
        }
        for n in range(2)
    ]
    _ok(
        http.post(
            "/events", json={"chartKey": chart_key, "eventKey": "bench", "channels": channels}
        )
    )
    for order in range(30):
        objects = labels[order * 100 : (order + 1) * 100]
        _change(
            http,
            {
                "events": ["bench"],
                "objects": objects,
                "status": "booked",
                "orderId": f"order{order}",
            },
        )
    token = str(dict(_ok(http.post("/hold-tokens")))["holdToken"])
    _change(
        http,
        {
            "events": ["bench"],
            "objects": labels[3000:4000],
            "status": "reservedByToken",
            "holdToken": token,
        },
    )
    print(f"{name}: {len(labels)} objects; 3,000 booked, 1,000 held, 2 channels of 1,000")
    return len(labels), token


def _flat(http: httpx.Client, chart_key: str) -> list[dict[str, object]]:
    report: dict[str, list[dict[str, object]]] = _ok(
        http.get(f"/reports/charts/{chart_key}/byLabel")
    )
    return [item for items in report.values() for item in items]


def _time(
    label: str, repeat: int, action: Callable[[], object], after: Callable[[], object]
) -> None:
    timings: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        timings.append((time.perf_counter() - start) * 1000)
        after() if result is not None else None
    best, median = min(timings), statistics.median(timings)
    print(f"{label:<40} best {best:8.2f} ms   median {median:8.2f} ms")


def main() -> None:
    """Seed the event, run the timings and print them."""
    parser = argparse.ArgumentParser(description="Time the emulator's reports.")
    parser.add_argument("--repeat", type=int, default=10)
    repeat = parser.parse_args().repeat
    emulator = Emulator(deterministic=True, seed=1)
    company = emulator.create_test_company()
    with httpx.Client(
        transport=emulator.transport(),
        base_url="https://api-bench.seatsio.test",
        auth=httpx.BasicAuth(company.admin_key, ""),
    ) as http:
        _seed(http, emulator, company.admin_key)
        chosen: list[str] = []

        def best_available() -> object:
            body: dict[str, list[str]] = _ok(
                http.post(
                    "/events/bench/actions/hold",
                    json={"bestAvailable": {"number": 10}, "holdToken": token},
                )
            )
            chosen[:] = body["objects"]
            return body

        def release() -> None:
            _change(
                http, {"events": ["bench"], "objects": chosen, "status": "free", "holdToken": token}
            )

        token = str(dict(_ok(http.post("/hold-tokens")))["holdToken"])
        _time(
            "event report byLabel",
            repeat,
            lambda: http.get("/reports/events/bench/byLabel"),
            lambda: None,
        )
        _time(
            "deep summary byStatus",
            repeat,
            lambda: http.get("/reports/events/bench/byStatus/summary/deep"),
            lambda: None,
        )
        _time("best available, 10 seats (hold)", repeat, best_available, release)


if __name__ == "__main__":
    main()
