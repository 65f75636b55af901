"""Fixtures: a deterministic emulator, a company, the venue chart and SDK clients of each kind."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx
import pytest

from seatsio_typed import Client
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.support import REGION, venue_drawing
from tests.unit.support import Kind, Sdk


@pytest.fixture
def emulator() -> Emulator:
    """A fresh deterministic emulator (seeded keys, a clock that moves only when told)."""
    return Emulator(deterministic=True, seed=11)


@pytest.fixture
def company(emulator: Emulator) -> TestCompany:
    """A fresh company with its default workspace."""
    return emulator.create_test_company()


@pytest.fixture
def chart_key(emulator: Emulator, company: TestCompany) -> str:
    """The venue, uploaded through the seeding endpoint into the default workspace."""
    return emulator.upload_chart(venue_drawing(), secret_key=company.admin_key)


class Connector:
    """Makes SDK clients of one kind on the emulator and closes them all at teardown."""

    def __init__(self, kind: Kind, emulator: Emulator) -> None:
        self.kind: Kind = kind
        self._emulator = emulator
        self._made: list[Sdk] = []

    def __call__(
        self, secret_key: str, *, workspace_key: str | None = None, max_retries: int = 5
    ) -> Sdk:
        """A client with this key (and workspace / retry budget)."""
        sdk = Sdk(
            self.kind,
            REGION.url,
            secret_key,
            workspace_key,
            max_retries,
            transport=self._emulator.transport,
            async_transport=self._emulator.async_transport,
        )
        self._made.append(sdk)
        return sdk

    async def close(self) -> None:
        """Close every client made."""
        for sdk in self._made:
            await sdk.close()


@pytest.fixture
async def connect(kind: Kind, emulator: Emulator) -> AsyncGenerator[Connector, None]:
    """A factory of SDK clients of the test's kind."""
    connector = Connector(kind, emulator)
    yield connector
    await connector.close()


@pytest.fixture
def sdk(connect: Connector, company: TestCompany) -> Sdk:
    """A client with the company admin key, acting in the default workspace."""
    return connect(company.admin_key)


EVENT_KEY = "concert"


@pytest.fixture
async def event_key(sdk: Sdk, chart_key: str) -> str:
    """An event on the venue, created through the SDK client of the test."""
    event = await sdk.call(lambda c: c.events.create(chart_key, event_key=EVENT_KEY))
    return event.key


@pytest.fixture
def http(emulator: Emulator) -> Generator[httpx.Client, None, None]:
    """An httpx client on the emulator's in-process transport (for hand-made SDK clients)."""
    with httpx.Client(transport=emulator.transport()) as client:
        yield client


@pytest.fixture
def client(http: httpx.Client, company: TestCompany) -> Generator[Client, None, None]:
    """A plain sync `Client` with the company admin key, for code written the user's way."""
    with Client(REGION, company.admin_key, http_client=http) as client:
        yield client
