"""A scripted fake server (httpx.MockTransport) and a harness that drives both clients alike."""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Iterable
from typing import Literal, TypeVar

import httpx

from seatsio_typed import AsyncClient, Client, Region

T = TypeVar("T")
Kind = Literal["sync", "async"]
KINDS: tuple[Kind, ...] = ("sync", "async")
BASE_URL = "http://seatsio.test"
SECRET = "sk-test-4f1c2b"
NOW = 1_700_000_000.0
"""What the injected clock says: 2023-11-14T22:13:20Z."""

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


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


class Harness:
    """One client of the given kind talking to a FakeServer; `call` runs a method on either."""

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
        self.kind = kind
        self.server = server
        self.sleeps = Sleeps()
        transport = httpx.MockTransport(server.handle)
        self.client: Client | AsyncClient
        if kind == "sync":
            self.client = Client(
                Region(base_url),
                secret_key,
                workspace_key,
                max_retries,
                http_client=httpx.Client(transport=transport),
                sleep=self.sleeps.sync,
                clock=lambda: NOW,
            )
        else:
            self.client = AsyncClient(
                Region(base_url),
                secret_key,
                workspace_key,
                max_retries,
                http_client=httpx.AsyncClient(transport=transport),
                sleep=self.sleeps.async_,
                clock=lambda: NOW,
            )

    async def call(self, method: Callable[[Client | AsyncClient], Awaitable[T] | T]) -> T:
        """Run `method` on the client, awaiting it when the client is async."""
        return await resolve(method(self.client))


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
