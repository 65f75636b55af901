"""usage_reports, event_log and ticket_buyers: the exact requests on the wire and their results."""

from __future__ import annotations

import uuid

import httpx
import pytest

from seatsio_typed import (
    EventLogItemType,
    Month,
    UsageForObjectV1,
    UsageForObjectV2,
)
from tests.unit.support import FakeServer, Harness, Kind, example_reply, json_reply

ID_1 = uuid.UUID("fbbbc8d7-1067-432c-b71f-abefe29b3be9")
ID_2 = uuid.UUID("6ad35155-8b8c-4a6b-ae43-57bf2411dcd9")


async def test_the_summary_for_all_months_asks_for_version_2(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("reports.usage.summary-all-months.response.json")))

    summary = await h.call(lambda c: c.usage_reports.summary_for_all_months())

    assert h.server.wire() == ("GET", b"/reports/usage?version=2")
    assert [u.month for u in summary.usage] == [Month(2018, 10), Month(2018, 11)]
    assert summary.usage[1].num_used_objects == 87678


async def test_the_details_of_a_month_go_to_its_yyyy_mm_path(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("reports.usage.details-for-month.response.json")))

    details = await h.call(lambda c: c.usage_reports.details_for_month(Month(2021, 3)))

    assert h.server.wire() == ("GET", b"/reports/usage/month/2021-03")
    assert [d.workspace for d in details] == [3432427, 3432428]


@pytest.mark.parametrize(
    ("example", "kind_of_item"),
    [
        ("reports.usage.details-for-event-in-month.v1.response.json", UsageForObjectV1),
        ("reports.usage.details-for-event-in-month.v2.response.json", UsageForObjectV2),
    ],
)
async def test_the_details_of_an_event_come_in_either_format(
    kind: Kind, example: str, kind_of_item: type
) -> None:
    h = Harness(kind, FakeServer(example_reply(example)))

    items = await h.call(
        lambda c: c.usage_reports.details_for_event_in_month(125121, Month(2022, 12))
    )

    assert h.server.wire() == ("GET", b"/reports/usage/month/2022-12/event/125121")
    assert [type(item) for item in items] == [kind_of_item] * 3
    assert items[0].object == "A-1"


async def test_an_event_in_a_month_without_usage_is_an_empty_list(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, [])))

    assert (
        await h.call(lambda c: c.usage_reports.details_for_event_in_month(1, Month(2024, 1))) == []
    )


async def test_the_event_log_pages_send_only_their_own_query(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("event-log.list.response.json")))

    page = await h.call(lambda c: c.event_log.list_first_page(10, "chart"))
    assert h.server.last.url.raw_path == b"/event-log?filter=chart&limit=10"
    assert page.next_page_starts_after == 180
    await h.call(lambda c: c.event_log.list_page_after(180))
    assert h.server.last.url.raw_path == b"/event-log?start_after_id=180"
    await h.call(lambda c: c.event_log.list_page_before(169, page_size=2))
    assert h.server.last.url.raw_path == b"/event-log?limit=2&end_before_id=169"
    await h.call(lambda c: c.event_log.list_first_page())
    assert h.server.last.url.raw_path == b"/event-log"


async def test_the_event_log_iterates_every_page(kind: Kind) -> None:
    def item(id: int) -> dict[str, object]:
        return {"id": id, "type": "chart.created", "timestamp": "2024-01-10T10:03:02.147Z"}

    first = json_reply(200, {"items": [item(1), item(2)], "next_page_starts_after": 2})
    last = json_reply(200, {"items": [item(3)]})
    h = Harness(kind, FakeServer(first, last))

    items = await h.collect(lambda c: c.event_log.list())

    assert [i.id for i in items] == [1, 2, 3]
    assert {i.type for i in items} == {EventLogItemType.CHART_CREATED}
    assert [r.url.raw_path for r in h.server.requests] == [
        b"/event-log",
        b"/event-log?start_after_id=2",
    ]


async def test_adding_ticket_buyers_sends_uuids_as_text(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("ticket-buyers.add.response.json")))

    result = await h.call(lambda c: c.ticket_buyers.add([ID_1, str(ID_2).upper()]))

    assert h.server.wire() == ("POST", b"/ticket-buyers")
    assert h.server.body() == {"ids": [str(ID_1), str(ID_2)]}
    assert result.added[0] == ID_1
    assert result.already_present == [uuid.UUID("d2e8e3d1-4f3c-4f50-8c7d-52e654bb2cd1")]


async def test_removing_ticket_buyers_is_a_delete_with_a_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("ticket-buyers.remove.response.json")))

    result = await h.call(lambda c: c.ticket_buyers.remove(i for i in [ID_1, ID_2]))

    assert h.server.wire() == ("DELETE", b"/ticket-buyers")
    assert h.server.body() == {"ids": [str(ID_1), str(ID_2)]}
    assert result.removed == [ID_1, ID_2]
    assert result.not_present == [uuid.UUID("09de834d-02ef-41f0-947f-47c1c1a906d6")]


@pytest.mark.parametrize(
    "ids",
    [[], ["not-a-uuid"], [str(uuid.UUID(int=n)) for n in range(1001)]],
    ids=["none", "malformed", "too-many"],
)
async def test_bad_ticket_buyer_ids_are_refused_before_sending(kind: Kind, ids: list[str]) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {})))

    with pytest.raises(ValueError, match="ids"):
        await h.call(lambda c: c.ticket_buyers.add(ids))
    with pytest.raises(ValueError, match="ids"):
        await h.call(lambda c: c.ticket_buyers.remove(ids))
    assert h.server.requests == []


async def test_every_ticket_buyer_is_listed_across_pages(kind: Kind) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        if b"start_after_id" in request.url.raw_path:
            return json_reply(200, {"items": [str(ID_2)]})
        return json_reply(200, {"items": [str(ID_1).upper()], "next_page_starts_after": 7})

    h = Harness(kind, FakeServer(page))

    listed = await h.collect(lambda c: c.ticket_buyers.list_all())

    assert listed == [ID_1, ID_2]
    assert [r.url.raw_path for r in h.server.requests] == [
        b"/ticket-buyers",
        b"/ticket-buyers?start_after_id=7",
    ]
