"""A test's cassette in use: replay it (the default) or record it, and the flows that use one.

A recorded test is an async function of a `Tape`, decorated with `@recorded`:

    @recorded
    async def test_book(tape: Tape) -> None:
        chart_key = tape.seed_chart(venue())     # seeded while recording, read back in replay
        sdk = tape.sdk()                         # the company admin key, in the home workspace
        await sdk.call(lambda c: c.events.create(chart_key, event_key="concert"))

Its cassette is `cassettes/<module>/<test name>.json`. In replay the SDK talks to the recording
only; while recording it talks to a backend (the deterministic emulator or Seats.io) through a
recording transport, and the scrubbed cassette is written only when the flow passed.
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.cassette._backends import Backend, Home, backend_from_env
from tests.cassette._format import Cassette, CassetteFormatError, dumps
from tests.cassette._scrub import Scrubber, find_secrets
from tests.cassette._transports import (
    AsyncRecordingTransport,
    AsyncReplayTransport,
    CassetteMismatchError,
    Player,
    Recorder,
    RecordingTransport,
    ReplayTransport,
)
from tests.reference import REPO_ROOT
from tests.unit.support import Kind, Sdk

CASSETTE_DIR = REPO_ROOT / "cassettes"
RECORD_VARIABLE = "SEATSIO_RECORD"
ADMIN_KEY_FIXTURE = "admin-key"
HOME_WORKSPACE_FIXTURE = "home-workspace-key"
UNKNOWN_KEY_FIXTURE = "unknown-key"
UNKNOWN_KEY = "0f0f0f0f-no-such-secret-key"

Flow = Callable[["Tape"], Awaitable[None]]


class CassetteSecretError(AssertionError):
    """A recording still held something secret-shaped after scrubbing; nothing was written."""


@dataclass(frozen=True)
class _Recording:
    backend: Backend
    home: Home
    write: bool
    """Whether `finish()` writes the file (the currency check keeps it in memory)."""


class Tape:
    """One test's cassette: fixtures, SDK clients on it, and the check or write at the end."""

    def __init__(
        self,
        path: Path,
        kind: Kind,
        *,
        base_url: str,
        fixtures: Mapping[str, str],
        player: Player | None = None,
        recording: _Recording | None = None,
    ) -> None:
        self.path = path
        self.kind: Kind = kind
        self.base_url = base_url
        self._fixtures = dict(fixtures)
        self._player = player
        self._recording = recording
        self._recorder = Recorder()
        self._scrubber = Scrubber(() if recording is None else recording.home.secrets)
        self._sdks: list[Sdk] = []
        self._charts = 0
        self.admin_key = self.fixture(ADMIN_KEY_FIXTURE, _unused)
        """The company admin key (a placeholder in replay; Authorization is never recorded)."""
        self.workspace_key = self.fixture(HOME_WORKSPACE_FIXTURE, _unused)
        """The public key of the workspace this recording acts in."""

    @classmethod
    def replay(cls, path: Path, kind: Kind) -> Tape:
        """Replay the cassette at `path`; no network and no emulator involved."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CassetteMismatchError(
                f"no cassette at {path}: record it with `make record` (scripts/record.py)"
            ) from None
        try:
            cassette = Cassette.loads(text)
        except CassetteFormatError as error:
            raise CassetteFormatError(f"{path}: {error}") from None
        return cls(
            path,
            kind,
            base_url=cassette.base_url,
            fixtures=cassette.fixtures,
            player=Player(cassette.exchanges, _shown(path)),
        )

    @classmethod
    def record(cls, path: Path, kind: Kind, backend: Backend, *, write: bool = True) -> Tape:
        """Record against `backend`; `write=False` keeps the cassette in memory (`render()`)."""
        home = backend.open_home(f"{path.parent.name}/{path.stem}")
        return cls(
            path,
            kind,
            base_url=backend.base_url,
            fixtures={
                ADMIN_KEY_FIXTURE: home.admin_key,
                HOME_WORKSPACE_FIXTURE: home.workspace_key,
            },
            recording=_Recording(backend, home, write),
        )

    @property
    def recording(self) -> bool:
        """Whether this tape records (rather than replays)."""
        return self._recording is not None

    def fixture(self, name: str, make: Callable[[], str]) -> str:
        """A setup value: made (and kept) while recording, read from the cassette in replay."""
        if self._recording is None:
            try:
                return self._fixtures[name]
            except KeyError:
                raise CassetteMismatchError(
                    f"the test asks for fixture {name!r}, which {_shown(self.path)} lacks"
                ) from None
        if name not in self._fixtures:
            self._fixtures[name] = make()
        return self._fixtures[name]

    def seed_chart(self, drawing: Mapping[str, object]) -> str:
        """Upload a drawing as a published chart in the home workspace; returns its key."""
        self._charts += 1
        return self.fixture(f"chart-{self._charts}", lambda: self._upload(drawing))

    def _upload(self, drawing: Mapping[str, object]) -> str:
        assert self._recording is not None
        return self._recording.backend.upload_chart(drawing, home=self._recording.home)

    def unknown_key(self) -> str:
        """A secret key no company has. Like every key a flow uses, it comes from the tape: it
        is scrubbed to a placeholder, which the replayed flow then sends in its place."""
        key = self.fixture(UNKNOWN_KEY_FIXTURE, lambda: UNKNOWN_KEY)
        self._scrubber.register(key)
        return key

    def sdk(self) -> Sdk:
        """A client with the company admin key, acting in this recording's home workspace."""
        return self.sdk_with(self.admin_key, workspace_key=self.workspace_key)

    def sdk_with(self, secret_key: str, *, workspace_key: str | None = None) -> Sdk:
        """A client with a secret key (and optionally `X-Workspace-Key`) on this cassette.

        The key must come from the tape (`admin_key`, `unknown_key()`) or from a recorded
        response (a workspace's `secret_key`): replay compares which key each request used.
        """
        self._scrubber.register(secret_key)
        sdk = Sdk(
            self.kind,
            self.base_url,
            secret_key,
            workspace_key,
            transport=self._transport,
            async_transport=self._async_transport,
        )
        self._sdks.append(sdk)
        return sdk

    def _transport(self) -> httpx.BaseTransport:
        if self._player is not None:
            return ReplayTransport(self._player)
        assert self._recording is not None
        return RecordingTransport(self._recording.backend.transport(), self._recorder)

    def _async_transport(self) -> httpx.AsyncBaseTransport:
        if self._player is not None:
            return AsyncReplayTransport(self._player)
        assert self._recording is not None
        return AsyncRecordingTransport(self._recording.backend.async_transport(), self._recorder)

    async def close(self) -> None:
        """Close every client made on this tape."""
        for sdk in self._sdks:
            await sdk.close()

    def render(self) -> str:
        """The scrubbed cassette text of what was recorded; refuses anything secret-shaped."""
        if self._recording is None:
            raise RuntimeError("only a recording tape has something to render")
        cassette = Cassette(
            server=self._recording.backend.server,
            base_url=self.base_url,
            fixtures=self._fixtures,
            exchanges=tuple(self._recorder.exchanges),
        )
        text = dumps(self._scrubber.scrub(cassette.to_json()))
        findings = find_secrets(text, self._scrubber.secrets)
        if findings:
            raise CassetteSecretError(
                f"not writing {_shown(self.path)}: after scrubbing it still holds\n"
                + "\n".join(f"  {finding}" for finding in findings)
            )
        return text

    def finish(self) -> str | None:
        """Replay: check every recorded request was sent. Record: render (and write) the text."""
        if self._player is not None:
            self._player.finish()
            return None
        text = self.render()
        assert self._recording is not None
        if self._recording.write:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(text, encoding="utf-8", newline="\n")
        return text


def _unused() -> str:
    raise AssertionError("the admin key and home workspace are set before they are read")


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def cassette_path(module: str, test_name: str) -> Path:
    """`cassettes/<last part of the module name>/<test name>.json`."""
    return CASSETTE_DIR / module.rsplit(".", 1)[-1] / f"{test_name}.json"


def recording_requested(env: Mapping[str, str]) -> bool:
    """Whether `SEATSIO_RECORD` asks for recording (`1`, `true` or `yes`)."""
    return env.get(RECORD_VARIABLE, "").strip().lower() in {"1", "true", "yes"}


def tape_for(path: Path, kind: Kind, env: Mapping[str, str] = os.environ) -> Tape:
    """Replay, unless recording was asked for: then the sync run records (and writes the file)
    and the async run replays what it wrote, which proves both clients put the same on the wire."""
    if recording_requested(env) and kind == "sync":
        return Tape.record(path, kind, backend_from_env(env))
    return Tape.replay(path, kind)


async def play(flow: Flow, tape: Tape) -> str | None:
    """Run a flow on a tape, then finish the tape (only when the flow passed)."""
    try:
        await flow(tape)
    finally:
        await tape.close()
    return tape.finish()


@dataclass(frozen=True)
class RecordedFlow:
    """A flow and the cassette it owns."""

    module: str
    name: str
    flow: Flow

    @property
    def path(self) -> Path:
        """Its cassette file."""
        return cassette_path(self.module, self.name)


_FLOWS: dict[tuple[str, str], RecordedFlow] = {}


def recorded(flow: Flow) -> Callable[[Tape], Coroutine[Any, Any, None]]:
    """Make a flow a pytest test on the `tape` fixture and register it for the currency check."""
    _FLOWS[(flow.__module__, flow.__name__)] = RecordedFlow(flow.__module__, flow.__name__, flow)

    @functools.wraps(flow)
    async def test(tape: Tape) -> None:
        await play(flow, tape)

    return test


def flow_of(test: Callable[..., object]) -> RecordedFlow:
    """The flow behind a `@recorded` test function."""
    return _FLOWS[(test.__module__, test.__name__)]


def discover_flows() -> list[RecordedFlow]:
    """Every `@recorded` flow of the `test_*.py` modules beside this one, in file order."""
    modules = [
        importlib.import_module(f"{__package__}.{file.stem}").__name__
        for file in sorted(Path(__file__).parent.glob("test_*.py"))
    ]
    return [flow for module in modules for key, flow in _FLOWS.items() if key[0] == module]
