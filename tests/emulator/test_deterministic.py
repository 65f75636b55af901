"""Deterministic mode: the same script gives byte-identical responses."""

from __future__ import annotations

import httpx

from seatsio_typed.testing import ChartBuilder, Emulator

from .conftest import client_for


def _script(emulator: Emulator) -> list[tuple[int, bytes]]:
    """A little session touching keys, secrets, ids, errors, request ids, event keys, hold
    tokens, status-change records and the clock."""
    transcript: list[tuple[int, bytes]] = []

    def record(response: httpx.Response) -> httpx.Response:
        transcript.append((response.status_code, response.content))
        return response

    with client_for(emulator, emulator.system_secret) as system:
        company = record(system.post("/system/private/create-test-company")).json()
    with client_for(emulator, company["admin"]["secretKey"]) as admin:
        created = record(admin.post("/workspaces", json={"name": "w"})).json()
        record(admin.post(f"/workspaces/{created['key']}/actions/regenerate-secret-key"))
        record(admin.get("/workspaces"))
        record(admin.get("/workspaces/unknown"))
        record(admin.post("/workspaces", content=b"{"))
    secret = company["admin"]["secretKey"]
    emulator.upload_chart({"name": "c"}, secret_key=secret)
    drawing = ChartBuilder("hall").category(1, "Stalls").focal_point().row("A", seats=4).build()
    chart = emulator.upload_chart(drawing, secret_key=secret)
    with client_for(emulator, secret) as admin:
        event = record(admin.post("/events", json={"chartKey": chart})).json()
        token = record(admin.post("/hold-tokens", json={})).json()["holdToken"]
        hold = {"objects": ["A-1"], "holdToken": token}
        record(admin.post(f"/events/{event['key']}/actions/hold", json=hold))
        emulator.clock.advance(60)
        best = {"bestAvailable": {"number": 2}}
        record(admin.post(f"/events/{event['key']}/actions/book", json=best))
        record(admin.get(f"/events/{event['key']}/status-changes"))
        record(admin.get(f"/charts/{chart}"))
    return transcript


def test_same_seed_same_bytes() -> None:
    first = _script(Emulator(deterministic=True, seed=3))
    second = _script(Emulator(deterministic=True, seed=3))
    assert first == second
    assert any(status == 404 for status, _ in first)
    # The events side really ran: event, hold token, hold, best available, history, chart.
    assert [status for status, _ in first][-6:] == [200, 200, 204, 200, 200, 200]


def test_reset_replays_identically() -> None:
    emulator = Emulator(deterministic=True, seed=3)
    first = _script(emulator)
    emulator.reset()
    assert _script(emulator) == first


def test_other_seed_other_keys() -> None:
    assert _script(Emulator(deterministic=True, seed=3)) != _script(
        Emulator(deterministic=True, seed=4)
    )


def test_random_mode_differs_between_emulators() -> None:
    first = Emulator(system_secret="s").create_test_company()
    second = Emulator(system_secret="s").create_test_company()
    assert first.admin_key != second.admin_key


def test_deterministic_system_secret_follows_the_seed() -> None:
    assert (
        Emulator(deterministic=True, seed=1).system_secret
        == Emulator(deterministic=True, seed=1).system_secret
    )
    assert (
        Emulator(deterministic=True, seed=1).system_secret
        != Emulator(deterministic=True, seed=2).system_secret
    )
    assert Emulator(system_secret="given").system_secret == "given"


def test_repr_does_not_show_the_system_secret() -> None:
    emulator = Emulator(system_secret="top-secret-value")
    assert "top-secret-value" not in repr(emulator)
