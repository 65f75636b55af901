"""The `tape` fixture: each recorded test runs once per client kind on its cassette."""

from __future__ import annotations

import pytest

from tests.cassette._tape import Tape, cassette_path, tape_for
from tests.unit.support import Kind


@pytest.fixture
def tape(request: pytest.FixtureRequest, kind: Kind) -> Tape:
    """The test's cassette, replayed; recorded when `SEATSIO_RECORD=1` (see cassettes/README.md)."""
    test = request.function
    return tape_for(cassette_path(test.__module__, test.__name__), kind)
