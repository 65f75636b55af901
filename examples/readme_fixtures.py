"""Tests in your own suite with the ready clients of the package's pytest plugin.

`seatsio_client` and `seatsio_async_client` hold the admin key of a fresh company in a fresh,
deterministic in-process emulator (`seatsio_emulator`, `seatsio_company`).
"""

from __future__ import annotations

from pathlib import Path

import seatsio_typed as seatsio
from seatsio_typed.testing import ChartBuilder, Emulator, TestCompany


def upload_small_hall(emulator: Emulator, company: TestCompany) -> str:
    """A chart with rows A and B of ten seats each, stored in the emulator; returns its key."""
    drawing = ChartBuilder("Hall").category(1, "Stalls", "#4176A5").row("A", seats=10).build()
    return emulator.upload_chart(drawing, secret_key=company.admin_key)


def test_checkout_books_a_seat(
    seatsio_client: seatsio.Client, seatsio_emulator: Emulator, seatsio_company: TestCompany
) -> None:
    """A test of your checkout with a ready client: no socket, no network, no sleeping."""
    event = seatsio_client.events.create(upload_small_hall(seatsio_emulator, seatsio_company))
    seatsio_client.events.book(event.key, ["A-1"], order_id="order-1")
    info = seatsio_client.events.retrieve_object_info(event.key, "A-1")
    assert info.status == seatsio.ObjectStatus.BOOKED


async def test_async_checkout_books_a_seat(
    seatsio_async_client: seatsio.AsyncClient,
    seatsio_emulator: Emulator,
    seatsio_company: TestCompany,
) -> None:
    """The same with the `AsyncClient` fixture (pytest-asyncio or anyio runs the test)."""
    chart_key = upload_small_hall(seatsio_emulator, seatsio_company)
    event = await seatsio_async_client.events.create(chart_key)
    await seatsio_async_client.events.book(event.key, ["A-2"])
    info = await seatsio_async_client.events.retrieve_object_info(event.key, "A-2")
    assert info.status == seatsio.ObjectStatus.BOOKED


def test_look_at_the_venue(
    seatsio_client: seatsio.Client,
    seatsio_emulator: Emulator,
    seatsio_company: TestCompany,
    tmp_path: Path,
) -> None:
    """Debugging a test: draw the event as SVG, every seat coloured by its status."""
    event = seatsio_client.events.create(upload_small_hall(seatsio_emulator, seatsio_company))
    seatsio_client.events.book(event.key, ["A-1", "A-2"])
    svg = seatsio_emulator.event_seat_map(event.key, secret_key=seatsio_company.admin_key)
    (tmp_path / "seat-map.svg").write_text(svg, encoding="utf-8")  # open it in a browser
    assert "A-1" in svg
