"""Events on the six sample charts: the confirmed facts of events.md, object-status.md and
chart-model.md §4 (skipped when ../shared is absent)."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import (
    HELD,
    change,
    changed,
    codes,
    create_event,
    hold_token,
    info,
    infos,
    upload_sample,
)


def on_sample(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, name: str, **fields: object
) -> dict[str, object]:
    return create_event(admin, upload_sample(emulator, company, name), eventKey="e1", **fields)


def test_event_on_sample_chart(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    event = on_sample(emulator, company, admin, "sampleChart.json")

    assert event["supportsBestAvailable"] is True
    assert event["categories"] == [
        {"key": 9, "label": "Cat1", "color": "#87A9CD", "accessible": False},
        {"key": 10, "label": "Cat2", "color": "#5E42ED", "accessible": False},
        {"key": "string11", "label": "Cat3", "color": "#5E42BB", "accessible": False},
    ]
    assert "forSaleConfig" not in event
    assert "updatedOn" not in event


def test_custom_status_on_a1_reports_the_confirmed_info(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    on_sample(emulator, company, admin, "sampleChart.json")

    seat = changed(admin, "e1", ["A-1"], "lolzor")["A-1"]

    assert seat["status"] == "lolzor"
    assert seat["label"] == "A-1"
    assert seat["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
    }
    assert seat["ids"] == {"own": "1", "parent": "A"}
    assert (seat["categoryLabel"], seat["categoryKey"]) == ("Cat1", "9")
    assert seat["objectType"] == "seat"
    assert seat["forSale"] is True
    assert seat["rightNeighbour"] == "A-2"
    for absent in (
        "ticketType",
        "orderId",
        "section",
        "entrance",
        "numBooked",
        "capacity",
        "leftNeighbour",
    ):
        assert absent not in seat


def test_ga_counters_after_bookings_and_holds(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    on_sample(emulator, company, admin, "sampleChart.json")
    fresh = info(admin, "e1", "GA1")
    assert (fresh["capacity"], fresh["numBooked"], fresh["numHeld"], fresh["numFree"]) == (
        100,
        0,
        0,
        100,
    )
    assert (fresh["bookAsAWhole"], fresh["variableOccupancy"]) == (False, True)
    assert (fresh["minOccupancy"], fresh["maxOccupancy"]) == (1, 100)
    assert fresh["categoryKey"] == "9"
    assert "isAccessible" not in fresh
    token = hold_token(admin)

    changed(admin, "e1", [{"objectId": "GA1", "quantity": 5}])
    area = changed(admin, "e1", [{"objectId": "GA1", "quantity": 3}], HELD, holdToken=token)["GA1"]

    assert (area["numBooked"], area["numHeld"], area["numFree"]) == (5, 3, 92)
    assert area["status"] == HELD
    assert area["holds"] == {token: {"NO_TICKET_TYPE": 3}}


def test_section_seat_labels_and_entrance(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    on_sample(emulator, company, admin, "sampleChartWithSections.json")

    seat = info(admin, "e1", "Section A-A-1")

    assert seat["ids"] == {"own": "1", "parent": "A", "section": "Section A"}
    assert seat["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
        "section": "Section A",
        "entrance": {"label": "Entrance 1"},
    }
    assert (seat["section"], seat["entrance"]) == ("Section A", "Entrance 1")


def test_floors_chart_without_focal_point(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    event = on_sample(emulator, company, admin, "sampleChartWithFloors.json")

    seat = info(admin, "e1", "S2-B-1")

    assert event["supportsBestAvailable"] is False
    assert seat["floor"] == {"name": "2", "displayName": "Floor 2"}
    assert (seat["categoryKey"], seat["categoryLabel"]) == ("2", "CatB")
    assert "distanceToFocalPoint" not in seat


@pytest.mark.parametrize(
    ("config", "bookable"),
    [
        ({"mode": "INHERIT"}, [f"T1-{n}" for n in range(1, 7)] + ["T2"]),
        ({"mode": "ALL_BY_TABLE"}, ["T1", "T2"]),
        (
            {"mode": "CUSTOM", "tables": {"T1": "BY_TABLE", "T2": "BY_SEAT"}},
            ["T1"] + [f"T2-{n}" for n in range(1, 7)],
        ),
    ],
)
def test_tables_chart_modes(
    emulator: Emulator,
    company: TestCompany,
    admin: httpx.Client,
    config: dict[str, object],
    bookable: list[str],
) -> None:
    on_sample(emulator, company, admin, "sampleChartWithTables.json", tableBookingConfig=config)

    objects = changed(admin, "e1", bookable)

    assert sorted(objects) == sorted(bookable)
    if "T1" in objects:
        assert objects["T1"]["bookAsAWhole"] is False  # the chart flag, not the event mode
        assert objects["T1"]["numSeats"] == 6


def test_errors_chart_duplicate_labels_share_their_state(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    on_sample(emulator, company, admin, "sampleChartWithErrors.json")

    changed(admin, "e1", ["A-1"])

    assert codes(change(admin, "e1", ["A-1"])) == ["ILLEGAL_STATUS_CHANGE"]
    uncategorised = info(admin, "e1", "A-4")
    assert "categoryKey" not in uncategorised
    assert infos(admin, "e1", "34")["34"]["capacity"] == 100


def test_zones_chart_objects_know_their_zone(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    on_sample(emulator, company, admin, "sampleChartWithZones.json")

    seat = info(admin, "e1", "MT1-A-1")

    assert (seat["zone"], seat["section"], seat["categoryKey"]) == ("midtrack", "MT1", "2")
    assert seat["categoryLabel"] == "Mid Track Stand"
    assert seat["rightNeighbour"] == "MT1-A-2"
