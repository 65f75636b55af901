"""Clear refusals: keys that could never be retrieved again, and fault settings out of range."""

from __future__ import annotations

import math
from collections.abc import Callable

import httpx
import pytest

from seatsio_typed.testing import Emulator, EmulatorError, Faults, TestCompany

from ._events_support import codes, create_event, ok
from .conftest import client_for

DRAWING: dict[str, object] = {"name": "Hall", "venueType": "SIMPLE", "subChart": {"rows": []}}
LONGEST = "k" * 256


def _upload(admin: httpx.Client, key: str) -> httpx.Response:
    return admin.post(f"/system/public/charts/{key}", json=DRAWING)


# `%2E%2E` and `%2E` arrive as the keys `..` and `.` (a client would resolve them as path steps).
@pytest.mark.parametrize("key", ["archive", "tags", "k" * 257, "%2E%2E", "%2E"])
def test_a_chart_key_that_could_not_be_retrieved_is_refused(admin: httpx.Client, key: str) -> None:
    assert codes(_upload(admin, key)) == ["INVALID_KEY"]

    assert ok(admin.get("/charts"))["items"] == []
    assert ok(admin.get("/charts/archive"))["items"] == []


def test_the_longest_chart_key_is_stored_and_retrieved(admin: httpx.Client) -> None:
    assert _upload(admin, LONGEST).status_code == 201

    assert ok(admin.get(f"/charts/{LONGEST}"))["key"] == LONGEST


def test_in_process_uploads_refuse_reserved_keys(emulator: Emulator, company: TestCompany) -> None:
    with pytest.raises(EmulatorError, match="INVALID_KEY"):
        emulator.upload_chart(DRAWING, secret_key=company.admin_key, chart_key="tags")


@pytest.mark.parametrize("key", ["", "e" * 257, ".", ".."])
def test_an_unusable_event_key_is_refused(admin: httpx.Client, chart: str, key: str) -> None:
    assert codes(admin.post("/events", json={"chartKey": chart, "eventKey": key})) == [
        "INVALID_KEY"
    ]
    many = {"chartKey": chart, "events": [{"eventKey": "fine"}, {"eventKey": key}]}
    assert codes(admin.post("/events/actions/create-multiple", json=many)) == ["INVALID_KEY"]

    assert ok(admin.get("/events"))["items"] == []


def test_an_event_cannot_be_renamed_to_an_unusable_key(admin: httpx.Client, chart: str) -> None:
    create_event(admin, chart, eventKey="e1")

    assert codes(admin.post("/events/e1", json={"eventKey": ""})) == ["INVALID_KEY"]
    assert ok(admin.get("/events/e1"))["key"] == "e1"


def test_the_longest_event_key_works_and_a_null_key_is_generated(
    admin: httpx.Client, chart: str
) -> None:
    assert create_event(admin, chart, eventKey=LONGEST)["key"] == LONGEST
    assert ok(admin.get(f"/events/{LONGEST}"))["key"] == LONGEST
    assert create_event(admin, chart, eventKey=None)["key"]


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def sleepy(slept: list[float]) -> Emulator:
    """An emulator whose latency goes to `slept`."""
    return Emulator(deterministic=True, seed=3, system_secret="system", sleep=slept.append)


TOO_BIG_INTEGER = "1" + "0" * 400


@pytest.mark.parametrize(
    "body",
    [
        '{"latency": {"seconds": -1}}',
        '{"latency": {"seconds": 3600.5}}',
        f'{{"latency": {{"seconds": {TOO_BIG_INTEGER}}}}}',
        '{"latency": {"seconds": NaN}}',
        '{"latency": {"seconds": Infinity}}',
        '{"rateLimit": {"seconds": -0.5}}',
        '{"rateLimit": {"seconds": 3601}}',
        f'{{"rateLimit": {{"seconds": {TOO_BIG_INTEGER}}}}}',
        '{"rateLimit": {"retryAfter": -1}}',
        '{"rateLimit": {"retryAfter": 3601}}',
        '{"rateLimit": {"count": -1}}',
        '{"serverError": {"count": -1}}',
    ],
)
def test_the_faults_route_refuses_values_out_of_range(sleepy: Emulator, body: str) -> None:
    with client_for(sleepy, sleepy.system_secret) as system:
        response = system.post("/_emulator/faults", content=body)

    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["errors"]
    assert not sleepy.faults.active


def _configure(call: Callable[[Faults], None]) -> Callable[[Faults], None]:
    return call


@pytest.mark.parametrize(
    "configure",
    [
        _configure(lambda faults: faults.latency(math.inf)),
        _configure(lambda faults: faults.latency(math.nan)),
        _configure(lambda faults: faults.latency(3601)),
        _configure(lambda faults: faults.rate_limit(seconds=math.inf)),
        _configure(lambda faults: faults.rate_limit(seconds=-1)),
        _configure(lambda faults: faults.rate_limit(retry_after=-1)),
        _configure(lambda faults: faults.rate_limit(count=-1)),
        _configure(lambda faults: faults.server_error(count=-1)),
    ],
)
def test_the_faults_api_refuses_values_out_of_range(
    sleepy: Emulator, configure: Callable[[Faults], None]
) -> None:
    with pytest.raises(ValueError, match=r"between 0 and|negative"):
        configure(sleepy.faults)
    assert not sleepy.faults.active


def test_an_hour_is_accepted_and_several_latencies_wait_an_hour_at_most(
    sleepy: Emulator, slept: list[float]
) -> None:
    company = sleepy.create_test_company()
    sleepy.faults.latency(3600)
    sleepy.faults.latency(3600)
    sleepy.faults.rate_limit(seconds=3600, retry_after=3600, path_prefix="/nothing")

    with client_for(sleepy, company.admin_key) as admin:
        assert admin.get("/charts").status_code == 200

    assert slept == [3600]


@pytest.mark.parametrize("status", [500, 501, 503, 599])
@pytest.mark.parametrize("after_processing", [False, True])
def test_no_fault_answers_a_plain_text_500(
    sleepy: Emulator, status: int, after_processing: bool
) -> None:
    company = sleepy.create_test_company()
    with client_for(sleepy, sleepy.system_secret) as system:
        fault = {"serverError": {"status": status, "afterProcessing": after_processing}}
        assert system.post("/_emulator/faults", json=fault).status_code == 204

    with client_for(sleepy, company.admin_key) as admin:
        response = admin.get("/charts")

    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert response.json()["errors"][0]["code"] == "INTERNAL_SERVER_ERROR"
    assert response.json()["requestId"]
