"""The README's quick start and event-log examples, run against the local Seats.io.

The quick start builds its client with `Region.EU()`, as a user would; here `Region.EU` points at
the emulator served on a loopback port, so the code runs exactly as the README shows it.
"""

from __future__ import annotations

import uuid

import pytest

import seatsio_typed as seatsio
from examples.readme_event_log import all_buyers, allow_buyers, recent_changes
from examples.readme_quickstart import sell_two_seats, sell_two_seats_async
from seatsio_typed.testing import ChartBuilder, Emulator, TestCompany


@pytest.fixture
def event_key(
    seatsio_emulator: Emulator, seatsio_company: TestCompany, seatsio_client: seatsio.Client
) -> str:
    drawing = ChartBuilder("Hall").row("A", seats=4).row("B", seats=4).build()
    chart_key = seatsio_emulator.upload_chart(drawing, secret_key=seatsio_company.admin_key)
    return seatsio_client.events.create(chart_key, event_key="concert").key


@pytest.fixture
def eu_is_the_emulator(seatsio_emulator_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def emulator_region() -> seatsio.Region:
        return seatsio.Region(seatsio_emulator_url)

    monkeypatch.setattr(seatsio.Region, "EU", emulator_region)


@pytest.mark.usefixtures("eu_is_the_emulator")
def test_the_quick_start_books_and_explains_the_refusal(
    seatsio_company: TestCompany, event_key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    explained = sell_two_seats(seatsio_company.admin_key, event_key)
    assert explained.startswith("ILLEGAL_STATUS_CHANGE (request id ")
    assert capsys.readouterr().out == "booked\n"


@pytest.mark.usefixtures("eu_is_the_emulator")
async def test_the_async_quick_start_books(seatsio_company: TestCompany, event_key: str) -> None:
    assert await sell_two_seats_async(seatsio_company.admin_key, event_key) == ["B-1", "B-2"]


def test_the_event_log_and_ticket_buyers(seatsio_client: seatsio.Client) -> None:
    chart = seatsio_client.charts.create(name="Arena")
    assert recent_changes(seatsio_client, chart.key) == [f"chart.created {chart.key}"]
    first, second = uuid.UUID(int=1), uuid.UUID(int=2)
    assert allow_buyers(seatsio_client, [first]) == [first]
    assert allow_buyers(seatsio_client, [first, second]) == [second]
    assert all_buyers(seatsio_client) == {first, second}
