"""Snippets of the README, type-checked in CI (mypy --strict, pyright strict).

Each function takes a client, so the same code runs against Seats.io or the local emulator
(`Region("http://127.0.0.1:9001")`).
"""

from __future__ import annotations

import logging

import httpx

from seatsio_typed import (
    AsyncClient,
    BestAvailableObjectsNotFoundException,
    Category,
    Client,
    NotFoundException,
    ObjectProperties,
    ObjectStatus,
    RateLimitExceededException,
    Region,
    SeatsioConnectionError,
    SeatsioException,
)


def connect(secret_key: str) -> Client:
    """Construct a client like the official one; the migration is an import change."""
    return Client(Region.EU(), secret_key)


def set_up_a_sale(client: Client) -> str:
    """Create a chart with categories and an event on it; return the event key."""
    chart = client.charts.create(
        name="Concert hall",
        categories=[
            Category(key=1, label="Stalls", color="#4477aa"),
            Category(key=2, label="Balcony", color="#aa7744", accessible=True),
        ],
    )
    event = client.events.create(chart.key, event_key="concert-2025-06-01", name="Summer concert")
    return event.key


def book_with_a_hold_token(client: Client, event_key: str) -> None:
    """Hold seats for a buyer, then book exactly those seats."""
    token = client.hold_tokens.create(expires_in_minutes=10)
    client.events.hold(event_key, ["A-1", "A-2"], token.hold_token)
    result = client.events.book(
        event_key,
        [
            ObjectProperties(object_id="A-1", ticket_type="adult"),
            ObjectProperties(object_id="A-2", ticket_type="child"),
        ],
        hold_token=token.hold_token,
        order_id="order-1042",
    )
    for label, info in result.objects.items():
        assert info.status is ObjectStatus.BOOKED
        print(label, info.ticket_type, info.order_id)


def chart_names(client: Client) -> list[str]:
    """Every chart of the workspace; pages are fetched lazily as the loop reaches them."""
    return [chart.name for chart in client.charts.list(expand_events=True)]


def second_page(client: Client) -> list[str]:
    """Page through charts by hand with the cursors of each page."""
    first = client.charts.list_first_page(page_size=20)
    if first.next_page_starts_after is None:
        return []
    page = client.charts.list_page_after(first.next_page_starts_after, page_size=20)
    return [chart.key for chart in page.items]


def handle_errors(client: Client, event_key: str) -> None:
    """Exceptions say what happened: the status picks the class, details ride along."""
    try:
        client.events.retrieve(event_key)
    except NotFoundException as error:
        print(error.status_code, error.codes, error.request_id)
    except BestAvailableObjectsNotFoundException:
        print("no seats left together")
    except RateLimitExceededException:
        print("still rate limited after every retry")
    except SeatsioConnectionError as error:
        print("network trouble:", error.__cause__)
    except SeatsioException as error:
        print(error.message)


def per_call_options(client: Client) -> None:
    """A copy with other settings shares the connection pool of the original."""
    patient = client.with_options(timeout=30.0, max_retries=0, workspace_key="other-public-key")
    patient.charts.list_first_page(page_size=5)


def raw_responses(secret_key: str) -> Client:
    """Bring your own httpx client, e.g. to see every raw response; ours never closes it."""

    def log_response(response: httpx.Response) -> None:
        logging.getLogger("app").info("%s %s", response.status_code, response.url.path)

    own = httpx.Client(event_hooks={"response": [log_response]})
    return Client(Region.EU(), secret_key, http_client=own)


async def book_async(client: AsyncClient, event_key: str) -> list[str]:
    """The async client has the same methods, awaited; lists are `async for` iterators."""
    token = await client.hold_tokens.create()
    await client.events.hold(event_key, "A-1", token.hold_token)
    await client.events.book(event_key, "A-1", hold_token=token.hold_token)
    return [chart.key async for chart in client.charts.list()]
