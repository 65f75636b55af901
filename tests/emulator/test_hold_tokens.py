"""Hold tokens: create, retrieve, expiry changes, and what expiry frees (hold-tokens.md)."""

from __future__ import annotations

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import (
    HELD,
    change,
    changed,
    codes,
    create_event,
    errors,
    hold_token,
    info,
    ok,
    status_changes,
    status_of,
)
from .conftest import client_for

TOKEN_KEYS = {"holdToken", "expiresAt", "expiresInSeconds", "workspaceKey"}


@pytest.mark.parametrize("payload", [b"{}", b"", b"null"])
def test_create_lives_fifteen_minutes_by_default(
    admin: httpx.Client, company: TestCompany, payload: bytes
) -> None:
    token = ok(admin.post("/hold-tokens", content=payload))

    assert set(token) == TOKEN_KEYS
    assert token["holdToken"]
    assert token["expiresAt"] == "2025-01-01T12:15:00.000Z"
    assert token["expiresInSeconds"] == 900
    assert token["workspaceKey"] == company.workspace.key


def test_create_with_a_lifetime(admin: httpx.Client) -> None:
    token = ok(admin.post("/hold-tokens", json={"expiresInMinutes": 5}))

    assert token["expiresAt"] == "2025-01-01T12:05:00.000Z"
    assert token["expiresInSeconds"] == 300


@pytest.mark.parametrize("minutes", [500, 10**12, 10**30])
def test_create_clamps_the_lifetime_to_two_hours(admin: httpx.Client, minutes: int) -> None:
    token = ok(admin.post("/hold-tokens", json={"expiresInMinutes": minutes}))

    assert token["expiresAt"] == "2025-01-01T14:00:00.000Z"


@pytest.mark.parametrize("minutes", [0, -1, "5"])
def test_create_refuses_bad_lifetimes(admin: httpx.Client, minutes: object) -> None:
    assert codes(admin.post("/hold-tokens", json={"expiresInMinutes": minutes})) == [
        "VALIDATION_FAILED"
    ]


def test_tokens_are_unique(admin: httpx.Client) -> None:
    assert len({hold_token(admin) for _ in range(5)}) == 5


def test_retrieve_recomputes_seconds_left(emulator: Emulator, admin: httpx.Client) -> None:
    created = ok(admin.post("/hold-tokens", json={}))
    emulator.clock.advance(100.5)

    retrieved = ok(admin.get(f"/hold-tokens/{created['holdToken']}"))

    assert retrieved["expiresAt"] == created["expiresAt"]
    assert retrieved["expiresInSeconds"] == 799
    assert retrieved["workspaceKey"] == created["workspaceKey"]


def test_unknown_and_expired_tokens_are_404(emulator: Emulator, admin: httpx.Client) -> None:
    token = hold_token(admin)

    assert codes(admin.get("/hold-tokens/unknown"), 404) == ["HOLD_TOKEN_NOT_FOUND"]
    emulator.clock.advance(15 * 60)
    assert codes(admin.get(f"/hold-tokens/{token}"), 404) == ["HOLD_TOKEN_NOT_FOUND"]
    assert codes(admin.post(f"/hold-tokens/{token}", json={"expiresInMinutes": 5}), 404) == [
        "HOLD_TOKEN_NOT_FOUND"
    ]


def test_expire_in_minutes_sets_a_new_expiry(emulator: Emulator, admin: httpx.Client) -> None:
    token = hold_token(admin)
    emulator.clock.advance(60)

    updated = ok(admin.post(f"/hold-tokens/{token}", json={"expiresInMinutes": 30}))

    assert updated["holdToken"] == token
    assert updated["expiresAt"] == "2025-01-01T12:31:00.000Z"
    assert updated["expiresInSeconds"] == 1800


def test_expire_in_minutes_is_capped_at_two_hours_after_creation(
    emulator: Emulator, admin: httpx.Client
) -> None:
    token = hold_token(admin)
    emulator.clock.advance(10 * 60)

    updated = ok(admin.post(f"/hold-tokens/{token}", json={"expiresInMinutes": 120}))
    huge = ok(admin.post(f"/hold-tokens/{token}", json={"expiresInMinutes": 10**30}))

    assert updated["expiresAt"] == "2025-01-01T14:00:00.000Z"
    assert updated["expiresInSeconds"] == 110 * 60
    assert huge["expiresAt"] == "2025-01-01T14:00:00.000Z"


def test_expire_in_minutes_needs_a_number(admin: httpx.Client) -> None:
    token = hold_token(admin)

    assert codes(admin.post(f"/hold-tokens/{token}", json={})) == ["VALIDATION_FAILED"]


def test_zero_minutes_frees_everything_held_at_once(admin: httpx.Client, event: str) -> None:
    token = hold_token(admin)
    changed(admin, event, ["A-1", {"objectId": "GA1", "quantity": 2}], HELD, holdToken=token)

    expired = ok(admin.post(f"/hold-tokens/{token}", json={"expiresInMinutes": 0}))

    assert expired["expiresInSeconds"] == 0
    seat = info(admin, event, "A-1")
    assert seat["status"] == "free"
    assert "holdToken" not in seat
    area = info(admin, event, "GA1")
    assert (area["status"], area["numHeld"], area["numFree"]) == ("free", 0, 10)
    assert "holds" not in area
    newest = status_changes(admin, event)["items"][:2]
    assert {record["objectLabel"] for record in newest} == {"A-1", "GA1"}
    for record in newest:
        assert record["status"] == "free"
        assert record["origin"] == {"type": "HOLD_EXPIRED"}
        assert record["holdToken"] == token
    assert codes(admin.get(f"/hold-tokens/{token}"), 404) == ["HOLD_TOKEN_NOT_FOUND"]


def test_expiry_by_the_clock_frees_holds_in_every_event(
    emulator: Emulator, admin: httpx.Client, event: str
) -> None:
    create_event(admin, ok(admin.get(f"/events/{event}"))["chartKey"], eventKey="e2")
    token, other = hold_token(admin, expiresInMinutes=5), hold_token(admin)
    changed(admin, [event, "e2"], ["A-1"], HELD, holdToken=token)
    changed(admin, event, ["A-2"], HELD, holdToken=other)

    emulator.clock.advance(5 * 60 - 1)
    assert status_of(admin, "e2", "A-1") == HELD
    emulator.clock.advance(1)

    assert status_of(admin, event, "A-1") == "free"
    assert status_of(admin, "e2", "A-1") == "free"
    assert status_of(admin, event, "A-2") == HELD
    expiry = status_changes(admin, "e2")["items"][0]
    assert expiry["date"] == "2025-01-01T12:05:00.000Z"
    assert expiry["origin"] == {"type": "HOLD_EXPIRED"}


def test_an_expired_token_cannot_hold_or_book(
    emulator: Emulator, admin: httpx.Client, event: str
) -> None:
    token = hold_token(admin)
    changed(admin, event, ["A-1"], HELD, holdToken=token)
    emulator.clock.advance(15 * 60)

    assert codes(change(admin, event, ["A-2"], HELD, holdToken=token)) == ["HOLD_TOKEN_NOT_FOUND"]
    assert codes(change(admin, event, ["A-1"], holdToken=token)) == ["HOLD_TOKEN_NOT_FOUND"]
    # The seat is free again: anyone can take it.
    assert changed(admin, event, ["A-1"])["A-1"]["status"] == "booked"


def test_expiry_leaves_objects_booked_meanwhile_alone(
    emulator: Emulator, admin: httpx.Client, event: str
) -> None:
    token = hold_token(admin)
    changed(admin, event, ["A-1", "A-2"], HELD, holdToken=token)
    changed(admin, event, ["A-1"], holdToken=token)
    emulator.clock.advance(15 * 60)

    assert status_of(admin, event, "A-1") == "booked"
    assert status_of(admin, event, "A-2") == "free"
    labels = [r["objectLabel"] for r in status_changes(admin, event)["items"]]
    assert labels[0] == "A-2"
    assert labels.count("A-1") == 2


def test_expired_ga_holds_keep_booked_places(
    emulator: Emulator, admin: httpx.Client, event: str
) -> None:
    token = hold_token(admin)
    changed(admin, event, [{"objectId": "GA1", "quantity": 5}])
    changed(admin, event, [{"objectId": "GA1", "quantity": 3}], HELD, holdToken=token)
    assert info(admin, event, "GA1")["status"] == HELD

    emulator.clock.advance(15 * 60)

    area = info(admin, event, "GA1")
    assert (area["status"], area["numBooked"], area["numHeld"], area["numFree"]) == (
        "booked",
        5,
        0,
        5,
    )


def test_tokens_belong_to_their_workspace(
    emulator: Emulator, admin: httpx.Client, company: TestCompany
) -> None:
    other = ok(admin.post("/workspaces", json={"name": "Other"}))
    with client_for(emulator, company.admin_key, other["key"]) as elsewhere:
        token = ok(elsewhere.post("/hold-tokens", json={}))
        assert token["workspaceKey"] == other["key"]

    [(code, _)] = errors(admin.get(f"/hold-tokens/{token['holdToken']}"), 404)
    assert code == "HOLD_TOKEN_NOT_FOUND"
