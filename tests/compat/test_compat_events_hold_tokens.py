"""Hold tokens driven by the official client over HTTP: create, retrieve, expire in minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from ._official import OFFICIAL_ERROR, OfficialClient, error_codes, official_client
from ._official_builders import object_properties
from ._official_events import OfficialEvents, OfficialHoldTokens, hold_tokens_of
from .conftest import Company, UploadChart


def _now() -> dt.datetime:
    # The official client parses timestamps into naive UTC datetimes.
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def test_create_lives_fifteen_minutes(hold_tokens: OfficialHoldTokens, company: Company) -> None:
    token = hold_tokens.create()

    assert token.hold_token
    assert 840 <= token.expires_in_seconds <= 900
    left = (token.expires_at - _now()).total_seconds()
    assert 840 <= left <= 901
    assert token.workspace_key == company.workspace_key


def test_create_with_minutes(hold_tokens: OfficialHoldTokens) -> None:
    token = hold_tokens.create(expires_in_minutes=5)

    assert 240 <= token.expires_in_seconds <= 300


def test_retrieve(hold_tokens: OfficialHoldTokens) -> None:
    created = hold_tokens.create()

    retrieved = hold_tokens.retrieve(created.hold_token)

    assert retrieved.hold_token == created.hold_token
    assert retrieved.expires_at == created.expires_at
    assert retrieved.expires_in_seconds <= 900
    assert retrieved.workspace_key


def test_retrieve_unknown_token_fails(hold_tokens: OfficialHoldTokens) -> None:
    with pytest.raises(OFFICIAL_ERROR) as caught:
        hold_tokens.retrieve("unknownToken")

    assert error_codes(caught.value) == ["HOLD_TOKEN_NOT_FOUND"]


def test_expire_in_minutes(hold_tokens: OfficialHoldTokens) -> None:
    token = hold_tokens.create()

    updated = hold_tokens.expire_in_minutes(token.hold_token, 30)

    assert updated.hold_token == token.hold_token
    assert 1740 <= updated.expires_in_seconds <= 1800


def test_expiring_now_frees_the_held_objects(
    hold_tokens: OfficialHoldTokens, events: OfficialEvents, upload_sample_chart: UploadChart
) -> None:
    key = events.create(upload_sample_chart("sampleChart.json")).key
    token = hold_tokens.create().hold_token
    events.hold(key, [object_properties("A-1"), object_properties("GA1", quantity=2)], token)

    hold_tokens.expire_in_minutes(token, 0)

    infos = events.retrieve_object_infos(key, ["A-1", "GA1"])
    assert (infos["A-1"].status, infos["A-1"].hold_token) == ("free", None)
    assert (infos["GA1"].num_held, infos["GA1"].num_free) == (0, 100)
    latest = next(iter(events.status_changes(key).list()))
    assert latest.origin.type == "HOLD_EXPIRED"
    assert latest.origin.ip is None
    with pytest.raises(OFFICIAL_ERROR):
        hold_tokens.retrieve(token)


def test_token_of_another_workspace(
    client: OfficialClient, server_url: str, company: Company
) -> None:
    workspace = client.workspaces.create("second")
    elsewhere = official_client(server_url, company.admin_key, workspace.key)

    token = hold_tokens_of(elsewhere).create()

    assert token.workspace_key == workspace.key
    with pytest.raises(OFFICIAL_ERROR):
        hold_tokens_of(client).retrieve(token.hold_token)
