"""The fast report renderer (`_reports/encoding.py`) gives exactly the bytes of the plain one:
`dump_json` of the report built as a dict, for every report type, after random event states
(the walk of the consistency test), with extra data, GA holds, custom statuses, seasons (both
ways of `seasonBookingsPropagated`), event categories, non-ASCII labels and every
`bookWholeTables` choice."""

from __future__ import annotations

import random

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing._engine.store import EventStore
from seatsio_typed.testing._reports.encoding import (
    chart_report_bytes,
    event_report_bytes,
    filtered_report_bytes,
    flat_list_bytes,
)
from seatsio_typed.testing._reports.grouping import (
    LISTED_WHEN_EMPTY,
    detailed_report,
    filtered_report,
    flat_list,
)
from seatsio_typed.testing._reports.items import (
    CHART_DIMENSIONS,
    EVENT_DIMENSIONS,
    chart_items,
    event_items,
)
from seatsio_typed.testing._reports.status_source import report_view
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing._wire.messages import dump_json
from seatsio_typed.testing.builder import ChartBuilder

from ._events_support import changed, create_event, hold_token, upload_hall, upload_sample
from .test_reports_consistency import bookable_labels, random_event, random_walk

HELD = "reservedByToken"


def _workspace(emulator: Emulator, company: TestCompany) -> Workspace:
    state = emulator._state  # pyright: ignore[reportPrivateUsage]  # renderer-level test
    for owner in state.companies.values():
        if owner.admin_key == company.admin_key:
            return owner.default
    raise AssertionError("company not found")


def _assert_same_bytes(emulator: Emulator, company: TestCompany, event_key: str) -> None:
    workspace = _workspace(emulator, company)
    event = workspace.store(EventStore).require(event_key, workspace.key)
    chart = workspace.charts.require(event.chart_key, workspace.key)
    for propagated in (True, False):
        view = report_view(event, chart, propagated=propagated)
        for dimension in EVENT_DIMENSIONS:
            listed = LISTED_WHEN_EMPTY.get(dimension, ())
            report = detailed_report(event_items(view), dimension, listed_when_empty=listed)
            assert event_report_bytes(view, dimension, listed) == dump_json(report), dimension
            for wanted in (*report, "no such group"):
                plain = dump_json(filtered_report(event_items(view), dimension, wanted))
                assert filtered_report_bytes(view, dimension, wanted) == plain, (dimension, wanted)
        assert flat_list_bytes(view) == dump_json(flat_list(event_items(view)))


@pytest.mark.parametrize(
    "chart_name",
    ["hall", "sampleChart.json", "sampleChartWithTables.json", "sampleChartWithFloors.json"],
)
def test_event_reports_after_a_random_walk(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, chart_name: str
) -> None:
    rng = random.Random(f"encoding-{chart_name}")
    chart = (
        upload_hall(emulator, company)
        if chart_name == "hall"
        else upload_sample(emulator, company, chart_name)
    )
    labels, areas = bookable_labels(admin, chart)
    random_event(admin, rng, chart, "walk", labels, areas)
    assert random_walk(admin, rng, "walk", labels, areas) >= 1

    _assert_same_bytes(emulator, company, "walk")


def test_extra_data_holds_seasons_and_event_categories(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_hall(emulator, company)
    created = admin.post("/seasons", json={"chartKey": chart, "key": "s", "eventKeys": ["s1"]})
    assert created.status_code == 200, created.text
    changed(admin, "s", ["A-1", {"objectId": "GA1", "quantity": 2}])
    token = hold_token(admin)
    changed(admin, "s1", [{"objectId": "A-2", "extraData": {"née": [1, 2.5, None, True]}}])
    changed(admin, "s1", [{"objectId": "GA1", "quantity": 3}], status=HELD, holdToken=token)
    changed(admin, "s1", ["B-1"], status="Balcão", orderId="ordre\u00e9\u2028")
    create_event(admin, chart, eventKey="cats", objectCategories={"A-1": "vip", "B-2": 1})

    for event in ("s1", "s", "cats"):
        _assert_same_bytes(emulator, company, event)


def test_non_ascii_and_escaped_labels(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    drawing = (
        ChartBuilder("Ünïcode")
        .category(1, 'Catégorie "1"', "#ff0000")
        .row("Rangée\\A", seats=3, category=1)
        .row("😀", seats=2, category=1)
        .build()
    )
    chart = emulator.upload_chart(drawing, secret_key=company.admin_key)
    create_event(admin, chart, eventKey="u")
    labels, _ = bookable_labels(admin, chart)
    changed(admin, "u", labels[:2], orderId="ö")

    _assert_same_bytes(emulator, company, "u")


@pytest.mark.parametrize(
    "chart_name", ["sampleChart.json", "sampleChartWithTables.json", "sampleChartWithSections.json"]
)
def test_chart_reports(emulator: Emulator, company: TestCompany, chart_name: str) -> None:
    chart_key = upload_sample(emulator, company, chart_name)
    workspace = _workspace(emulator, company)
    index = workspace.charts.require(chart_key, workspace.key).published.index

    for objects in (
        index.objects,
        *(index.bookable(mode).objects for mode in ("ALL_BY_TABLE", "ALL_BY_SEAT", "INHERIT")),
    ):
        for dimension in CHART_DIMENSIONS:
            listed = LISTED_WHEN_EMPTY.get(dimension, ())
            plain = dump_json(
                detailed_report(chart_items(index, objects), dimension, listed_when_empty=listed)
            )
            assert chart_report_bytes(index, objects, dimension, listed) == plain
