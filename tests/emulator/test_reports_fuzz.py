"""The report routes never answer 5xx: a bounded, seeded fuzz of keys, report types, filters,
suffixes and query values on chart, event and usage reports (overview.md §6: a refusal is a
4xx with the documented error body; 401/403 have an empty body)."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import changed, create_event, hold_token, upload_hall

HELD = "reservedByToken"
REQUESTS_PER_SEED = 250

KEY_PIECES = (
    "e1",
    "s",
    "s1",
    "nope",
    "",
    ".csv",
    "e1.csv",
    "e1.CSV",
    "e1.csv.csv",
    "%00",
    "%2F",
    "%2e%2e",
    "..",
    "%",
    "%zz",
    "%C3%A3",
    "%ED%A0%80",
    "%FF",
    "%F0%9F%98%80",
    " ",
    "+",
    "a" * 300,
    "summary",
    "byStatus",
)
REPORT_TYPES = (
    "byStatus",
    "byObjectType",
    "byCategoryLabel",
    "byCategoryKey",
    "byLabel",
    "byOrderId",
    "bySection",
    "byZone",
    "byAvailability",
    "byAvailabilityReason",
    "byChannel",
    "bystatus",
    "BYLABEL",
    "bySelectability",
    "summary",
    "",
    "%00",
    "by%20Label",
)
FILTERS = (
    "booked",
    "free",
    HELD,
    "NO_SECTION",
    "NO_ZONE",
    "NO_CHANNEL",
    "NO_ORDER_ID",
    "NO_CATEGORY",
    "9",
    "A-1",
    "GA1",
    "summary",
    "deep",
    "%00",
    "%2F",
    "%ED%A0%80",
    "x" * 500,
    "",
    "o1",
)
TAILS = ("", "/summary", "/summary/deep", "/summary/deep/more", "/deep", "/", "//", "/summary/")
QUERY_NAMES = ("bookWholeTables", "version", "seasonBookingsPropagated", "limit", "%00", "")
QUERY_VALUES = (
    "true",
    "false",
    "True",
    "FALSE",
    "chart",
    "draft",
    "published",
    "2",
    "",
    "%00",
    "%ED%A0%80",
    "null",
    "-1",
    "1e309",
    "NaN",
    "y" * 200,
)
MONTHS = ("2025-01", "2021-03", "2022-12", "0000-01", "9999-12", "2025-13", "2025-1", "", "%00")
EVENT_IDS = ("1", "0", "-1", "99999999999999999999999999", "abc", "%00", "1.5", "\u0661")


def _event_key(rng: random.Random) -> str:
    return rng.choice(("e1", "s1", "s")) if rng.random() < 0.5 else rng.choice(KEY_PIECES)


def _query(rng: random.Random) -> str:
    pairs = [
        f"{rng.choice(QUERY_NAMES)}={rng.choice(QUERY_VALUES)}" for _ in range(rng.randint(0, 3))
    ]
    return "?" + "&".join(pairs) if pairs else ""


def _path(rng: random.Random, chart: str) -> str:
    family = rng.choice(("chart", "event", "event", "flat", "usage"))
    if family == "chart":
        key = rng.choice((chart, chart, *KEY_PIECES))
        path = f"/reports/charts/{key}/{rng.choice(REPORT_TYPES)}{rng.choice(TAILS[:3])}"
    elif family == "event":
        key = _event_key(rng)
        report_type = rng.choice(REPORT_TYPES)
        if rng.random() < 0.5:
            path = f"/reports/events/{key}/{report_type}/{rng.choice(FILTERS)}"
        else:
            path = f"/reports/events/{key}/{report_type}{rng.choice(TAILS)}"
    elif family == "flat":
        path = f"/reports/events/{_event_key(rng)}{rng.choice(('', '.csv'))}"
    else:
        month = rng.choice(MONTHS)
        path = rng.choice(
            (
                "/reports/usage",
                f"/reports/usage/month/{month}",
                f"/reports/usage/month/{month}/event/{rng.choice(EVENT_IDS)}",
                f"/reports/usage/month/{month}/event",
            )
        )
    return path + _query(rng)


def _assert_documented(response: httpx.Response, path: str) -> None:
    assert response.status_code < 500, (path, response.status_code, response.text[:300])
    if response.status_code in (401, 403):
        assert response.content == b"", path
    elif response.status_code >= 400:
        body: dict[str, Any] = response.json()
        assert body["errors"], (path, body)
        assert "requestId" in body, (path, body)
    elif "csv" not in response.headers.get("content-type", ""):
        response.json()


@pytest.fixture
def chart(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> str:
    """The hall chart with an event e1 (bookings, a hold, a channel) and a season s (s1)."""
    chart = upload_hall(emulator, company)
    channel = {"key": "ch1", "name": "Ch", "color": "#ff0000", "index": 1, "objects": ["B-1"]}
    create_event(admin, chart, eventKey="e1", channels=[channel])
    changed(admin, "e1", ["A-1", {"objectId": "GA1", "quantity": 2}], orderId="o1")
    changed(admin, "e1", ["A-2"], status=HELD, holdToken=hold_token(admin))
    created = admin.post("/seasons", json={"chartKey": chart, "key": "s", "eventKeys": ["s1"]})
    assert created.status_code == 200, created.text
    changed(admin, "s", ["A-3"])
    return chart


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_report_routes_never_answer_5xx(
    emulator: Emulator, admin: httpx.Client, anonymous: httpx.Client, chart: str, seed: int
) -> None:
    rng = random.Random(seed)
    statuses: Counter[int] = Counter()
    for _ in range(REQUESTS_PER_SEED):
        path = _path(rng, chart)
        client = admin if rng.random() < 0.9 else anonymous
        response = client.get(path)
        _assert_documented(response, path)
        statuses[response.status_code] += 1

    # The fuzz reaches real reports, not only refusals.
    assert statuses[200] >= REQUESTS_PER_SEED // 5, statuses


def test_the_same_over_the_http_server(
    emulator: Emulator, company: TestCompany, chart: str
) -> None:
    rng = random.Random(4)
    with (
        emulator.serve() as url,
        httpx.Client(base_url=url, auth=httpx.BasicAuth(company.admin_key, "")) as client,
    ):
        for _ in range(REQUESTS_PER_SEED // 5):
            path = _path(rng, chart)
            _assert_documented(client.get(path), path)
