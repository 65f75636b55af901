"""Fixtures shared by every test directory."""

from __future__ import annotations

import pytest

from tests.unit.support import KINDS, Kind


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> Kind:
    """Run the test once with the sync `Client` and once with the `AsyncClient`."""
    value: Kind = request.param
    return value
