"""The contenders' clients, opened on one server and closed together."""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import httpx

from bench._floor import StdlibApi, TransportApi
from bench._official import OfficialClient, official_client
from bench._raw import AsyncRawApi, RawApi
from seatsio_typed import AsyncClient, Client, Region


@dataclass(frozen=True)
class Clients:
    """Ours (sync and async), the official one, raw httpx (sync and async), and the floors."""

    ours: Client
    ours_async: AsyncClient
    official: OfficialClient
    raw: RawApi
    raw_async: AsyncRawApi
    transport: TransportApi
    """httpx's transport alone, prebuilt requests."""
    stdlib: StdlibApi
    """`http.client`, prebuilt requests (information only)."""


@contextmanager
def open_clients(
    url: str,
    secret_key: str,
    loop: asyncio.AbstractEventLoop,
    *,
    transport: httpx.BaseTransport | None = None,
) -> Generator[Clients, None, None]:
    """Every client with its default settings, as a user would construct it.

    With `transport` (an in-memory one), ours, raw httpx and httpx-transport send through it
    (ours via `Client(http_client=httpx.Client(transport=...))`); the others still point at
    `url` and open no connection until called, so only those three may be called then.
    """
    with ExitStack() as closing:
        ours_http = None
        if transport is not None:
            ours_http = closing.enter_context(httpx.Client(transport=transport))
        clients = Clients(
            ours=Client(Region(url), secret_key=secret_key, http_client=ours_http),
            ours_async=AsyncClient(Region(url), secret_key=secret_key),
            official=official_client(url, secret_key),
            raw=RawApi(url, secret_key, transport),
            raw_async=AsyncRawApi(url, secret_key),
            transport=TransportApi(url, secret_key, transport),
            stdlib=StdlibApi(url, secret_key),
        )
        try:
            yield clients
        finally:
            clients.ours.close()
            clients.raw.close()
            clients.transport.close()
            clients.stdlib.close()
            # The async pools belong to the loop the calls ran on; close them there.
            loop.run_until_complete(clients.ours_async.aclose())
            loop.run_until_complete(clients.raw_async.aclose())
