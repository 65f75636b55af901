"""The README's report examples (examples/readme_reports.py) against the emulator."""

from __future__ import annotations

from examples import readme_reports
from seatsio_typed import Client, ObjectProperties
from tests.integration.support import GA_CAPACITY


def test_booked_labels_and_the_place_counts(client: Client, chart_key: str) -> None:
    event = client.events.create(chart_key)
    client.events.book(event.key, ["A-1", ObjectProperties(object_id="Standing", quantity=3)])

    assert readme_reports.booked_labels(client, event.key) == ["A-1", "Standing"]
    counts = readme_reports.places_per_status(client, event.key)
    assert counts["booked"] == 1 + 3
    assert counts["free"] >= GA_CAPACITY - 3
    assert readme_reports.booked_per_section(client, event.key) == {"NO_SECTION": 4}


def test_used_objects_of_the_booking_month(client: Client, chart_key: str) -> None:
    event = client.events.create(chart_key)
    client.events.book(event.key, "A-1")
    assert event.created_on is not None

    used = readme_reports.used_objects_in(client, event.created_on.year, event.created_on.month)

    assert used >= 1
