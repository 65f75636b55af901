"""The emulator over real HTTP on loopback, in-process transports, and request atomicity."""

from __future__ import annotations

import threading
from collections import Counter

import httpx

from seatsio_typed.testing import Emulator, TestCompany

THREADS = 16


def test_served_in_a_thread_on_loopback(emulator: Emulator) -> None:
    with emulator.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, auth=(emulator.system_secret, "")) as system:
            company = system.post("/system/private/create-test-company").json()
        with httpx.Client(base_url=url, auth=(company["admin"]["secretKey"], "")) as admin:
            created = admin.post("/workspaces", content=b'{"name": "over http"}')
            assert created.status_code == 200
            encoded = admin.get("/workspaces/a%2Fb")
            assert encoded.status_code == 404
            assert encoded.json()["messages"] == ["Workspace not found: a/b"]
            denied = httpx.get(f"{url}/workspaces")
            assert (denied.status_code, denied.content) == (401, b"")
    # The server is gone after the block.
    with httpx.Client(base_url=url, timeout=2) as after:
        try:
            after.get("/workspaces")
        except httpx.TransportError:
            pass
        else:  # pragma: no cover - only when shutdown failed
            raise AssertionError("the server still answers after serve() ended")


def test_serve_twice_on_one_emulator_shares_state(emulator: Emulator) -> None:
    company = emulator.create_test_company()
    with emulator.serve() as first_url, emulator.serve() as second_url:
        assert first_url != second_url
        with httpx.Client(base_url=first_url, auth=(company.admin_key, "")) as first:
            first.post("/workspaces", json={"name": "shared"})
        with httpx.Client(base_url=second_url, auth=(company.admin_key, "")) as second:
            names = [item["name"] for item in second.get("/workspaces").json()["items"]]
    assert names == ["shared", "Production workspace"]


def test_sync_and_async_transports_share_one_state(
    emulator: Emulator, company: TestCompany
) -> None:
    with httpx.Client(
        transport=emulator.transport(), base_url="https://x", auth=(company.admin_key, "")
    ) as client:
        client.post("/workspaces", json={"name": "from sync"})

    async def read() -> list[str]:
        async with httpx.AsyncClient(
            transport=emulator.async_transport(), base_url="https://x", auth=(company.admin_key, "")
        ) as client:
            response = await client.get("/workspaces", params={"filter": "sync"})
            return [item["name"] for item in response.json()["items"]]

    import asyncio

    assert asyncio.run(read()) == ["from sync"]


def _race(url: str, secret: str, action: str, path: str, body: bytes) -> list[int]:
    barrier = threading.Barrier(THREADS)
    statuses: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client(base_url=url, auth=(secret, ""), timeout=10) as client:
            barrier.wait()
            status = client.request(action, path, content=body).status_code
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_concurrent_creates_get_distinct_ids(emulator: Emulator, company: TestCompany) -> None:
    with emulator.serve() as url:
        statuses = _race(url, company.admin_key, "POST", "/workspaces", b'{"name": "racer"}')
        with httpx.Client(base_url=url, auth=(company.admin_key, "")) as admin:
            items = admin.get("/workspaces", params={"filter": "racer"}).json()["items"]
    assert statuses == [200] * THREADS
    assert len({item["id"] for item in items}) == THREADS
    assert len({item["key"] for item in items}) == THREADS


def test_racing_deletes_of_one_workspace_give_exactly_one_success(
    emulator: Emulator, company: TestCompany
) -> None:
    with emulator.serve() as url:
        with httpx.Client(base_url=url, auth=(company.admin_key, "")) as admin:
            key = admin.post("/workspaces", json={"name": "doomed"}).json()["key"]
            admin.post(f"/workspaces/{key}/actions/deactivate")
        statuses = _race(url, company.admin_key, "DELETE", f"/workspaces/{key}", b"null")
    assert Counter(statuses) == Counter({204: 1, 404: THREADS - 1})


def test_serving_in_a_thread_leaves_logging_configuration_alone(emulator: Emulator) -> None:
    import logging

    watched = [logging.getLogger(name) for name in ("", "uvicorn", "uvicorn.error")]
    before = [list(logger.handlers) for logger in watched]
    with emulator.serve():
        pass
    assert [list(logger.handlers) for logger in watched] == before
