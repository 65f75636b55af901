"""Resources: many calls leak no file descriptors, connections or threads; closing releases the
pool; one client shared by many tasks works; a cancelled call leaves the pool usable.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import threading

from seatsio_typed import AsyncClient, Client, Region
from tests.reliability.faultserver import (
    Connection,
    RawRequest,
    http_response,
    keep_alive,
    serve_faults,
)
from tests.reliability.sizes import record, size
from tests.reliability.support import HOLD_TOKEN_BODY

CALLS = size(1000, 10_000)
GOOD = http_response(body=HOLD_TOKEN_BODY)


def _open_fds() -> int:
    """Open file descriptors of this process, after collecting garbage of earlier tests."""
    gc.collect()
    return len(os.listdir("/proc/self/fd"))


def _ok(conn: Connection, request: RawRequest) -> bytes:
    return GOOD


def test_many_calls_on_one_client_leak_nothing() -> None:
    fds, threads = _open_fds(), threading.active_count()
    with serve_faults(keep_alive(_ok)) as server:
        with Client(Region(server.url), "sk") as client:
            for _ in range(CALLS):
                client.hold_tokens.retrieve("t")
            during = _open_fds()
        connections = server.connections
    assert connections == 1  # one keep-alive connection served every call
    assert during <= fds + 4  # the listener, one connection each side, one spare
    assert _open_fds() <= fds
    assert threading.active_count() == threads
    record("resources: sequential calls", calls=CALLS, connections=connections, fds_leaked=0)


async def test_one_async_client_shared_by_100_tasks() -> None:
    fds = _open_fds()
    tasks, per_task = 100, size(3, 100)
    with serve_faults(keep_alive(_ok)) as server:
        async with AsyncClient(Region(server.url), "sk") as client:

            async def work() -> int:
                for _ in range(per_task):
                    await client.hold_tokens.retrieve("t")
                return per_task

            done = sum(await asyncio.gather(*(work() for _ in range(tasks))))
        connections = server.connections
    assert done == tasks * per_task
    assert _open_fds() <= fds
    record("resources: one AsyncClient, 100 tasks", calls=done, errors=0, connections=connections)


async def test_a_cancelled_call_leaves_the_pool_usable() -> None:
    arrived = threading.Semaphore(0)

    def stall_first_then_answer(conn: Connection, request: RawRequest) -> bytes | None:
        if request.target.endswith("/stall"):
            arrived.release()
            conn.wait_for_data()  # never answers; returns when the client closes
            return None
        return GOOD

    cancelled = size(30, 200)  # more than the pool's connections would allow if they leaked
    with serve_faults(keep_alive(stall_first_then_answer)) as server:
        async with AsyncClient(Region(server.url), "sk", timeout=30) as client:
            for _ in range(cancelled):
                task = asyncio.ensure_future(client.hold_tokens.retrieve("stall"))
                await asyncio.to_thread(arrived.acquire)  # the request reached the server
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            token = await client.hold_tokens.retrieve("t")
    assert token.hold_token
    record("resources: cancelled calls", cancelled=cancelled, pool_usable=True)


def test_closing_the_client_closes_its_pool() -> None:
    fds = _open_fds()
    with serve_faults(keep_alive(_ok)) as server:
        client = Client(Region(server.url), "sk")
        client.hold_tokens.retrieve("t")
        assert _open_fds() > fds
        client.close()
        # The server side of the connection sees the close: its handler thread ends.
        assert _open_fds() <= fds + 2
    assert _open_fds() <= fds
