"""Resale, batch status changes, best available and season overrides against the emulator,
with a client of each kind."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    BadRequestException,
    BestAvailableObjectsNotFoundException,
    ObjectStatus,
    StatusChangeRequest,
)
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.support import BALCONY, GA_CAPACITY, ROW_SEATS, STALLS
from tests.integration.test_events_manage import create_season
from tests.unit.support import Sdk


async def test_put_up_for_resale_marks_booked_seats_resale(sdk: Sdk, event_key: str) -> None:
    await sdk.call(lambda c: c.events.book(event_key, ["A-1", "A-2"]))
    result = await sdk.call(
        lambda c: c.events.put_up_for_resale(event_key, ["A-1", "A-2"], "listing-9")
    )
    assert {info.status for info in result.objects.values()} == {ObjectStatus.RESALE}
    assert await sdk.statuses(event_key, "A-1", "A-2") == {"A-1": "resale", "A-2": "resale"}
    info = await sdk.object_info(event_key, "A-1")
    assert info.resale_listing_id == "listing-9"


async def test_batch_changes_several_events_in_order(sdk: Sdk, chart_key: str) -> None:
    for key in ("night-1", "night-2"):
        await sdk.create_event(chart_key, key)
    token = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    results = await sdk.call(
        lambda c: c.events.change_object_status_in_batch(
            [
                StatusChangeRequest("night-1", ["A-1", "A-2"], ObjectStatus.BOOKED),
                StatusChangeRequest(
                    "night-2", "B-1", ObjectStatus.RESERVED_BY_TOKEN, hold_token=token
                ),
                StatusChangeRequest("night-1", "A-2", type=StatusChangeRequest.RELEASE),
            ]
        )
    )
    assert [sorted(r.objects) for r in results] == [["A-1", "A-2"], ["B-1"], ["A-2"]]
    assert results[1].objects["B-1"].hold_token == token
    assert await sdk.statuses("night-1", "A-1", "A-2") == {"A-1": "booked", "A-2": "free"}
    assert await sdk.statuses("night-2", "B-1") == {"B-1": "reservedByToken"}


async def test_a_refused_batch_item_changes_nothing(sdk: Sdk, chart_key: str) -> None:
    for key in ("night-1", "night-2"):
        await sdk.create_event(chart_key, key)
    await sdk.call(lambda c: c.events.book("night-2", "A-1"))
    with pytest.raises(BadRequestException):
        await sdk.call(
            lambda c: c.events.change_object_status_in_batch(
                [
                    StatusChangeRequest("night-1", "A-1", ObjectStatus.BOOKED),
                    StatusChangeRequest("night-2", "A-1", ObjectStatus.BOOKED),
                ]
            )
        )
    assert await sdk.statuses("night-1", "A-1") == {"A-1": "free"}


async def test_book_best_available_picks_adjacent_free_seats(sdk: Sdk, event_key: str) -> None:
    result = await sdk.call(
        lambda c: c.events.book_best_available(event_key, 3, categories=[str(BALCONY)])
    )
    assert len(result.objects) == 3
    assert result.next_to_each_other is True
    assert set(result.object_details) == set(result.objects)
    for info in result.object_details.values():
        assert (info.status, info.category_key) == (ObjectStatus.BOOKED, BALCONY)
    statuses = await sdk.statuses(event_key, *result.objects)
    assert set(statuses.values()) == {"booked"}


async def test_hold_best_available_holds_with_the_token(sdk: Sdk, event_key: str) -> None:
    token = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    result = await sdk.call(
        lambda c: c.events.hold_best_available(
            event_key, 2, [str(STALLS)], token, ticket_types=["adult", "child"]
        )
    )
    details = [result.object_details[label] for label in result.objects]
    assert [(d.status, d.hold_token) for d in details] == [
        (ObjectStatus.RESERVED_BY_TOKEN, token)
    ] * 2
    assert [d.ticket_type for d in details] == ["adult", "child"]


async def test_change_best_available_object_status_to_a_custom_status(
    sdk: Sdk, event_key: str
) -> None:
    result = await sdk.call(
        lambda c: c.events.change_best_available_object_status(event_key, 2, "in-cart")
    )
    assert {str(d.status) for d in result.object_details.values()} == {"in-cart"}


async def test_too_many_best_available_seats_raise_their_exception(
    sdk: Sdk, event_key: str
) -> None:
    too_many = 2 * ROW_SEATS + GA_CAPACITY + 1  # more than the stalls (rows A-B, Standing) hold
    with pytest.raises(BestAvailableObjectsNotFoundException):
        await sdk.call(
            lambda c: c.events.book_best_available(event_key, too_many, categories=[str(STALLS)])
        )
    assert await sdk.statuses(event_key, "A-1", "B-6") == {"A-1": "free", "B-6": "free"}


async def test_season_override_frees_a_season_seat_for_one_event(
    sdk: Sdk, chart_key: str, emulator: Emulator, company: TestCompany
) -> None:
    create_season(emulator, company.admin_key, chart_key, "season", ["day-1", "day-2"])
    await sdk.call(lambda c: c.events.book("season", ["A-1", "A-2"]))
    await sdk.call(lambda c: c.events.override_season_object_status("day-1", ["A-1"]))
    assert await sdk.statuses("day-1", "A-1", "A-2") == {"A-1": "free", "A-2": "booked"}
    assert await sdk.statuses("day-2", "A-1") == {"A-1": "booked"}
    await sdk.call(lambda c: c.events.use_season_object_status("day-1", ["A-1"], "season"))
    assert await sdk.statuses("day-1", "A-1") == {"A-1": "booked"}


async def test_season_status_types_in_a_batch(
    sdk: Sdk, chart_key: str, emulator: Emulator, company: TestCompany
) -> None:
    create_season(emulator, company.admin_key, chart_key, "season", ["day-1"])
    await sdk.call(lambda c: c.events.book("season", "A-1"))
    override = StatusChangeRequest.OVERRIDE_SEASON_STATUS
    await sdk.call(
        lambda c: c.events.change_object_status_in_batch(
            [StatusChangeRequest("day-1", "A-1", type=override, season="season")]
        )
    )
    assert await sdk.statuses("day-1", "A-1") == {"A-1": "free"}
    await sdk.call(
        lambda c: c.events.change_object_status_in_batch(
            [StatusChangeRequest("day-1", "A-1", type=StatusChangeRequest.USE_SEASON_STATUS)]
        )
    )
    assert await sdk.statuses("day-1", "A-1") == {"A-1": "booked"}
