"""The SDK against the emulator: a venue drawn with the chart builder and a client of each kind.

Every test here talks to the emulator through the public SDK only (`Client` or `AsyncClient` on
the emulator's in-process transports); `Sdk.call` runs the same method on either kind, so each
test runs once per kind. Checks of server-side state that the SDK cannot read (the status-change
history) go through the emulator's own HTTP API, never through its internals.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

from seatsio_typed import (
    AsyncClient,
    AsyncPageIterator,
    Client,
    Event,
    EventObjectInfo,
    Page,
    PageIterator,
    Region,
    StatusChange,
)
from seatsio_typed.testing import ChartBuilder, Emulator
from tests.unit.support import Kind, Sleeps, resolve

T = TypeVar("T")

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


class Sdk:
    """One SDK client of the given kind on the emulator's in-process transport."""

    def __init__(
        self,
        kind: Kind,
        emulator: Emulator,
        secret_key: str,
        *,
        workspace_key: str | None = None,
        max_retries: int = 5,
    ) -> None:
        self.kind: Kind = kind
        self.sleeps = Sleeps()
        """Every wait between retries the client asked for (nothing sleeps for real)."""
        self.sent: list[str] = []
        """`METHOD /path` of every request the client sent, retries included."""
        self.client: Client | AsyncClient
        self._http: httpx.Client | httpx.AsyncClient
        if kind == "sync":
            self._http = httpx.Client(
                transport=emulator.transport(), event_hooks={"request": [self._record]}
            )
            self.client = Client(
                REGION,
                secret_key,
                workspace_key,
                max_retries,
                http_client=self._http,
                sleep=self.sleeps.sync,
            )
        else:
            self._http = httpx.AsyncClient(
                transport=emulator.async_transport(),
                event_hooks={"request": [self._record_async]},
            )
            self.client = AsyncClient(
                REGION,
                secret_key,
                workspace_key,
                max_retries,
                http_client=self._http,
                sleep=self.sleeps.async_,
            )

    def _record(self, request: httpx.Request) -> None:
        self.sent.append(f"{request.method} {request.url.path}")

    async def _record_async(self, request: httpx.Request) -> None:
        self._record(request)

    async def call(self, method: Callable[[Client | AsyncClient], Awaitable[T] | T]) -> T:
        """Run `method` on the client, awaiting it when the client is async."""
        return await resolve(method(self.client))

    async def collect(
        self,
        items: Callable[[Client | AsyncClient], PageIterator[T] | AsyncPageIterator[T]],
        limit: int | None = None,
    ) -> list[T]:
        """The items of a lazy list (`for` or `async for`), stopping after `limit` of them."""
        iterator = items(self.client)
        taken: list[T] = []
        if limit == 0:
            return taken
        if isinstance(iterator, AsyncPageIterator):
            async for item in iterator:
                taken.append(item)
                if len(taken) == limit:
                    break
        else:
            for item in iterator:
                taken.append(item)
                if len(taken) == limit:
                    break
        return taken

    async def create_event(self, chart_key: str, event_key: str) -> Event:
        """Create an event with this key on the chart."""
        return await self.call(lambda c: c.events.create(chart_key, event_key=event_key))

    async def object_info(self, event_key: str, label: str) -> EventObjectInfo:
        """What the event knows about one object."""
        return await self.call(lambda c: c.events.retrieve_object_info(event_key, label))

    async def statuses(self, event_key: str, *labels: str) -> dict[str, str]:
        """The current status of each object, read back with `retrieve_object_infos`."""
        infos = await self.call(lambda c: c.events.retrieve_object_infos(event_key, labels))
        return {label: str(info.status) for label, info in infos.items()}

    async def close(self) -> None:
        """Close the client and the httpx client it was given (the SDK never closes that one)."""
        if isinstance(self.client, AsyncClient):
            await self.client.aclose()
        else:
            self.client.close()
        if isinstance(self._http, httpx.AsyncClient):
            await self._http.aclose()
        else:
            self._http.close()


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
