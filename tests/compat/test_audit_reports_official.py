"""Audit of the reports through the official `seatsio` client: the (confirmed) statements of
reports.md that `test_compat_reports.py` does not hold yet (draft version, `bookWholeTables`
with summaries and a Python `True`, item fields as the client reads them, zones, non-ASCII keys
and filters, seasons, the old usage format)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import cast

import pytest

from seatsio_typed.testing import Emulator
from tests.reference import shared_path

from ._official import OfficialClient, official_client
from ._official_charts import OfficialCharts
from ._official_events import OfficialEvents, OfficialObjectInfo, events_of
from ._official_reports import (
    OfficialChartReport,
    call,
    chart_reports_of,
    event_reports_of,
    month,
    usage_reports_of,
)
from ._official_seasons import seasons_of
from .conftest import SYSTEM_SECRET, UploadChart, create_test_company, upload_chart_file

CHART_DETAILED = ("by_label", "by_object_type", "by_section", "by_zone")
CHART_SUMMARIES = ("summary_by_object_type", "summary_by_section", "summary_by_zone")


def _chart_report(client: OfficialClient, method: str, *args: object) -> OfficialChartReport:
    return cast("OfficialChartReport", call(chart_reports_of(client), method, *args))


def _listed(client: OfficialClient, method: str, *args: object) -> list[OfficialObjectInfo]:
    return cast("list[OfficialObjectInfo]", call(event_reports_of(client), method, *args))


def _sizes(report: OfficialChartReport) -> dict[str, int]:
    return {group: len(items) for group, items in report.items.items()}


def test_draft_version_gives_the_published_reports_of_an_unchanged_draft(
    client: OfficialClient,
    charts: OfficialCharts,
    events: OfficialEvents,
    upload_sample_chart: UploadChart,
) -> None:
    chart = upload_sample_chart("sampleChart.json")
    events.create(chart)
    charts.update(chart, new_name="Only the name changed")

    for method in CHART_DETAILED:
        draft = _chart_report(client, method, chart, None, "draft")
        published = _chart_report(client, method, chart, None, "published")
        assert _sizes(draft) == _sizes(published)
    for method in CHART_SUMMARIES:
        draft_summary = call(chart_reports_of(client), method, chart, None, "draft")
        assert draft_summary == call(chart_reports_of(client), method, chart)


def test_book_whole_tables_on_summaries_and_as_a_python_bool(
    client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChartWithTables.json")

    summary = cast(
        "dict[str, dict[str, int]]",
        call(chart_reports_of(client), "summary_by_object_type", chart, "true"),
    )
    # The client sends a Python True unchanged, as `True`.
    tables = _chart_report(client, "by_label", chart, True)

    assert (summary["table"]["count"], summary["seat"]["count"]) == (2, 0)
    assert set(tables.items) == {"T1", "T2"}
    (t1,) = tables.items["T1"]
    assert t1.num_seats == 6


def test_chart_items_as_the_client_reads_them(
    client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChart.json")

    by_label = _chart_report(client, "by_label", chart)

    (area,) = by_label.items["GA1"]
    (seat,) = by_label.items["A-1"]
    assert (area.object_type, area.capacity) == ("generalAdmission", 100)
    assert area.category_key in ("9", "10")
    assert (seat.category_key, seat.capacity, seat.num_seats) == ("9", None, None)


def test_zones_chart_and_event_by_zone(
    client: OfficialClient, events: OfficialEvents, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChartWithZones.json")
    event = events.create(chart)

    chart_zones = _chart_report(client, "by_zone", chart)
    midtrack = _listed(client, "by_zone", event.key, "midtrack")
    summary = cast(
        "dict[str, dict[str, object]]",
        call(event_reports_of(client), "summary_by_zone", event.key),
    )

    assert _sizes(chart_zones) == {"midtrack": 6032, "finishline": 2865, "NO_ZONE": 0}
    assert len(midtrack) == 6032
    assert {item.zone for item in midtrack} == {"midtrack"}
    assert summary["midtrack"]["count"] == 6032
    assert summary["finishline"]["count"] == 2865


def test_non_ascii_event_keys_and_filters(
    client: OfficialClient, events: OfficialEvents, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChart.json")
    event = events.create(chart, event_key="Balcão Nobre")
    events.book(event.key, ["A-1"], order_id="Balcão Nobre")

    by_order = _listed(client, "by_order_id", event.key, "Balcão Nobre")
    by_key = _listed(client, "by_category_key", event.key, "9")

    assert [item.label for item in by_order] == ["A-1"]
    assert len(by_key) == 17
    assert "A-1" in event_reports_of(client).flat_list_csv(event.key)


def test_season_bookings_left_out_when_not_propagated(
    client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChart.json")
    seasons_of(client).create(chart, key="season", event_keys=["day1"])
    events_of(client).book("season", ["A-1"])
    plain = event_reports_of(client)
    unpropagated = plain.with_season_bookings_not_propagated()

    propagated_booked = _listed(client, "by_status", "day1", "booked")
    own_booked = cast("list[OfficialObjectInfo]", call(unpropagated, "by_status", "day1", "booked"))

    assert [item.label for item in propagated_booked] == ["A-1"]
    assert own_booked == []
    # The copy leaves the original client unchanged.
    assert [item.label for item in _listed(client, "by_status", "day1", "booked")] == ["A-1"]


@pytest.fixture
def old_month_server() -> Iterator[str]:
    """An emulator of its own whose clock stands in March 2021 (the shared one must not move)."""
    emulator = Emulator(deterministic=True, seed=3, system_secret=SYSTEM_SECRET)
    emulator.clock.set(dt.datetime(2021, 3, 5, 10, tzinfo=dt.timezone.utc))
    with emulator.serve() as url:
        yield url


def test_a_2021_month_answers_the_old_per_object_format(old_month_server: str) -> None:
    company = create_test_company(old_month_server, SYSTEM_SECRET)
    client = official_client(old_month_server, company.admin_key)
    chart = upload_chart_file(
        old_month_server, company.admin_key, shared_path("charts", "sampleChart.json")
    )
    event = events_of(client).create(chart)
    events_of(client).book(event.key, ["A-1", "A-2"])

    (used,) = usage_reports_of(client).summary_for_all_months().usage
    per_object = cast(
        "list[object]",
        usage_reports_of(client).details_for_event_in_month(event.id, month(2021, 3)),
    )

    assert (used.month.year, used.month.month, used.numUsedObjects) == (2021, 3, 2)
    assert [type(item).__name__ for item in per_object] == ["UsageForObjectV1"] * 2
    first = per_object[0]
    assert getattr(first, "num_first_bookings") == 1  # noqa: B009 - untyped V1 attribute
    # The client parses the `...Z` timestamp into a naive datetime.
    assert getattr(first, "first_booking_date") == dt.datetime(2021, 3, 5, 10)  # noqa: B009
