"""Replay: recorded answers in order, and a readable failure for any request that differs."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from seatsio_typed import Chart
from seatsio_typed.testing import Emulator
from tests.cassette._backends import EMULATOR_BASE_URL, EmulatorBackend
from tests.cassette._format import Cassette, dumps
from tests.cassette._tape import Tape, play
from tests.cassette._transports import (
    CassetteMismatchError,
    Player,
    Recorder,
    RecordingTransport,
    ReplayTransport,
)
from tests.cassette._venue import venue
from tests.unit.support import Kind

Flow = Callable[[Tape], Awaitable[None]]


def _create_and_retrieve(name: str, seen: list[Chart] | None = None) -> Flow:
    """A flow of two requests: create a chart called `name`, then retrieve it."""

    async def flow(tape: Tape) -> None:
        sdk = tape.sdk()
        created = await sdk.call(lambda c: c.charts.create(name=name))
        retrieved = await sdk.call(lambda c: c.charts.retrieve(created.key))
        if seen is not None:
            seen.extend([created, retrieved])

    return flow


@pytest.fixture
async def cassette(tmp_path: Path) -> Path:
    """A cassette of `_create_and_retrieve("Main hall")`, recorded against the emulator."""
    path = tmp_path / "flows" / "create.json"
    await play(_create_and_retrieve("Main hall"), Tape.record(path, "sync", EmulatorBackend()))
    return path


async def _mismatch(path: Path, flow: Flow, kind: Kind = "sync") -> str:
    with pytest.raises(CassetteMismatchError) as raised:
        await play(flow, Tape.replay(path, kind))
    return str(raised.value)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_replay_serves_the_recorded_answers_to_either_client(
    cassette: Path, kind: Kind
) -> None:
    seen: list[Chart] = []
    await play(_create_and_retrieve("Main hall", seen), Tape.replay(cassette, kind))
    created, retrieved = seen
    assert (created.name, retrieved.name) == ("Main hall", "Main hall")
    assert (retrieved.id, retrieved.key) == (created.id, created.key)


async def test_replay_needs_neither_the_emulator_nor_a_socket(
    cassette: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("replay reached for a server")

    monkeypatch.setattr(Emulator, "handle", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    seen: list[Chart] = []
    await play(_create_and_retrieve("Main hall", seen), Tape.replay(cassette, "sync"))
    assert len(seen) == 2


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_different_body_fails_with_a_diff_of_the_request(
    cassette: Path, kind: Kind
) -> None:
    message = await _mismatch(cassette, _create_and_retrieve("Side hall"), kind)
    assert "request #1 differs from the recording in" in message
    assert str(cassette) in message
    assert '-    "name": "Main hall"' in message
    assert '+    "name": "Side hall"' in message
    assert "re-record with `make record`" in message


async def test_a_different_method_and_path_fail_with_a_diff(cassette: Path) -> None:
    async def retrieve_first(tape: Tape) -> None:
        await tape.sdk().call(lambda c: c.charts.list_categories("some-chart"))

    message = await _mismatch(cassette, retrieve_first)
    assert '-  "method": "POST",' in message
    assert '+  "method": "GET",' in message
    assert '-  "path": "/charts",' in message
    assert '+  "path": "/charts/some-chart/categories",' in message


async def test_a_different_query_fails_with_a_diff(tmp_path: Path) -> None:
    def first_page(size: int) -> Flow:
        async def flow(tape: Tape) -> None:
            await tape.sdk().call(lambda c: c.charts.list_first_page(page_size=size))

        return flow

    path = tmp_path / "page.json"
    await play(first_page(2), Tape.record(path, "sync", EmulatorBackend()))
    message = await _mismatch(path, first_page(3))
    assert '-      "2"' in message
    assert '+      "3"' in message


async def test_another_key_or_workspace_fails_with_a_diff(cassette: Path) -> None:
    async def other_key(tape: Tape) -> None:
        sdk = tape.sdk_with("<secret-key-2>", workspace_key=tape.workspace_key)
        await sdk.call(lambda c: c.charts.create(name="Main hall"))

    async def no_workspace(tape: Tape) -> None:
        await tape.sdk_with(tape.admin_key).call(lambda c: c.charts.create(name="Main hall"))

    key_message = await _mismatch(cassette, other_key)
    assert '-  "secret_key": "<secret-key-1>"' in key_message
    assert '+  "secret_key": "<secret-key-2>"' in key_message
    assert '-    "x-workspace-key":' in await _mismatch(cassette, no_workspace)


async def test_a_request_beyond_the_recording_fails(cassette: Path) -> None:
    async def three_requests(tape: Tape) -> None:
        await _create_and_retrieve("Main hall")(tape)
        await tape.sdk().call(lambda c: c.hold_tokens.create())

    message = await _mismatch(cassette, three_requests)
    assert "request #3 was not recorded" in message
    assert "holds 2 exchange(s)" in message
    assert '"path": "/hold-tokens"' in message


async def test_a_recorded_request_never_sent_fails_at_the_end(cassette: Path) -> None:
    async def create_only(tape: Tape) -> None:
        await tape.sdk().call(lambda c: c.charts.create(name="Main hall"))

    message = await _mismatch(cassette, create_only)
    assert "the SDK sent 1 request(s) but" in message
    assert "the first one never sent is #2" in message
    assert '"method": "GET"' in message


async def test_a_mismatch_the_test_swallowed_still_fails_at_the_end(cassette: Path) -> None:
    async def swallowing(tape: Tape) -> None:
        sdk = tape.sdk()
        with contextlib.suppress(Exception):
            await sdk.call(lambda c: c.charts.create(name="Side hall"))
        await sdk.call(lambda c: c.charts.create(name="Main hall"))

    message = await _mismatch(cassette, swallowing)
    assert "request #1 differs" in message


async def test_a_missing_cassette_says_how_to_record_it(tmp_path: Path) -> None:
    with pytest.raises(CassetteMismatchError, match=r"no cassette at .*make record"):
        Tape.replay(tmp_path / "absent.json", "sync")


async def test_a_fixture_the_recording_lacks_fails(cassette: Path) -> None:
    async def wants_a_chart(tape: Tape) -> None:
        tape.seed_chart({"name": "x"})

    assert "fixture 'chart-1'" in await _mismatch(cassette, wants_a_chart)


def test_a_binary_body_round_trips_through_record_file_and_replay(tmp_path: Path) -> None:
    emulator = Emulator(deterministic=True, seed=3)
    company = emulator.create_test_company()
    chart_key = emulator.upload_chart(venue(), secret_key=company.admin_key)
    thumbnail = f"/charts/{chart_key}/version/published/thumbnail"
    auth = httpx.BasicAuth(company.admin_key, "")

    recorder = Recorder()
    transport = RecordingTransport(emulator.transport(), recorder)
    with httpx.Client(transport=transport, base_url=EMULATOR_BASE_URL, auth=auth) as http:
        original = http.get(thumbnail)
    assert original.headers["content-type"] == "image/png"
    path = tmp_path / "thumbnail.json"
    recording = Cassette("emulator", EMULATOR_BASE_URL, {}, tuple(recorder.exchanges))
    path.write_text(dumps(recording.to_json()))
    assert '"body_base64"' in path.read_text()

    player = Player(Cassette.loads(path.read_text()).exchanges, "thumbnail.json")
    with httpx.Client(
        transport=ReplayTransport(player), base_url=EMULATOR_BASE_URL, auth=auth
    ) as http:
        replayed = http.get(thumbnail)
    player.finish()
    assert replayed.content == original.content
    assert replayed.content.startswith(b"\x89PNG")
    assert replayed.headers["content-type"] == "image/png"
