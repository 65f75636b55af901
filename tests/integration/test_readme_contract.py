"""examples/readme_contract.py against the emulator: refusals before sending, the escape hatch."""

from __future__ import annotations

from examples import readme_contract
from seatsio_typed import Client
from tests.integration.support import VENUE_NAME


def test_book_checked_books_or_names_the_refused_argument(client: Client, chart_key: str) -> None:
    event = client.events.create(chart_key)
    assert readme_contract.book_checked(client, event.key, ["A-1"]) == "booked A-1"
    assert readme_contract.book_checked(client, event.key, []).startswith(
        "not sent, objects refused: objects:"
    )
    assert readme_contract.book_checked(client, event.key, [""]).startswith(
        "not sent, objects.0.object_id refused"
    )
    assert str(client.events.retrieve_object_info(event.key, "A-1").status) == "booked"


def test_tag_chart_and_read_the_drawing_with_raw_calls(client: Client, chart_key: str) -> None:
    chart = readme_contract.tag_chart(client, chart_key, "summer / 2025")
    assert chart.tags == ["summer / 2025"]
    drawing = readme_contract.published_drawing(client, chart_key)
    assert isinstance(drawing, dict)
    assert drawing["name"] == VENUE_NAME
