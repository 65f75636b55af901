"""83.21 object-info fields `tableType` and `areaType`: the drawing's shape `type` of a table or
GA area (unverified link; absent on every other object and when the drawing has no type)."""

from __future__ import annotations

from typing import Any, cast

import httpx

from seatsio_typed.testing import Emulator, TestCompany
from seatsio_typed.testing.builder import ChartBuilder

from ._events_support import create_event, info, infos, upload_sample


def test_tables_and_areas_carry_their_drawn_type(admin: httpx.Client, event: str) -> None:
    table, area, seat = (info(admin, event, label) for label in ("T2", "GA1", "A-1"))

    assert (table.get("tableType"), table.get("areaType")) == ("round", None)
    assert (area.get("areaType"), area.get("tableType")) == ("circle", None)
    assert not {"tableType", "areaType"} & set(seat)


def test_sample_chart_types_come_from_the_drawing(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChart.json")
    create_event(admin, chart, eventKey="sample", tableBookingConfig={"mode": "ALL_BY_TABLE"})

    found = infos(admin, "sample", "GA1", "GA2")

    assert [found[label].get("areaType") for label in ("GA1", "GA2")] == ["circle", "circle"]


def test_no_type_in_the_drawing_means_no_field(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    drawing = ChartBuilder("Plain").ga_area("GA1", capacity=5).build()
    areas = cast("dict[str, list[dict[str, Any]]]", drawing["subChart"])["generalAdmissionAreas"]
    for area in areas:
        area.pop("type", None)
    chart = emulator.upload_chart(drawing, secret_key=company.admin_key)
    create_event(admin, chart, eventKey="plain")

    assert "areaType" not in info(admin, "plain", "GA1")
