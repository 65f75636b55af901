"""A builder drawing uploaded to the emulator is a working chart: retrieve, validate, thumbnail."""

from __future__ import annotations

import httpx

from seatsio_typed.testing import Emulator
from seatsio_typed.testing._charts import render_thumbnail
from seatsio_typed.testing.builder import ChartBuilder


def test_builder_chart_works_in_the_emulator() -> None:
    emulator = Emulator(deterministic=True, seed=7)
    company = emulator.create_test_company()
    drawing = (
        ChartBuilder("Concert hall")
        .category(1, "Stalls", "#ff0000")
        .category(2, "Standing", "#00aa00")
        .focal_point()
        .row("A", seats=4, category=1)
        .ga_area("Floor", capacity=50, category=2)
        .build()
    )
    key = emulator.upload_chart(drawing, secret_key=company.admin_key, chart_key="hall")
    client = httpx.Client(
        transport=emulator.transport(),
        base_url="https://api-eu.seatsio.net",
        auth=(company.admin_key, ""),
    )

    with client:
        validation = client.post(f"/charts/{key}/version/published/actions/validate")
        thumbnail = client.get(f"/charts/{key}/version/published/thumbnail")
        chart = client.get(f"/charts/{key}")

    assert validation.json() == {"errors": [], "warnings": []}
    assert thumbnail.headers["content-type"] == "image/png"
    assert thumbnail.content == render_thumbnail(drawing)
    assert chart.json()["name"] == "Concert hall"
