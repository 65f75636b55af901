"""Are the committed cassettes current? Re-record every flow in memory and compare the bytes.

The flows are the recorded tests themselves (async functions of a `Recording` in the modules
marked `pytest.mark.vcr`); each is recorded again, with the sync client and the same vcrpy
configuration as `make record`, against the deterministic emulator served on loopback.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest
from vcr import VCR

from tests.cassette._recording import EmulatorBackend, Recording
from tests.cassette._scrub import Scrubber
from tests.cassette._vcr import MemoryPersister, cassette_options, cassette_path, configure

MAX_DIFF_LINES = 80
Flow = Callable[[Recording], Awaitable[None]]


@dataclass(frozen=True)
class RecordedFlow:
    """A recorded test and the cassette it owns."""

    module: str
    name: str
    flow: Flow

    @property
    def path(self) -> Path:
        """Its cassette file."""
        return cassette_path(self.module, self.name)


def discover_flows() -> list[RecordedFlow]:
    """Every test of the `test_*.py` modules beside this one that are marked `vcr`."""
    flows: list[RecordedFlow] = []
    for file in sorted(Path(__file__).parent.glob("test_*.py")):
        module = importlib.import_module(f"{__package__}.{file.stem}")
        mark: object = getattr(module, "pytestmark", None)
        if not (isinstance(mark, pytest.MarkDecorator) and mark.name == "vcr"):
            continue
        for name, function in vars(module).items():
            if name.startswith("test_") and inspect.iscoroutinefunction(function):
                flows.append(RecordedFlow(module.__name__, name, cast("Flow", function)))
    return flows


async def rerecord(flow: RecordedFlow, backend: EmulatorBackend) -> str:
    """The cassette text the flow records now against the emulator (nothing is written)."""
    home = backend.open_home(f"{flow.module}/{flow.name}")
    scrubber = Scrubber(
        home.secrets, live_base_url=backend.live_base_url, base_url=backend.recorded_base_url
    )
    memory = MemoryPersister()
    vcr = VCR(record_mode="new_episodes")
    configure(vcr, memory)
    with vcr.use_cassette(str(flow.path), **cassette_options(scrubber, recording=True)) as cassette:
        recording = Recording(
            "sync", cassette.get_metadata, backend=backend, home=home, scrubber=scrubber
        )
        try:
            await flow.flow(recording)
        except AssertionError as error:
            raise AssertionError(
                f"re-recording {flow.module}.{flow.name} against the emulator failed: {error}"
            ) from error
        finally:
            await recording.close()
    return memory.saved[str(flow.path)]


def staleness(shown_path: str, committed: str, fresh: str) -> str | None:
    """None when the texts are equal, else what differs and how to bring the file up to date."""
    if committed == fresh:
        return None
    diff = list(
        difflib.unified_diff(
            committed.splitlines(),
            fresh.splitlines(),
            fromfile=f"{shown_path} (committed)",
            tofile=f"{shown_path} (recorded now)",
            lineterm="",
        )
    )
    shown = diff[:MAX_DIFF_LINES]
    if len(diff) > MAX_DIFF_LINES:
        shown.append(f"... ({len(diff) - MAX_DIFF_LINES} more diff lines)")
    return (
        f"{shown_path} is out of date: the SDK's wire behaviour or the emulator changed. "
        "Re-record with `make record` and review the diff:\n" + "\n".join(shown)
    )
