"""One emulator served over HTTP (uvicorn on loopback) for the reliability tests of a module."""

from __future__ import annotations

from collections.abc import Generator

import pytest

from seatsio_typed.testing import ChartBuilder, Emulator, TestCompany

SEATS = 10
"""The contested seats: row A, A-1 .. A-10."""


@pytest.fixture(scope="module")
def served() -> Generator[tuple[Emulator, str], None, None]:
    """An emulator and the base URL of its HTTP server; faults cleared after each test."""
    emulator = Emulator()
    with emulator.serve() as url:
        yield emulator, url


@pytest.fixture
def emulator(served: tuple[Emulator, str]) -> Generator[Emulator, None, None]:
    """The served emulator, its faults cleared after the test."""
    yield served[0]
    served[0].faults.clear()


@pytest.fixture
def url(served: tuple[Emulator, str]) -> str:
    """The base URL of the served emulator."""
    return served[1]


@pytest.fixture
def company(emulator: Emulator) -> TestCompany:
    """A fresh company on the served emulator."""
    return emulator.create_test_company()


@pytest.fixture
def chart_key(emulator: Emulator, company: TestCompany) -> str:
    """A chart of one row of SEATS seats in the company's default workspace."""
    drawing = ChartBuilder("Race hall").category(1, "Stalls", "#4477aa").focal_point()
    drawing = drawing.row("A", seats=SEATS, category=1)
    return emulator.upload_chart(drawing.build(), secret_key=company.admin_key)
