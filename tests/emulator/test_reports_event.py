"""Event reports (reports.md §3): groups, filters, summaries, deep summaries, flat list, CSV."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing.builder import ChartBuilder

from ._events_support import (
    changed,
    codes,
    create_event,
    hold_token,
    info,
    ok,
    upload_hall,
    upload_sample,
)

HELD = "reservedByToken"


def _report(client: httpx.Client, event: str, path: str = "", **params: str) -> Any:
    suffix = f"/{path}" if path else ""
    response = client.get(f"/reports/events/{event}{suffix}", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _sizes(report: dict[str, Any]) -> dict[str, int]:
    return {group: len(items) for group, items in report.items()}


@pytest.fixture
def sample_event(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> str:
    """An event "e1" on sampleChart.json (32 seats, GA1 and GA2 of 100 places)."""
    create_event(admin, upload_sample(emulator, company, "sampleChart.json"), eventKey="e1")
    return "e1"


def test_a_fresh_event_groups_by_category_section_and_type(
    admin: httpx.Client, sample_event: str
) -> None:
    assert _sizes(_report(admin, sample_event, "byCategoryKey")) == {"9": 17, "10": 17}
    assert _sizes(_report(admin, sample_event, "byCategoryLabel")) == {"Cat1": 17, "Cat2": 17}
    assert _sizes(_report(admin, sample_event, "bySection")) == {"NO_SECTION": 34}
    assert _sizes(_report(admin, sample_event, "byObjectType")) == {
        "seat": 32,
        "table": 0,
        "generalAdmission": 2,
        "booth": 0,
    }
    assert _sizes(_report(admin, sample_event, "byStatus")) == {"free": 34}
    assert _sizes(_report(admin, sample_event, "byZone")) == {"NO_ZONE": 34}
    assert _sizes(_report(admin, sample_event, "byChannel")) == {"NO_CHANNEL": 34}


def test_bookings_move_objects_between_availability_groups(
    admin: httpx.Client, sample_event: str
) -> None:
    changed(admin, sample_event, ["A-1", "A-2"])

    assert _sizes(_report(admin, sample_event, "byAvailability")) == {
        "available": 32,
        "not_available": 2,
    }
    assert _sizes(_report(admin, sample_event, "byAvailabilityReason")) == {
        "available": 32,
        "booked": 2,
    }
    assert [item["label"] for item in _report(admin, sample_event, "byStatus")["booked"]] == [
        "A-1",
        "A-2",
    ]


def test_order_ids_group_and_filter(admin: httpx.Client, sample_event: str) -> None:
    changed(admin, sample_event, ["A-1", "A-2"], orderId="order1")
    changed(admin, sample_event, ["A-3"], orderId="order2")

    report = _report(admin, sample_event, "byOrderId")
    filtered = _report(admin, sample_event, "byOrderId/order1")

    assert _sizes(report) == {"NO_ORDER_ID": 31, "order1": 2, "order2": 1}
    assert [item["label"] for item in filtered["order1"]] == ["A-1", "A-2"]


def test_channels_group_objects(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChart.json")
    channel = {"key": "channelKey1", "name": "C1", "color": "#ff0000", "index": 1}
    create_event(admin, chart, eventKey="c", channels=[{**channel, "objects": ["A-1", "A-2"]}])

    assert _sizes(_report(admin, "c", "byChannel")) == {"channelKey1": 2, "NO_CHANNEL": 32}
    summary = _report(admin, "c", "byChannel/summary")
    assert summary["channelKey1"]["count"] == 2
    assert summary["NO_CHANNEL"]["count"] == 230


def test_a_custom_status_forms_its_own_group(admin: httpx.Client, sample_event: str) -> None:
    changed(admin, sample_event, ["B-1", "B-2"], status="mystatus")

    assert len(_report(admin, sample_event, "byStatus/mystatus")["mystatus"]) == 2
    assert len(_report(admin, sample_event, "byAvailabilityReason")["mystatus"]) == 2


def test_a_filter_naming_no_group_gives_an_empty_object(
    admin: httpx.Client, sample_event: str
) -> None:
    assert _report(admin, sample_event, "byStatus/nobody") == {}
    assert len(_report(admin, sample_event, "bySection/NO_SECTION")["NO_SECTION"]) == 34


def test_summary_by_status_after_one_booking(admin: httpx.Client, sample_event: str) -> None:
    changed(admin, sample_event, ["A-1"])

    summary = _report(admin, sample_event, "byStatus/summary")
    availability = _report(admin, sample_event, "byAvailability/summary")

    booked = summary["booked"]
    assert booked["count"] == 1
    assert booked["bySection"] == {"NO_SECTION": 1}
    assert booked["byCategoryKey"] == {"9": 1}
    assert booked["byCategoryLabel"] == {"Cat1": 1}
    assert booked["byChannel"] == {"NO_CHANNEL": 1}
    assert "byStatus" not in booked
    assert summary["free"]["count"] == 231
    assert summary["free"]["byCategoryKey"] == {"9": 115, "10": 116}
    assert availability["available"]["count"] == 231
    assert availability["available"]["byStatus"] == {"free": 231}
    assert availability["not_available"]["byStatus"] == {"booked": 1}


def test_summary_by_section_lists_empty_fallbacks(admin: httpx.Client, sample_event: str) -> None:
    summary = _report(admin, sample_event, "bySection/summary")
    by_channel = _report(admin, sample_event, "byChannel/summary")

    assert summary["NO_SECTION"]["count"] == 232
    assert summary["NO_SECTION"]["byZone"] == {"NO_ZONE": 232}
    assert by_channel["NO_CHANNEL"]["count"] == 232


def test_deep_summary_nests_summary_items(admin: httpx.Client, sample_event: str) -> None:
    changed(admin, sample_event, ["A-1"])

    deep = _report(admin, sample_event, "byStatus/summary/deep")
    by_availability = _report(admin, sample_event, "byAvailability/summary/deep")

    inner = deep["booked"]["bySection"]["NO_SECTION"]
    assert deep["booked"]["count"] == 1
    assert inner["count"] == 1
    assert inner["byAvailability"] == {"not_available": 1}
    assert "byStatus" not in inner
    assert "bySection" not in inner
    cat1 = by_availability["not_available"]["byCategoryLabel"]["Cat1"]
    assert cat1 == {**cat1, "count": 1, "bySection": {"NO_SECTION": 1}}


def test_general_admission_places_are_split_by_status(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    create_event(admin, upload_hall(emulator, company), eventKey="h")
    token = hold_token(admin)
    changed(admin, "h", [{"objectId": "GA1", "quantity": 5}])
    changed(admin, "h", [{"objectId": "GA1", "quantity": 3}], status=HELD, holdToken=token)

    area = info(admin, "h", "GA1")
    by_status = _report(admin, "h", "byStatus/summary")
    by_reason = _report(admin, "h", "byAvailabilityReason/summary")
    (listed,) = _report(admin, "h", "byLabel/GA1")["GA1"]

    assert (area["numBooked"], area["numHeld"], area["numFree"]) == (5, 3, 2)
    assert by_status["booked"]["byObjectType"] == {"generalAdmission": 5}
    assert by_status[HELD]["byObjectType"] == {"generalAdmission": 3}
    assert by_status["free"]["byObjectType"]["generalAdmission"] == 2
    assert by_reason["booked"]["count"] == 5
    assert listed == area


def test_not_for_sale_objects_and_places(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    for_sale = {"forSale": False, "objects": ["A-1"], "areaPlaces": {"GA1": 4}, "categories": []}
    create_event(admin, upload_hall(emulator, company), eventKey="n", forSaleConfig=for_sale)

    by_reason = _report(admin, "n", "byAvailabilityReason/summary")
    detailed = _report(admin, "n", "byAvailabilityReason")

    assert by_reason["not_for_sale"]["count"] == 1 + 4
    assert [item["label"] for item in detailed["not_for_sale"]] == ["A-1"]


def test_tables_booked_whole_count_their_seats(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithTables.json")
    create_event(admin, chart, eventKey="t", tableBookingConfig={"mode": "ALL_BY_TABLE"})

    by_type = _report(admin, "t", "byObjectType")
    summary = _report(admin, "t", "byObjectType/summary")

    assert _sizes(by_type)["table"] == 2
    assert by_type["table"][0]["bookAsAWhole"] is False
    assert summary["table"]["count"] == 12


def test_an_event_without_objects_has_no_status_groups(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = emulator.upload_chart(ChartBuilder("Empty").build(), secret_key=company.admin_key)
    create_event(admin, chart, eventKey="empty")

    assert _report(admin, "empty", "byStatus") == {}
    assert _report(admin, "empty") == []


def test_flat_list_is_every_object_info_sorted_by_label(
    admin: httpx.Client, sample_event: str
) -> None:
    changed(admin, sample_event, ["B-2"], orderId="o")

    flat = _report(admin, sample_event)

    labels = [item["label"] for item in flat]
    assert labels == sorted(labels)
    assert len(flat) == 34
    assert next(item for item in flat if item["label"] == "B-2") == info(admin, sample_event, "B-2")


def test_flat_list_as_csv(admin: httpx.Client, sample_event: str) -> None:
    changed(admin, sample_event, ["A-1"], orderId="o1")

    response = admin.get(f"/reports/events/{sample_event}.csv")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 34
    first = rows[0]
    assert (first["label"], first["status"], first["orderId"]) == ("A-1", "booked", "o1")


def test_an_event_key_ending_in_csv_still_has_a_flat_list(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    create_event(admin, upload_hall(emulator, company), eventKey="sales.csv")

    flat = _report(admin, "sales.csv")

    assert isinstance(flat, list)
    assert flat != []


def test_season_bookings_not_propagated_is_accepted_everywhere(
    admin: httpx.Client, sample_event: str
) -> None:
    changed(admin, sample_event, ["A-1"])
    flag = {"seasonBookingsPropagated": "false"}

    # Outside a season an event has only its own bookings, so the report is the same.
    for path in ("byStatus", "byStatus/booked", "byStatus/summary", "byStatus/summary/deep", ""):
        assert _report(admin, sample_event, path, **flag) == _report(admin, sample_event, path)
    assert admin.get(f"/reports/events/{sample_event}.csv", params=flag).status_code == 200


def test_held_objects_are_free_again_once_the_token_expires(
    emulator: Emulator, admin: httpx.Client, sample_event: str
) -> None:
    token = hold_token(admin)
    changed(admin, sample_event, ["A-1"], status=HELD, holdToken=token)
    assert _sizes(_report(admin, sample_event, "byStatus")) == {HELD: 1, "free": 33}

    emulator.clock.advance(16 * 60)

    assert _sizes(_report(admin, sample_event, "byStatus")) == {"free": 34}


def test_percent_encoded_keys_and_filters(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    create_event(admin, upload_hall(emulator, company), eventKey="my event")
    changed(admin, "my event", ["A-1"], status="sold out")

    response = admin.get("/reports/events/my%20event/byStatus/sold%20out")

    assert [item["label"] for item in ok(response)["sold out"]] == ["A-1"]


@pytest.mark.parametrize(
    "path", ["byNothing", "byLabel/summary", "byOrderId/summary/deep", "byStatus/summary/other"]
)
def test_unknown_report_types_are_404(admin: httpx.Client, sample_event: str, path: str) -> None:
    assert admin.get(f"/reports/events/{sample_event}/{path}").status_code == 404


def test_unknown_event_is_404(admin: httpx.Client) -> None:
    assert codes(admin.get("/reports/events/nope/byStatus"), 404) == ["EVENT_NOT_FOUND"]
    assert codes(admin.get("/reports/events/nope.csv"), 404) == ["EVENT_NOT_FOUND"]


def test_bad_propagation_flag_is_400(admin: httpx.Client, sample_event: str) -> None:
    response = admin.get(
        f"/reports/events/{sample_event}/byStatus", params={"seasonBookingsPropagated": "nope"}
    )

    assert codes(response) == ["VALIDATION_FAILED"]


def test_season_bookings_are_left_out_when_not_propagated(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_hall(emulator, company)
    created = admin.post("/seasons", json={"chartKey": chart, "key": "s", "eventKeys": ["s1"]})
    assert created.status_code == 200, created.text
    changed(admin, "s", ["A-1"])
    flag = {"seasonBookingsPropagated": "false"}

    propagated = _report(admin, "s1", "byStatus")
    own = _report(admin, "s1", "byStatus", **flag)
    own_summary = _report(admin, "s1", "byStatus/summary", **flag)

    assert [item["label"] for item in propagated["booked"]] == ["A-1"]
    assert "booked" not in own
    assert "booked" not in own_summary
    assert (
        next(item for item in _report(admin, "s1", **flag) if item["label"] == "A-1")["status"]
        == "free"
    )


@pytest.mark.parametrize(
    "path",
    [
        "/reports/events/%00/byStatus",
        "/reports/events/e1/byStatus/%2F",
        "/reports/events/e1/byCategoryKey/%E2%82%AC",
        "/reports/events/.csv",
        "/reports/events/e1.csv.csv",
        "/reports/events/e1/byStatus/summary/deep?seasonBookingsPropagated=",
        "/reports/events/e1?seasonBookingsPropagated=false&seasonBookingsPropagated=false",
        "/reports/charts/nope/bySection/summary?bookWholeTables=",
        "/reports/usage/month/9999-12/event/0",
        "/reports/usage/month/0000-01",
        "/reports/usage/month/2025-01/event/99999999999999999999999999",
        "/reports/usage?version=abc",
    ],
)
def test_odd_requests_never_answer_5xx(admin: httpx.Client, sample_event: str, path: str) -> None:
    response = admin.get(path)

    assert response.status_code < 500, response.text
