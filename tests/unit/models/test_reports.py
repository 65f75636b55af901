"""Report, usage, event-log and ticket-buyer models: every reference example parses, nothing lost.

"Nothing lost" is checked by dumping the parsed model back by wire name (unknown fields come
back from ``model_extra``) and comparing with the example; the only differences allowed are the
documented normalisations (a numeric ``categoryKey`` becomes its text).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from pydantic import JsonValue, TypeAdapter

from seatsio_typed.models import (
    AddTicketBuyerIdsResponse,
    ChartObjectInfo,
    ChartReport,
    ChartSummaryItem,
    EventDeepSummaryItem,
    EventLogItem,
    EventLogItemType,
    EventObjectInfo,
    EventReport,
    EventSummaryItem,
    Month,
    ObjectInfo,
    ObjectType,
    RemoveTicketBuyerIdsResponse,
    UsageDetails,
    UsageForObject,
    UsageForObjectV1,
    UsageForObjectV2,
    UsageSummaryForAllMonths,
)
from seatsio_typed.pagination import Page
from tests.reference import load_example

_EVENT_REPORTS = [
    "reports.event.by-status.response.json",
    "reports.event.by-category-label.response.json",
    "reports.event.by-category-key.response.json",
    "reports.event.by-label.response.json",
    "reports.event.by-order-id.response.json",
    "reports.event.by-section.response.json",
    "reports.event.by-channel.response.json",
    "reports.event.by-object-type.response.json",
]
_CHART_REPORTS = [
    "reports.chart.by-label.response.json",
    "reports.chart.by-category-key.response.json",
    "reports.chart.by-category-label.response.json",
    "reports.chart.by-object-type.response.json",
]
_SUMMARIES = [
    "reports.event.summary-by-status.response.json",
    "reports.event.summary-by-category-label.response.json",
    "reports.event.summary-by-category-key.response.json",
    "reports.event.summary-by-section.response.json",
    "reports.event.summary-by-channel.response.json",
    "reports.event.summary-by-object-type.response.json",
]
_DEEP_SUMMARIES = [
    "reports.event.deep-summary-by-status.response.json",
    "reports.event.deep-summary-by-category-label.response.json",
    "reports.event.deep-summary-by-category-key.response.json",
    "reports.event.deep-summary-by-section.response.json",
    "reports.event.deep-summary-by-channel.response.json",
    "reports.event.deep-summary-by-object-type.response.json",
]


def _normalised(value: JsonValue) -> JsonValue:
    """The example as the SDK reads it: a whole-number category key is a number (9 or "9": 9)."""
    if isinstance(value, dict):
        return {
            key: _category_key(item) if key == "categoryKey" else _normalised(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    return value


def _category_key(value: JsonValue) -> JsonValue:
    if isinstance(value, str) and value.isdigit() and str(int(value)) == value:
        return int(value)
    return value


def _dumped(value: object) -> JsonValue:
    """What a parsed value says on the wire, unknown fields included."""
    dumped: JsonValue = _ANY.dump_python(value, mode="json", by_alias=True, exclude_unset=True)
    return dumped


def _example(name: str) -> JsonValue:
    return _JSON.validate_json(load_example(name))


_ANY = TypeAdapter(object)
_JSON: TypeAdapter[JsonValue] = TypeAdapter(JsonValue)


@pytest.mark.parametrize("name", _EVENT_REPORTS)
def test_event_report_examples_parse_with_nothing_lost(name: str) -> None:
    report = EventReport.model_validate_json(load_example(name))

    assert _dumped(report) == _normalised(_example(name))
    assert all(isinstance(i, EventObjectInfo) for items in report.items.values() for i in items)


def test_an_event_report_reads_like_the_official_one() -> None:
    report = EventReport.model_validate_json(load_example("reports.event.by-status.response.json"))

    free = report.get("free")
    assert free is not None
    seat, area = free[0], free[1]
    assert (seat.label, seat.status, seat.category_key, seat.labels.section) == (
        "C-11",
        "free",
        4,
        "Floor",
    )
    assert seat.model_extra == {"isSelectable": True, "isDisabledBySocialDistancing": False}
    assert area.category_key == 6  # "6" or 6 on the wire: the number, like Category.key
    assert (area.object_type, area.capacity, area.num_booked) == (
        ObjectType.GENERAL_ADMISSION,
        100,
        34,
    )
    assert report.get("no-such-group") is None
    assert "free" in report
    assert report["free"] == free
    with pytest.raises(KeyError):
        report["no-such-group"]


@pytest.mark.parametrize("name", _CHART_REPORTS)
def test_chart_report_examples_parse_with_nothing_lost(name: str) -> None:
    report = ChartReport.model_validate_json(load_example(name))

    assert _dumped(report) == _normalised(_example(name))
    assert all(isinstance(i, ChartObjectInfo) for items in report.items.values() for i in items)


def test_chart_and_event_objects_share_what_they_have_in_common() -> None:
    assert issubclass(ChartObjectInfo, ObjectInfo)
    assert issubclass(EventObjectInfo, ObjectInfo)
    chart_only = set(ChartObjectInfo.model_fields) - set(ObjectInfo.model_fields)
    assert chart_only == set()
    # The 83.21 fields, on both.
    table = ChartObjectInfo.model_validate(
        {"label": "T1", "labels": {"own": {"label": "T1", "type": "table"}}, "ids": {"own": "T1"}}
        | {"objectType": "table", "tableType": "round", "numSeats": 6}
    )
    assert (table.table_type, table.area_type, table.num_seats) == ("round", None, 6)


@pytest.mark.parametrize("name", _SUMMARIES)
def test_summary_examples_parse_with_nothing_lost(name: str) -> None:
    summary = TypeAdapter(dict[str, EventSummaryItem]).validate_json(load_example(name))

    assert _dumped(summary) == _example(name)


def test_a_summary_item_is_typed() -> None:
    summary = TypeAdapter(dict[str, EventSummaryItem]).validate_json(
        load_example("reports.event.summary-by-status.response.json")
    )

    booked = summary["booked"]
    assert booked.count == 34
    assert booked.by_section == {"Floor": 12, "Balcony": 22}
    assert booked.by_category_key == {"1": 10, "2": 24}
    assert booked.by_channel == {"NO_CHANNEL": 34}
    assert booked.by_status is None  # the group's own dimension is not repeated
    assert booked.model_extra == {"bySelectability": {"not_selectable": 34}}


def _deep_example(name: str) -> dict[str, JsonValue]:
    """A deep-summary example without its docs slips (examples/INDEX.md): groups whose content
    the docs elided (`{ ... }` became `{}`) are left out, and the category examples' stray
    top-level "count" goes back into the one group that lacks it."""
    body = _example(name)
    assert isinstance(body, dict)
    stray_count = body.pop("count", None)
    groups = {key: item for key, item in body.items() if item != {}}
    for item in groups.values():
        assert isinstance(item, dict)
        if "count" not in item:
            assert stray_count is not None
            item["count"] = stray_count
    return groups


@pytest.mark.parametrize("name", _DEEP_SUMMARIES)
def test_deep_summary_examples_parse_with_nothing_lost(name: str) -> None:
    body = _deep_example(name)
    deep = TypeAdapter(dict[str, EventDeepSummaryItem]).validate_python(body)

    assert _dumped(deep) == body


def test_a_deep_summary_nests_summary_items() -> None:
    body = _deep_example("reports.event.deep-summary-by-category-key.response.json")
    deep = TypeAdapter(dict[str, EventDeepSummaryItem]).validate_python({"1": body["1"]})

    by_section = deep["1"].by_section
    assert by_section is not None
    inner = by_section["NO_SECTION"]
    assert isinstance(inner, EventSummaryItem)
    assert (inner.count, inner.by_channel, inner.by_status) == (
        2,
        {"channel1": 2},
        {"booked": 2},
    )


def test_a_summary_item_needs_its_count() -> None:
    with pytest.raises(ValueError, match="count"):
        EventSummaryItem.model_validate({"bySection": {"S": 1}})


def test_the_chart_summary_fragment_parses() -> None:
    name = "reports.chart.summary-by-object-type.partial.response.json"
    summary = TypeAdapter(dict[str, ChartSummaryItem]).validate_json(load_example(name))

    assert summary["generalAdmission"].count == 80
    assert _dumped(summary) == _example(name)


def test_usage_summary_for_all_months_parses() -> None:
    name = "reports.usage.summary-all-months.response.json"
    summary = UsageSummaryForAllMonths.model_validate_json(load_example(name))

    assert summary.usage_cutoff_date == datetime(2017, 5, 5, 10, 58, 44, 715000, timezone.utc)
    assert [(u.month, u.num_used_objects) for u in summary.usage] == [
        (Month(2018, 10), 31633),
        (Month(2018, 11), 87678),
    ]
    assert _dumped(summary) == _example(name)


def test_usage_details_for_month_parse() -> None:
    name = "reports.usage.details-for-month.response.json"
    details = TypeAdapter(list[UsageDetails]).validate_json(load_example(name))

    first = details[0].usage_by_chart[0]
    assert details[0].workspace == 3432427
    assert first.chart is not None
    assert (first.chart.name, first.usage_by_event[0].event.id) == ("My venue", 12)
    assert _dumped(details) == _example(name)


def test_a_usage_entry_without_a_chart_has_none() -> None:
    entry = UsageDetails.model_validate(
        {"workspace": 1, "usageByChart": [{"chart": None, "usageByEvent": []}]}
    )

    assert entry.usage_by_chart[0].chart is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("reports.usage.details-for-event-in-month.v1.response.json", UsageForObjectV1),
        ("reports.usage.details-for-event-in-month.v2.response.json", UsageForObjectV2),
    ],
)
def test_usage_per_object_parses_in_either_format(name: str, kind: type) -> None:
    items = TypeAdapter(list[UsageForObject]).validate_json(load_example(name))

    assert [type(item) for item in items] == [kind] * 3
    assert _dumped(items) == _example(name)


def test_usage_formats_are_told_apart_per_item() -> None:
    items = TypeAdapter(list[UsageForObject]).validate_python(
        [
            {"object": "A-1", "numUsedObjects": 1, "usageByReason": {"SELECTED": 1}},
            {"object": "A-2", "numFirstBookings": 1, "numFirstSelections": 0}
            | {"numFirstBookingsOrSelections": 1},
        ]
    )

    assert isinstance(items[0], UsageForObjectV2)
    assert items[0].usage_by_reason == {"SELECTED": 1}
    assert isinstance(items[1], UsageForObjectV1)
    assert items[1].first_booking_date is None


def test_a_month_is_a_value_that_serializes_as_in_paths() -> None:
    assert Month(2021, 3).serialize() == "2021-03"
    assert str(Month(2024, 12)) == "2024-12"
    assert Month(2021, 3) == Month(year=2021, month=3)
    for year, month in ((2021, 0), (2021, 13), (0, 1)):
        with pytest.raises(ValueError, match=r"year|month"):
            Month(year, month)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("event-log.item.chart-created.json", EventLogItemType.CHART_CREATED),
        ("event-log.item.event-for-sale-config-updated.json", "event.for.sale.config.updated"),
    ],
)
def test_event_log_items_parse(name: str, kind: str) -> None:
    item = EventLogItem.model_validate_json(load_example(name))

    assert (item.id, item.type) == (169, kind)
    assert item.timestamp == datetime(2024, 1, 10, 10, 3, 2, 147433, timezone.utc)
    assert item.data is not None
    assert (item.data.workspace_key, item.data.key) != (None, None)
    assert _dumped(item) == _example(name)


def test_the_older_event_log_page_keeps_its_other_fields() -> None:
    name = "event-log.list.response.json"
    page = Page[EventLogItem].model_validate_json(load_example(name))

    assert page.next_page_starts_after == 180
    assert [item.type for item in page.items] == ["chart.created", "chart.published"]
    # This docs page says `date` and a top-level `workspaceKey`: kept, not read as timestamp.
    assert page.items[0].timestamp is None
    assert page.items[0].model_extra == {
        "workspaceKey": "<workspace key>",
        "date": "2023-05-05T10:58:44.715Z",
    }


def test_an_unknown_event_log_type_is_kept() -> None:
    item = EventLogItem.model_validate({"id": 1, "type": "event.renamed", "data": {}})

    assert item.type == "event.renamed"
    assert not item.type.is_known


def test_ticket_buyer_results_parse_as_uuids() -> None:
    added = AddTicketBuyerIdsResponse.model_validate_json(
        load_example("ticket-buyers.add.response.json")
    )
    removed = RemoveTicketBuyerIdsResponse.model_validate_json(
        load_example("ticket-buyers.remove.response.json")
    )

    assert added.added[0] == uuid.UUID("fbbbc8d7-1067-432c-b71f-abefe29b3be9")
    assert added.already_present == [uuid.UUID("d2e8e3d1-4f3c-4f50-8c7d-52e654bb2cd1")]
    assert len(removed.removed) == 2
    assert removed.not_present == [uuid.UUID("09de834d-02ef-41f0-947f-47c1c1a906d6")]
    assert _dumped(added) == _example("ticket-buyers.add.response.json")
    assert AddTicketBuyerIdsResponse.model_validate({}).added == []
