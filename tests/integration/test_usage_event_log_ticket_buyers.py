"""Usage reports, the event log and ticket buyers against the emulator, with both clients."""

from __future__ import annotations

import uuid

from seatsio_typed import EventLogItemType, Month, UsageForObjectV2
from tests.unit.support import Sdk

ID_1 = uuid.UUID("fbbbc8d7-1067-432c-b71f-abefe29b3be9")
ID_2 = uuid.UUID("6ad35155-8b8c-4a6b-ae43-57bf2411dcd9")
UNKNOWN = uuid.UUID("09de834d-02ef-41f0-947f-47c1c1a906d6")


async def test_a_booking_is_used_in_its_month(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    event = await sdk.call(lambda c: c.events.retrieve(event_key))
    assert event.created_on is not None
    month = Month(event.created_on.year, event.created_on.month)

    details = await sdk.call(lambda c: c.usage_reports.details_for_month(month))

    used = {
        usage.event.key: usage.num_used_objects
        for workspace in details
        for chart in workspace.usage_by_chart
        for usage in chart.usage_by_event
    }
    assert used[event_key] >= 1


async def test_the_summary_has_the_month_of_a_booking(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    event = await sdk.call(lambda c: c.events.retrieve(event_key))
    assert event.created_on is not None

    summary = await sdk.call(lambda c: c.usage_reports.summary_for_all_months())

    months = {u.month: u.num_used_objects for u in summary.usage}
    assert months[Month(event.created_on.year, event.created_on.month)] >= 1


async def test_the_objects_used_in_an_event(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, "A-1"))
    event = await sdk.call(lambda c: c.events.retrieve(event_key))
    assert event.created_on is not None
    month = Month(event.created_on.year, event.created_on.month)

    items = await sdk.call(lambda c: c.usage_reports.details_for_event_in_month(event.id, month))

    used = {item.object: item for item in items if isinstance(item, UsageForObjectV2)}
    assert used["A-1"].num_used_objects == 1


async def test_creating_a_chart_is_logged(sdk: Sdk) -> None:
    chart = await sdk.call(lambda c: c.charts.create("Logged hall"))

    items = await sdk.collect(lambda c: c.event_log.list())
    first = await sdk.call(lambda c: c.event_log.list_first_page(page_size=1))

    created = [item for item in items if item.type is EventLogItemType.CHART_CREATED]
    assert [item.data.key for item in created if item.data is not None] == [chart.key]
    assert created[0].timestamp is not None
    assert len(first.items) == 1
    if first.next_page_starts_after is not None:
        after = await sdk.call(
            lambda c: c.event_log.list_page_after(first.next_page_starts_after or 0)
        )
        assert after.items[0].id != first.items[0].id


async def test_ticket_buyers_are_added_listed_and_removed(sdk: Sdk) -> None:
    added = await sdk.call(lambda c: c.ticket_buyers.add([ID_1, str(ID_2)]))
    again = await sdk.call(lambda c: c.ticket_buyers.add([ID_1]))
    listed = await sdk.collect(lambda c: c.ticket_buyers.list_all())
    removed = await sdk.call(lambda c: c.ticket_buyers.remove([ID_2, UNKNOWN]))
    left = await sdk.collect(lambda c: c.ticket_buyers.list_all())

    assert sorted(added.added) == sorted([ID_1, ID_2])
    assert (again.added, again.already_present) == ([], [ID_1])
    assert sorted(listed) == sorted([ID_1, ID_2])
    assert (removed.removed, removed.not_present) == ([ID_2], [UNKNOWN])
    assert left == [ID_1]
