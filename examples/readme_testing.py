"""Testing your code against the local Seats.io (`seatsio_typed.testing`)."""

from __future__ import annotations

from collections.abc import Callable

import httpx

import seatsio_typed as seatsio
from seatsio_typed.testing import ChartBuilder, Emulator, TestCompany


def client_for(
    emulator: Emulator, company: TestCompany, sleep: Callable[[float], None] | None = None
) -> seatsio.Client:
    """An SDK client that talks to the in-process emulator: no socket, no network.

    `sleep` replaces the real wait between retries, so a test never sleeps.
    """
    return seatsio.Client(
        seatsio.Region.EU(),
        company.admin_key,
        http_client=httpx.Client(transport=emulator.transport()),
        sleep=sleep,
    )


def small_hall() -> dict[str, object]:
    """A drawing in Seats.io's format, made with the chart builder."""
    return (
        ChartBuilder("Small hall")
        .category(1, "Stalls", "#4176A5")
        .category(2, "Standing", "#FCA700")
        .focal_point()
        .row("A", seats=10, category=1)
        .row("B", seats=10, category=1)
        .ga_area("Floor", capacity=100, category=2)
        .build()
    )


def test_checkout_books_the_seat(seatsio_emulator: Emulator, seatsio_company: TestCompany) -> None:
    """A test in your own suite: the fixtures come with the package's pytest plugin."""
    chart_key = seatsio_emulator.upload_chart(small_hall(), secret_key=seatsio_company.admin_key)
    with client_for(seatsio_emulator, seatsio_company) as client:
        event = client.events.create(chart_key)
        client.events.book(event.key, ["A-1", "A-2"], order_id="order-1")
        info = client.events.retrieve_object_info(event.key, "A-1")
        assert info.status == seatsio.ObjectStatus.BOOKED
        assert info.order_id == "order-1"


def test_a_hold_expires(seatsio_emulator: Emulator, seatsio_company: TestCompany) -> None:
    """The emulator's clock moves only when you move it: expiry without sleeping."""
    chart_key = seatsio_emulator.upload_chart(small_hall(), secret_key=seatsio_company.admin_key)
    with client_for(seatsio_emulator, seatsio_company) as client:
        event = client.events.create(chart_key)
        token = client.hold_tokens.create(expires_in_minutes=5)
        client.events.hold(event.key, ["A-1"], token.hold_token)
        seatsio_emulator.clock.advance(5 * 60)
        assert client.events.retrieve_object_info(event.key, "A-1").status == "free"


def test_checkout_survives_rate_limiting(
    seatsio_emulator: Emulator, seatsio_company: TestCompany
) -> None:
    """Fault injection: the next two requests get a 429; the client's backoff absorbs them."""
    chart_key = seatsio_emulator.upload_chart(small_hall(), secret_key=seatsio_company.admin_key)
    waits: list[float] = []
    with client_for(seatsio_emulator, seatsio_company, sleep=waits.append) as client:
        event = client.events.create(chart_key)
        seatsio_emulator.faults.rate_limit(count=2)
        client.events.book(event.key, ["B-1"])
        assert client.events.retrieve_object_info(event.key, "B-1").status == "booked"
    assert waits == [0.4, 0.8]
