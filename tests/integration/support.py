"""The SDK against the emulator: a venue drawn with the chart builder and a client of each kind.

Every test here talks to the emulator through the public SDK only (`Client` or `AsyncClient` on
the emulator's in-process transports, see `tests.unit.support.Sdk`); `Sdk.call` runs the same
method on either kind, so each test runs once per kind. Checks of server-side state that the
SDK cannot read (the status-change history) go through the emulator's own HTTP API, never
through its internals.
"""

from __future__ import annotations

import base64

import httpx

from seatsio_typed import Page, Region, StatusChange
from seatsio_typed.testing import ChartBuilder, Emulator

REGION = Region("https://api-emulator.seatsio.test")
"""Any base URL works in-process: only the path reaches the emulator."""

VENUE_NAME = "Integration hall"
STALLS, BALCONY = 1, 2
ROW_SEATS = 6
GA_CAPACITY = 100


def venue_drawing(name: str = VENUE_NAME) -> dict[str, object]:
    """A small venue: rows A-B in the stalls, row C and table T1 on the balcony, a GA area."""
    return (
        ChartBuilder(name)
        .category(STALLS, "Stalls", "#4477aa")
        .category(BALCONY, "Balcony", "#aa7744")
        .focal_point()
        .row("A", seats=ROW_SEATS, category=STALLS)
        .row("B", seats=ROW_SEATS, category=STALLS)
        .row("C", seats=ROW_SEATS, category=BALCONY)
        .table("T1", seats=4, category=BALCONY)
        .ga_area("Standing", capacity=GA_CAPACITY, category=STALLS)
        .build()
    )


def secret_forms(*secrets: str) -> list[str]:
    """Each secret as itself and as the Basic-auth token that carries it on the wire."""
    forms: list[str] = []
    for secret in secrets:
        forms += [secret, base64.b64encode(f"{secret}:".encode()).decode("ascii")]
    return forms


def status_changes(emulator: Emulator, secret_key: str, event_key: str) -> list[StatusChange]:
    """The event's status-change history, newest first, read from the emulator's HTTP API."""
    with httpx.Client(
        transport=emulator.transport(),
        base_url=REGION.url,
        auth=httpx.BasicAuth(secret_key, ""),
    ) as http:
        response = http.get(f"/events/{event_key}/status-changes")
    response.raise_for_status()
    return Page[StatusChange].model_validate_json(response.content).items
