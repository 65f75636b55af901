"""The ready `seatsio_client` / `seatsio_async_client` fixtures, as a user's suite gets them.

The example tests of examples/readme_fixtures.py (shown in the README) are collected here as they
are; the others check what the fixtures promise: bound to the fresh company, retries that move the
emulator's clock instead of sleeping, and a plugin module that keeps the emulator independent.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import seatsio_typed as seatsio
from examples.readme_fixtures import (
    test_async_checkout_books_a_seat,
    test_checkout_books_a_seat,
    test_look_at_the_venue,
    upload_small_hall,
)
from seatsio_typed.testing import Emulator, TestCompany

__all__ = [
    "test_async_checkout_books_a_seat",
    "test_checkout_books_a_seat",
    "test_look_at_the_venue",
]


def test_the_client_acts_in_the_fixture_company(
    seatsio_client: seatsio.Client, seatsio_company: TestCompany
) -> None:
    workspaces = list(seatsio_client.workspaces.list())
    assert [workspace.key for workspace in workspaces] == [seatsio_company.workspace.key]


def test_a_rate_limit_moves_the_emulator_clock_instead_of_sleeping(
    seatsio_client: seatsio.Client, seatsio_emulator: Emulator, seatsio_company: TestCompany
) -> None:
    event = seatsio_client.events.create(upload_small_hall(seatsio_emulator, seatsio_company))
    before = seatsio_emulator.clock.now()
    seatsio_emulator.faults.rate_limit(count=2)
    seatsio_client.events.book(event.key, ["A-3"])
    assert (seatsio_emulator.clock.now() - before).total_seconds() == pytest.approx(0.4 + 0.8)


async def test_the_async_client_acts_in_the_fixture_company(
    seatsio_async_client: seatsio.AsyncClient, seatsio_company: TestCompany
) -> None:
    workspaces = [workspace async for workspace in seatsio_async_client.workspaces.list()]
    assert [workspace.key for workspace in workspaces] == [seatsio_company.workspace.key]


def test_the_plugin_is_registered_and_cheap_to_load() -> None:
    code = (
        "import sys, importlib.metadata as m, seatsio_typed.pytest_clients;"
        "print(sorted(e.value for e in m.entry_points(group='pytest11')"
        " if e.value.startswith('seatsio_typed')));"
        "print(sorted(n for n in sys.modules if n.startswith('seatsio_typed.testing')))"
    )
    lines = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert lines[0] == "['seatsio_typed.pytest_clients', 'seatsio_typed.testing.pytest_plugin']"
    # Loading it does not load the emulator: a suite that never asks for a fixture pays nothing.
    assert lines[1] == "[]"
