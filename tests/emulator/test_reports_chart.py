"""Chart reports (reports.md §2): groups, items, summaries, `bookWholeTables` and `version`."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import codes, create_event, ok, upload_hall, upload_sample


def _report(client: httpx.Client, chart: str, report: str, **params: str) -> dict[str, Any]:
    return ok(client.get(f"/reports/charts/{chart}/{report}", params=params))


def _sizes(report: dict[str, Any]) -> dict[str, int]:
    return {group: len(items) for group, items in report.items()}


def test_sample_chart_by_object_type_lists_every_type(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChart.json")

    report = _report(admin, chart, "byObjectType")

    assert _sizes(report) == {"seat": 32, "table": 0, "generalAdmission": 2, "booth": 0}


def test_a_seat_item_carries_the_chart_fields_and_no_status(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChart.json")

    (seat,) = _report(admin, chart, "byLabel")["A-1"]
    (area,) = _report(admin, chart, "byLabel")["GA1"]

    assert seat["categoryKey"] == "9"
    assert seat["categoryLabel"] == "Cat1"
    assert seat["objectType"] == "seat"
    assert seat["rightNeighbour"] == "A-2"
    assert seat["isAccessible"] is False
    assert seat["labels"] == {
        "own": {"label": "1", "type": "seat"},
        "parent": {"label": "A", "type": "row"},
    }
    assert seat["ids"] == {"own": "1", "parent": "A"}
    for absent in ("section", "entrance", "capacity", "floor", "leftNeighbour", "status"):
        assert absent not in seat
    assert area["capacity"] == 100
    assert area["bookAsAWhole"] is False
    assert area["objectType"] == "generalAdmission"


def test_sample_chart_summaries_count_places(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChart.json")

    by_type = _report(admin, chart, "byObjectType/summary")
    by_key = _report(admin, chart, "byCategoryKey/summary")
    by_section = _report(admin, chart, "bySection/summary")

    assert by_type["seat"]["count"] == 32
    assert by_type["generalAdmission"]["count"] == 200
    assert by_type["table"] == {
        "count": 0,
        "byCategoryKey": {},
        "byCategoryLabel": {},
        "bySection": {},
        "byZone": {},
    }
    assert by_type["seat"]["bySection"] == {"NO_SECTION": 32}
    assert by_key["9"]["count"] == 116
    assert by_key["10"]["count"] == 116
    assert by_key["9"]["bySection"] == {"NO_SECTION": 116}
    assert by_section["NO_SECTION"]["count"] == 232
    assert by_section["NO_SECTION"]["byCategoryLabel"] == {"Cat1": 116, "Cat2": 116}


@pytest.mark.parametrize(
    ("book_whole_tables", "groups"), [(None, 14), ("chart", 7), ("true", 2), ("false", 12)]
)
def test_book_whole_tables_chooses_tables_or_their_seats(
    emulator: Emulator,
    company: TestCompany,
    admin: httpx.Client,
    book_whole_tables: str | None,
    groups: int,
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithTables.json")
    params = {} if book_whole_tables is None else {"bookWholeTables": book_whole_tables}

    report = _report(admin, chart, "byLabel", **params)

    assert len(report) == groups


def test_book_whole_tables_chart_follows_each_table(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithTables.json")

    labels = set(_report(admin, chart, "byLabel", bookWholeTables="chart"))
    tables = _report(admin, chart, "byObjectType/summary", bookWholeTables="true")

    assert labels == {f"T1-{n}" for n in range(1, 7)} | {"T2"}
    assert tables["table"]["count"] == 2
    (t1,) = _report(admin, chart, "byLabel", bookWholeTables="true")["T1"]
    assert t1["numSeats"] == 6
    assert t1["bookAsAWhole"] is False


def test_the_python_client_spelling_of_true_is_accepted(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithTables.json")

    assert len(_report(admin, chart, "byLabel", bookWholeTables="True")) == 2


def test_zones_chart_by_zone(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithZones.json")

    report = _report(admin, chart, "byZone")
    summary = _report(admin, chart, "byZone/summary")

    assert _sizes(report) == {"midtrack": 6032, "finishline": 2865, "NO_ZONE": 0}
    assert all(item["zone"] == "midtrack" for item in report["midtrack"])
    midtrack = summary["midtrack"]
    assert midtrack["count"] == 6032
    assert midtrack["bySection"] == {"MT1": 2418, "MT3": 3614}
    assert midtrack["byObjectType"] == {"seat": 6032}
    assert midtrack["byCategoryKey"] == {"2": 6032}
    assert midtrack["byCategoryLabel"] == {"Mid Track Stand": 6032}


def test_floors_chart_by_section_and_floor_objects(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithFloors.json")

    report = _report(admin, chart, "bySection")

    assert {"S1", "S2"} <= set(report)
    for items in report.values():
        for item in items:
            assert set(item["floor"]) == {"name", "displayName"}


def test_hall_chart_groups_without_a_section_or_category(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_hall(emulator, company)

    by_section = _report(admin, chart, "bySection")
    by_zone = _report(admin, chart, "byZone")
    summary = _report(admin, chart, "bySection/summary")

    assert set(by_section) == {"NO_SECTION", "S1"}
    assert len(by_section["S1"]) == 2
    assert set(by_zone) == {"NO_ZONE"}
    # GA1 counts its 10 places; tables count 1 and are listed next to their seats by default.
    no_section = len(by_section["NO_SECTION"])
    assert summary["NO_SECTION"]["count"] == no_section - 1 + 10


def test_draft_version_reports_the_draft(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_hall(emulator, company)
    create_event(admin, chart)
    renamed = admin.post(f"/charts/{chart}/categories/1", json={"label": "Renamed"})
    assert renamed.status_code < 300, renamed.text

    published = _report(admin, chart, "byCategoryLabel")
    draft = _report(admin, chart, "byCategoryLabel", version="draft")

    assert "Stalls" in published
    assert "Renamed" not in published
    assert "Renamed" in draft
    assert "Stalls" not in draft


def test_draft_version_of_a_chart_without_draft_is_404(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_hall(emulator, company)

    response = admin.get(f"/reports/charts/{chart}/byLabel", params={"version": "draft"})

    assert codes(response, 404) == ["DRAFT_VERSION_NOT_FOUND"]


@pytest.mark.parametrize(
    "params", [{"bookWholeTables": "maybe"}, {"version": "latest"}, {"version": ["draft", "draft"]}]
)
def test_bad_options_are_400(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, params: dict[str, Any]
) -> None:
    chart = upload_hall(emulator, company)

    response = admin.get(f"/reports/charts/{chart}/byLabel", params=params)

    assert codes(response) == ["VALIDATION_FAILED"]


@pytest.mark.parametrize("path", ["byStatus", "byLabel/summary", "bySection/summary/deep"])
def test_unknown_report_types_are_404(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, path: str
) -> None:
    chart = upload_hall(emulator, company)

    response = admin.get(f"/reports/charts/{chart}/{path}")

    assert response.status_code == 404


def test_unknown_chart_is_404(admin: httpx.Client) -> None:
    response = admin.get("/reports/charts/nope/byLabel")

    assert codes(response, 404) == ["CHART_NOT_FOUND"]


def test_items_leave_out_the_83_21_shape_types(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    """`areaType` / `tableType`: values undocumented, so omitted (reports.md: "omit unless a
    value is known")."""
    tables = upload_sample(emulator, company, "sampleChartWithTables.json")
    areas = upload_sample(emulator, company, "sampleChart.json")
    create_event(admin, areas, eventKey="shapes")

    (table,) = _report(admin, tables, "byLabel", bookWholeTables="true")["T1"]
    (area,) = _report(admin, areas, "byLabel")["GA1"]
    (event_area,) = ok(admin.get("/reports/events/shapes/byLabel/GA1"))["GA1"]

    assert not {"areaType", "tableType"} & {*table, *area, *event_area}
