"""The async client: the same methods, awaited; lists are `async for` iterators.

async with seatsio.AsyncClient(seatsio.Region.EU(), secret_key="...") as client:
    event = await client.events.create(chart_key)
"""

from __future__ import annotations

import asyncio

import seatsio_typed as seatsio


async def sell_two_seats(client: seatsio.AsyncClient, chart_key: str) -> dict[str, str]:
    """Create an event, hold two seats for a buyer, book them; the seats' final statuses."""
    event = await client.events.create(chart_key)
    token = await client.hold_tokens.create(expires_in_minutes=10)
    await client.events.hold(event.key, ["A-1", "A-2"], token.hold_token)
    result = await client.events.book(
        event.key, ["A-1", "A-2"], hold_token=token.hold_token, order_id="web-42"
    )
    return {label: str(info.status) for label, info in result.objects.items()}


async def all_chart_keys(client: seatsio.AsyncClient) -> list[str]:
    """Every chart, fetched page by page as the `async for` goes."""
    return [chart.key async for chart in client.charts.list()]


async def retrieve_events(client: seatsio.AsyncClient, keys: list[str]) -> list[seatsio.Event]:
    """Several requests at once over the client's connection pool."""
    return list(await asyncio.gather(*(client.events.retrieve(key) for key in keys)))


def an_async_client(secret_key: str) -> seatsio.AsyncClient:
    """Constructed like the sync client; use it in `async with` (or `await client.aclose()`)."""
    return seatsio.AsyncClient(seatsio.Region.EU(), secret_key=secret_key)
