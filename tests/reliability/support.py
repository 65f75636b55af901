"""Helpers of the reliability tests: clients of either kind on a URL, secret walking."""

from __future__ import annotations

import base64
import contextlib
import json
import pickle
import traceback
from collections.abc import Awaitable, Callable, Iterator
from types import TracebackType
from typing import TypeVar

import httpx

from seatsio_typed import AsyncClient, Client, Region
from tests.unit.support import HOLD_TOKEN, Kind, resolve

__all__ = [
    "HOLD_TOKEN_BODY",
    "call_on",
    "chain",
    "make_client",
    "secret_forms",
    "where_secret_leaks",
]

T = TypeVar("T")
HOLD_TOKEN_BODY = json.dumps(HOLD_TOKEN).encode()
"""A valid hold-token body: what the fault servers answer to GET/POST /hold-tokens."""


def make_client(
    kind: Kind,
    url: str,
    secret_key: str = "sk-reliability",
    *,
    max_retries: int = 5,
    timeout: float = 5.0,
    extra_headers: dict[str, str] | None = None,
    sleeps: list[float] | None = None,
) -> Client | AsyncClient:
    """A client of the given kind on its own default connection pool (the SDK's own).

    Waits between retries are recorded in `sleeps`, never slept.
    """
    waits: list[float] = [] if sleeps is None else sleeps

    async def no_async_sleep(seconds: float) -> None:
        waits.append(seconds)

    if kind == "sync":
        return Client(
            Region(url),
            secret_key,
            max_retries=max_retries,
            timeout=timeout,
            extra_headers=extra_headers,
            sleep=waits.append,
        )
    return AsyncClient(
        Region(url),
        secret_key,
        max_retries=max_retries,
        timeout=timeout,
        extra_headers=extra_headers,
        sleep=no_async_sleep,
    )


async def call_on(
    client: Client | AsyncClient, method: Callable[[Client | AsyncClient], Awaitable[T] | T]
) -> T:
    """Run `method` on the client, awaiting it when the client is async."""
    return await resolve(method(client))


async def close(client: Client | AsyncClient) -> None:
    """Close a client of either kind."""
    if isinstance(client, AsyncClient):
        await client.aclose()
    else:
        client.close()


def secret_forms(*secrets: str) -> list[str]:
    """Each secret as itself and as the Basic-auth token that carries it on the wire."""
    forms: list[str] = []
    for secret in secrets:
        forms += [secret, base64.b64encode(f"{secret}:".encode()).decode("ascii")]
    return forms


def chain(error: BaseException) -> Iterator[BaseException]:
    """The exception, its causes and contexts, each once."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]


def _tracebacks(error: BaseException) -> Iterator[TracebackType]:
    for item in chain(error):
        tb = item.__traceback__
        while tb is not None:
            yield tb
            tb = tb.tb_next


def _texts_of(value: object, depth: int = 0, *, deep: bool = True) -> Iterator[str]:
    """What an error reporter could read from a value: its repr, and a few levels of content.

    `deep` also opens HTTP requests, responses and headers (an exception's attributes are read
    by code); frame locals are shipped as reprs and containers (what Sentry-style reporters do).
    """
    try:
        yield repr(value)
    except Exception as error:  # a reporter's safe repr shows the failure instead
        yield f"<repr failed: {error!r}>"
    if depth > 3:
        return
    if isinstance(value, (str, bytes)):
        yield str(value)
    elif not deep:
        pass
    elif isinstance(value, httpx.Request | httpx.Response):
        yield from (f"{k}: {v}" for k, v in value.headers.multi_items())
        if isinstance(value, httpx.Response) and value.is_closed:
            yield value.content.decode("utf-8", "replace")
        if isinstance(value, httpx.Request):
            yield value.content.decode("utf-8", "replace") if hasattr(value, "_content") else ""
    elif isinstance(value, httpx.Headers):
        yield from (f"{k}: {v}" for k, v in value.multi_items())
    elif isinstance(value, dict):
        for key, item in value.items():  # pyright: ignore[reportUnknownVariableType]
            yield from _texts_of(key, depth + 1, deep=deep)  # pyright: ignore[reportUnknownArgumentType]
            yield from _texts_of(item, depth + 1, deep=deep)  # pyright: ignore[reportUnknownArgumentType]
    elif isinstance(value, (list, tuple)):
        for item in value:  # pyright: ignore[reportUnknownVariableType]
            yield from _texts_of(item, depth + 1, deep=deep)  # pyright: ignore[reportUnknownArgumentType]


def where_secret_leaks(
    error: BaseException, secrets: list[str], *, frames: bool = True
) -> list[str]:
    """Every place of an exception (and its chain) where one of `secrets` can be read.

    Looks at str/repr of each exception, the formatted traceback with causes, every attribute
    of every exception in the chain (`request`, `response` included), the locals of every frame
    of every traceback (what a Sentry-style reporter ships; `frames=False` leaves them out), and
    the pickled exception.
    """
    places: list[str] = []

    def check(where: str, text: str) -> None:
        places.extend(f"{where}: {secret[:6]}..." for secret in secrets if secret in text)

    check("formatted traceback", "".join(traceback.format_exception(error)))
    for item in chain(error):
        name = type(item).__name__
        check(f"str({name})", str(item))
        check(f"repr({name})", repr(item))
        for attribute in ("request", "response", *vars(item)):
            try:
                value = getattr(item, attribute)
            except (AttributeError, RuntimeError):
                continue
            for text in _texts_of(value):
                check(f"{name}.{attribute}", text)
        with contextlib.suppress(Exception):
            check(f"pickle({name})", repr(pickle.dumps(item)))
    for tb in _tracebacks(error) if frames else ():
        frame = tb.tb_frame
        if "/tests/" in frame.f_code.co_filename:
            continue  # the test's own frame holds the key it was given
        for local, value in frame.f_locals.items():
            for text in _texts_of(value, deep=False):
                check(f"{frame.f_code.co_name}() local {local}", text)
    return sorted(set(places))
