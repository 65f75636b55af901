"""83.21 object-info fields `tableType` and `areaType`: their values are undocumented and the
link to the drawing's shape `type` is unverified, so the emulator leaves them out (object-status.md
§4.1: "emulator: omit it unless a value is known"), even when the drawing has a type."""

from __future__ import annotations

import httpx

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import create_event, info, infos, upload_sample


def test_tables_areas_and_seats_carry_no_shape_type(admin: httpx.Client, event: str) -> None:
    found = [info(admin, event, label) for label in ("T2", "GA1", "A-1")]

    assert all(not {"tableType", "areaType"} & set(one) for one in found)


def test_drawn_types_are_not_sent(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    chart = upload_sample(emulator, company, "sampleChartWithTables.json")
    create_event(admin, chart, eventKey="tables", tableBookingConfig={"mode": "ALL_BY_TABLE"})
    areas = upload_sample(emulator, company, "sampleChart.json")
    create_event(admin, areas, eventKey="sample")

    table = info(admin, "tables", "T1")
    ga = infos(admin, "sample", "GA1", "GA2")

    assert "tableType" not in table
    assert all("areaType" not in ga[label] for label in ("GA1", "GA2"))
