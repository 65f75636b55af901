"""events.* status methods beyond book/hold/release: resale, batch, best available and the
season overrides, on the wire and with the reference bodies parsed."""

from __future__ import annotations

import json
from enum import Enum

import httpx
import pytest

from seatsio_typed import (
    BadRequestException,
    BestAvailableObjectsNotFoundException,
    ObjectProperties,
    ObjectStatus,
    StatusChangeRequest,
)
from tests.reference import load_example
from tests.unit.support import (
    FakeServer,
    Harness,
    Kind,
    error_body,
    example_reply,
    json_reply,
    object_info,
    undeclared_fields,
)

CHANGE_STATUS_PATH = b"/events/groups/actions/change-object-status?expand=objects"
BATCH_PATH = b"/events/actions/change-object-status?expand=objects"
NO_CONTENT = httpx.Response(204)


def as_object_ids(labels: list[str]) -> list[dict[str, str]]:
    """Labels as the SDK sends them (like the official client): `{"objectId": label}`."""
    return [{"objectId": label} for label in labels]


def best_available_reply(*labels: str, status: str = "booked") -> httpx.Response:
    return json_reply(
        200,
        {
            "objects": list(labels),
            "objectDetails": {label: object_info(label, status) for label in labels},
            "nextToEachOther": True,
        },
    )


async def test_put_up_for_resale_sends_the_reference_objects(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("objects.put-up-for-resale.response.json")))
    result = await h.call(
        lambda c: c.events.put_up_for_resale("concert", ["A-3", "A-5"], "listing-1")
    )
    assert h.server.wire() == ("POST", CHANGE_STATUS_PATH)
    documented = json.loads(load_example("objects.put-up-for-resale.request.json"))
    assert h.server.body() == {
        "objects": as_object_ids(documented["objects"]),
        "events": ["concert"],
        "type": "CHANGE_STATUS_TO",
        "status": "resale",
        "resaleListingId": "listing-1",
    }
    assert {label: info.status for label, info in result.objects.items()} == {
        "A-3": ObjectStatus.RESALE,
        "A-5": ObjectStatus.RESALE,
    }
    assert undeclared_fields(result.objects) == []


async def test_put_up_for_resale_without_a_listing(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("objects.put-up-for-resale.response.json")))
    await h.call(lambda c: c.events.put_up_for_resale(["e1", "e2"], "A-3"))
    assert h.server.body() == {
        "objects": [{"objectId": "A-3"}],
        "events": ["e1", "e2"],
        "type": "CHANGE_STATUS_TO",
        "status": "resale",
    }


@pytest.mark.parametrize(
    ("example", "requests"),
    [
        (
            "objects.batch.request.book.json",
            [
                StatusChangeRequest("event1", ["A-3", "A-5"], ObjectStatus.BOOKED),
                StatusChangeRequest("event2", "B-27", status="booked"),
            ],
        ),
        (
            "objects.batch.request.hold.json",
            [
                StatusChangeRequest(
                    "event1",
                    ["A-3", "A-5"],
                    ObjectStatus.RESERVED_BY_TOKEN,
                    hold_token="wvXbB9MlHt",
                )
            ],
        ),
        (
            "objects.batch.request.release.json",
            [StatusChangeRequest("event1", ["A-3", "A-5"], type=StatusChangeRequest.RELEASE)],
        ),
    ],
    ids=["book", "hold", "release"],
)
async def test_change_object_status_in_batch_sends_the_reference_bodies(
    kind: Kind, example: str, requests: list[StatusChangeRequest]
) -> None:
    results = {"results": [{"objects": {"A-3": object_info("A-3")}} for _ in requests]}
    h = Harness(kind, FakeServer(json_reply(200, results)))
    result = await h.call(lambda c: c.events.change_object_status_in_batch(requests))
    assert h.server.wire() == ("POST", BATCH_PATH)
    documented = json.loads(load_example(example))["statusChanges"]
    assert h.server.body() == {
        "statusChanges": [
            {
                **item,
                "objects": as_object_ids(item["objects"]),
                # Always sent: the official client leaves it out when not given, which the
                # API reads as CHANGE_STATUS_TO.
                "type": item.get("type", "CHANGE_STATUS_TO"),
            }
            for item in documented
        ]
    }
    assert len(result) == len(requests)
    assert result[0].objects["A-3"].label == "A-3"


async def test_batch_items_carry_every_option(kind: Kind) -> None:
    results: list[object] = [{"objects": {}}, {"objects": {}}]
    h = Harness(kind, FakeServer(json_reply(200, {"results": results})))
    await h.call(
        lambda c: c.events.change_object_status_in_batch(
            [
                StatusChangeRequest(
                    "day1",
                    [ObjectProperties(object_id="GA1", quantity=2)],
                    "myStatus",
                    order_id="o",
                    keep_extra_data=True,
                    ignore_channels=False,
                    channel_keys=["vip"],
                    allowed_previous_statuses=[ObjectStatus.FREE],
                    rejected_previous_statuses=["booked"],
                    resale_listing_id="l",
                ),
                StatusChangeRequest(
                    "day1", "A-1", type=StatusChangeRequest.OVERRIDE_SEASON_STATUS, season="s"
                ),
            ]
        )
    )
    assert h.server.body() == {
        "statusChanges": [
            {
                "event": "day1",
                "objects": [{"objectId": "GA1", "quantity": 2}],
                "type": "CHANGE_STATUS_TO",
                "status": "myStatus",
                "orderId": "o",
                "keepExtraData": True,
                "ignoreChannels": False,
                "channelKeys": ["vip"],
                "allowedPreviousStatuses": ["free"],
                "rejectedPreviousStatuses": ["booked"],
                "resaleListingId": "l",
            },
            {
                "event": "day1",
                "objects": [{"objectId": "A-1"}],
                "type": "OVERRIDE_SEASON_STATUS",
                "season": "s",
            },
        ]
    }


async def test_an_empty_batch_is_refused_before_sending(kind: Kind) -> None:
    h = Harness(kind, FakeServer(NO_CONTENT))
    with pytest.raises(ValueError):  # noqa: PT011 (the message is the validator's)
        await h.call(lambda c: c.events.change_object_status_in_batch([]))
    assert h.server.requests == []


async def test_hold_best_available_sends_the_reference_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(best_available_reply("A-1", "A-2", status="reservedByToken")))
    result = await h.call(
        lambda c: c.events.hold_best_available(
            "my event",
            2,
            ["balcony", "stalls"],
            "wvXbB9MlHt",
            [{"userId": "123"}, {"userId": "456"}],
            ["adult", "child"],
        )
    )
    assert h.server.wire() == ("POST", b"/events/my%20event/actions/change-object-status")
    expected = json.loads(load_example("objects.hold.request.best-available.json"))
    assert h.server.body() == {**expected, "status": "reservedByToken"}
    assert result.objects == ["A-1", "A-2"]
    assert result.object_details["A-2"].status is ObjectStatus.RESERVED_BY_TOKEN
    assert result.next_to_each_other is True


async def test_book_best_available_with_every_option(kind: Kind) -> None:
    h = Harness(kind, FakeServer(best_available_reply("A-1")))
    await h.call(
        lambda c: c.events.book_best_available(
            "e",
            1,
            categories=["1"],
            hold_token="t",
            order_id="o",
            keep_extra_data=False,
            ignore_channels=True,
            channel_keys=["NO_CHANNEL"],
            try_to_prevent_orphan_seats=False,
            zone="floor",
        )
    )
    assert h.server.body() == {
        "bestAvailable": {
            "number": 1,
            "categories": ["1"],
            "zone": "floor",
            "tryToPreventOrphanSeats": False,
        },
        "status": "booked",
        "holdToken": "t",
        "orderId": "o",
        "keepExtraData": False,
        "ignoreChannels": True,
        "channelKeys": ["NO_CHANNEL"],
    }


async def test_change_best_available_object_status_with_sections_and_accessible_seats(
    kind: Kind,
) -> None:
    h = Harness(kind, FakeServer(best_available_reply("A-1", "A-2", status="myStatus")))
    await h.call(
        lambda c: c.events.change_best_available_object_status(
            "e", 2, "myStatus", sections=["Section A"], accessible_seats=1
        )
    )
    assert h.server.body() == {
        "bestAvailable": {"number": 2, "sections": ["Section A"], "accessibleSeats": 1},
        "status": "myStatus",
    }


@pytest.mark.parametrize(
    "number",
    [0, -1],
)
async def test_best_available_refuses_a_number_below_one_before_sending(
    kind: Kind, number: int
) -> None:
    h = Harness(kind, FakeServer(best_available_reply("A-1")))
    with pytest.raises(ValueError, match="number"):
        await h.call(lambda c: c.events.book_best_available("e", number))
    assert h.server.requests == []


async def test_hold_best_available_without_a_hold_token_is_refused_before_sending(
    kind: Kind,
) -> None:
    h = Harness(kind, FakeServer(best_available_reply("A-1")))
    with pytest.raises(ValueError, match="hold_token"):
        await h.call(lambda c: c.events.hold_best_available("e", 1))
    assert h.server.requests == []


async def test_no_best_available_objects_raises_its_own_exception(kind: Kind) -> None:
    body = error_body("no objects found", code="BEST_AVAILABLE_OBJECTS_NOT_FOUND")
    h = Harness(kind, FakeServer(json_reply(400, body)))
    with pytest.raises(BestAvailableObjectsNotFoundException) as raised:
        await h.call(lambda c: c.events.book_best_available("e", 3))
    assert isinstance(raised.value, BadRequestException)
    assert raised.value.errors[0].code == "BEST_AVAILABLE_OBJECTS_NOT_FOUND"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("override_season_object_status", b"/events/e%201/actions/override-season-status"),
        ("use_season_object_status", b"/events/e%201/actions/use-season-status"),
    ],
)
async def test_season_overrides_send_the_reference_body(
    kind: Kind, method: str, path: bytes
) -> None:
    h = Harness(kind, FakeServer(NO_CONTENT))
    await h.call(lambda c: getattr(c.events, method)("e 1", ["A-1", "A-2"]))
    assert h.server.wire() == ("POST", path)
    assert h.server.body() == json.loads(
        load_example("objects.override-season-status.request.json")
    )
    await h.call(lambda c: getattr(c.events, method)("e 1", ["GA1", "GA1"], season="partial"))
    assert h.server.body() == {"objects": ["GA1", "GA1"], "season": "partial"}


async def test_season_overrides_refuse_an_empty_object_list(kind: Kind) -> None:
    h = Harness(kind, FakeServer(NO_CONTENT))
    with pytest.raises(ValueError):  # noqa: PT011 (the message is the validator's)
        await h.call(lambda c: c.events.override_season_object_status("e", []))
    assert h.server.requests == []


class AppStatus(str, Enum):
    """An application's own status enum: `str()` of a member is "AppStatus.SOLD" in Python."""

    SOLD = "sold"
    PENDING = "pending"


async def test_a_status_from_the_callers_own_str_enum_is_sent_as_its_value(kind: Kind) -> None:
    # The official client's JSON encoding sends a str subclass's own characters: the value.
    h = Harness(kind, FakeServer(json_reply(200, {"objects": {}})))
    await h.call(
        lambda c: c.events.change_object_status(
            "e",
            ["A-1"],
            AppStatus.SOLD,
            allowed_previous_statuses=[AppStatus.PENDING],
            rejected_previous_statuses=[ObjectStatus.BOOKED],
        )
    )
    assert h.server.body() == {
        "events": ["e"],
        "objects": as_object_ids(["A-1"]),
        "type": "CHANGE_STATUS_TO",
        "status": "sold",
        "allowedPreviousStatuses": ["pending"],
        "rejectedPreviousStatuses": ["booked"],
    }

    h = Harness(kind, FakeServer(best_available_reply("A-1", status="sold")))
    await h.call(lambda c: c.events.change_best_available_object_status("e", 1, AppStatus.SOLD))
    assert h.server.body() == {"bestAvailable": {"number": 1}, "status": "sold"}

    no_objects: dict[str, object] = {"objects": {}}
    h = Harness(kind, FakeServer(json_reply(200, {"results": [no_objects]})))
    item = StatusChangeRequest("e", ["A-1"], status=AppStatus.SOLD)
    await h.call(lambda c: c.events.change_object_status_in_batch([item]))
    assert h.server.body() == {
        "statusChanges": [
            {
                "event": "e",
                "objects": as_object_ids(["A-1"]),
                "type": "CHANGE_STATUS_TO",
                "status": "sold",
            }
        ]
    }
