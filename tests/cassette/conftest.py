"""pytest-recording set-up: each recorded test runs once per client kind on its cassette.

`make test` replays (`--record-mode=none --block-network`); `make record` records the sync run
against the deterministic emulator served on a loopback port (`--record-mode=rewrite`) and
replays the async run on what was just written, which proves both clients send the same.
See cassettes/README.md.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Generator, Iterator
from typing import Any, cast

import pytest
from vcr import VCR
from vcr.cassette import Cassette
from vcr.request import Request

from seatsio_typed.testing import Emulator
from tests.cassette._recording import (
    RECORDING_SEED,
    Backend,
    EmulatorBackend,
    Home,
    Recording,
    live_backend,
)
from tests.cassette._scrub import Scrubber
from tests.cassette._vcr import CASSETTE_DIR, NOT_WRITTEN, cassette_options, configure
from tests.unit.support import Kind

REPLAY = "none"
FAILED_TESTS: set[str] = set()


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    """pytest-recording's hook: our matchers, serializer and persister."""
    configure(vcr)


@pytest.fixture(scope="session")
def emulator_backend() -> Iterator[EmulatorBackend]:
    """The deterministic emulator served on a free loopback port (started when first needed)."""
    emulator = Emulator(deterministic=True, seed=RECORDING_SEED)
    with emulator.serve() as url:
        yield EmulatorBackend(emulator, url)


@pytest.fixture
def cassette_record_mode(record_mode: str, kind: Kind) -> str:
    """`--record-mode`, except that `make record` (rewrite) replays the async run."""
    return REPLAY if record_mode == "rewrite" and kind == "async" else record_mode


@pytest.fixture
def cassette_backend(request: pytest.FixtureRequest, cassette_record_mode: str) -> Backend | None:
    """Where this test records: Seats.io when asked for, else the emulator; None in replay."""
    if cassette_record_mode == REPLAY:
        return None
    live = live_backend(os.environ)
    if live is not None:
        return live
    return cast("EmulatorBackend", request.getfixturevalue("emulator_backend"))


@pytest.fixture
def cassette_home(request: pytest.FixtureRequest, cassette_backend: Backend | None) -> Home | None:
    """A fresh home for the recording (None in replay)."""
    if cassette_backend is None:
        return None
    test = request.function
    return cassette_backend.open_home(f"{test.__module__}/{test.__name__}")


@pytest.fixture
def scrubber(cassette_backend: Backend | None, cassette_home: Home | None) -> Scrubber:
    """This cassette's scrubbing hooks."""
    if cassette_backend is None or cassette_home is None:
        return Scrubber()
    return Scrubber(
        cassette_home.secrets,
        live_base_url=cassette_backend.live_base_url,
        base_url=cassette_backend.recorded_base_url,
    )


@pytest.fixture
def vcr_config(request: pytest.FixtureRequest) -> dict[str, Any]:
    """pytest-recording's `use_cassette` options (none for a test without a cassette; the
    plugin asks every test for them)."""
    if request.node.get_closest_marker("vcr") is None:
        return {}
    scrubber = cast("Scrubber", request.getfixturevalue("scrubber"))
    mode = cast("str", request.getfixturevalue("cassette_record_mode"))
    return {**cassette_options(scrubber, recording=mode != REPLAY), "record_mode": mode}


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """`cassettes/<test module>/`."""
    return str(CASSETTE_DIR / request.node.path.stem)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """The test's name, without the client kind: both kinds share the cassette."""
    name: str = request.function.__name__
    return name


@pytest.fixture
async def rec(
    request: pytest.FixtureRequest,
    vcr: Cassette,
    kind: Kind,
    cassette_backend: Backend | None,
    cassette_home: Home | None,
    scrubber: Scrubber,
) -> AsyncIterator[Recording]:
    """The test's recording; in replay, a test that passed fails when a recorded request was
    never sent (after a failure the unsent rest says nothing new)."""
    recording = Recording(
        kind,
        vcr.get_metadata,
        backend=cassette_backend,
        home=cassette_home,
        scrubber=scrubber,
    )
    try:
        yield recording
    finally:
        await recording.close()
    if not recording.recording and request.node.nodeid not in FAILED_TESTS:
        unsent = unplayed(vcr)
        if unsent:
            pytest.fail(
                f"{len(unsent)} recorded request(s) of {vcr.path} were never sent:\n  "
                + "\n  ".join(unsent)
            )


def unplayed(cassette: Cassette) -> list[str]:
    """`METHOD path?query` of every recorded request replay did not send."""
    data = cast("list[tuple[Request, object]]", cassette.data)
    return [
        f"#{index + 1} {request.method} {request.uri}"
        for index, (request, _) in enumerate(data)
        if cassette.play_counts[index] == 0
    ]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A test that fails while recording leaves its cassette as it was."""
    report = yield
    funcargs = cast("dict[str, object]", getattr(item, "funcargs", {}))
    cassette = funcargs.get("vcr")
    if report.when == "call" and report.failed:
        FAILED_TESTS.add(item.nodeid)
        if isinstance(cassette, Cassette):
            NOT_WRITTEN.add(str(cassette.path))
    return report
