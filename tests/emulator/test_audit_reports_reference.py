"""Audit of the reports against the (confirmed) statements of reports.md on the sample charts.

Each test names the statement it holds (reports.md section). Statements already held by
`test_reports_chart.py`, `test_reports_event.py` and `test_reports_usage.py` are not repeated.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import changed, create_event, hold_token, info, ok, upload_sample

HELD = "reservedByToken"
ACCESSIBILITY_FLAGS = (
    "isAccessible",
    "isCompanionSeat",
    "hasLiftUpArmrests",
    "isHearingImpaired",
    "isSemiAmbulatorySeat",
    "hasSignLanguageInterpretation",
    "isPlusSize",
    "hasRestrictedView",
)
CHART_DETAILED = ("byLabel", "byObjectType", "byCategoryKey", "byCategoryLabel", "bySection")
CHART_SUMMARIES = ("byObjectType", "byCategoryKey", "byCategoryLabel", "bySection", "byZone")


def _get(client: httpx.Client, path: str, **params: str) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _chart(client: httpx.Client, chart: str, report: str, **params: str) -> Any:
    return _get(client, f"/reports/charts/{chart}/{report}", **params)


def _event(client: httpx.Client, event: str, report: str = "", **params: str) -> Any:
    suffix = f"/{report}" if report else ""
    return _get(client, f"/reports/events/{event}{suffix}", **params)


def _only(report: dict[str, Any], label: str) -> dict[str, Any]:
    (item,) = report[label]
    found: dict[str, Any] = item
    return found


@pytest.fixture
def sample(emulator: Emulator, company: TestCompany) -> str:
    return upload_sample(emulator, company, "sampleChart.json")


# §1.1-§1.3 and §2.3: chart report items


def test_a_seat_of_a_sectionless_chart_has_exactly_own_and_parent_labels(
    admin: httpx.Client, sample: str
) -> None:
    seat = _only(_chart(admin, sample, "byLabel"), "A-1")

    assert seat["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
    }
    assert seat["ids"] == {"own": "1", "parent": "A"}
    assert {flag: seat[flag] for flag in ACCESSIBILITY_FLAGS} == dict.fromkeys(
        ACCESSIBILITY_FLAGS, False
    )
    assert isinstance(seat["distanceToFocalPoint"], (int, float))
    assert not isinstance(seat["distanceToFocalPoint"], bool)


def test_a_chart_ga_area_item(admin: httpx.Client, sample: str) -> None:
    area = _only(_chart(admin, sample, "byLabel"), "GA1")

    assert (area["objectType"], area["capacity"], area["bookAsAWhole"]) == (
        "generalAdmission",
        100,
        False,
    )
    assert {"categoryKey", "categoryLabel"} <= set(area)
    assert not {"section", "entrance", "floor"} & set(area)
    assert not set(ACCESSIBILITY_FLAGS) & set(area)


def test_a_seat_in_a_section_with_an_entrance(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithSections.json")

    seat = _only(_chart(admin, chart, "byLabel"), "Section A-A-1")
    by_section = _chart(admin, chart, "bySection")

    assert seat["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
        "section": "Section A",
        "entrance": {"label": "Entrance 1"},
    }
    assert seat["ids"] == {"own": "1", "parent": "A", "section": "Section A"}
    assert (seat["section"], seat["entrance"]) == ("Section A", "Entrance 1")
    assert "floor" not in seat
    assert all(item["section"] == "Section A" for item in by_section["Section A"])
    assert "NO_SECTION" not in by_section or by_section["NO_SECTION"] == []


def test_floor_objects_on_multi_floor_charts_only(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, sample: str
) -> None:
    floors = upload_sample(emulator, company, "sampleChartWithFloors.json")
    zones = upload_sample(emulator, company, "sampleChartWithZones.json")

    by_section = _chart(admin, floors, "bySection")

    assert {item["floor"]["name"] for item in by_section["S1"]} == {"1"}
    assert by_section["S1"][0]["floor"] == {"name": "1", "displayName": "Floor 1"}
    assert by_section["S2"][0]["floor"] == {"name": "2", "displayName": "Floor 2"}
    for single_floor in (sample, zones):
        flat = _chart(admin, single_floor, "byObjectType")
        assert not any("floor" in item for items in flat.values() for item in items)


def test_a_table_lists_its_own_book_as_a_whole_flag(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithTables.json")

    report = _chart(admin, chart, "byLabel", bookWholeTables="true")

    # T1's own chart flag (absent in the drawing), not the report's bookWholeTables value.
    assert _only(report, "T1")["bookAsAWhole"] is False
    assert _only(report, "T1")["numSeats"] == 6
    assert _only(report, "T1")["objectType"] == "table"


# §2.2 and §2.4: options and summaries


@pytest.mark.parametrize("report", [*CHART_DETAILED, "byZone"])
def test_version_draft_gives_the_same_reports_from_an_unchanged_draft(
    admin: httpx.Client, sample: str, report: str
) -> None:
    create_event(admin, sample)
    renamed = admin.post(f"/charts/{sample}", json={"name": "Renamed in the draft"})
    assert renamed.status_code < 300, renamed.text

    assert _chart(admin, sample, report, version="draft") == _chart(admin, sample, report)
    if report in CHART_SUMMARIES:
        summary = f"{report}/summary"
        assert _chart(admin, sample, summary, version="draft") == _chart(admin, sample, summary)


def test_book_whole_tables_true_counts_each_table_once_and_keeps_seat_at_zero(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithTables.json")

    summary = _chart(admin, chart, "byObjectType/summary", bookWholeTables="true")
    default = _chart(admin, chart, "byObjectType/summary")

    assert summary["table"]["count"] == 2
    assert summary["seat"]["count"] == 0
    # By default tables and their seats are both counted.
    assert (default["table"]["count"], default["seat"]["count"]) == (2, 12)


def test_chart_summary_breakdowns(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, sample: str
) -> None:
    zones = upload_sample(emulator, company, "sampleChartWithZones.json")
    by_type = _chart(admin, sample, "byObjectType/summary")
    by_key = _chart(admin, sample, "byCategoryKey/summary")
    by_label = _chart(admin, sample, "byCategoryLabel/summary")
    by_section = _chart(admin, sample, "bySection/summary")
    by_zone = _chart(admin, zones, "byZone/summary")

    assert {"count", "bySection", "byCategoryKey", "byCategoryLabel"} <= set(by_type["seat"])
    assert by_type["generalAdmission"]["byCategoryKey"] == {"9": 100, "10": 100}
    assert {"count", "bySection"} <= set(by_key["9"])
    assert {"count", "bySection"} <= set(by_label["Cat1"])
    assert by_label["Cat1"]["count"] == 116
    assert {"count", "byCategoryKey", "byCategoryLabel"} <= set(by_section["NO_SECTION"])
    midtrack = by_zone["midtrack"]
    assert {"count", "byCategoryKey", "byCategoryLabel", "bySection", "byObjectType"} <= set(
        midtrack
    )
    assert by_zone["finishline"]["count"] == 2865
    for summary in (by_type, by_key, by_label, by_section, by_zone):
        for item in summary.values():
            assert isinstance(item["count"], int)
            for key, value in item.items():
                if key != "count":
                    assert all(isinstance(n, int) for n in value.values())


# §3.2-§3.5: event reports


def test_every_event_item_carries_season_status_overridden_quantity_and_no_display_types(
    admin: httpx.Client, sample: str
) -> None:
    create_event(admin, sample, eventKey="e")

    flat = _event(admin, "e")

    assert len(flat) == 34
    assert all(item["seasonStatusOverriddenQuantity"] == 0 for item in flat)
    assert not any(item.get("displayedObjectType") is not None for item in flat)
    assert not any(item.get("parentDisplayedObjectType") is not None for item in flat)
    for item in flat:
        if item["objectType"] == "seat":
            assert all(isinstance(item[flag], bool) for flag in ACCESSIBILITY_FLAGS)
            assert "bookAsAWhole" not in item
        else:
            assert not set(ACCESSIBILITY_FLAGS) & set(item)
        assert isinstance(item["categoryKey"], str)
    area = next(item for item in flat if item["label"] == "GA1")
    assert (area["variableOccupancy"], area["minOccupancy"], area["maxOccupancy"]) == (
        True,
        1,
        100,
    )


def test_a_booked_seat_in_a_channel_reports_the_confirmed_fields(
    admin: httpx.Client, sample: str
) -> None:
    channel = {"key": "channelKey1", "name": "C1", "color": "#ff0000", "index": 1}
    create_event(admin, sample, eventKey="c", channels=[{**channel, "objects": ["A-1", "A-2"]}])
    changed(
        admin,
        "c",
        [{"objectId": "A-1", "ticketType": "tt1", "extraData": {"foo": "bar"}}],
        orderId="order1",
        channelKeys=["channelKey1"],
    )

    seat = _only(_event(admin, "c", "byLabel"), "A-1")

    assert seat["status"] == "booked"
    assert (seat["ticketType"], seat["orderId"], seat["extraData"]) == (
        "tt1",
        "order1",
        {"foo": "bar"},
    )
    assert (seat["forSale"], seat["isAvailable"], seat["channel"]) == (True, False, "channelKey1")
    assert (seat["objectType"], seat["categoryKey"], seat["categoryLabel"]) == ("seat", "9", "Cat1")
    assert seat["rightNeighbour"] == "A-2"
    assert isinstance(seat["distanceToFocalPoint"], (int, float))
    assert not {"section", "entrance", "numBooked", "capacity", "bookAsAWhole"} & set(seat)
    assert seat == info(admin, "c", "A-1")


def test_held_and_resale_seats(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="r")
    token = hold_token(admin)
    changed(admin, "r", ["A-1"], status=HELD, holdToken=token)
    changed(admin, "r", ["A-2"], status="resale", resaleListingId="listing1")

    by_label = _event(admin, "r", "byLabel")

    assert _only(by_label, "A-1")["holdToken"] == token
    assert _only(by_label, "A-2")["status"] == "resale"
    assert _only(by_label, "A-2")["resaleListingId"] == "listing1"
    assert _only(by_label, "A-2")["isAvailable"] is True


def test_a_ga_area_with_bookings_and_holds(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="g")
    token = hold_token(admin)
    changed(admin, "g", [{"objectId": "GA1", "quantity": 5}])
    changed(admin, "g", [{"objectId": "GA1", "quantity": 3}], status=HELD, holdToken=token)

    area = _only(_event(admin, "g", "byLabel"), "GA1")
    by_type = _event(admin, "g", "byObjectType/summary")

    assert (area["numBooked"], area["numHeld"], area["numFree"], area["capacity"]) == (
        5,
        3,
        92,
        100,
    )
    assert area["bookAsAWhole"] is False
    assert area["status"] == HELD
    assert by_type["generalAdmission"]["count"] == 200
    assert by_type["generalAdmission"]["byStatus"] == {"booked": 5, HELD: 3, "free": 192}


def test_a_table_item_on_the_tables_chart(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithTables.json")
    create_event(admin, chart, eventKey="t", tableBookingConfig={"mode": "ALL_BY_TABLE"})

    table = _only(_event(admin, "t", "byLabel"), "T1")

    assert (table["objectType"], table["numSeats"], table["bookAsAWhole"]) == ("table", 6, False)


def test_summary_items_after_one_booking(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="s")
    changed(admin, "s", ["A-1"])

    by_reason = _event(admin, "s", "byAvailabilityReason/summary")
    by_section = _event(admin, "s", "bySection/summary")
    by_type = _event(admin, "s", "byObjectType/summary")
    by_key = _event(admin, "s", "byCategoryKey/summary")

    assert (by_reason["available"]["count"], by_reason["booked"]["count"]) == (231, 1)
    assert {
        "bySection",
        "byCategoryLabel",
        "byCategoryKey",
        "byStatus",
        "byChannel",
        "byAvailability",
    } <= set(by_reason["booked"])
    assert by_reason["booked"]["byAvailability"] == {"not_available": 1}
    assert {"byCategoryKey", "byCategoryLabel", "byChannel", "byStatus", "byZone"} <= set(
        by_section["NO_SECTION"]
    )
    assert by_section["NO_SECTION"]["byStatus"] == {"booked": 1, "free": 231}
    assert {"bySection", "byCategoryKey", "byCategoryLabel", "byChannel", "byStatus"} <= set(
        by_type["seat"]
    )
    assert by_type["seat"]["count"] == 32
    assert by_type["generalAdmission"]["count"] == 200
    assert (by_key["9"]["count"], by_key["10"]["count"]) == (116, 116)
    assert by_key["9"]["byStatus"] == {"booked": 1, "free": 115}


def test_deep_summary_inner_items_hold_integers(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="d")
    changed(admin, "d", ["A-1"])

    for report in ("byStatus", "byAvailability", "byChannel", "bySection", "byCategoryKey"):
        deep = _event(admin, "d", f"{report}/summary/deep")
        summary = _event(admin, "d", f"{report}/summary")
        assert set(deep) == set(summary)
        for group, item in deep.items():
            assert item["count"] == summary[group]["count"]
            for dimension, inner in item.items():
                if dimension == "count":
                    continue
                assert {key: value["count"] for key, value in inner.items()} == {
                    key: n for key, n in summary[group][dimension].items() if n
                }
                for value in inner.values():
                    for key, counts in value.items():
                        if key != "count":
                            assert all(isinstance(n, int) for n in counts.values())


def test_zones_chart_event_by_zone(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    create_event(admin, upload_sample(emulator, company, "sampleChartWithZones.json"), eventKey="z")

    midtrack = _event(admin, "z", "byZone/midtrack")["midtrack"]
    by_section = _event(admin, "z", "bySection/summary")

    assert len(midtrack) == 6032
    assert all(item["zone"] == "midtrack" for item in midtrack)
    assert by_section["MT1"]["byZone"] == {"midtrack": 2418}


def test_percent_encoded_non_ascii_filter(admin: httpx.Client, sample: str) -> None:
    create_event(admin, sample, eventKey="Balcão Nobre")
    changed(admin, "Balcão Nobre", ["A-1"], orderId="Balcão Nobre")

    response = admin.get("/reports/events/Balc%C3%A3o%20Nobre/byOrderId/Balc%C3%A3o%20Nobre")

    assert [item["label"] for item in ok(response)["Balcão Nobre"]] == ["A-1"]


def test_a_booked_object_marked_not_for_sale_is_reported_under_its_status(
    admin: httpx.Client, sample: str
) -> None:
    create_event(admin, sample, eventKey="n")
    changed(admin, "n", ["A-1"])
    marked = admin.post("/events/n/actions/mark-as-not-for-sale", json={"objects": ["A-1", "A-2"]})
    assert marked.status_code < 300, marked.text

    by_reason = _event(admin, "n", "byAvailabilityReason")

    assert [item["label"] for item in by_reason["booked"]] == ["A-1"]
    assert [item["label"] for item in by_reason["not_for_sale"]] == ["A-2"]
    assert _only(_event(admin, "n", "byLabel"), "A-1")["forSale"] is False
