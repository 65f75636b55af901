"""The SDK's own cost, no network: the small calls answered from memory, per call.

An in-memory `httpx.BaseTransport` answers each request with the bytes the canned server
replays (the emulator's own answers, captured once), so no socket, httpcore or server time is
in any figure. Three contenders make the same small calls through it:

- `ours`: `Client(http_client=httpx.Client(transport=<in memory>))`. With a user-supplied
  `httpx.Client`, `seatsio_typed._send` takes the same path as with its own pool (the
  client's chosen transport, called directly, not `httpx.Client.send`), so this is the SDK's
  request path as users run it, validation of the answer included.
- `httpx`: `httpx.Client(transport=<in memory>)` and `json.loads`: httpx's client machinery.
- `httpx-transport`: the prebuilt request handed to the in-memory transport, body read,
  `json.loads`: what is left when no client code runs at all.

`ours` minus `httpx-transport` is our code's cost per call; `httpx` minus `httpx-transport`
is `httpx.Client`'s. Each timed sample is a batch of calls (one call is a few tens of µs).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx

from bench._canned import CannedServer, load_answers
from bench._clients import open_clients
from bench._measure import (
    HTTPX,
    HTTPX_TRANSPORT,
    OURS,
    Scenario,
    ScenarioResult,
    SyncCall,
    Timer,
    per_call,
)
from bench._scenarios import small_scenarios
from bench._world import World

IN_MEMORY_URL = "http://in-memory.invalid"
"""The base URL the in-memory contenders are given: never resolved, never connected to."""
OWN_COST_CONTENDERS = (OURS, HTTPX, HTTPX_TRANSPORT)

Answer = tuple[int, list[tuple[bytes, bytes]], bytes]
"""Status, headers and body of one canned answer."""


def split_response(raw: bytes) -> Answer:
    """A complete HTTP/1.1 response (as `bench._canned.response_bytes` makes) in its parts."""
    head, separator, body = raw.partition(b"\r\n\r\n")
    if not separator:
        raise ValueError("no end of the response head")
    status_line, *lines = head.split(b"\r\n")
    status = int(status_line.split(b" ", 2)[1])
    headers: list[tuple[bytes, bytes]] = []
    for line in lines:
        name, _, value = line.partition(b":")
        headers.append((name.strip(), value.strip()))
    return status, headers, body


class _Body(httpx.SyncByteStream):
    """A response body handed over in one chunk, as a transport's stream would."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self._body


class CannedTransport(httpx.BaseTransport):
    """Answers like the canned-bytes server, from memory: by method and path."""

    def __init__(self, server: CannedServer) -> None:
        self._server = server
        self._answers: dict[tuple[str, bytes], Answer] = {}
        """Each answer split once: what a request costs here is a lookup."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """The canned answer to the request's method and path (query ignored but for charts)."""
        key = (request.method, request.url.raw_path)
        answer = self._answers.get(key)
        if answer is None:
            raw = self._server.answer(request.method, request.url.raw_path.decode("ascii"))
            answer = self._answers[key] = split_response(raw)
        status, headers, body = answer
        return httpx.Response(status, headers=headers, stream=_Body(body))


def _batched(call: SyncCall, calls: int) -> SyncCall:
    def batch(index: int) -> object:
        result: object = None
        for _ in range(calls):
            result = call(index)
        return result  # the last answer: what the scenario's check looks at

    return batch


def _batches(scenario: Scenario, calls: int) -> Scenario:
    kept = scenario.keeping(OWN_COST_CONTENDERS)
    batched = {name: _batched(call, calls) for name, call in kept.sync_calls.items()}
    return replace(kept, sync_calls=batched)


def measure_own_cost(
    answers: Path,
    world: World,
    loop: asyncio.AbstractEventLoop,
    *,
    calls: int,
    warmup: int,
    repetitions: int,
) -> list[ScenarioResult]:
    """Time per small call of ours, raw httpx and the transport alone, all answered in memory."""
    routes, pages = load_answers(answers)
    transport = CannedTransport(CannedServer(routes, pages))
    timer = Timer(loop, 1)
    results: list[ScenarioResult] = []
    with open_clients(IN_MEMORY_URL, world.secret_key, loop, transport=transport) as clients:
        for scenario in small_scenarios(clients, world):
            result = timer.run(_batches(scenario, calls), warmup=warmup, repetitions=repetitions)
            results.append(per_call(result, dict.fromkeys(result.stats, calls)))
    return results
