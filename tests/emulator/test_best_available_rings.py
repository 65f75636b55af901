"""The emulator's best-available windows and orphan rule on rows and round tables (rings)."""

from __future__ import annotations

import pytest

from seatsio_typed.testing._engine.best_available import SeatLine, leaves_orphan

SIX = 6


def line(*, ring: bool, free: list[bool] | None = None) -> SeatLine:
    return SeatLine([None] * SIX, free if free is not None else [True] * SIX, (0.0,) * SIX, ring)


def test_a_line_has_no_window_across_its_ends() -> None:
    windows = line(ring=False).windows(3)

    assert windows == [(0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5)]


def test_a_ring_has_windows_that_wrap_from_the_last_seat_to_the_first() -> None:
    windows = line(ring=True).windows(3)

    assert windows == [(0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5), (4, 5, 0), (5, 0, 1)]
    # The whole table is one window, whatever the seat it starts at.
    assert line(ring=True).windows(SIX) == [tuple(range(SIX))]
    assert line(ring=True).windows(SIX + 1) == []


def test_windows_lie_apart_round_a_ring_and_along_a_line() -> None:
    assert line(ring=True).gap(0, 5) == 1
    assert line(ring=False).gap(0, 5) == 5


@pytest.mark.parametrize(
    ("ring", "window", "orphan"),
    [
        # Five of six taken: the one left over is lone on a ring (both its neighbours taken)...
        (True, (5, 0, 1, 2, 3), True),
        # ...and two left over side by side are not.
        (True, (0, 1, 2, 3), False),
        (False, (0, 1, 2, 3), False),
        # On a line, the end seat beside a window is lone: it has no other neighbour.
        (False, (1, 2, 3, 4), True),
        # On a ring the same seats 0 and 5 sit next to each other: no lone seat.
        (True, (1, 2, 3, 4), False),
    ],
)
def test_a_window_that_leaves_a_lone_free_seat_leaves_an_orphan(
    ring: bool, window: tuple[int, ...], orphan: bool
) -> None:
    assert leaves_orphan(line(ring=ring), window) is orphan


def test_a_booked_seat_ends_a_run_as_the_end_of_a_line_does() -> None:
    booked_first = [False, True, True, True, True, True]  # seat 0 booked
    booked = line(ring=True, free=booked_first)

    # Seat 1 left between the booked seat 0 and the window: lone.
    assert leaves_orphan(booked, (2, 3)) is True
    # Seat 5 left between the window and the booked seat 0, round the ring: lone.
    assert leaves_orphan(booked, (3, 4)) is True
    # Seat 3 keeps its free neighbour 2; the booked seat 0 is no orphan.
    assert leaves_orphan(booked, (4, 5)) is False
