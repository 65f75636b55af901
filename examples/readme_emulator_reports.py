"""Reports from the local Seats.io: computed from what your test booked, on every call."""

from __future__ import annotations

import httpx

from seatsio_typed.testing import ChartBuilder, Emulator, TestCompany


def emulator_http(emulator: Emulator, company: TestCompany) -> httpx.Client:
    """Plain HTTP calls on the in-process emulator (no socket)."""
    return httpx.Client(
        transport=emulator.transport(),
        base_url="https://api-eu.seatsio.net",
        auth=httpx.BasicAuth(company.admin_key, ""),
    )


def test_summary_by_status(seatsio_emulator: Emulator, seatsio_company: TestCompany) -> None:
    """Summaries count places: a GA area counts every place, split by how they stand."""
    drawing = ChartBuilder("Club").row("A", seats=4).ga_area("Floor", capacity=50).build()
    chart_key = seatsio_emulator.upload_chart(drawing, secret_key=seatsio_company.admin_key)
    with emulator_http(seatsio_emulator, seatsio_company) as http:
        http.post("/events", json={"chartKey": chart_key, "eventKey": "gig"}).raise_for_status()
        http.post(
            "/events/gig/actions/book",
            json={"objects": ["A-1", {"objectId": "Floor", "quantity": 10}]},
        ).raise_for_status()
        summary = http.get("/reports/events/gig/byStatus/summary").json()
        assert summary["booked"]["count"] == 11
        assert summary["free"]["count"] == 3 + 40


def test_usage_this_month(seatsio_emulator: Emulator, seatsio_company: TestCompany) -> None:
    """Usage reports count the objects your tests used, per month of the emulator clock."""
    drawing = ChartBuilder("Club").row("A", seats=4).build()
    chart_key = seatsio_emulator.upload_chart(drawing, secret_key=seatsio_company.admin_key)
    with emulator_http(seatsio_emulator, seatsio_company) as http:
        http.post("/events", json={"chartKey": chart_key, "eventKey": "gig"}).raise_for_status()
        booking = {"objects": ["A-1", "A-2"]}
        http.post("/events/gig/actions/book", json=booking).raise_for_status()
        usage = http.get("/reports/usage", params={"version": "2"}).json()
        assert [month["numUsedObjects"] for month in usage["usage"]] == [2]
