"""Audit: hold tokens (hold-tokens.md §1-§3) and what they do to held objects and the status-change
history (object-status.md §1.2 hold expiry)."""

from __future__ import annotations

import datetime as dt

import pytest

from ._audit_events import (
    HELD,
    change,
    changed_objects,
    create_event,
    object_info,
    object_infos,
    parse_timestamp,
    post_json,
    status_changes,
)
from ._audit_wire import Caller, JsonBody, child, error_body, items_of, ok_json
from ._official import OFFICIAL_ERROR, OfficialClient, official_client
from ._official_events import OfficialHoldTokens, events_of, hold_tokens_of
from .conftest import Company, UploadChart

TOKEN_KEYS = {"holdToken", "expiresAt", "expiresInSeconds", "workspaceKey"}


def _left(token: JsonBody) -> float:
    expires = parse_timestamp(token["expiresAt"])
    return (expires - dt.datetime.now(dt.timezone.utc)).total_seconds()


def test_create_with_an_empty_body(caller: Caller, company: Company) -> None:
    token = ok_json(caller.post("/hold-tokens", "{}"))

    assert set(token) == TOKEN_KEYS
    assert isinstance(token["holdToken"], str)
    assert token["holdToken"]
    assert type(token["expiresInSeconds"]) is int
    assert 840 <= int(str(token["expiresInSeconds"])) <= 900
    assert 840 <= _left(token) <= 901
    assert token["workspaceKey"] == company.workspace_key


@pytest.mark.parametrize("body", ["null", ""])
def test_create_without_a_body_object(caller: Caller, body: str) -> None:
    token = ok_json(caller.post("/hold-tokens", body))

    assert 840 <= int(str(token["expiresInSeconds"])) <= 900


def test_create_with_minutes(caller: Caller) -> None:
    token = ok_json(post_json(caller, "/hold-tokens", {"expiresInMinutes": 5}))

    assert 240 <= int(str(token["expiresInSeconds"])) <= 300
    assert 240 <= _left(token) <= 301


def test_tokens_are_unique(caller: Caller) -> None:
    tokens = {ok_json(caller.post("/hold-tokens", "{}"))["holdToken"] for _ in range(20)}

    assert len(tokens) == 20


def test_create_in_another_workspace(
    client: OfficialClient, server_url: str, company: Company
) -> None:
    workspace = client.workspaces.create("second")
    there = Caller(server_url, company.admin_key, workspace.key)
    with_its_secret = Caller(server_url, workspace.secret_key)

    by_admin = ok_json(there.post("/hold-tokens", "{}"))
    by_secret = ok_json(with_its_secret.post("/hold-tokens", "{}"))

    assert by_admin["workspaceKey"] == workspace.key
    assert by_secret["workspaceKey"] == workspace.key
    assert there.json(f"/hold-tokens/{by_secret['holdToken']}")["workspaceKey"] == workspace.key


def test_retrieve_returns_the_same_expiry(caller: Caller) -> None:
    created = ok_json(caller.post("/hold-tokens", "{}"))

    retrieved = caller.json(f"/hold-tokens/{created['holdToken']}")

    assert set(retrieved) == TOKEN_KEYS
    assert retrieved["holdToken"] == created["holdToken"]
    assert retrieved["expiresAt"] == created["expiresAt"]
    assert 0 <= int(str(retrieved["expiresInSeconds"])) <= 900
    assert retrieved["workspaceKey"]


def test_retrieve_through_the_official_client(hold_tokens: OfficialHoldTokens) -> None:
    created = hold_tokens.create(expires_in_minutes=10)

    retrieved = hold_tokens.retrieve(created.hold_token)

    assert (retrieved.hold_token, retrieved.expires_at) == (created.hold_token, created.expires_at)
    assert retrieved.expires_in_seconds <= 600
    assert retrieved.workspace_key == created.workspace_key


def test_unknown_tokens_are_404(caller: Caller, hold_tokens: OfficialHoldTokens) -> None:
    error_body(caller.get("/hold-tokens/unknownToken"), 404)
    error_body(post_json(caller, "/hold-tokens/unknownToken", {"expiresInMinutes": 5}), 404)
    with pytest.raises(OFFICIAL_ERROR):
        hold_tokens.retrieve("unknownToken")


def test_a_token_of_another_workspace_is_not_found(
    client: OfficialClient, server_url: str, company: Company
) -> None:
    workspace = client.workspaces.create("second")
    elsewhere = hold_tokens_of(official_client(server_url, company.admin_key, workspace.key))

    token = elsewhere.create()

    with pytest.raises(OFFICIAL_ERROR):
        hold_tokens_of(client).retrieve(token.hold_token)


def test_expire_in_minutes(caller: Caller) -> None:
    created = ok_json(caller.post("/hold-tokens", "{}"))
    name = created["holdToken"]

    updated = ok_json(post_json(caller, f"/hold-tokens/{name}", {"expiresInMinutes": 30}))

    assert set(updated) == TOKEN_KEYS
    assert updated["holdToken"] == name
    assert 1740 <= int(str(updated["expiresInSeconds"])) <= 1800
    assert 1740 <= _left(updated) <= 1801
    assert caller.json(f"/hold-tokens/{name}")["expiresAt"] == updated["expiresAt"]


def test_the_lifetime_is_capped_at_two_hours(caller: Caller) -> None:
    name = ok_json(caller.post("/hold-tokens", "{}"))["holdToken"]

    response = post_json(caller, f"/hold-tokens/{name}", {"expiresInMinutes": 600})

    if response.status_code == 200:  # clamped (the reference suggests it)
        assert int(str(ok_json(response)["expiresInSeconds"])) <= 7200
    else:
        error_body(response, 400)


def test_expiring_now_frees_seats_and_areas_in_every_event(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChart.json")
    keys = [str(create_event(caller, chart, eventKey=k)["key"]) for k in ("e1", "e2")]
    token = str(ok_json(caller.post("/hold-tokens", "{}"))["holdToken"])
    change(caller, keys, ["A-1", {"objectId": "GA1", "quantity": 2}], HELD, holdToken=token)
    change(caller, "e1", ["A-2"])

    expired = ok_json(post_json(caller, f"/hold-tokens/{token}", {"expiresInMinutes": 0}))

    assert expired["expiresInSeconds"] == 0
    for key in keys:
        infos = object_infos(caller, key, "A-1", "GA1")
        assert infos["A-1"]["status"] == "free"
        assert "holdToken" not in infos["A-1"]
        assert (infos["GA1"]["numHeld"], infos["GA1"]["numFree"]) == (0, 100)
        assert not infos["GA1"].get("holds")
    assert object_info(caller, "e1", "A-2")["status"] == "booked"
    latest = items_of(status_changes(caller, "e1"))[0]
    assert latest["status"] == "free"
    origin = child(latest, "origin")
    assert origin["type"] == "HOLD_EXPIRED"
    assert origin.get("ip") is None
    error_body(caller.get(f"/hold-tokens/{token}"), 404)
    error_body(change(caller, "e1", ["A-3"], HELD, holdToken=token), 400)


def test_expiry_through_the_official_client(
    client: OfficialClient, upload_sample_chart: UploadChart
) -> None:
    events = events_of(client)
    hold_tokens = hold_tokens_of(client)
    key = events.create(upload_sample_chart("sampleChart.json")).key
    token = hold_tokens.create().hold_token
    events.hold(key, ["A-1", "A-2"], token)

    hold_tokens.expire_in_minutes(token, 0)

    assert {info.status for info in events.retrieve_object_infos(key, ["A-1", "A-2"]).values()} == {
        "free"
    }
    latest = next(iter(events.status_changes(key).list()))
    assert (latest.origin.type, latest.origin.ip) == ("HOLD_EXPIRED", None)


def test_holding_works_across_events_and_history_carries_the_token(
    caller: Caller, upload_sample_chart: UploadChart
) -> None:
    chart = upload_sample_chart("sampleChart.json")
    keys = [str(create_event(caller, chart, eventKey=k)["key"]) for k in ("e1", "e2")]
    token = str(ok_json(caller.post("/hold-tokens", "{}"))["holdToken"])

    held = changed_objects(change(caller, keys, ["A-1"], HELD, holdToken=token))
    change(caller, keys, ["A-1"], "booked", holdToken=token)
    change(caller, keys, ["A-2"], "booked")

    assert (held["A-1"]["status"], held["A-1"]["holdToken"]) == (HELD, token)
    for key in keys:
        records = items_of(status_changes(caller, key))
        assert [(r["status"], r.get("holdToken")) for r in records] == [
            ("booked", None),
            ("booked", token),
            (HELD, token),
        ]
