"""The emulator clock: deterministic or wall time, movable by tests; timestamp format."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest

from seatsio_typed.testing import Emulator
from seatsio_typed.testing._state.clock import (
    DETERMINISTIC_EPOCH,
    Clock,
    format_timestamp,
    parse_timestamp,
)

from .conftest import client_for

UTC = timezone.utc


def test_deterministic_clock_stands_still_until_moved() -> None:
    clock = Clock(deterministic=True)
    assert clock.now() == DETERMINISTIC_EPOCH
    assert clock.now() == DETERMINISTIC_EPOCH
    assert clock.advance(90.5) == DETERMINISTIC_EPOCH + timedelta(seconds=90.5)
    target = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert clock.set(target) == target
    clock.reset()
    assert clock.now() == DETERMINISTIC_EPOCH


def test_deterministic_clock_can_start_anywhere() -> None:
    start = datetime(2020, 2, 29, 23, 59, 59)
    assert Clock(deterministic=True, start=start).now() == start.replace(tzinfo=UTC)


def test_real_clock_follows_wall_time_plus_offset() -> None:
    wall = [datetime(2024, 1, 1, tzinfo=UTC)]
    clock = Clock(wall_time=lambda: wall[0])
    assert clock.now() == wall[0]
    wall[0] += timedelta(seconds=5)
    assert clock.now() == datetime(2024, 1, 1, 0, 0, 5, tzinfo=UTC)
    clock.advance(60)
    assert clock.now() == datetime(2024, 1, 1, 0, 1, 5, tzinfo=UTC)
    clock.set(datetime(2025, 1, 1, tzinfo=UTC))
    wall[0] += timedelta(seconds=1)
    assert clock.now() == datetime(2025, 1, 1, 0, 0, 1, tzinfo=UTC)
    clock.reset()
    assert clock.now() == wall[0]


def test_now_is_truncated_to_milliseconds() -> None:
    clock = Clock(wall_time=lambda: datetime(2024, 1, 1, 0, 0, 0, 123456, tzinfo=UTC))
    assert clock.now().microsecond == 123000


@pytest.mark.parametrize(
    ("instant", "text"),
    [
        (datetime(2018, 9, 13, 0, 16, 43, 176000, tzinfo=UTC), "2018-09-13T00:16:43.176Z"),
        (datetime(2018, 9, 13, 0, 16, 43, tzinfo=UTC), "2018-09-13T00:16:43.000Z"),
        (
            datetime(2018, 9, 13, 2, 16, 43, 5000, tzinfo=timezone(timedelta(hours=2))),
            "2018-09-13T00:16:43.005Z",
        ),
    ],
)
def test_format_timestamp(instant: datetime, text: str) -> None:
    assert format_timestamp(instant) == text
    assert parse_timestamp(text) == instant


def test_emulator_clock_is_deterministic_in_deterministic_mode() -> None:
    emulator = Emulator(deterministic=True)
    assert emulator.clock.now() == DETERMINISTIC_EPOCH
    emulator.clock.advance(10)
    emulator.reset()
    assert emulator.clock.now() == DETERMINISTIC_EPOCH


def test_clock_admin_api(emulator: Emulator) -> None:
    with client_for(emulator, emulator.system_secret) as system:
        assert system.get("/_emulator/clock").json() == {"now": "2025-01-01T12:00:00.000Z"}
        moved = system.post("/_emulator/clock", json={"advance": 61.5})
        assert moved.json() == {"now": "2025-01-01T12:01:01.500Z"}
        jumped = system.post("/_emulator/clock", json={"set": "2031-07-01T00:00:00Z"})
        assert jumped.json() == {"now": "2031-07-01T00:00:00.000Z"}
        for bad in ({}, {"advance": 1, "set": "2031-01-01T00:00:00Z"}, {"set": "tomorrow"}):
            assert system.post("/_emulator/clock", json=bad).status_code == 400
    assert emulator.clock.now() == datetime(2031, 7, 1, tzinfo=UTC)


def test_admin_api_needs_the_system_secret(emulator: Emulator, admin: httpx.Client) -> None:
    assert admin.get("/_emulator/clock").status_code == 401
    assert admin.post("/_emulator/reset").status_code == 401


def test_reset_admin_api_forgets_everything(emulator: Emulator, admin: httpx.Client) -> None:
    with client_for(emulator, emulator.system_secret) as system:
        assert system.post("/_emulator/reset").status_code == 204
    assert admin.get("/workspaces").status_code == 401


@pytest.mark.parametrize("deterministic", [True, False])
def test_the_clock_refuses_to_leave_the_representable_range(deterministic: bool) -> None:
    clock = Clock(deterministic=deterministic)
    before = clock.now()
    for seconds in (1e300, -1e300, 3e11, 2.5e11, -1e11):
        with pytest.raises(ValueError, match="clock"):
            clock.advance(seconds)
    for instant in (datetime(9999, 12, 31, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC)):
        with pytest.raises(ValueError, match="clock stays between"):
            clock.set(instant)
    # Refused moves leave the clock where it was (the real one keeps following wall time).
    assert abs(clock.now() - before) < timedelta(seconds=5)
    assert (clock.now() + timedelta(days=365)).year > before.year


def test_clock_admin_api_answers_400_for_moves_out_of_range(emulator: Emulator) -> None:
    with client_for(emulator, emulator.system_secret) as system:
        for bad in ({"advance": 1e300}, {"advance": -1e11}, {"set": "9999-12-31T23:59:59Z"}):
            response = system.post("/_emulator/clock", json=bad)
            assert response.status_code == 400
            assert response.json()["errors"][0]["code"] == "VALIDATION_FAILED"
        assert system.get("/_emulator/clock").json() == {"now": "2025-01-01T12:00:00.000Z"}
