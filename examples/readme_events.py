"""Events beyond a single booking: best available, batches, history and listing.

`import seatsio_typed as seatsio` keeps code written against the official client readable.
"""

from __future__ import annotations

import seatsio_typed as seatsio
from seatsio_typed import StatusChangeRequest


def book_best_seats(client: seatsio.Client, event_key: str, tickets: int) -> list[str]:
    """Book the best `tickets` adjacent seats, or none when the event cannot seat the group."""
    try:
        best = client.events.book_best_available(event_key, tickets, order_id="order-42")
    except seatsio.BestAvailableObjectsNotFoundException:
        return []
    return best.objects  # labels in seat order; best.object_details has each seat's info


def move_booking(client: seatsio.Client, label: str, old_event: str, new_event: str) -> None:
    """Release a seat in one event and book it in another, all or nothing."""
    client.events.change_object_status_in_batch(
        [
            StatusChangeRequest(old_event, label, type=StatusChangeRequest.RELEASE),
            StatusChangeRequest(new_event, label, status=seatsio.ObjectStatus.BOOKED),
        ]
    )


def seat_history(client: seatsio.Client, event_key: str, label: str) -> list[str]:
    """Every status a seat went through, oldest first."""
    changes = client.events.status_changes(event_key, label, "date", "asc").list()
    return [f"{change.status} ({change.origin.type})" for change in changes]


def season_keys(client: seatsio.Client) -> list[str]:
    """The seasons among the workspace's events (list items are `Season` when they are one)."""
    return [event.key for event in client.events.list() if isinstance(event, seatsio.Season)]


def hold_then_book(client: seatsio.Client, chart_key: str) -> seatsio.ChangeObjectStatusResult:
    """Hold two seats for a buyer with a hold token, then book exactly those."""
    event = client.events.create(chart_key)
    token = client.hold_tokens.create(expires_in_minutes=10)
    client.events.hold(event.key, ["A-1", "A-2"], token.hold_token)
    return client.events.book(
        event.key, ["A-1", "A-2"], hold_token=token.hold_token, order_id="web-42"
    )
