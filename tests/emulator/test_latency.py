"""Injected latency is waited without holding a thread or the state lock (issue 6).

Each test gives the emulator an async sleep that parks the request until every expected request
is parked at once; with latency waited in a worker thread (six of them by default on this
machine) or under the lock, the requests could never all be waiting together and the gate
would never open. Nothing sleeps for real: the gate is an `asyncio.Event`.
"""

from __future__ import annotations

import asyncio
import base64

import httpx

from seatsio_typed.testing import Emulator

IN_FLIGHT = 64
LATENCY = 0.02


class Gate:
    """An async sleep that records the latencies and opens once `expected` are waiting."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.waiting = 0
        self.most_waiting = 0
        self.latencies: list[float] = []
        self.opened = asyncio.Event()
        self.changed = asyncio.Condition()

    async def sleep(self, seconds: float) -> None:
        self.latencies.append(seconds)
        async with self.changed:
            self.waiting += 1
            self.most_waiting = max(self.most_waiting, self.waiting)
            self.changed.notify_all()
        if self.waiting == self.expected:
            self.opened.set()
        await self.opened.wait()
        self.waiting -= 1

    async def until_waiting(self, count: int) -> None:
        async with self.changed:
            await self.changed.wait_for(lambda: self.waiting >= count)


def _auth(secret: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{secret}:".encode()).decode()}


async def test_the_async_transport_waits_every_latency_at_once() -> None:
    gate = Gate(IN_FLIGHT)
    emulator = Emulator(deterministic=True, async_sleep=gate.sleep)
    company = emulator.create_test_company()
    emulator.faults.latency(LATENCY)
    async with httpx.AsyncClient(
        transport=emulator.async_transport(),
        base_url="https://emulator.test",
        headers=_auth(company.admin_key),
    ) as client:
        responses = await asyncio.wait_for(
            asyncio.gather(*(client.post("/hold-tokens") for _ in range(IN_FLIGHT))), timeout=30
        )

    assert [response.status_code for response in responses] == [200] * IN_FLIGHT
    assert gate.most_waiting == IN_FLIGHT
    assert gate.latencies == [LATENCY] * IN_FLIGHT


async def test_the_asgi_app_waits_every_latency_at_once_and_keeps_serving() -> None:
    gate = Gate(IN_FLIGHT)
    emulator = Emulator(deterministic=True, async_sleep=gate.sleep)
    company = emulator.create_test_company()
    emulator.faults.latency(LATENCY, path_prefix="/hold-tokens")
    transport = httpx.ASGITransport(app=emulator.asgi_app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emulator.test", headers=_auth(company.admin_key)
    ) as client:
        slow = [asyncio.ensure_future(client.post("/hold-tokens")) for _ in range(IN_FLIGHT - 1)]
        await asyncio.wait_for(gate.until_waiting(IN_FLIGHT - 1), timeout=30)
        # 63 requests wait their latency; one without latency is still answered meanwhile,
        # so neither the state lock nor the worker threads are taken by the waiting ones.
        assert (await client.get("/workspaces")).status_code == 200
        assert not any(task.done() for task in slow)
        last = asyncio.ensure_future(client.post("/hold-tokens"))
        responses = await asyncio.wait_for(asyncio.gather(*slow, last), timeout=30)

    assert [response.status_code for response in responses] == [200] * IN_FLIGHT
    assert gate.most_waiting == IN_FLIGHT


def test_the_sync_transport_still_uses_the_blocking_sleep() -> None:
    slept: list[float] = []
    emulator = Emulator(deterministic=True, sleep=slept.append)
    company = emulator.create_test_company()
    emulator.faults.latency(LATENCY)
    with httpx.Client(
        transport=emulator.transport(),
        base_url="https://emulator.test",
        headers=_auth(company.admin_key),
    ) as client:
        assert client.get("/workspaces").status_code == 200

    assert slept == [LATENCY]
