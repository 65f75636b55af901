"""pytest fixtures that give a test its own local Seats.io.

Loaded automatically wherever `seatsio-typed` is installed (entry point `pytest11`), so this
module imports nothing heavy at import time and cannot fail to load:

- `seatsio_emulator`: a fresh in-process `Emulator` (deterministic, seed 0);
- `seatsio_company`: a test company in that emulator (`TestCompany`: admin key, workspace);
- `seatsio_emulator_url`: the same emulator served over HTTP on a loopback port (needs uvicorn).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from seatsio_typed.testing._emulator import Emulator, TestCompany


@pytest.fixture
def seatsio_emulator() -> Emulator:
    """A fresh, deterministic in-process Seats.io emulator."""
    from seatsio_typed.testing._emulator import Emulator

    return Emulator(deterministic=True)


@pytest.fixture
def seatsio_company(seatsio_emulator: Emulator) -> TestCompany:
    """A new company (admin key and default workspace) in `seatsio_emulator`."""
    return seatsio_emulator.create_test_company()


@pytest.fixture
def seatsio_emulator_url(seatsio_emulator: Emulator) -> Generator[str, None, None]:
    """The base URL of `seatsio_emulator` served over HTTP on a free loopback port."""
    with seatsio_emulator.serve() as url:
        yield url
