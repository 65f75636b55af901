"""Chart, event and usage reports driven by the official `seatsio` client over HTTP: every
report method parses what the emulator answers, with the documented groups and counts."""

from __future__ import annotations

from typing import cast

import pytest

from ._official import OfficialClient
from ._official_events import OfficialEvents, OfficialHoldTokens, OfficialObjectInfo
from ._official_reports import (
    OfficialChartReport,
    OfficialEventReport,
    OfficialUsageForObject,
    call,
    chart_reports_of,
    event_reports_of,
    month,
    usage_reports_of,
)

CHART_DETAILED = (
    "by_label",
    "by_object_type",
    "by_category_key",
    "by_category_label",
    "by_section",
    "by_zone",
)
CHART_SUMMARIES = (
    "summary_by_object_type",
    "summary_by_category_key",
    "summary_by_category_label",
    "summary_by_section",
    "summary_by_zone",
)
EVENT_TYPES = (
    "status",
    "object_type",
    "category_label",
    "category_key",
    "label",
    "order_id",
    "section",
    "zone",
    "availability",
    "availability_reason",
    "channel",
)
WITH_SUMMARIES = tuple(t for t in EVENT_TYPES if t not in ("label", "order_id"))


@pytest.fixture
def event_key(events: OfficialEvents, chart_key: str, hold_tokens: OfficialHoldTokens) -> str:
    """An event with A-1, A-2 booked under order1 and B-1 held."""
    event = events.create(chart_key)
    events.book(event.key, ["A-1", "A-2"], order_id="order1")
    token = hold_tokens.create().hold_token
    events.hold(event.key, ["B-1"], token)
    return event.key


def _sizes(report: OfficialChartReport | OfficialEventReport) -> dict[str, int]:
    return {group: len(items) for group, items in report.items.items()}


@pytest.mark.parametrize("method", CHART_DETAILED)
@pytest.mark.parametrize("book_whole_tables", [None, "true", "false", "chart"])
def test_chart_reports_parse(
    client: OfficialClient, chart_key: str, method: str, book_whole_tables: str | None
) -> None:
    report = cast(
        "OfficialChartReport", call(chart_reports_of(client), method, chart_key, book_whole_tables)
    )

    assert sum(_sizes(report).values()) == 34


def test_chart_report_groups(client: OfficialClient, chart_key: str) -> None:
    reports = chart_reports_of(client)

    by_type = cast("OfficialChartReport", call(reports, "by_object_type", chart_key))
    by_zone = cast("OfficialChartReport", call(reports, "by_zone", chart_key))

    assert _sizes(by_type) == {"seat": 32, "table": 0, "generalAdmission": 2, "booth": 0}
    assert by_zone.get("NO_ZONE") is not None
    (seat,) = cast("OfficialChartReport", call(reports, "by_label", chart_key)).items["A-1"]
    assert (seat.label, seat.category_key, seat.object_type) == ("A-1", "9", "seat")


@pytest.mark.parametrize("method", CHART_SUMMARIES)
def test_chart_summaries(client: OfficialClient, chart_key: str, method: str) -> None:
    summary = cast(
        "dict[str, dict[str, object]]",
        call(chart_reports_of(client), method, chart_key, None, "published"),
    )

    assert sum(cast("int", item["count"]) for item in summary.values()) == 232


def test_chart_draft_without_draft_is_an_error(client: OfficialClient, chart_key: str) -> None:
    with pytest.raises(Exception, match="draft"):
        call(chart_reports_of(client), "by_label", chart_key, None, "draft")


@pytest.mark.parametrize("report_type", EVENT_TYPES)
def test_event_reports_and_filters(
    client: OfficialClient, event_key: str, report_type: str
) -> None:
    reports = event_reports_of(client)

    report = cast("OfficialEventReport", call(reports, f"by_{report_type}", event_key))
    group, items = next((g, i) for g, i in report.items.items() if i)
    filtered = cast(
        "list[OfficialObjectInfo]", call(reports, f"by_{report_type}", event_key, group)
    )
    missing = cast(
        "list[OfficialObjectInfo]", call(reports, f"by_{report_type}", event_key, "no such group")
    )

    assert sum(_sizes(report).values()) == 34
    assert [info.label for info in filtered] == [info.label for info in items]
    assert missing == []


def test_event_report_groups(client: OfficialClient, event_key: str) -> None:
    reports = event_reports_of(client)

    by_status = cast("OfficialEventReport", call(reports, "by_status", event_key))
    by_order = cast("OfficialEventReport", call(reports, "by_order_id", event_key))
    booked = cast("list[OfficialObjectInfo]", call(reports, "by_status", event_key, "booked"))

    assert _sizes(by_status) == {"booked": 2, "reservedByToken": 1, "free": 31}
    assert _sizes(by_order) == {"order1": 2, "NO_ORDER_ID": 32}
    assert [(info.label, info.order_id) for info in booked] == [
        ("A-1", "order1"),
        ("A-2", "order1"),
    ]


@pytest.mark.parametrize("report_type", WITH_SUMMARIES)
def test_event_summaries_and_deep_summaries(
    client: OfficialClient, event_key: str, report_type: str
) -> None:
    reports = event_reports_of(client)

    summary = cast(
        "dict[str, dict[str, object]]", call(reports, f"summary_by_{report_type}", event_key)
    )
    deep = cast(
        "dict[str, dict[str, object]]", call(reports, f"deep_summary_by_{report_type}", event_key)
    )

    assert sum(cast("int", item["count"]) for item in summary.values()) == 232
    assert {g: item["count"] for g, item in deep.items()} == {
        g: item["count"] for g, item in summary.items()
    }


def test_summary_by_status_counts(client: OfficialClient, event_key: str) -> None:
    summary = cast(
        "dict[str, dict[str, object]]",
        call(event_reports_of(client), "summary_by_status", event_key),
    )

    assert summary["booked"]["count"] == 2
    assert summary["booked"]["byCategoryKey"] == {"9": 2}
    assert summary["reservedByToken"]["count"] == 1
    assert summary["free"]["count"] == 229


def test_flat_list_and_csv(client: OfficialClient, event_key: str) -> None:
    reports = event_reports_of(client)

    flat = reports.flat_list(event_key)
    text = reports.flat_list_csv(event_key)

    assert [info.label for info in flat] == sorted(info.label for info in flat)
    assert len(flat) == 34
    assert "A-1" in text
    assert len(text.strip().splitlines()) == 35


def test_season_bookings_not_propagated(client: OfficialClient, event_key: str) -> None:
    reports = event_reports_of(client)
    unpropagated = reports.with_season_bookings_not_propagated()

    booked = cast("list[OfficialObjectInfo]", call(unpropagated, "by_status", event_key, "booked"))
    deep = cast("dict[str, object]", call(unpropagated, "deep_summary_by_status", event_key))

    assert [info.label for info in booked] == ["A-1", "A-2"]
    assert set(deep) == {"booked", "reservedByToken", "free"}
    assert len(unpropagated.flat_list(event_key)) == 34
    assert "A-1" in unpropagated.flat_list_csv(event_key)


def test_usage_reports(client: OfficialClient, events: OfficialEvents, event_key: str) -> None:
    usage = usage_reports_of(client)
    event = events.retrieve(event_key)

    summary = usage.summary_for_all_months()
    (this_month,) = summary.usage
    wanted = month(this_month.month.year, this_month.month.month)
    details = usage.details_for_month(wanted)
    per_object = usage.details_for_event_in_month(event.id, wanted)

    assert summary.usage_cutoff_date is not None
    assert this_month.numUsedObjects == 3
    (workspace,) = details
    (by_chart,) = workspace.usage_by_chart
    (by_event,) = by_chart.usage_by_event
    assert by_chart.chart.key == event.chart_key
    assert (by_event.event.id, by_event.event.key, by_event.num_used_objects) == (
        event.id,
        event_key,
        3,
    )
    objects: list[OfficialUsageForObject] = per_object
    assert sorted(o.object for o in objects) == ["A-1", "A-2", "B-1"]
    assert all(
        o.num_usedObjects == 1 and o.usage_by_reason == {"STATUS_CHANGED": 1} for o in objects
    )
