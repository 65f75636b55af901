"""Season status semantics (seasons.md §1, object-status.md §1.6, §3.3, §3.6): bookings on the
season in its events and back, events created later, override / use season status, GA places."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import HELD, change, changed, codes, hold_token, info, ok, status_of
from ._seasons_support import create_partial, create_season, season_action


@pytest.fixture
def season(admin: httpx.Client, chart: str) -> str:
    """Season "s" on the hall chart with events e1 and e2."""
    create_season(admin, chart, key="s", eventKeys=["e1", "e2"])
    return "s"


def batch(client: httpx.Client, *items: dict[str, object]) -> httpx.Response:
    return client.post(
        "/events/actions/change-object-status",
        params={"expand": "objects"},
        json={"statusChanges": list(items)},
    )


def test_a_booking_on_the_season_shows_in_every_event(admin: httpx.Client, season: str) -> None:
    changed(admin, season, ["A-1"], order_id="o1")

    for event in ("s", "e1", "e2"):
        seat = info(admin, event, "A-1")
        assert (seat["status"], seat["isAvailable"]) == ("booked", False)
    assert status_of(admin, "e1", "A-2") == "free"


@pytest.mark.parametrize("status", ["booked", "myCustomStatus", "resale"])
def test_an_event_cannot_change_what_its_season_took(
    admin: httpx.Client, season: str, status: str
) -> None:
    changed(admin, season, ["A-1"], status)

    for target in ("booked", "other", None):
        assert codes(change(admin, "e1", ["A-1"], target)) == ["ILLEGAL_STATUS_CHANGE"]
    assert status_of(admin, "e1", "A-1") == status


def test_a_hold_on_the_season_holds_in_every_event(admin: httpx.Client, season: str) -> None:
    token = hold_token(admin)
    changed(admin, season, ["A-1"], HELD, holdToken=token)

    assert status_of(admin, "e2", "A-1") == HELD
    assert codes(change(admin, "e2", ["A-1"], HELD, holdToken=hold_token(admin))) == [
        "ILLEGAL_STATUS_CHANGE"
    ]


def test_releasing_on_the_season_frees_the_events(admin: httpx.Client, season: str) -> None:
    changed(admin, season, ["A-1"])
    changed(admin, season, ["A-1"], None)

    assert status_of(admin, "e1", "A-1") == "free"
    changed(admin, "e1", ["A-1"])


def test_a_seat_booked_in_one_event_is_not_available_on_the_season(
    admin: httpx.Client, season: str
) -> None:
    changed(admin, "e1", ["A-1"])

    seat = info(admin, season, "A-1")
    assert (seat["status"], seat["isAvailable"], seat["availabilityReason"]) == (
        "free",
        False,
        "not_available",
    )
    assert codes(change(admin, season, ["A-1"])) == ["ILLEGAL_STATUS_CHANGE"]
    assert status_of(admin, "e2", "A-1") == "free"


def test_an_event_in_the_past_no_longer_restricts_its_season(
    admin: httpx.Client, season: str
) -> None:
    changed(admin, "e1", ["A-1"])
    ok(admin.post("/events/e1", json={"isInThePast": True}))

    changed(admin, season, ["A-1"])

    assert status_of(admin, "e2", "A-1") == "booked"


def test_events_created_later_inherit_the_season_bookings(admin: httpx.Client, season: str) -> None:
    changed(admin, season, ["A-1"])

    ok(admin.post("/seasons/s/actions/create-events", json={"eventKeys": ["e3"]}))

    assert status_of(admin, "e3", "A-1") == "booked"


def test_override_frees_the_seat_in_one_event_and_use_takes_it_back(
    admin: httpx.Client, season: str
) -> None:
    changed(admin, season, ["A-1", "A-2"])

    assert season_action(admin, "e1", "override-season-status", ["A-1", "A-2"]).status_code == 204
    seat = info(admin, "e1", "A-1")
    assert (seat["status"], seat["seasonStatusOverriddenQuantity"]) == ("free", 1)
    assert status_of(admin, "e2", "A-1") == "booked"
    changed(admin, "e1", ["A-1"], order_id="single-ticket")
    assert status_of(admin, "e1", "A-1") == "booked"

    assert season_action(admin, "e1", "use-season-status", ["A-2"]).status_code == 204
    seat = info(admin, "e1", "A-2")
    assert (seat["status"], seat["seasonStatusOverriddenQuantity"]) == ("booked", 0)


def test_use_season_status_is_refused_when_the_event_sold_the_seat(
    admin: httpx.Client, season: str
) -> None:
    changed(admin, season, ["A-1"])
    season_action(admin, "e1", "override-season-status", ["A-1"])
    changed(admin, "e1", ["A-1"])

    response = season_action(admin, "e1", "use-season-status", ["A-1"])

    assert codes(response) == ["ILLEGAL_STATUS_CHANGE"]
    assert info(admin, "e1", "A-1")["seasonStatusOverriddenQuantity"] == 1


def test_overriding_a_seat_free_on_the_season_is_accepted(admin: httpx.Client, season: str) -> None:
    assert season_action(admin, "e1", "override-season-status", ["A-3"]).status_code == 204

    assert info(admin, "e1", "A-3")["seasonStatusOverriddenQuantity"] == 1
    assert info(admin, "e2", "A-3")["seasonStatusOverriddenQuantity"] == 0


def test_season_actions_refusals(admin: httpx.Client, chart: str, season: str) -> None:
    ok(admin.post("/events", json={"chartKey": chart, "eventKey": "plain"}))
    create_season(admin, chart, key="other")

    assert codes(season_action(admin, "plain", "override-season-status", ["A-1"])) == [
        "EVENT_NOT_IN_SEASON"
    ]
    assert codes(season_action(admin, "s", "override-season-status", ["A-1"])) == [
        "EVENT_NOT_IN_SEASON"
    ]
    wrong = season_action(admin, "e1", "override-season-status", ["A-1"], season="other")
    assert codes(wrong) == ["SEASON_NOT_FOUND"]
    unknown = season_action(admin, "e1", "override-season-status", ["nope"])
    assert codes(unknown) == ["OBJECT_NOT_FOUND"]
    assert codes(season_action(admin, "x", "use-season-status", ["A-1"]), 404) == [
        "EVENT_NOT_FOUND"
    ]


def test_season_actions_write_no_status_change(admin: httpx.Client, season: str) -> None:
    season_action(admin, "e1", "override-season-status", ["A-1"], season="s")

    assert ok(admin.get("/events/e1/status-changes"))["items"] == []


def test_batch_override_then_resale_in_one_call(admin: httpx.Client, season: str) -> None:
    changed(admin, season, ["A-1"])

    results = ok(
        batch(
            admin,
            {"event": "e1", "objects": ["A-1"], "type": "OVERRIDE_SEASON_STATUS", "season": "s"},
            {"event": "e1", "objects": ["A-1"], "status": "resale", "resaleListingId": "l1"},
        )
    )["results"]

    assert results[0]["objects"]["A-1"]["status"] == "free"
    assert results[1]["objects"]["A-1"]["status"] == "resale"
    assert status_of(admin, "e2", "A-1") == "booked"


def test_batch_use_season_status_returns_the_season_status(
    admin: httpx.Client, season: str
) -> None:
    changed(admin, season, ["A-1"])
    season_action(admin, "e1", "override-season-status", ["A-1"])

    results = ok(batch(admin, {"event": "e1", "objects": ["A-1"], "type": "USE_SEASON_STATUS"}))

    assert results["results"][0]["objects"]["A-1"]["status"] == "booked"


def test_a_failing_batch_item_undoes_the_override(admin: httpx.Client, season: str) -> None:
    changed(admin, season, ["A-1"])

    response = batch(
        admin,
        {"event": "e1", "objects": ["A-1"], "type": "OVERRIDE_SEASON_STATUS"},
        {"event": "e1", "objects": ["nope"], "status": "booked"},
    )

    assert codes(response) == ["OBJECT_NOT_FOUND"]
    assert status_of(admin, "e1", "A-1") == "booked"


def test_general_admission_places_of_the_season_are_taken_in_every_event(
    admin: httpx.Client, season: str
) -> None:
    changed(admin, season, [{"objectId": "GA1", "quantity": 4}])

    area = info(admin, "e1", "GA1")
    assert (area["numBooked"], area["numFree"]) == (4, 6)
    assert codes(change(admin, "e1", [{"objectId": "GA1", "quantity": 7}])) == [
        "NOT_ENOUGH_FREE_PLACES"
    ]
    changed(admin, "e1", [{"objectId": "GA1", "quantity": 6}])
    assert info(admin, "e1", "GA1")["numFree"] == 0


def test_general_admission_on_the_season_counts_the_fullest_event(
    admin: httpx.Client, season: str
) -> None:
    changed(admin, "e1", [{"objectId": "GA1", "quantity": 3}])
    changed(admin, "e2", [{"objectId": "GA1", "quantity": 5}])

    assert info(admin, season, "GA1")["numFree"] == 5
    assert codes(change(admin, season, [{"objectId": "GA1", "quantity": 6}])) == [
        "NOT_ENOUGH_FREE_PLACES"
    ]
    changed(admin, season, [{"objectId": "GA1", "quantity": 5}])
    assert info(admin, "e2", "GA1")["numFree"] == 0


def test_general_admission_overrides_are_cumulative(admin: httpx.Client, season: str) -> None:
    changed(admin, season, [{"objectId": "GA1", "quantity": 4}])

    season_action(admin, "e1", "override-season-status", ["GA1", "GA1"])
    season_action(admin, "e1", "override-season-status", ["GA1"])

    area = info(admin, "e1", "GA1")
    assert (area["seasonStatusOverriddenQuantity"], area["numFree"]) == (3, 9)
    season_action(admin, "e1", "use-season-status", ["GA1"])
    assert info(admin, "e1", "GA1")["seasonStatusOverriddenQuantity"] == 2


def test_a_partial_season_booking_shows_in_its_events_only(
    admin: httpx.Client, season: str
) -> None:
    create_partial(admin, season, "p", ["e1"])

    changed(admin, "p", ["A-1"])

    assert status_of(admin, "e1", "A-1") == "booked"
    assert status_of(admin, "e2", "A-1") == "free"
    assert info(admin, season, "A-1")["availabilityReason"] == "not_available"
    overridden = season_action(admin, "e1", "override-season-status", ["A-1"], season="p")
    assert overridden.status_code == 204
    assert status_of(admin, "e1", "A-1") == "free"


def test_best_available_in_an_event_skips_what_the_season_took(
    admin: httpx.Client, season: str
) -> None:
    first = ok(
        admin.post(
            "/events/e1/actions/change-object-status",
            json={"status": "booked", "bestAvailable": {"number": 1}},
        )
    )["objects"]
    changed(admin, "e1", first, None)
    changed(admin, season, first)

    second = ok(
        admin.post(
            "/events/e1/actions/change-object-status",
            json={"status": "booked", "bestAvailable": {"number": 1}},
        )
    )["objects"]

    assert second != first


def test_a_season_on_a_sample_chart_propagates_section_seats(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    from ._events_support import upload_sample

    chart = upload_sample(emulator, company, "sampleChartWithSections.json")
    create_season(admin, chart, key="s", numberOfEvents=2)
    events = ok(admin.get("/events/s"))["events"]

    changed(admin, "s", ["Section A-A-1"])

    assert [status_of(admin, event["key"], "Section A-A-1") for event in events] == [
        "booked",
        "booked",
    ]


def test_an_expired_season_hold_frees_every_event(
    emulator: Emulator, admin: httpx.Client, season: str
) -> None:
    token = hold_token(admin)
    changed(admin, season, ["A-1", {"objectId": "GA1", "quantity": 2}], HELD, holdToken=token)

    emulator.clock.advance(16 * 60)

    assert status_of(admin, "e1", "A-1") == "free"
    assert info(admin, "e2", "GA1")["numFree"] == 10
    changed(admin, "e1", ["A-1"])


def test_best_available_on_the_season_skips_seats_taken_in_an_event(
    admin: httpx.Client, season: str
) -> None:
    def best(event_key: str) -> list[str]:
        response = admin.post(
            f"/events/{event_key}/actions/change-object-status",
            json={"status": "booked", "bestAvailable": {"number": 1}},
        )
        return list(ok(response)["objects"])

    taken = best("e2")

    assert best(season) != taken


def test_not_for_sale_on_the_season_binds_its_events(admin: httpx.Client, chart: str) -> None:
    create_season(
        admin,
        chart,
        key="s",
        eventKeys=["e1"],
        forSaleConfig={"forSale": False, "objects": ["A-1"], "areaPlaces": {"GA1": 4}},
    )

    seat, area = info(admin, "e1", "A-1"), info(admin, "e1", "GA1")

    assert (seat["forSale"], seat["isAvailable"]) == (False, False)
    assert (area["numNotForSale"], area["numFree"]) == (4, 6)
    assert codes(change(admin, "e1", ["A-1"])) == ["OBJECT_NOT_FOR_SALE"]
    assert "forSaleConfig" not in ok(admin.get("/events/e1"))


def test_for_sale_propagated_false_keeps_the_season_config_on_the_season(
    admin: httpx.Client, chart: str
) -> None:
    create_season(
        admin,
        chart,
        key="s",
        eventKeys=["e1"],
        forSaleConfig={"forSale": False, "objects": ["A-1"]},
        forSalePropagated=False,
    )

    assert info(admin, "e1", "A-1")["forSale"] is True
    assert info(admin, "s", "A-1")["forSale"] is False
    changed(admin, "e1", ["A-1"])


def test_the_season_channels_bind_its_events(admin: httpx.Client, chart: str) -> None:
    channel = {"key": "c1", "name": "Channel 1", "color": "#ff0000", "objects": ["A-1"]}
    create_season(admin, chart, key="s", eventKeys=["e1"], channels=[channel])

    assert info(admin, "e1", "A-1")["channel"] == "c1"
    assert codes(change(admin, "e1", ["A-1"])) == ["CHANNEL_KEY_REQUIRED"]
    changed(admin, "e1", ["A-1"], channelKeys=["c1"])
    assert codes(change(admin, "e1", ["A-2"], channelKeys=["c1"])) == ["CHANNEL_KEY_REQUIRED"]
