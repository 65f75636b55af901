"""Ticket buyers and the event log driven by the official client
(ticket-buyers-and-event-log.md)."""

from __future__ import annotations

import uuid

from ._official import OfficialClient
from ._official_charts import OfficialCharts
from ._official_company import event_log_of, ticket_buyers_of

ID1 = uuid.UUID("fbbbc8d7-1067-432c-b71f-abefe29b3be9")
ID2 = uuid.UUID("6ad35155-8b8c-4a6b-ae43-57bf2411dcd9")
ID3 = uuid.UUID("09de834d-02ef-41f0-947f-47c1c1a906d6")


def test_add_ticket_buyers(client: OfficialClient) -> None:
    ticket_buyers = ticket_buyers_of(client)
    ticket_buyers.add([ID1])

    result = ticket_buyers.add([ID1, str(ID2), None, ID3])

    assert result.added == [ID2, ID3]
    assert result.already_present == [ID1]


def test_remove_ticket_buyers(client: OfficialClient) -> None:
    ticket_buyers = ticket_buyers_of(client)
    ticket_buyers.add([ID1, ID2])

    result = ticket_buyers.remove([ID1, ID3])

    assert result.removed == [ID1]
    assert result.not_present == [ID3]
    assert list(ticket_buyers.list_all()) == [ID2]


def test_list_all_ticket_buyers_follows_every_page(client: OfficialClient) -> None:
    ticket_buyers = ticket_buyers_of(client)
    ids = [uuid.uuid5(uuid.NAMESPACE_OID, str(n)) for n in range(2500)]
    for start in range(0, len(ids), 1000):
        ticket_buyers.add(ids[start : start + 1000])

    assert list(ticket_buyers.list_all()) == ids


def test_event_log_lists_created_then_published(
    client: OfficialClient, charts: OfficialCharts
) -> None:
    chart = charts.create()
    charts.update(chart.key, "a chart")

    logged = list(event_log_of(client).list())

    assert [item.type for item in logged] == ["chart.created", "chart.published"]
    assert logged[0].data["key"] == chart.key
    assert logged[0].timestamp is not None
    assert logged[0].id < logged[1].id


def test_event_log_pages(client: OfficialClient, charts: OfficialCharts) -> None:
    keys = [charts.create().key for _ in range(4)]
    event_log = event_log_of(client)

    first = event_log.list_first_page(page_size=2)
    assert first.next_page_starts_after is not None
    after = event_log.list_page_after(first.next_page_starts_after, page_size=2)
    assert after.previous_page_ends_before is not None
    before = event_log.list_page_before(after.previous_page_ends_before, page_size=2)

    assert [item.data["key"] for item in first.items] == keys[:2]
    assert [item.data["key"] for item in after.items] == keys[2:]
    assert [item.data["key"] for item in before.items] == keys[:2]
