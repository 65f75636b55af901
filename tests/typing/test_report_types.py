"""The static types of reports, usage, the event log and ticket buyers (`assert_type`).

Checked by mypy and pyright and run by pytest on both clients. Lines marked
`# type: ignore[...]` are calls the type checkers must reject.
"""

from __future__ import annotations

import json
import uuid

import httpx
from typing_extensions import assert_type

from seatsio_typed import (
    AddTicketBuyerIdsResponse,
    AsyncClient,
    AsyncPageIterator,
    ChartReport,
    ChartSummaryItem,
    Client,
    EventDeepSummaryItem,
    EventLogItem,
    EventObjectInfo,
    EventReport,
    EventSummaryItem,
    Month,
    Page,
    PageIterator,
    Region,
    RemoveTicketBuyerIdsResponse,
    UsageDetails,
    UsageForObjectV1,
    UsageForObjectV2,
    UsageSummaryForAllMonths,
)

BUYER = uuid.UUID("fbbbc8d7-1067-432c-b71f-abefe29b3be9")
INFO = {
    "label": "A-1",
    "labels": {"own": {"label": "1", "type": "seat"}},
    "ids": {"own": "1"},
    "status": "booked",
}


def body_for(path: str) -> object:
    """A body of the right shape for each report, usage, log or ticket-buyer path."""
    if path.startswith("/reports/usage/month/") and "/event/" in path:
        return [{"object": "A-1", "numUsedObjects": 1, "usageByReason": {"SELECTED": 1}}]
    if path.startswith("/reports/usage/month/"):
        usage: dict[str, object] = {"event": {"id": 1, "key": "e"}, "numUsedObjects": 1}
        return [{"workspace": 1, "usageByChart": [{"usageByEvent": [usage]}]}]
    if path == "/reports/usage":
        return {"usage": [{"month": {"year": 2024, "month": 3}, "numUsedObjects": 2}]}
    if path.endswith(("/summary", "/summary/deep")):
        return {"booked": {"count": 1}}
    if path.startswith("/reports/events/") and path.count("/") == 3:
        return [INFO]
    if path.startswith("/reports/"):
        return {"g": [INFO], "9": [INFO]}
    if path == "/event-log":
        return {"items": [{"id": 1, "type": "chart.created"}]}
    if path == "/ticket-buyers":
        return {"items": [str(BUYER)], "added": [str(BUYER)], "removed": []}
    return {}


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith(".csv"):
        return httpx.Response(200, content=b"label\nA-1\n")
    return httpx.Response(200, content=json.dumps(body_for(request.url.path)).encode())


def sync_client() -> Client:
    transport = httpx.MockTransport(answer)
    return Client(
        Region("http://seatsio.test"), "sk", http_client=httpx.Client(transport=transport)
    )


def async_client() -> AsyncClient:
    own = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return AsyncClient(Region("http://seatsio.test"), "sk", http_client=own)


def test_sync_report_results_are_typed() -> None:
    with sync_client() as client:
        assert_type(client.events.reports.by_status("e"), EventReport)
        assert_type(client.events.reports.by_status("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_object_type("e"), EventReport)
        assert_type(client.events.reports.by_object_type("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_category_label("e"), EventReport)
        assert_type(client.events.reports.by_category_label("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_category_key("e"), EventReport)
        assert_type(client.events.reports.by_category_key("e", 9), list[EventObjectInfo])
        assert_type(client.events.reports.by_label("e"), EventReport)
        assert_type(client.events.reports.by_label("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_order_id("e"), EventReport)
        assert_type(client.events.reports.by_order_id("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_section("e"), EventReport)
        assert_type(client.events.reports.by_section("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_zone("e"), EventReport)
        assert_type(client.events.reports.by_zone("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_availability("e"), EventReport)
        assert_type(client.events.reports.by_availability("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_availability_reason("e"), EventReport)
        assert_type(client.events.reports.by_availability_reason("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.by_channel("e"), EventReport)
        assert_type(client.events.reports.by_channel("e", "g"), list[EventObjectInfo])
        assert_type(client.events.reports.summary_by_status("e"), dict[str, EventSummaryItem])
        assert_type(
            client.events.reports.deep_summary_by_status("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(client.events.reports.summary_by_object_type("e"), dict[str, EventSummaryItem])
        assert_type(
            client.events.reports.deep_summary_by_object_type("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(
            client.events.reports.summary_by_category_label("e"), dict[str, EventSummaryItem]
        )
        assert_type(
            client.events.reports.deep_summary_by_category_label("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(client.events.reports.summary_by_category_key("e"), dict[str, EventSummaryItem])
        assert_type(
            client.events.reports.deep_summary_by_category_key("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(client.events.reports.summary_by_section("e"), dict[str, EventSummaryItem])
        assert_type(
            client.events.reports.deep_summary_by_section("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(client.events.reports.summary_by_zone("e"), dict[str, EventSummaryItem])
        assert_type(
            client.events.reports.deep_summary_by_zone("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(client.events.reports.summary_by_availability("e"), dict[str, EventSummaryItem])
        assert_type(
            client.events.reports.deep_summary_by_availability("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(
            client.events.reports.summary_by_availability_reason("e"), dict[str, EventSummaryItem]
        )
        assert_type(
            client.events.reports.deep_summary_by_availability_reason("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(client.events.reports.summary_by_channel("e"), dict[str, EventSummaryItem])
        assert_type(
            client.events.reports.deep_summary_by_channel("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(client.events.reports.flat_list("e"), list[EventObjectInfo])
        assert_type(client.events.reports.flat_list_csv("e"), str)
        assert_type(
            client.events.reports.with_season_bookings_not_propagated().by_status("e"), EventReport
        )
        assert_type(client.charts.reports.by_label("c"), ChartReport)
        assert_type(client.charts.reports.by_object_type("c"), ChartReport)
        assert_type(
            client.charts.reports.summary_by_object_type("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(client.charts.reports.by_category_key("c"), ChartReport)
        assert_type(
            client.charts.reports.summary_by_category_key("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(client.charts.reports.by_category_label("c"), ChartReport)
        assert_type(
            client.charts.reports.summary_by_category_label("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(client.charts.reports.by_section("c"), ChartReport)
        assert_type(
            client.charts.reports.summary_by_section("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(client.charts.reports.by_zone("c"), ChartReport)
        assert_type(
            client.charts.reports.summary_by_zone("c", True, "draft"), dict[str, ChartSummaryItem]
        )
        assert_type(client.charts.reports.by_label("c", book_whole_tables="chart"), ChartReport)
        assert_type(client.usage_reports.summary_for_all_months(), UsageSummaryForAllMonths)
        assert_type(client.usage_reports.details_for_month(Month(2024, 3)), list[UsageDetails])
        assert_type(
            client.usage_reports.details_for_event_in_month(1, Month(2024, 3)),
            list[UsageForObjectV1 | UsageForObjectV2],
        )
        assert_type(client.event_log.list_first_page(10, "f"), Page[EventLogItem])
        assert_type(client.event_log.list_page_after(1), Page[EventLogItem])
        assert_type(client.event_log.list_page_before(1, 5), Page[EventLogItem])
        assert_type(client.ticket_buyers.add([BUYER, str(BUYER)]), AddTicketBuyerIdsResponse)
        assert_type(client.ticket_buyers.remove([BUYER]), RemoveTicketBuyerIdsResponse)
        assert_type(client.event_log.list(), PageIterator[EventLogItem])
        assert_type(client.ticket_buyers.list_all(), PageIterator[uuid.UUID])
        assert_type(list(client.ticket_buyers.list_all()), list[uuid.UUID])


async def test_async_report_results_are_typed() -> None:
    async with async_client() as client:
        assert_type(await client.events.reports.by_status("e"), EventReport)
        assert_type(await client.events.reports.by_status("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.by_object_type("e"), EventReport)
        assert_type(await client.events.reports.by_object_type("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.by_category_label("e"), EventReport)
        assert_type(await client.events.reports.by_category_label("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.by_category_key("e"), EventReport)
        assert_type(await client.events.reports.by_category_key("e", 9), list[EventObjectInfo])
        assert_type(await client.events.reports.by_label("e"), EventReport)
        assert_type(await client.events.reports.by_label("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.by_order_id("e"), EventReport)
        assert_type(await client.events.reports.by_order_id("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.by_section("e"), EventReport)
        assert_type(await client.events.reports.by_section("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.by_zone("e"), EventReport)
        assert_type(await client.events.reports.by_zone("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.by_availability("e"), EventReport)
        assert_type(await client.events.reports.by_availability("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.by_availability_reason("e"), EventReport)
        assert_type(
            await client.events.reports.by_availability_reason("e", "g"), list[EventObjectInfo]
        )
        assert_type(await client.events.reports.by_channel("e"), EventReport)
        assert_type(await client.events.reports.by_channel("e", "g"), list[EventObjectInfo])
        assert_type(await client.events.reports.summary_by_status("e"), dict[str, EventSummaryItem])
        assert_type(
            await client.events.reports.deep_summary_by_status("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(
            await client.events.reports.summary_by_object_type("e"), dict[str, EventSummaryItem]
        )
        assert_type(
            await client.events.reports.deep_summary_by_object_type("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(
            await client.events.reports.summary_by_category_label("e"), dict[str, EventSummaryItem]
        )
        assert_type(
            await client.events.reports.deep_summary_by_category_label("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(
            await client.events.reports.summary_by_category_key("e"), dict[str, EventSummaryItem]
        )
        assert_type(
            await client.events.reports.deep_summary_by_category_key("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(
            await client.events.reports.summary_by_section("e"), dict[str, EventSummaryItem]
        )
        assert_type(
            await client.events.reports.deep_summary_by_section("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(await client.events.reports.summary_by_zone("e"), dict[str, EventSummaryItem])
        assert_type(
            await client.events.reports.deep_summary_by_zone("e"), dict[str, EventDeepSummaryItem]
        )
        assert_type(
            await client.events.reports.summary_by_availability("e"), dict[str, EventSummaryItem]
        )
        assert_type(
            await client.events.reports.deep_summary_by_availability("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(
            await client.events.reports.summary_by_availability_reason("e"),
            dict[str, EventSummaryItem],
        )
        assert_type(
            await client.events.reports.deep_summary_by_availability_reason("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(
            await client.events.reports.summary_by_channel("e"), dict[str, EventSummaryItem]
        )
        assert_type(
            await client.events.reports.deep_summary_by_channel("e"),
            dict[str, EventDeepSummaryItem],
        )
        assert_type(await client.events.reports.flat_list("e"), list[EventObjectInfo])
        assert_type(await client.events.reports.flat_list_csv("e"), str)
        assert_type(
            await client.events.reports.with_season_bookings_not_propagated().by_status("e"),
            EventReport,
        )
        assert_type(await client.charts.reports.by_label("c"), ChartReport)
        assert_type(await client.charts.reports.by_object_type("c"), ChartReport)
        assert_type(
            await client.charts.reports.summary_by_object_type("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(await client.charts.reports.by_category_key("c"), ChartReport)
        assert_type(
            await client.charts.reports.summary_by_category_key("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(await client.charts.reports.by_category_label("c"), ChartReport)
        assert_type(
            await client.charts.reports.summary_by_category_label("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(await client.charts.reports.by_section("c"), ChartReport)
        assert_type(
            await client.charts.reports.summary_by_section("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(await client.charts.reports.by_zone("c"), ChartReport)
        assert_type(
            await client.charts.reports.summary_by_zone("c", True, "draft"),
            dict[str, ChartSummaryItem],
        )
        assert_type(
            await client.charts.reports.by_label("c", book_whole_tables="chart"), ChartReport
        )
        assert_type(await client.usage_reports.summary_for_all_months(), UsageSummaryForAllMonths)
        assert_type(
            await client.usage_reports.details_for_month(Month(2024, 3)), list[UsageDetails]
        )
        assert_type(
            await client.usage_reports.details_for_event_in_month(1, Month(2024, 3)),
            list[UsageForObjectV1 | UsageForObjectV2],
        )
        assert_type(await client.event_log.list_first_page(10, "f"), Page[EventLogItem])
        assert_type(await client.event_log.list_page_after(1), Page[EventLogItem])
        assert_type(await client.event_log.list_page_before(1, 5), Page[EventLogItem])
        assert_type(await client.ticket_buyers.add([BUYER, str(BUYER)]), AddTicketBuyerIdsResponse)
        assert_type(await client.ticket_buyers.remove([BUYER]), RemoveTicketBuyerIdsResponse)
        assert_type(client.event_log.list(), AsyncPageIterator[EventLogItem])
        assert_type(client.ticket_buyers.list_all(), AsyncPageIterator[uuid.UUID])
        async for buyer in client.ticket_buyers.list_all():
            assert_type(buyer, uuid.UUID)


def rejected_calls(client: Client) -> None:
    """Never run: each line is a mistake the type checkers must catch."""
    report: EventReport = client.events.reports.by_status("e", "booked")  # type: ignore[assignment]
    objects: list[EventObjectInfo] = client.events.reports.by_status("e")  # type: ignore[assignment]
    client.charts.reports.by_label("c", book_whole_tables="tables")  # type: ignore[arg-type]
    client.charts.reports.by_label("c", version="latest")  # type: ignore[arg-type]
    client.usage_reports.details_for_month("2024-03")  # type: ignore[arg-type]
    client.events.reports.summary_by_label("e")  # type: ignore[attr-defined]
    client.ticket_buyers.add([1])  # type: ignore[list-item]
    del report, objects
