"""Recorded: usage reports (all months, a month, an event in a month), the event log and its
pages, ticket buyer ids added, listed and removed."""

from __future__ import annotations

import uuid

import pytest

from seatsio_typed import EventLogItemType, Month, UsageForObjectV2
from tests.cassette._recording import Recording
from tests.cassette._venue import venue

pytestmark = pytest.mark.vcr

ID_1 = uuid.UUID("fbbbc8d7-1067-432c-b71f-abefe29b3be9")
ID_2 = uuid.UUID("6ad35155-8b8c-4a6b-ae43-57bf2411dcd9")
UNKNOWN = uuid.UUID("09de834d-02ef-41f0-947f-47c1c1a906d6")


async def test_usage_of_a_booking_by_month_and_event(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    event = await sdk.create_event(chart_key, "show")
    await sdk.call(lambda c: c.events.book("show", "A-1"))
    assert event.created_on is not None
    month = Month(event.created_on.year, event.created_on.month)

    summary = await sdk.call(lambda c: c.usage_reports.summary_for_all_months())
    assert {usage.month: usage.num_used_objects for usage in summary.usage}[month] >= 1
    details = await sdk.call(lambda c: c.usage_reports.details_for_month(month))
    used = {
        usage.event.key: usage.num_used_objects
        for workspace in details
        for chart in workspace.usage_by_chart
        for usage in chart.usage_by_event
    }
    assert used["show"] >= 1
    items = await sdk.call(lambda c: c.usage_reports.details_for_event_in_month(event.id, month))
    objects = {item.object: item for item in items if isinstance(item, UsageForObjectV2)}
    assert objects["A-1"].num_used_objects == 1


async def test_the_event_log_pages_and_ticket_buyers(rec: Recording) -> None:
    sdk = rec.sdk()
    first_chart = await sdk.call(lambda c: c.charts.create("Logged hall"))
    second_chart = await sdk.call(lambda c: c.charts.create("Second hall"))
    items = await sdk.collect(lambda c: c.event_log.list())
    created = [item for item in items if item.type is EventLogItemType.CHART_CREATED]
    logged = {item.data.key for item in created if item.data is not None}
    assert logged == {first_chart.key, second_chart.key}
    first = await sdk.call(lambda c: c.event_log.list_first_page(page_size=1))
    after = first.next_page_starts_after
    assert after is not None
    second = await sdk.call(lambda c: c.event_log.list_page_after(after, page_size=1))
    assert second.items[0].id != first.items[0].id
    before = second.previous_page_ends_before
    assert before is not None
    back = await sdk.call(lambda c: c.event_log.list_page_before(before, page_size=1))
    assert [item.id for item in back.items] == [first.items[0].id]

    added = await sdk.call(lambda c: c.ticket_buyers.add([ID_1, str(ID_2)]))
    assert sorted(added.added) == sorted([ID_1, ID_2])
    removed = await sdk.call(lambda c: c.ticket_buyers.remove([ID_2, UNKNOWN]))
    assert (removed.removed, removed.not_present) == ([ID_2], [UNKNOWN])
    assert await sdk.collect(lambda c: c.ticket_buyers.list_all()) == [ID_1]
