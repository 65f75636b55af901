"""Fixtures of the SDK unit tests: a scripted fake server and a client of each kind."""

from __future__ import annotations

import pytest

from tests.unit.support import KINDS, Kind


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> Kind:
    """Run the test once with the sync client and once with the async client."""
    value: Kind = request.param
    return value
