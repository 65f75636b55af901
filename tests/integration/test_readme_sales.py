"""The channels / for-sale / seasons examples (examples/readme_sales.py) against the emulator."""

from __future__ import annotations

from examples import readme_sales
from seatsio_typed import Client


def test_sponsor_event_books_the_sponsor_seats_and_keeps_b1_off_sale(
    client: Client, chart_key: str
) -> None:
    event = readme_sales.sponsor_event(client, chart_key)
    infos = client.events.retrieve_object_infos(event.key, ["A-1", "A-2", "B-1"])
    assert [str(info.status) for info in infos.values()] == ["booked", "booked", "free"]
    assert (infos["A-1"].channel, infos["B-1"].for_sale) == ("sponsor", False)


def test_take_off_sale_reports_the_changes_left(client: Client, chart_key: str) -> None:
    event = client.events.create(chart_key)
    assert readme_sales.take_off_sale(client, event.key, "A-1", "A-2") == 9
    assert client.events.retrieve_object_info(event.key, "A-2").for_sale is False


def test_season_ticket_books_the_seat_for_every_match(client: Client, chart_key: str) -> None:
    assert readme_sales.season_ticket(client, chart_key) == ["match-1", "match-2", "match-3"]
