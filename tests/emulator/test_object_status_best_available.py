"""Best available (object-status.md §3.4, chart-model.md §5.1): the confirmed picks on the sample
charts, and the rules on builder charts."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing.builder import ChartBuilder, Seat

from ._events_support import (
    HELD,
    JsonDict,
    changed,
    codes,
    create_event,
    errors,
    hold_token,
    info,
    ok,
    upload_sample,
)


def best_available(
    client: httpx.Client,
    event: str,
    options: Mapping[str, object],
    *,
    status: str = "booked",
    path: str = "change-object-status",
) -> httpx.Response:
    """POST a best-available body; `options` mixes bestAvailable fields and TOP_LEVEL ones."""
    body: JsonDict = {
        "bestAvailable": {k: v for k, v in options.items() if k not in TOP_LEVEL},
        **{k: v for k, v in options.items() if k in TOP_LEVEL},
    }
    if path == "change-object-status":
        body["status"] = status
    return client.post(f"/events/{event}/actions/{path}", json=body)


TOP_LEVEL = ("holdToken", "orderId", "keepExtraData", "ignoreChannels", "channelKeys")


def picked(client: httpx.Client, event: str, **options: object) -> list[str]:
    return list(ok(best_available(client, event, options))["objects"])


@pytest.fixture
def sample(emulator: Emulator, company: TestCompany) -> str:
    return upload_sample(emulator, company, "sampleChart.json")


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, ["A-5"]),
        (2, ["A-4", "A-5"]),
        (3, ["A-4", "A-5", "A-6"]),
        (4, ["A-3", "A-4", "A-5", "A-6"]),
        (5, ["A-4", "A-5", "A-6", "A-7", "A-8"]),
    ],
)
def test_sample_chart_picks(
    admin: httpx.Client, sample: str, number: int, expected: list[str]
) -> None:
    create_event(admin, sample, eventKey="e1")

    result = ok(best_available(admin, "e1", {"number": number}))

    assert result["objects"] == expected
    assert result["nextToEachOther"] is True
    assert set(result["objectDetails"]) == set(expected)
    assert all(detail["status"] == "booked" for detail in result["objectDetails"].values())
    assert [info(admin, "e1", label)["status"] for label in expected] == ["booked"] * number


@pytest.mark.parametrize("categories", [["cat2"], ["Cat2"], ["10"], [10]])
def test_categories_by_key_or_label(
    admin: httpx.Client, sample: str, categories: list[object]
) -> None:
    create_event(admin, sample, eventKey="e1")

    assert picked(admin, "e1", number=3, categories=categories) == ["C-4", "C-5", "C-6"]


def test_accessible_seats(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="e1")

    assert picked(admin, "e1", number=3, accessibleSeats=1) == ["A-6", "A-7", "A-8"]


def test_orphans_allowed_on_request(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="e1")
    changed(admin, "e1", ["A-4", "A-5"])

    result = picked(admin, "e1", number=2, tryToPreventOrphanSeats=False)

    # Confirmed (object-status.md §3.4), although are closer: both pairs lie two seats
    # from the row's ideal pair, and the left one comes first.
    assert result == ["A-2", "A-3"]
    assert picked(admin, "e1", number=2) == ["B-4", "B-5"]


def test_channels(admin: httpx.Client, sample: str) -> None:
    channels = [{"key": "ch1", "name": "Channel", "color": "red", "objects": ["A-5", "A-6"]}]
    create_event(admin, sample, eventKey="e1", channels=channels)

    assert picked(admin, "e1", number=1, channelKeys=["ch1"]) == ["A-5"]
    assert picked(admin, "e1", number=1, channelKeys=["ch1"]) == ["A-6"]
    assert picked(admin, "e1", number=1) == ["A-4"]
    assert picked(admin, "e1", number=1, channelKeys=["NO_CHANNEL"]) == ["A-3"]


def test_ignore_channels_treats_channel_objects_like_others(
    admin: httpx.Client, sample: str
) -> None:
    channels = [{"key": "ch1", "name": "Channel", "color": "red", "objects": ["A-5"]}]
    create_event(admin, sample, eventKey="e1", channels=channels)

    assert picked(admin, "e1", number=1, ignoreChannels=True) == ["A-5"]


def test_hold_with_token_ticket_types_extra_data_and_order_id(
    admin: httpx.Client, sample: str
) -> None:
    create_event(admin, sample, eventKey="e1")
    token = hold_token(admin)

    details = ok(
        best_available(
            admin,
            "e1",
            {
                "number": 2,
                "ticketTypes": ["adult", "child"],
                "extraData": [{"a": 1}, {"b": 2}],
                "holdToken": token,
                "orderId": "o1",
            },
            status=HELD,
        )
    )["objectDetails"]

    assert details["A-4"]["holdToken"] == token
    assert (details["A-4"]["ticketType"], details["A-5"]["ticketType"]) == ("adult", "child")
    assert (details["A-4"]["extraData"], details["A-5"]["extraData"]) == ({"a": 1}, {"b": 2})
    assert details["A-5"]["orderId"] == "o1"


def test_hold_needs_a_token(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="e1")

    assert codes(best_available(admin, "e1", {"number": 1}, status=HELD)) == ["HOLD_TOKEN_REQUIRED"]


def test_book_and_hold_aliases(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="e1")
    token = hold_token(admin)

    booked = ok(best_available(admin, "e1", {"number": 1}, path="book"))
    held = ok(best_available(admin, "e1", {"number": 1, "holdToken": token}, path="hold"))

    assert booked["objectDetails"]["A-5"]["status"] == "booked"
    assert held["objectDetails"]["A-4"]["status"] == HELD


def test_not_enough_objects(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="e1")

    assert errors(best_available(admin, "e1", {"number": 3000})) == [
        ("BEST_AVAILABLE_OBJECTS_NOT_FOUND", "Best available objects not found")
    ]


def test_unknown_event_is_event_not_found(admin: httpx.Client) -> None:
    assert codes(best_available(admin, "nope", {"number": 1}), 404) == ["EVENT_NOT_FOUND"]


@pytest.mark.parametrize("name", ["sampleChartWithFloors.json", "sampleChartWithErrors.json"])
def test_charts_without_focal_point(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, name: str
) -> None:
    create_event(admin, upload_sample(emulator, company, name), eventKey="e1")

    assert codes(best_available(admin, "e1", {"number": 1})) == ["BEST_AVAILABLE_OBJECTS_NOT_FOUND"]


def test_sections_and_zones(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> None:
    sections = upload_sample(emulator, company, "sampleChartWithSections.json")
    zones = upload_sample(emulator, company, "sampleChartWithZones.json")
    create_event(admin, sections, eventKey="s")
    create_event(admin, zones, eventKey="z")

    assert picked(admin, "s", number=1, sections=["Section B"]) == ["Section B-A-1"]
    assert picked(admin, "s", number=1, sections=["Section A"]) == ["Section A-A-1"]
    # Row A of Section B has 4 free seats left: 3 of them would leave a single seat.
    assert picked(admin, "s", number=3, categories=["4"]) == [
        "Section B-B-1",
        "Section B-B-2",
        "Section B-B-3",
    ]
    assert picked(admin, "z", number=1, zone="midtrack") == ["MT3-A-139"]
    assert picked(admin, "z", number=1, zone="finishline") == ["Goal Stand 4-A-1"]


def test_bad_parameters(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="e1")

    invalid: list[dict[str, object]] = [
        {"number": 0},
        {"number": 2, "ticketTypes": ["one"]},
        {"number": 1, "extraData": [{}, {}]},
        {"number": 1, "accessibleSeats": 2},
    ]
    for options in invalid:
        assert codes(best_available(admin, "e1", options)) == ["VALIDATION_FAILED"]


@pytest.fixture
def venue(emulator: Emulator, company: TestCompany) -> str:
    drawing = (
        ChartBuilder("Venue")
        .category(1, "Seats", "#111111")
        .category(2, "Tables", "#222222")
        .category(3, "Floor", "#333333")
        .focal_point()
        .row("A", seats=["1", "2", Seat("3", accessible=True)], category=1)
        .table("T1", seats=4, category=2, book_as_a_whole=True)
        .table("T2", seats=4, category=2, book_as_a_whole=True)
        .ga_area("Small", capacity=2, category=3)
        .ga_area("Big", capacity=50, category=3)
        .build()
    )
    return emulator.upload_chart(drawing, secret_key=company.admin_key)


def test_scattered_seats_when_no_row_has_room(admin: httpx.Client, venue: str) -> None:
    create_event(admin, venue, eventKey="e1")
    changed(admin, "e1", ["A-2"])

    result = ok(best_available(admin, "e1", {"number": 2, "categories": ["1"]}))

    assert result["objects"] == ["A-1", "A-3"]
    assert result["nextToEachOther"] is False


def test_tables_booked_as_a_whole(admin: httpx.Client, venue: str) -> None:
    create_event(admin, venue, eventKey="e1")

    result = ok(best_available(admin, "e1", {"number": 1, "categories": ["Tables"]}))

    # T1 and T2 are equally far away: chart order decides.
    assert result["objects"] == ["T1"]
    assert result["objectDetails"]["T1"]["status"] == "booked"
    assert "nextToEachOther" not in result
    again = ok(best_available(admin, "e1", {"number": 1, "categories": ["Tables"]}))
    assert again["objects"] == ["T2"]


def test_one_general_admission_area_with_enough_places(admin: httpx.Client, venue: str) -> None:
    create_event(admin, venue, eventKey="e1")

    result = ok(best_available(admin, "e1", {"number": 3, "categories": ["3"]}))

    assert result["objects"] == ["Big", "Big", "Big"]
    assert result["objectDetails"]["Big"]["numBooked"] == 3
    # Both areas are equally far away; "Small" comes first but has only 2 places.
    small = ok(best_available(admin, "e1", {"number": 2, "categories": ["3"]}))["objects"]
    assert small == ["Small", "Small"]


@pytest.fixture
def two_rows(emulator: Emulator, company: TestCompany) -> str:
    # Seats k of both rows sit at x = 20k; the focal point is a little right of the middle.
    drawing = (
        ChartBuilder("Two rows")
        .category(1, "Seats", "#111111")
        .focal_point(93, 0)
        .row("A", seats=8, category=1)
        .row("B", seats=8, category=1)
        .build()
    )
    return emulator.upload_chart(drawing, secret_key=company.admin_key)


def test_a_row_is_searched_outward_from_its_ideal_seats_left_first(
    admin: httpx.Client, two_rows: str
) -> None:
    create_event(admin, two_rows, eventKey="e1")
    changed(admin, "e1", ["A-4", "A-5"])

    first = picked(admin, "e1", number=2, tryToPreventOrphanSeats=False)
    second = picked(admin, "e1", number=2, tryToPreventOrphanSeats=False)

    # are closer than, but both pairs lie two seats from the ideal;
    # once are taken, the right pair is next.
    assert first == ["A-2", "A-3"]
    assert second == ["A-6", "A-7"]


def test_rows_compete_by_the_distance_of_their_answers(admin: httpx.Client, two_rows: str) -> None:
    create_event(admin, two_rows, eventKey="e1")
    changed(admin, "e1", ["A-3", "A-4", "A-5", "A-6"])

    # Row A's best left pair lies farther away than row B's ideal pair.
    assert picked(admin, "e1", number=2, tryToPreventOrphanSeats=False) == ["B-4", "B-5"]


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # The closest runs of T1's six seats wrap from its last seat to its first: a round
        # table's seats form a ring (chart-model.md 2.8).
        (3, ["T1-5", "T1-6", "T1-1"]),
        (4, ["T1-4", "T1-5", "T1-6", "T1-1"]),
    ],
)
def test_a_round_tables_seats_form_a_ring(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, number: int, expected: list[str]
) -> None:
    create_event(
        admin, upload_sample(emulator, company, "sampleChartWithTables.json"), eventKey="e1"
    )

    result = ok(best_available(admin, "e1", {"number": number}))

    assert sorted(result["objects"]) == sorted(expected)
    assert result["nextToEachOther"] is True
