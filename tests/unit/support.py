"""A scripted fake server (httpx.MockTransport), and `Sdk`, which drives both clients alike."""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Iterable
from typing import Literal, TypeVar, cast

import httpx
import pytest
from pydantic import BaseModel

from seatsio_typed import (
    AsyncClient,
    AsyncPageIterator,
    Client,
    Event,
    EventObjectInfo,
    PageIterator,
    Region,
)
from tests.reference import load_example

T = TypeVar("T")
Kind = Literal["sync", "async"]
KINDS: tuple[Kind, ...] = ("sync", "async")
BASE_URL = "http://seatsio.test"
SECRET = "sk-test-4f1c2b"
NOW = 1_700_000_000.0
"""What the injected clock says: 2023-11-14T22:13:20Z."""

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]
HOLD_TOKEN = {"holdToken": "tok", "expiresAt": "2024-01-01T00:00:00Z", "expiresInSeconds": 60}
"""The body of a hold token, what most tests' fake server answers."""


def json_reply(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    """A response with a JSON body and the JSON content type."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def raw_reply(
    status: int, content: bytes, content_type: str = "application/json"
) -> httpx.Response:
    """A response with exactly these body bytes."""
    return httpx.Response(status, content=content, headers={"Content-Type": content_type})


def example_reply(name: str) -> httpx.Response:
    """A 200 response whose body is the reference example `name` (tests/reference.py)."""
    return raw_reply(200, load_example(name), "application/json")


def error_body(*messages: str, code: str = "SOME_ERROR", request_id: str = "req-1") -> object:
    """A Seats.io error body with one error per message."""
    return {
        "status": 400,
        "errors": [{"code": code, "message": message} for message in messages],
        "messages": list(messages),
        "warnings": [],
        "requestId": request_id,
    }


class FakeServer:
    """Records every request and answers from a script; the last reply repeats forever."""

    def __init__(self, *replies: Reply) -> None:
        self.requests: list[httpx.Request] = []
        self._replies: list[Reply] = list(replies) or [httpx.Response(204)]

    def script(self, replies: Iterable[Reply]) -> None:
        """Replace the remaining replies."""
        self._replies = list(replies)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """The MockTransport handler."""
        self.requests.append(request)
        reply = self._replies.pop(0) if len(self._replies) > 1 else self._replies[0]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            # A fresh copy per request: a Response object can only be read once.
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    @property
    def last(self) -> httpx.Request:
        """The last request received."""
        return self.requests[-1]

    def wire(self) -> tuple[str, bytes]:
        """Method and raw path (percent-encoded, with the query) of the last request."""
        return self.last.method, self.last.url.raw_path

    def body(self, index: int = -1) -> object:
        """The JSON body of a received request."""
        return json.loads(self.requests[index].content)


class Sleeps:
    """Records the waits a client asks for instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sync(self, seconds: float) -> None:
        """The sync client's sleep."""
        self.waits.append(seconds)

    async def async_(self, seconds: float) -> None:
        """The async client's sleep."""
        self.waits.append(seconds)


class Sdk:
    """A `Client` or `AsyncClient` over given httpx transports; `call` runs a method on either kind.

    The unit tests' Harness, the integration tests (on the emulator) and the cassettes (on a
    recording or a replay) all drive the SDK through it, so each test runs alike on both kinds.
    """

    def __init__(
        self,
        kind: Kind,
        base_url: str,
        secret_key: str,
        workspace_key: str | None = None,
        max_retries: int = 5,
        *,
        transport: Callable[[], httpx.BaseTransport],
        async_transport: Callable[[], httpx.AsyncBaseTransport],
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.kind: Kind = kind
        self.sleeps = Sleeps()
        """Every wait between retries the client asked for (nothing sleeps for real)."""
        self.sent: list[str] = []
        """`METHOD /path` of every request the client sent, retries included."""
        self.client: Client | AsyncClient
        self._http: httpx.Client | httpx.AsyncClient
        region = Region(base_url)
        if kind == "sync":
            self._http = httpx.Client(
                transport=transport(), event_hooks={"request": [self._record]}
            )
            self.client = Client(
                region,
                secret_key,
                workspace_key,
                max_retries,
                http_client=self._http,
                sleep=self.sleeps.sync,
                clock=clock,
            )
        else:
            self._http = httpx.AsyncClient(
                transport=async_transport(), event_hooks={"request": [self._record_async]}
            )
            self.client = AsyncClient(
                region,
                secret_key,
                workspace_key,
                max_retries,
                http_client=self._http,
                sleep=self.sleeps.async_,
                clock=clock,
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


class Harness(Sdk):
    """An `Sdk` talking to a FakeServer, with the clock stopped at `NOW`."""

    def __init__(
        self,
        kind: Kind,
        server: FakeServer,
        *,
        secret_key: str = SECRET,
        workspace_key: str | None = None,
        max_retries: int = 5,
        base_url: str = BASE_URL,
    ) -> None:
        self.server = server
        super().__init__(
            kind,
            base_url,
            secret_key,
            workspace_key,
            max_retries,
            transport=lambda: httpx.MockTransport(server.handle),
            async_transport=lambda: httpx.MockTransport(server.handle),
            clock=lambda: NOW,
        )


async def resolve(value: Awaitable[T] | T) -> T:
    """The value itself, or what it resolves to when it is awaitable."""
    if inspect.isawaitable(value):
        return await value
    return value


def object_info(label: str, status: str = "free", **fields: object) -> dict[str, object]:
    """A minimal EventObjectInfo body of a seat `label` like `A-1`."""
    parent, _, own = label.rpartition("-")
    return {
        "label": label,
        "labels": {
            "own": {"label": own, "type": "seat"},
            "parent": {"label": parent, "type": "row"},
        },
        "ids": {"own": own, "parent": parent},
        "status": status,
        "objectType": "seat",
        "forSale": True,
        **fields,
    }


def undeclared_fields(value: object) -> list[str]:
    """Names of the fields a parsed model (or any model nested in it) kept without declaring."""
    if isinstance(value, (list, tuple)):
        # cast: isinstance cannot narrow the items' type; any item is fine here.
        return [name for item in cast("list[object]", value) for name in undeclared_fields(item)]
    if isinstance(value, dict):
        return undeclared_fields(list(cast("dict[object, object]", value).values()))
    if not isinstance(value, BaseModel):
        return []
    found = list(value.model_extra or {})
    for name in type(value).model_fields:
        found += undeclared_fields(getattr(value, name))
    return found


async def assert_refused_before_sending(
    kind: Kind, method: Callable[[Client | AsyncClient], object]
) -> None:
    """The call fails with a ValueError (the contract's refusal) and nothing reaches the wire."""
    h = Harness(kind, FakeServer())
    try:
        with pytest.raises(ValueError):  # noqa: PT011 (any refusal; the contract names its class)
            await h.call(method)
        assert h.server.requests == []
    finally:
        await h.close()
