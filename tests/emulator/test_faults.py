"""Fault injection: 429s, 5xx (before and after processing), latency, scoping, admin API."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from seatsio_typed.testing import Emulator, Faults, TestCompany

from .conftest import client_for


@pytest.fixture
def slept() -> list[float]:
    """The latencies the emulator asked to sleep (it never sleeps for real here)."""
    return []


@pytest.fixture
def emulator(slept: list[float]) -> Emulator:
    """An emulator whose latency goes to `slept` instead of a real sleep."""
    return Emulator(deterministic=True, system_secret="sys", sleep=slept.append)


def _statuses(admin: httpx.Client, count: int) -> list[int]:
    return [admin.get("/workspaces").status_code for _ in range(count)]


def _workspace_count(emulator: Emulator, company: TestCompany) -> int:
    with client_for(emulator, company.admin_key) as client:
        return len(client.get("/workspaces").json()["items"])


def test_every_nth_request_is_rate_limited(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.rate_limit(every=3)
    assert _statuses(admin, 7) == [200, 200, 429, 200, 200, 429, 200]


def test_rate_limit_body_and_retry_after(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.rate_limit(count=1, retry_after=7)
    response = admin.get("/workspaces")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["status"] == 429
    assert body["errors"][0]["code"] == "RATE_LIMIT_EXCEEDED"
    assert body["requestId"]
    assert admin.get("/workspaces").status_code == 200


def test_without_retry_after_there_is_no_header(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.rate_limit(count=1)
    assert "retry-after" not in admin.get("/workspaces").headers


def test_a_window_of_requests(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.rate_limit(count=2)
    assert _statuses(admin, 4) == [429, 429, 200, 200]


def test_a_window_of_time_on_the_emulator_clock(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.rate_limit(seconds=30)
    assert _statuses(admin, 2) == [429, 429]
    emulator.clock.advance(30)
    assert _statuses(admin, 2) == [200, 200]


def test_probability_is_reproducible_with_the_seed() -> None:
    def run() -> list[int]:
        emulator = Emulator(deterministic=True, seed=11)
        tenant = emulator.create_test_company()
        emulator.faults.rate_limit(probability=0.5)
        with client_for(emulator, tenant.admin_key) as client:
            return _statuses(client, 40)

    first = run()
    assert first == run()
    assert 5 < first.count(429) < 35


def test_a_rate_limited_request_changes_nothing(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    emulator.faults.rate_limit(count=1)
    assert admin.post("/workspaces", json={"name": "w"}).status_code == 429
    assert _workspace_count(emulator, company) == 1


def test_server_error_before_processing_changes_nothing(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    emulator.faults.server_error(status=503, count=2)
    assert admin.post("/workspaces", json={"name": "w"}).status_code == 503
    response = admin.post("/workspaces", json={"name": "w"})
    assert response.status_code == 503
    assert response.json()["errors"][0]["code"] == "INTERNAL_SERVER_ERROR"
    assert _workspace_count(emulator, company) == 1
    assert admin.post("/workspaces", json={"name": "w"}).status_code == 200


def test_server_error_after_processing_keeps_the_effect(
    emulator: Emulator, company: TestCompany, admin: httpx.Client
) -> None:
    emulator.faults.server_error(status=500, after_processing=True, method="POST")
    assert admin.post("/workspaces", json={"name": "w"}).status_code == 500
    assert _workspace_count(emulator, company) == 2


def test_unlimited_server_errors(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.server_error(count=None)
    assert _statuses(admin, 3) == [500, 500, 500]
    emulator.faults.clear()
    assert _statuses(admin, 1) == [200]


def test_latency_goes_through_the_injected_sleep(
    emulator: Emulator, admin: httpx.Client, slept: list[float]
) -> None:
    emulator.faults.latency(0.25)
    emulator.faults.latency(0.5, path_prefix="/workspaces/active")
    assert _statuses(admin, 2) == [200, 200]
    assert admin.get("/workspaces/active").status_code == 200
    assert slept == [0.25, 0.25, 0.75]


def test_faults_can_target_a_method_and_path(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.rate_limit(method="POST", path_prefix="/workspaces")
    assert admin.get("/workspaces").status_code == 200
    assert admin.post("/workspaces", json={"name": "x"}).status_code == 429


def test_admin_paths_are_never_faulted(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.rate_limit()
    with client_for(emulator, emulator.system_secret) as system:
        assert system.get("/_emulator/clock").status_code == 200
        assert system.delete("/_emulator/faults").status_code == 204
    assert admin.get("/workspaces").status_code == 200


def test_faults_count_requests_and_clear(emulator: Emulator, admin: httpx.Client) -> None:
    emulator.faults.rate_limit(every=2)
    _statuses(admin, 3)
    seen_before, active_before = emulator.faults.requests_seen, emulator.faults.active
    emulator.faults.clear()
    assert (seen_before, active_before) == (3, True)
    assert (emulator.faults.requests_seen, emulator.faults.active) == (0, False)


def _two_kinds(faults: Faults) -> None:
    faults.rate_limit(every=2, count=3)


def _every_zero(faults: Faults) -> None:
    faults.rate_limit(every=0)


def _odd_probability(faults: Faults) -> None:
    faults.rate_limit(probability=1.5)


def _client_error(faults: Faults) -> None:
    faults.server_error(status=404)


def _negative_latency(faults: Faults) -> None:
    faults.latency(-1)


@pytest.mark.parametrize(
    ("configure", "message"),
    [
        (_two_kinds, "at most one"),
        (_every_zero, "every"),
        (_odd_probability, "probability"),
        (_client_error, "5xx"),
        (_negative_latency, "between 0 and 3600"),
    ],
)
def test_bad_fault_configurations_are_refused(
    emulator: Emulator, configure: Callable[[Faults], None], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        configure(emulator.faults)
    assert not emulator.faults.active


def test_faults_admin_api(emulator: Emulator, admin: httpx.Client, slept: list[float]) -> None:
    with client_for(emulator, emulator.system_secret) as system:
        added = system.post("/_emulator/faults", json={"rateLimit": {"every": 2, "retryAfter": 1}})
        assert added.status_code == 204
        assert _statuses(admin, 2) == [200, 429]
        system.delete("/_emulator/faults")
        system.post("/_emulator/faults", json={"serverError": {"status": 502}})
        assert _statuses(admin, 2) == [502, 200]
        system.post("/_emulator/faults", json={"serverError": {"count": None}})
        assert _statuses(admin, 2) == [500, 500]
        system.delete("/_emulator/faults")
        system.post("/_emulator/faults", json={"latency": {"seconds": 1.5, "method": "GET"}})
        assert _statuses(admin, 1) == [200]
        assert slept == [1.5]
        bad_bodies: list[dict[str, object]] = [
            {},
            {"rateLimit": {}, "latency": {"seconds": 1}},
            {"rateLimit": {"every": 1, "count": 1}},
            {"serverError": {"status": 200}},
            {"latency": {}},
            {"latency": "fast"},
        ]
        for bad in bad_bodies:
            assert system.post("/_emulator/faults", json=bad).status_code == 400, bad


def test_reset_replays_the_random_faults() -> None:
    emulator = Emulator(deterministic=True, seed=5)

    def run() -> list[int]:
        tenant = emulator.create_test_company()
        emulator.faults.rate_limit(probability=0.5)
        with client_for(emulator, tenant.admin_key) as client:
            return _statuses(client, 20)

    first = run()
    emulator.reset()
    assert run() == first
