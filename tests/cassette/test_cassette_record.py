"""Recording: byte-stable, scrubbed before writing, written only for a passing flow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seatsio_typed.testing import Emulator
from tests.cassette import test_seed_events
from tests.cassette._backends import (
    EMULATOR_BASE_URL,
    EmulatorBackend,
    SeatsioBackend,
    backend_from_env,
)
from tests.cassette._currency import compared_against_emulator, staleness
from tests.cassette._scrub import basic_token
from tests.cassette._tape import (
    CassetteSecretError,
    Tape,
    cassette_path,
    discover_flows,
    flow_of,
    play,
    recording_requested,
    tape_for,
)
from tests.cassette._venue import venue
from tests.unit.support import Kind

HOLD_AND_BOOK = flow_of(test_seed_events.test_hold_with_a_token_then_book_with_it)


async def _record(path: Path, kind: Kind = "sync") -> str:
    text = await play(HOLD_AND_BOOK.flow, Tape.record(path, kind, EmulatorBackend()))
    assert text is not None
    return text


async def test_recording_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first = await _record(tmp_path / "first.json")
    second = await _record(tmp_path / "second.json")
    assert first == second
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()
    assert len(json.loads(first)["exchanges"]) == 4  # create event, token, hold, book


async def test_the_async_client_records_the_same_bytes_as_the_sync_client(tmp_path: Path) -> None:
    assert await _record(tmp_path / "async.json", "async") == await _record(tmp_path / "sync.json")


async def test_a_recording_keeps_no_key_and_no_authorization(tmp_path: Path) -> None:
    backend = EmulatorBackend()
    text = await _record(tmp_path / "hold.json")
    for secret in backend.known_secrets():
        assert secret not in text
        assert basic_token(secret) not in text
    assert "authorization" not in text.lower()
    assert {exchange["request"]["secret_key"] for exchange in json.loads(text)["exchanges"]} == {
        "<secret-key-1>"
    }


async def test_a_workspace_secret_is_one_placeholder_wherever_it_appears(tmp_path: Path) -> None:
    path = tmp_path / "workspace.json"

    async def flow(tape: Tape) -> None:
        workspace = await tape.sdk().call(lambda c: c.workspaces.create("Box office"))
        await tape.sdk_with(workspace.secret_key).call(lambda c: c.hold_tokens.create())

    text = await play(flow, Tape.record(path, "sync", EmulatorBackend()))
    assert text is not None
    created, used = json.loads(text)["exchanges"]
    assert created["response"]["body"]["secretKey"] == "<secret-key-3>"
    assert used["request"]["secret_key"] == "<secret-key-3>"
    await play(flow, Tape.replay(path, "async"))  # the replayed flow sends the placeholder


async def test_nothing_is_written_when_the_flow_fails(tmp_path: Path) -> None:
    path = tmp_path / "failing.json"

    async def failing(tape: Tape) -> None:
        await tape.sdk().call(lambda c: c.charts.create(name="Hall"))
        raise AssertionError("the flow failed")

    with pytest.raises(AssertionError, match="the flow failed"):
        await play(failing, Tape.record(path, "sync", EmulatorBackend()))
    assert not path.exists()


async def test_a_secret_left_in_the_data_stops_the_write(tmp_path: Path) -> None:
    path = tmp_path / "leaky.json"

    async def leaky(tape: Tape) -> None:
        name = f"Basic {basic_token('someone-elses-key')}"
        await tape.sdk().call(lambda c: c.charts.create(name=name))

    with pytest.raises(CassetteSecretError) as raised:
        await play(leaky, Tape.record(path, "sync", EmulatorBackend()))
    assert "holds a `Basic` credential" in str(raised.value)
    assert "someone-elses-key" not in str(raised.value)
    assert not path.exists()


async def test_seats_io_recording_makes_a_fresh_test_workspace_and_seeds_into_it(
    tmp_path: Path,
) -> None:
    # The real service is out of reach here; the emulator's transports stand in for the network.
    emulator = Emulator(deterministic=True, seed=5)
    company = emulator.create_test_company()
    backend = SeatsioBackend(
        "https://api-eu.seatsio.net",
        company.admin_key,
        transport=emulator.transport,
        async_transport=emulator.async_transport,
    )

    async def flow(tape: Tape) -> None:
        chart_key = tape.seed_chart(venue())
        sdk = tape.sdk()
        await sdk.call(lambda c: c.events.create(chart_key, event_key="night"))
        await sdk.call(lambda c: c.events.book("night", "A-1"))

    path = tmp_path / "seats_io.json"
    text = await play(flow, Tape.record(path, "sync", backend))
    assert text is not None
    document = json.loads(text)
    assert document["server"] == "seats.io at https://api-eu.seatsio.net"
    assert document["fixtures"]["home-workspace-key"] != company.workspace.key
    assert company.admin_key not in text
    assert not compared_against_emulator(text)
    await play(flow, Tape.replay(path, "async"))


def test_the_environment_picks_the_server_to_record_against() -> None:
    assert isinstance(backend_from_env({}), EmulatorBackend)
    assert isinstance(backend_from_env({"SEATSIO_SECRET_KEY": "k"}), EmulatorBackend)
    assert isinstance(backend_from_env({"SEATSIO_REGION": "eu"}), EmulatorBackend)
    na = backend_from_env({"SEATSIO_SECRET_KEY": "k", "SEATSIO_REGION": "NA"})
    assert (na.server, na.base_url) == (
        "seats.io at https://api-na.seatsio.net",
        "https://api-na.seatsio.net",
    )
    url = backend_from_env({"SEATSIO_SECRET_KEY": "k", "SEATSIO_REGION": "http://127.0.0.1:9/"})
    assert url.base_url == "http://127.0.0.1:9"
    assert EmulatorBackend().base_url == EMULATOR_BASE_URL


@pytest.mark.parametrize(("value", "records"), [("1", True), ("yes", True), ("0", False)])
def test_seatsio_record_asks_for_recording(value: str, records: bool) -> None:
    assert recording_requested({"SEATSIO_RECORD": value}) is records
    assert recording_requested({}) is False


def test_while_recording_the_sync_run_records_and_the_async_run_replays(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(
        '{"format": 1, "server": "emulator", "base_url": "https://x.test", '
        '"fixtures": {"admin-key": "<secret-key-1>", "home-workspace-key": "w"}}'
    )
    assert tape_for(path, "sync", {"SEATSIO_RECORD": "1"}).recording
    assert not tape_for(path, "async", {"SEATSIO_RECORD": "1"}).recording
    assert not tape_for(path, "sync", {}).recording


def test_a_cassette_path_comes_from_the_module_and_the_test() -> None:
    path = cassette_path("tests.cassette.test_seed_charts", "test_list")
    assert path.parts[-3:] == ("cassettes", "test_seed_charts", "test_list.json")


def test_discovery_finds_the_recorded_flows_and_only_those() -> None:
    names = {(flow.module.rsplit(".", 1)[-1], flow.name) for flow in discover_flows()}
    assert ("test_seed_charts", "test_list_walks_every_page") in names
    assert ("test_seed_errors", "test_an_unknown_event_is_not_found") in names
    assert all(module.startswith("test_seed_") for module, _ in names)


def test_staleness_is_none_for_equal_texts_and_a_diff_otherwise() -> None:
    assert staleness("c.json", "a\nb\n", "a\nb\n") is None
    message = staleness("c.json", "a\nb\n", "a\nc\n")
    assert message is not None
    assert "c.json is out of date" in message
    assert "`make record`" in message
    assert "-b" in message
    assert "+c" in message
    long = staleness("c.json", "x\n" * 200, "y\n" * 200)
    assert long is not None
    assert "more diff lines" in long
