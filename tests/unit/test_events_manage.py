"""events.* beyond create/retrieve: list, create_multiple, update, delete, move, extra data and
the status-change listers, on the wire and with the reference bodies parsed."""

from __future__ import annotations

import datetime
import json

import pytest

from seatsio_typed import (
    Category,
    Event,
    EventProperties,
    Season,
    StatusChange,
    TableBookingConfig,
    TableBookingMode,
    TableMode,
)
from tests.reference import load_example
from tests.unit.support import (
    FakeServer,
    Harness,
    Kind,
    example_reply,
    json_reply,
    undeclared_fields,
)

EMPTY_PAGE = json_reply(200, {"items": []})


async def test_list_first_page_parses_the_reference_page(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("events.list.response.json")))
    page = await h.call(lambda c: c.events.list_first_page())
    assert h.server.wire() == ("GET", b"/events")
    assert [event.key for event in page.items] == ["anEvent", "anotherEvent"]
    assert page.next_page_starts_after == 122
    assert all(type(event) is Event for event in page.items)
    assert undeclared_fields(page.items) == []
    assert page.items[0].table_booking_config.tables == {
        "T1": TableMode.BY_TABLE,
        "T2": TableMode.BY_SEAT,
        "T3": TableMode.BY_TABLE,
    }


async def test_list_pages_send_the_cursor_size_and_filter(kind: Kind) -> None:
    h = Harness(kind, FakeServer(EMPTY_PAGE))
    await h.call(lambda c: c.events.list_first_page(10, "conc ert"))
    assert h.server.wire() == ("GET", b"/events?filter=conc+ert&limit=10")
    await h.call(lambda c: c.events.list_page_after(122, 5, filter="x"))
    assert h.server.wire() == ("GET", b"/events?filter=x&limit=5&start_after_id=122")
    await h.call(lambda c: c.events.list_page_before(7))
    assert h.server.wire() == ("GET", b"/events?end_before_id=7")
    # Stateless: the filter of an earlier call is not sent again.
    await h.call(lambda c: c.events.list_first_page())
    assert h.server.wire() == ("GET", b"/events")


async def test_list_items_that_are_seasons_are_seasons(kind: Kind) -> None:
    items = [{"id": 2, "key": "s", "isSeason": True}, {"id": 1, "key": "e", "isSeason": False}]
    h = Harness(kind, FakeServer(json_reply(200, {"items": items})))
    page = await h.call(lambda c: c.events.list_first_page())
    assert [type(event) for event in page.items] == [Season, Event]


async def test_list_walks_every_page_lazily(kind: Kind) -> None:
    first = json_reply(200, {"items": [{"id": 3, "key": "c"}], "next_page_starts_after": 3})
    last = json_reply(200, {"items": [{"id": 1, "key": "a", "isSeason": True}]})
    h = Harness(kind, FakeServer(first, last))
    iterator = h.client.events.list()
    assert h.server.requests == []
    events = await h.collect(lambda c: iterator)
    assert [event.key for event in events] == ["c", "a"]
    assert isinstance(events[1], Season)
    assert [r.url.raw_path for r in h.server.requests] == [b"/events", b"/events?start_after_id=3"]


async def test_create_multiple_sends_the_reference_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("events.create-multiple.response.json")))
    events = await h.call(
        lambda c: c.events.create_multiple(
            "4250fffc-e41f-c7cb-986a-2c5e728b8c28",
            [
                EventProperties(
                    event_key="event34", table_booking_config=TableBookingConfig.all_by_table()
                ),
                EventProperties(
                    event_key="event35", table_booking_config=TableBookingConfig.all_by_seat()
                ),
            ],
        )
    )
    assert h.server.wire() == ("POST", b"/events/actions/create-multiple")
    assert h.server.body() == json.loads(load_example("events.create-multiple.request.json"))
    assert [(e.id, e.key) for e in events] == [(169, "event34"), (170, "event35")]
    assert events[0].table_booking_config.mode is TableBookingMode.ALL_BY_TABLE
    assert undeclared_fields(events) == []


@pytest.mark.parametrize(
    ("chart_key", "events"),
    [("c", []), ("", [EventProperties(event_key="e")])],
    ids=["no events", "empty chart key"],
)
async def test_create_multiple_refuses_before_sending(
    kind: Kind, chart_key: str, events: list[EventProperties]
) -> None:
    h = Harness(kind, FakeServer(EMPTY_PAGE))
    with pytest.raises(ValueError):  # noqa: PT011 (the message is the validator's)
        await h.call(lambda c: c.events.create_multiple(chart_key, events))
    assert h.server.requests == []


async def test_update_sends_the_reference_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(204, None)))
    await h.call(
        lambda c: c.events.update(
            "old key",
            event_key="newEventKey",
            name="new event name",
            date=datetime.date(2023, 3, 28),
            table_booking_config=TableBookingConfig.custom(
                {"T1": TableMode.BY_TABLE, "T2": TableMode.BY_SEAT, "T3": TableMode.BY_TABLE}
            ),
            object_categories={"A-1": "category1", "A-2": "category2"},
            categories=[
                Category(key="eventCategory1", label="Event Category 1", color="#AAABBB"),
                Category(
                    key="eventCategory2", label="Event Category 2", color="#CCCDDD", accessible=True
                ),
            ],
            is_in_the_past=False,
        )
    )
    assert h.server.wire() == ("POST", b"/events/old%20key")
    expected = json.loads(load_example("events.update.request.json"))
    expected["categories"][0]["accessible"] = False  # the API's default, sent explicitly
    assert h.server.body() == expected


async def test_update_with_nothing_sends_an_empty_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(204, None)))
    await h.call(lambda c: c.events.update("e"))
    assert h.server.body() == {}


async def test_remove_object_categories_and_categories(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(204, None)))
    await h.call(lambda c: c.events.remove_object_categories("e/1"))
    assert h.server.wire() == ("POST", b"/events/e%2F1")
    assert h.server.body() == {"objectCategories": {}}
    await h.call(lambda c: c.events.remove_categories("e"))
    assert h.server.body() == {"categories": []}


async def test_delete(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(204, None)))
    await h.call(lambda c: c.events.delete("a b"))
    assert h.server.wire() == ("DELETE", b"/events/a%20b")
    assert h.server.last.content == b""


async def test_move_event_to_new_chart_copy_returns_the_moved_event(kind: Kind) -> None:
    body = {"id": 5, "key": "e", "chartKey": "copy"}
    h = Harness(kind, FakeServer(json_reply(200, body)))
    event = await h.call(lambda c: c.events.move_event_to_new_chart_copy("e"))
    assert h.server.wire() == ("POST", b"/events/e/actions/move-to-new-chart-copy")
    assert event.chart_key == "copy"


async def test_update_extra_data_of_one_object(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(204, None)))
    await h.call(lambda c: c.events.update_extra_data("e", "A 1", {"userId": "123"}))
    assert h.server.wire() == ("POST", b"/events/e/objects/A%201/actions/update-extra-data")
    assert h.server.body() == json.loads(load_example("events.update-extra-data.request.json"))
    await h.call(lambda c: c.events.update_extra_data("e", "A-1", {}))
    assert h.server.body() == {"extraData": {}}


async def test_update_extra_datas_of_several_objects(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(204, None)))
    await h.call(
        lambda c: c.events.update_extra_datas(
            "e", {"A-1": {"userId": "123"}, "A-2": {"userId": "456"}}
        )
    )
    assert h.server.wire() == ("POST", b"/events/e/actions/update-extra-data")
    assert h.server.body() == json.loads(load_example("events.update-extra-datas.request.json"))


async def test_status_changes_parse_the_reference_page(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("events.status-changes.response.json")))
    page = await h.call(lambda c: c.events.status_changes("e").first_page())
    assert h.server.wire() == ("GET", b"/events/e/status-changes")
    assert [type(change) for change in page.items] == [StatusChange, StatusChange]
    assert page.items[0].object_label == "A-1"
    assert undeclared_fields(page.items) == []


async def test_status_changes_send_the_filter_and_the_sort(kind: Kind) -> None:
    h = Harness(kind, FakeServer(EMPTY_PAGE))
    lister = h.client.events.status_changes("e", "A-", "objectLabel", "desc")
    assert h.server.requests == []
    await h.call(lambda c: lister.first_page(3))
    assert h.server.wire() == (
        "GET",
        b"/events/e/status-changes?filter=A-&sort=objectLabel%3Adesc&limit=3",
    )
    await h.call(lambda c: lister.page_after(9, filter="B"))
    assert h.server.wire() == (
        "GET",
        b"/events/e/status-changes?filter=B&sort=objectLabel%3Adesc&start_after_id=9",
    )
    # The filter of the previous call does not stick to the lister.
    await h.call(lambda c: lister.page_before(4, 2))
    assert h.server.wire() == (
        "GET",
        b"/events/e/status-changes?filter=A-&sort=objectLabel%3Adesc&limit=2&end_before_id=4",
    )
    await h.call(lambda c: c.events.status_changes("e", sort_field="date").first_page())
    assert h.server.wire() == ("GET", b"/events/e/status-changes?sort=date")


async def test_status_changes_list_walks_every_page(kind: Kind) -> None:
    change = json.loads(load_example("events.status-changes.response.json"))["items"][0]
    first = json_reply(200, {"items": [change], "next_page_starts_after": change["id"]})
    h = Harness(kind, FakeServer(first, EMPTY_PAGE))
    changes = await h.collect(lambda c: c.events.status_changes("e").list(filter="A"))
    assert [c.id for c in changes] == [change["id"]]
    assert [r.url.raw_path for r in h.server.requests] == [
        b"/events/e/status-changes?filter=A",
        f"/events/e/status-changes?filter=A&start_after_id={change['id']}".encode(),
    ]


async def test_a_sort_direction_without_a_field_is_refused_before_sending(kind: Kind) -> None:
    h = Harness(kind, FakeServer(EMPTY_PAGE))
    with pytest.raises(ValueError, match="sort_field"):
        h.client.events.status_changes("e", sort_direction="asc")
    with pytest.raises(ValueError):  # noqa: PT011 (the message is pydantic's)
        h.client.events.status_changes("e", sort_field="price")  # type: ignore[arg-type]
    assert h.server.requests == []


async def test_status_changes_for_object(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("events.status-changes-for-object.response.json")))
    page = await h.call(lambda c: c.events.status_changes_for_object("e", "A 1").first_page(2))
    assert h.server.wire() == ("GET", b"/events/e/objects/A%201/status-changes?limit=2")
    assert len(page.items) == 2
    assert undeclared_fields(page.items) == []
