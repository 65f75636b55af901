"""pytest fixtures that give a test a ready SDK client bound to a fresh local Seats.io.

Loaded automatically wherever `seatsio-typed` is installed (the second `pytest11` entry point,
beside `seatsio_typed.testing.pytest_plugin`, whose `seatsio_emulator` and `seatsio_company`
fixtures these build on):

- `seatsio_client`: a `Client` holding the company admin key of `seatsio_company`, talking to
  `seatsio_emulator` in-process (no socket);
- `seatsio_async_client`: the same as an `AsyncClient` (use it from `async def` tests, with
  pytest-asyncio or anyio).

Retry waits move the emulator's clock instead of sleeping, so a test that meets an injected
429 finishes at once. The clients are closed after the test.

Why a module of its own, outside `seatsio_typed.testing`: the emulator is the SDK's independent
counterpart and never imports the SDK (`tests/emulator/test_independence.py` holds every module
under `seatsio_typed/testing/` to that), while these fixtures are where the two meet. Imports
stay inside the fixtures so that loading the plugin in every pytest run costs nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import httpx

    from seatsio_typed import AsyncClient, Client
    from seatsio_typed.testing import Emulator, TestCompany


@pytest.fixture
def seatsio_client(
    seatsio_emulator: Emulator, seatsio_company: TestCompany
) -> Generator[Client, None, None]:
    """A `Client` with the admin key of `seatsio_company`, bound to `seatsio_emulator`."""
    import httpx

    from seatsio_typed import Client, Region

    def sleep(seconds: float) -> None:
        seatsio_emulator.clock.advance(seconds)

    with (
        httpx.Client(transport=seatsio_emulator.transport()) as http,
        Client(Region.EU(), seatsio_company.admin_key, http_client=http, sleep=sleep) as client,
    ):
        yield client


@pytest.fixture
def seatsio_async_client(
    seatsio_emulator: Emulator, seatsio_company: TestCompany
) -> Generator[AsyncClient, None, None]:
    """An `AsyncClient` with the admin key of `seatsio_company`, bound to `seatsio_emulator`.

    A plain (not async) fixture, so it works with any async test runner; its in-process
    transport holds no connection, and it is closed after the test.
    """
    import httpx

    from seatsio_typed import AsyncClient, Region

    async def sleep(seconds: float) -> None:
        seatsio_emulator.clock.advance(seconds)

    http = httpx.AsyncClient(transport=seatsio_emulator.async_transport())
    client = AsyncClient(Region.EU(), seatsio_company.admin_key, http_client=http, sleep=sleep)
    yield client
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # the usual case: teardown runs outside any event loop
        asyncio.run(_close(client, http))
    # Inside a running loop nothing can be awaited here; the in-process transport holds no
    # socket, so there is nothing left open.


async def _close(client: AsyncClient, http: httpx.AsyncClient) -> None:
    await client.aclose()
    await http.aclose()
