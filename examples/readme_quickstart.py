"""The README's first code: a client, a booking, an error caught, and the async variant."""

from __future__ import annotations

import seatsio_typed as seatsio


def sell_two_seats(secret_key: str, event_key: str) -> str:
    """Book A-1 and A-2 for an order; a second booking of A-1 is refused."""
    with seatsio.Client(seatsio.Region.EU(), secret_key) as client:
        result = client.events.book(event_key, ["A-1", "A-2"], order_id="order-1")
        print(result.objects["A-1"].status)  # booked (a typed ObjectStatus)
        try:
            client.events.book(event_key, ["A-1"])
        except seatsio.BadRequestException as error:
            return f"{error.errors[0].code} (request id {error.request_id})"
    return "A-1 was booked twice"


async def sell_two_seats_async(secret_key: str, event_key: str) -> list[str]:
    """The same booking with the AsyncClient: the same methods, awaited."""
    async with seatsio.AsyncClient(seatsio.Region.EU(), secret_key) as client:
        result = await client.events.book(event_key, ["B-1", "B-2"], order_id="order-2")
        return sorted(result.objects)
