"""Rate limiting and backoff: a 429 is retried with waits of 0.4, 0.8, 1.6, 3.2 and 6.4 s.

`max_retries` (default 5) sets how many retries; 0 disables them. A `Retry-After` header, when the
server sends one, sets the wait instead. When the retries run out the client raises
`RateLimitExceededException`. Only a 429 is retried for every request: a 5xx or a dropped
connection is retried for reads only, so a booking is never sent twice.
"""

from __future__ import annotations

import seatsio_typed as seatsio


def a_client_with_three_retries(secret_key: str) -> seatsio.Client:
    """Give up after three retries (2.8 s of waiting) instead of five (12.4 s)."""
    return seatsio.Client(seatsio.Region.EU(), secret_key, max_retries=3)


def book_without_waiting(client: seatsio.Client, event_key: str, labels: list[str]) -> bool:
    """Book, or tell the buyer to try again at once when Seats.io is busy (no retries)."""
    impatient = client.with_options(max_retries=0)  # shares the client's connections
    try:
        impatient.events.book(event_key, labels)
    except seatsio.RateLimitExceededException:
        return False
    return True


def patient_report_client(client: seatsio.Client) -> seatsio.Client:
    """A copy for background work: more retries and a longer timeout per attempt."""
    return client.with_options(max_retries=8, timeout=30.0)
