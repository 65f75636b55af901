"""The events examples of the README (examples/readme_events.py) against the emulator."""

from __future__ import annotations

from examples import readme_events
from seatsio_typed import Client


def test_book_best_seats_books_adjacent_seats_or_none(client: Client, chart_key: str) -> None:
    event = client.events.create(chart_key)
    seats = readme_events.book_best_seats(client, event.key, 3)
    assert len(seats) == 3
    infos = client.events.retrieve_object_infos(event.key, seats)
    assert {str(info.status) for info in infos.values()} == {"booked"}
    assert {info.order_id for info in infos.values()} == {"order-42"}
    assert readme_events.book_best_seats(client, event.key, 1000) == []


def test_move_booking_moves_the_seat(client: Client, chart_key: str) -> None:
    old, new = client.events.create(chart_key), client.events.create(chart_key)
    client.events.book(old.key, "A-1")
    readme_events.move_booking(client, "A-1", old.key, new.key)
    assert str(client.events.retrieve_object_info(old.key, "A-1").status) == "free"
    assert str(client.events.retrieve_object_info(new.key, "A-1").status) == "booked"


def test_seat_history_is_oldest_first(client: Client, chart_key: str) -> None:
    event = client.events.create(chart_key)
    client.events.book(event.key, ["A-1", "A-2"])
    client.events.release(event.key, "A-1")
    assert readme_events.seat_history(client, event.key, "A-1") == [
        "booked (API_CALL)",
        "free (API_CALL)",
    ]


def test_season_keys_without_seasons_is_empty(client: Client, chart_key: str) -> None:
    client.events.create(chart_key)
    assert readme_events.season_keys(client) == []


def test_hold_then_book_books_the_held_seats(client: Client, chart_key: str) -> None:
    result = readme_events.hold_then_book(client, chart_key)
    assert {label: str(info.status) for label, info in result.objects.items()} == {
        "A-1": "booked",
        "A-2": "booked",
    }
    assert result.objects["A-1"].order_id == "web-42"
