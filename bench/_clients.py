"""The five contenders' clients, opened on one server and closed together."""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import dataclass

from bench._official import OfficialClient, official_client
from bench._raw import AsyncRawApi, RawApi
from seatsio_typed import AsyncClient, Client, Region


@dataclass(frozen=True)
class Clients:
    """Our sync and async clients, the official one, and raw httpx (sync and async)."""

    ours: Client
    ours_async: AsyncClient
    official: OfficialClient
    raw: RawApi
    raw_async: AsyncRawApi


@contextmanager
def open_clients(
    url: str, secret_key: str, loop: asyncio.AbstractEventLoop
) -> Generator[Clients, None, None]:
    """Every client with its default settings, as a user would construct it."""
    clients = Clients(
        ours=Client(Region(url), secret_key=secret_key),
        ours_async=AsyncClient(Region(url), secret_key=secret_key),
        official=official_client(url, secret_key),
        raw=RawApi(url, secret_key),
        raw_async=AsyncRawApi(url, secret_key),
    )
    try:
        yield clients
    finally:
        clients.ours.close()
        clients.raw.close()
        # The async pools belong to the loop the calls ran on; close them there.
        loop.run_until_complete(clients.ours_async.aclose())
        loop.run_until_complete(clients.raw_async.aclose())
