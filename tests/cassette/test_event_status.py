"""Recorded: resale, batches of status changes, best available, season overrides, hold tokens."""

from __future__ import annotations

import pytest

from seatsio_typed import (
    BestAvailableObjectsNotFoundException,
    ObjectStatus,
    StatusChangeRequest,
)
from tests.cassette._recording import Recording
from tests.cassette._venue import BALCONY, GA_CAPACITY, STALLS, venue

pytestmark = pytest.mark.vcr


async def test_resale_and_a_batch_of_changes_over_two_events(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    for key in ("night-1", "night-2"):
        await sdk.create_event(chart_key, key)
    token = await sdk.call(lambda c: c.hold_tokens.create())
    longer = await sdk.call(lambda c: c.hold_tokens.expire_in_minutes(token.hold_token, 30))
    assert longer.expires_in_seconds == 30 * 60
    results = await sdk.call(
        lambda c: c.events.change_object_status_in_batch(
            [
                StatusChangeRequest("night-1", ["A-1", "A-2"], ObjectStatus.BOOKED),
                StatusChangeRequest(
                    "night-2", "B-1", ObjectStatus.RESERVED_BY_TOKEN, hold_token=token.hold_token
                ),
                StatusChangeRequest("night-1", "A-2", type=StatusChangeRequest.RELEASE),
            ]
        )
    )
    assert [sorted(result.objects) for result in results] == [["A-1", "A-2"], ["B-1"], ["A-2"]]
    resold = await sdk.call(lambda c: c.events.put_up_for_resale("night-1", ["A-1"], "listing-9"))
    assert resold.objects["A-1"].status is ObjectStatus.RESALE
    info = await sdk.object_info("night-1", "A-1")
    assert info.resale_listing_id == "listing-9"


async def test_best_available_books_holds_and_changes_adjacent_seats(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    await sdk.create_event(chart_key, "show")
    booked = await sdk.call(
        lambda c: c.events.book_best_available("show", 3, categories=[str(BALCONY)])
    )
    assert len(booked.objects) == 3
    assert {info.status for info in booked.object_details.values()} == {ObjectStatus.BOOKED}

    token = (await sdk.call(lambda c: c.hold_tokens.create())).hold_token
    held = await sdk.call(
        lambda c: c.events.hold_best_available(
            "show", 2, [str(STALLS)], token, ticket_types=["adult", "child"]
        )
    )
    details = [held.object_details[label] for label in held.objects]
    assert [(detail.hold_token, detail.ticket_type) for detail in details] == [
        (token, "adult"),
        (token, "child"),
    ]
    changed = await sdk.call(
        lambda c: c.events.change_best_available_object_status("show", 2, "in-cart")
    )
    assert {str(detail.status) for detail in changed.object_details.values()} == {"in-cart"}
    with pytest.raises(BestAvailableObjectsNotFoundException):
        await sdk.call(
            lambda c: c.events.book_best_available(
                "show", 2 * 4 + GA_CAPACITY + 1, categories=[str(STALLS)]
            )
        )


async def test_a_season_seat_is_overridden_for_one_event_and_given_back(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    await sdk.call(lambda c: c.seasons.create(chart_key, key="season", event_keys=["d1", "d2"]))
    await sdk.call(lambda c: c.events.book("season", ["A-1", "A-2"]))
    await sdk.call(lambda c: c.events.override_season_object_status("d1", ["A-1"]))
    assert await sdk.statuses("d1", "A-1", "A-2") == {"A-1": "free", "A-2": "booked"}
    await sdk.call(lambda c: c.events.use_season_object_status("d1", ["A-1"], "season"))
    assert await sdk.statuses("d1", "A-1") == {"A-1": "booked"}
