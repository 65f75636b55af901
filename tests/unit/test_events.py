"""events.*: the exact request on the wire and the reference response bodies parsed."""

from __future__ import annotations

import datetime
import json

import httpx
import pytest

from seatsio_typed import (
    Category,
    ChannelCreationParams,
    Event,
    ForSaleConfig,
    ObjectProperties,
    ObjectStatus,
    Season,
    TableBookingConfig,
    TableBookingMode,
    TableMode,
    UnexpectedResponseError,
)
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, example_reply, json_reply, object_info

CHANGE_STATUS_PATH = b"/events/groups/actions/change-object-status?expand=objects"


def result_of(*labels: str, status: str = "booked") -> httpx.Response:
    return json_reply(200, {"objects": {label: object_info(label, status) for label in labels}})


def single_event_body(example: str) -> dict[str, object]:
    """A documented single-event body as the group endpoint gets it: labels as objects."""
    body: dict[str, object] = json.loads(load_example(example))
    objects: list[object] = body["objects"]  # type: ignore[assignment]
    body["objects"] = [{"objectId": o} if isinstance(o, str) else o for o in objects]
    return body


async def test_create_sends_every_documented_field(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("events.retrieve.response.json")))
    await h.call(
        lambda c: c.events.create(
            "4250fffc-e41f-c7cb-986a-2c5e728b8c28",
            event_key="event34",
            name="Event 34",
            date=datetime.date(2022, 3, 28),
            table_booking_config=TableBookingConfig.custom(
                {"T1": TableMode.BY_TABLE, "T2": TableMode.BY_SEAT}
            ),
            object_categories={"A-1": "category1", "A-2": "category2"},
            categories=[
                Category(key="eventCategory1", label="Event Category 1", color="#AAABBB"),
                Category(
                    key="eventCategory2", label="Event Category 2", color="#CCCDDD", accessible=True
                ),
            ],
            channels=[
                ChannelCreationParams(
                    key="channel1",
                    name="Channel 1",
                    color="#ED303D",
                    index=1,
                    objects=["A-1", "A-2"],
                ),
                ChannelCreationParams(
                    key="channel2", name="Channel 2", color="#3F3F3F", index=2, objects=["A-3"]
                ),
            ],
            for_sale_config=ForSaleConfig(
                for_sale=False,
                objects=["section1", "section2"],
                area_places={"GA1": 3},
                categories=["eventCategory1", "eventCategory2"],
            ),
        )
    )
    assert (h.server.last.method, h.server.last.url.raw_path) == ("POST", b"/events")
    expected = json.loads(load_example("events.create.request.json"))
    expected["categories"][0]["accessible"] = False  # the API's default, sent explicitly
    assert h.server.body() == expected


async def test_create_with_only_a_chart_key(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"id": 1, "key": "generated", "chartKey": "c"})))
    event = await h.call(lambda c: c.events.create("c"))
    assert h.server.body() == {"chartKey": "c"}
    assert event.key == "generated"


async def test_retrieve_parses_the_reference_event(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("events.retrieve.response.json")))
    event = await h.call(lambda c: c.events.retrieve("another Event"))
    assert (h.server.last.method, h.server.last.url.raw_path) == ("GET", b"/events/another%20Event")
    assert type(event) is Event
    assert event.id == 168
    assert event.table_booking_config.mode is TableBookingMode.CUSTOM
    assert event.for_sale_config is not None
    assert event.for_sale_config.objects == ["section1"]
    assert event.created_on == datetime.datetime(
        2017, 3, 5, 10, 58, 44, 715000, tzinfo=datetime.timezone.utc
    )


async def test_retrieve_of_a_season_gives_a_season(kind: Kind) -> None:
    body: dict[str, object] = {"id": 2, "key": "season", "chartKey": "c", "isSeason": True}
    h = Harness(kind, FakeServer(json_reply(200, body)))
    event = await h.call(lambda c: c.events.retrieve("season"))
    assert isinstance(event, Season)


@pytest.mark.parametrize(
    ("example", "objects"),
    [
        ("objects.book.request.json", ["A-3", "A-5"]),
        (
            "objects.book.request.extra-data.json",
            [
                ObjectProperties(object_id="A-5", extra_data={"userId": "123"}),
                ObjectProperties(object_id="A-6", extra_data={"userId": "456"}),
            ],
        ),
        (
            "objects.book.request.mixed.json",
            [
                ObjectProperties(object_id="A-1", ticket_type="adult"),
                ObjectProperties(object_id="A-2", ticket_type="child"),
                "A-3",
                "A-4",
            ],
        ),
    ],
)
async def test_book_sends_the_documented_objects(
    kind: Kind, example: str, objects: list[str | ObjectProperties]
) -> None:
    h = Harness(kind, FakeServer(result_of("A-3")))
    await h.call(lambda c: c.events.book("concert", objects))
    sent = h.server.last
    assert (sent.method, sent.url.raw_path) == ("POST", CHANGE_STATUS_PATH)
    assert h.server.body() == {
        **single_event_body(example),
        "events": ["concert"],
        "type": "CHANGE_STATUS_TO",
        "status": "booked",
    }


async def test_book_with_a_hold_token_and_every_flag(kind: Kind) -> None:
    h = Harness(kind, FakeServer(result_of("A-3", "A-5")))
    result = await h.call(
        lambda c: c.events.book(
            ["e1", "e2"],
            ["A-3", "A-5"],
            hold_token="wvXbB9MlHt",
            order_id="order-1",
            keep_extra_data=False,
            ignore_channels=False,
            channel_keys=["NO_CHANNEL", "vip"],
        )
    )
    assert h.server.body() == {
        **single_event_body("objects.book.request.hold-token.json"),
        "events": ["e1", "e2"],
        "type": "CHANGE_STATUS_TO",
        "status": "booked",
        "orderId": "order-1",
        "keepExtraData": False,
        "ignoreChannels": False,
        "channelKeys": ["NO_CHANNEL", "vip"],
    }
    assert set(result.objects) == {"A-3", "A-5"}
    assert result.objects["A-3"].status is ObjectStatus.BOOKED


async def test_a_single_object_may_be_given_without_a_list(kind: Kind) -> None:
    h = Harness(kind, FakeServer(result_of("GA1")))
    await h.call(lambda c: c.events.book("e", ObjectProperties(object_id="GA1", quantity=5)))
    assert h.server.body()["objects"] == [{"objectId": "GA1", "quantity": 5}]  # type: ignore[index]
    await h.call(lambda c: c.events.book("e", "A-1"))
    assert h.server.body()["objects"] == [{"objectId": "A-1"}]  # type: ignore[index]


async def test_hold(kind: Kind) -> None:
    h = Harness(kind, FakeServer(result_of("A-3", "A-5", status="reservedByToken")))
    result = await h.call(lambda c: c.events.hold("concert", ["A-3", "A-5"], "wvXbB9MlHt"))
    assert h.server.body() == {
        **single_event_body("objects.hold.request.json"),
        "events": ["concert"],
        "type": "CHANGE_STATUS_TO",
        "status": "reservedByToken",
    }
    assert result.objects["A-5"].status is ObjectStatus.RESERVED_BY_TOKEN


async def test_release_sends_the_release_type_and_no_status(kind: Kind) -> None:
    h = Harness(kind, FakeServer(result_of("A-3", "A-5", status="free")))
    await h.call(lambda c: c.events.release("concert", ["A-3", "A-5"]))
    assert h.server.last.url.raw_path == CHANGE_STATUS_PATH
    assert h.server.body() == {
        **single_event_body("objects.release.request.json"),
        "events": ["concert"],
        "type": "RELEASE",
    }


async def test_change_object_status_with_every_option(kind: Kind) -> None:
    h = Harness(kind, FakeServer(result_of("A-3", "A-5", "A-7", status="myCustomStatus")))
    result = await h.call(
        lambda c: c.events.change_object_status(
            ["event1", "event2", "event3"],
            ["A-3", "A-5", "A-7"],
            "myCustomStatus",
            allowed_previous_statuses=[ObjectStatus.FREE, "otherStatus"],
            rejected_previous_statuses=[ObjectStatus.BOOKED],
            resale_listing_id="listing-1",
        )
    )
    assert h.server.body() == {
        **single_event_body("objects.event-groups.request.json"),
        "type": "CHANGE_STATUS_TO",
        "allowedPreviousStatuses": ["free", "otherStatus"],
        "rejectedPreviousStatuses": ["booked"],
        "resaleListingId": "listing-1",
    }
    assert result.objects["A-7"].status == "myCustomStatus"


async def test_change_object_status_with_ticket_types(kind: Kind) -> None:
    h = Harness(kind, FakeServer(result_of("A-1", "A-2", status="myCustomStatus")))
    await h.call(
        lambda c: c.events.change_object_status(
            "e",
            [
                ObjectProperties(object_id="A-1", ticket_type="adult"),
                ObjectProperties(object_id="A-2", ticket_type="child"),
            ],
            "myCustomStatus",
        )
    )
    assert h.server.body() == {
        **single_event_body("objects.change-object-status.request.ticket-types.json"),
        "events": ["e"],
        "type": "CHANGE_STATUS_TO",
    }


@pytest.mark.parametrize(
    ("example", "label"),
    [
        ("objects.change-object-status.response.booth.json", None),
        ("objects.change-object-status.response.ga.json", None),
        ("objects.change-object-status.response.seat-in-row.json", "A-3"),
        ("objects.change-object-status.response.seat-in-section.json", None),
        ("objects.change-object-status.response.table-seat.json", None),
        ("objects.change-object-status.response.table.json", None),
    ],
)
async def test_the_reference_status_change_results_parse(
    kind: Kind, example: str, label: str | None
) -> None:
    h = Harness(kind, FakeServer(example_reply(example)))
    result = await h.call(lambda c: c.events.change_object_status("e", "x", "myCustomStatus"))
    documented = json.loads(load_example(example))["objects"]
    assert set(result.objects) == set(documented)
    for key, info in result.objects.items():
        assert info.label == documented[key]["label"]
        assert info.status == documented[key]["status"]
    if label is not None:
        seat = result.objects[label]
        assert (seat.left_neighbour, seat.right_neighbour, seat.entrance) == ("A-2", "A-4", "Blue")
        assert seat.labels.parent is not None
        assert seat.labels.parent.label == "Row A"


async def test_retrieve_object_infos_parses_the_reference_bodies(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("events.retrieve-object-infos.response.ga.json")))
    infos = await h.call(lambda c: c.events.retrieve_object_infos("e", ["GA1"]))
    assert h.server.last.url.raw_path == b"/events/e/objects?label=GA1"
    ga = infos["GA1"]
    assert (ga.capacity, ga.num_booked, ga.num_held, ga.num_free) == (100, 34, 6, 60)
    assert ga.holds == {
        "98291cfa-5488-456d-a82e-0a699b9e1c8d": {"adult": 3, "child": 2},
        "58291cfa-5418-496d-a02e-0a199b9e1c2f": {"NO_TICKET_TYPE": 1},
    }
    assert ga.category_key == 6

    h.server.script([example_reply("events.retrieve-object-infos.response.seat.json")])
    seat = (await h.call(lambda c: c.events.retrieve_object_infos("e", ["C-11"])))["C-11"]
    assert h.server.last.url.raw_path == b"/events/e/objects?label=C-11"
    assert (seat.status, seat.ticket_type, seat.order_id) == (ObjectStatus.FREE, "adult", "order1")
    assert (seat.labels.own.label, seat.labels.section, seat.ids.parent) == ("11", "Floor", "C")
    assert seat.hold_token == "98291cfa-5488-456d-a82e-0a699b9e1c8d"
    assert seat.distance_to_focal_point == pytest.approx(84.3242)


async def test_retrieve_object_info_returns_the_one_object(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"A-1": object_info("A-1", "booked")})))
    info = await h.call(lambda c: c.events.retrieve_object_info("e", "A-1"))
    assert h.server.last.url.raw_path == b"/events/e/objects?label=A-1"
    assert info.status is ObjectStatus.BOOKED


async def test_retrieve_object_info_of_a_label_the_server_left_out(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {})))
    with pytest.raises(UnexpectedResponseError, match="'A-1'"):
        await h.call(lambda c: c.events.retrieve_object_info("e", "A-1"))
