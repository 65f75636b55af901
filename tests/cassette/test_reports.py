"""Recorded: event reports, summaries and deep summaries of every dimension (whole and filtered),
the flat list and its CSV, the season-copy reports, and chart reports and summaries."""

from __future__ import annotations

import pytest

from seatsio_typed import ChannelCreationParams, EventReport, ObjectStatus, ObjectType
from tests.cassette._recording import Recording
from tests.cassette._venue import STALLS, small_venue
from tests.unit.support import Sdk

pytestmark = pytest.mark.vcr

LABELS = {"Left-A-1", "Left-A-2", "T1-1", "T1-2", "Standing"}
PLACES = 2 + 2 + 5
"""Seats, table seats and standing places of the small venue."""


def _labels(report: EventReport | list[object]) -> set[str]:
    assert isinstance(report, EventReport), "an unfiltered report is grouped"
    return {info.label for group in report.items.values() for info in group}


async def _booked_show(rec: Recording) -> Sdk:
    chart_key = rec.seed_chart(small_venue())
    sdk = rec.sdk()
    vip = ChannelCreationParams("vip", "VIP", "#ED303D", 1, ["T1-1"])
    await sdk.call(lambda c: c.events.create(chart_key, "show", channels=[vip]))
    await sdk.call(lambda c: c.events.book("show", ["Left-A-1"], order_id="o-1"))
    return sdk


async def test_event_reports_of_every_dimension_whole_and_filtered(rec: Recording) -> None:
    sdk = await _booked_show(rec)
    reports = [
        await sdk.call(lambda c: c.events.reports.by_availability("show")),
        await sdk.call(lambda c: c.events.reports.by_availability_reason("show")),
        await sdk.call(lambda c: c.events.reports.by_category_key("show")),
        await sdk.call(lambda c: c.events.reports.by_category_label("show")),
        await sdk.call(lambda c: c.events.reports.by_channel("show")),
        await sdk.call(lambda c: c.events.reports.by_label("show")),
        await sdk.call(lambda c: c.events.reports.by_object_type("show")),
        await sdk.call(lambda c: c.events.reports.by_order_id("show")),
        await sdk.call(lambda c: c.events.reports.by_section("show")),
        await sdk.call(lambda c: c.events.reports.by_status("show")),
        await sdk.call(lambda c: c.events.reports.by_zone("show")),
    ]
    assert [_labels(report) for report in reports] == [LABELS] * len(reports)

    filtered = [
        await sdk.call(lambda c: c.events.reports.by_status("show", ObjectStatus.BOOKED)),
        await sdk.call(lambda c: c.events.reports.by_order_id("show", "o-1")),
        await sdk.call(lambda c: c.events.reports.by_section("show", "Left")),
        await sdk.call(lambda c: c.events.reports.by_zone("show", "front")),
        await sdk.call(lambda c: c.events.reports.by_channel("show", "vip")),
        await sdk.call(lambda c: c.events.reports.by_category_key("show", STALLS)),
    ]
    assert [
        sorted(info.label for info in group) for group in filtered if isinstance(group, list)
    ] == [
        ["Left-A-1"],
        ["Left-A-1"],
        ["Left-A-1", "Left-A-2"],
        ["Left-A-1", "Left-A-2"],
        ["T1-1"],
        ["Left-A-1", "Left-A-2", "Standing"],
    ]
    flat = await sdk.call(lambda c: c.events.reports.flat_list("show"))
    assert {info.label for info in flat} == LABELS
    csv = await sdk.call(lambda c: c.events.reports.flat_list_csv("show"))
    assert all(label in csv for label in LABELS)
    unpropagated = await sdk.call(
        lambda c: c.events.reports.with_season_bookings_not_propagated().by_status("show")
    )
    assert [info.label for info in unpropagated["booked"]] == ["Left-A-1"]


async def test_event_summaries_and_deep_summaries_of_every_dimension(rec: Recording) -> None:
    sdk = await _booked_show(rec)
    summaries = [
        await sdk.call(lambda c: c.events.reports.summary_by_availability("show")),
        await sdk.call(lambda c: c.events.reports.summary_by_availability_reason("show")),
        await sdk.call(lambda c: c.events.reports.summary_by_category_key("show")),
        await sdk.call(lambda c: c.events.reports.summary_by_category_label("show")),
        await sdk.call(lambda c: c.events.reports.summary_by_channel("show")),
        await sdk.call(lambda c: c.events.reports.summary_by_object_type("show")),
        await sdk.call(lambda c: c.events.reports.summary_by_section("show")),
        await sdk.call(lambda c: c.events.reports.summary_by_status("show")),
        await sdk.call(lambda c: c.events.reports.summary_by_zone("show")),
    ]
    assert [sum(item.count for item in summary.values()) for summary in summaries] == [
        PLACES
    ] * len(summaries)
    deep = [
        await sdk.call(lambda c: c.events.reports.deep_summary_by_availability("show")),
        await sdk.call(lambda c: c.events.reports.deep_summary_by_availability_reason("show")),
        await sdk.call(lambda c: c.events.reports.deep_summary_by_category_key("show")),
        await sdk.call(lambda c: c.events.reports.deep_summary_by_category_label("show")),
        await sdk.call(lambda c: c.events.reports.deep_summary_by_channel("show")),
        await sdk.call(lambda c: c.events.reports.deep_summary_by_object_type("show")),
        await sdk.call(lambda c: c.events.reports.deep_summary_by_section("show")),
        await sdk.call(lambda c: c.events.reports.deep_summary_by_status("show")),
        await sdk.call(lambda c: c.events.reports.deep_summary_by_zone("show")),
    ]
    assert [sum(item.count for item in summary.values()) for summary in deep] == [PLACES] * len(
        deep
    )
    assert summaries[7]["booked"].count == 1
    assert deep[7]["booked"].count == 1


async def test_chart_reports_and_summaries_of_every_dimension(rec: Recording) -> None:
    chart_key = rec.seed_chart(small_venue())
    sdk = rec.sdk()
    reports = [  # table seats, not whole tables
        await sdk.call(lambda c: c.charts.reports.by_label(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.by_category_key(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.by_category_label(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.by_object_type(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.by_section(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.by_zone(chart_key, False)),
    ]
    assert [
        {info.label for group in report.items.values() for info in group} for report in reports
    ] == [LABELS] * len(reports)
    tables = await sdk.call(lambda c: c.charts.reports.by_label(chart_key, "true"))
    assert ("T1" in tables, "T1-1" in tables) == (True, False)
    summaries = [
        await sdk.call(lambda c: c.charts.reports.summary_by_category_key(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.summary_by_category_label(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.summary_by_object_type(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.summary_by_section(chart_key, False)),
        await sdk.call(lambda c: c.charts.reports.summary_by_zone(chart_key, False)),
    ]
    assert [sum(item.count for item in summary.values()) for summary in summaries] == [
        PLACES
    ] * len(summaries)
    assert summaries[2][ObjectType.GENERAL_ADMISSION].count == 5
