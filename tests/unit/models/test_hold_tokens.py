"""Hold token models: the examples parse to aware UTC datetimes; the two request bodies."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from seatsio_typed.models import CreateHoldTokenRequest, ExpireHoldTokenRequest, HoldToken
from tests.reference import load_example


@pytest.mark.parametrize(
    "name", ["hold-tokens.create.response.json", "hold-tokens.expire-in-minutes.response.json"]
)
def test_hold_token_parses(name: str) -> None:
    token = HoldToken.model_validate_json(load_example(name))

    assert token.hold_token == "wvXbB9MlHt"
    assert token.expires_at == dt.datetime(2017, 5, 5, 10, 58, 44, 715000, tzinfo=dt.timezone.utc)
    assert token.expires_at.utcoffset() == dt.timedelta(0)
    assert token.expires_in_seconds == 768
    assert token.workspace_key is None


def test_hold_token_reads_the_workspace_key() -> None:
    token = HoldToken.model_validate_json(
        b'{"holdToken": "t", "expiresAt": "2030-01-01T00:00:00Z", "expiresInSeconds": 900,'
        b' "workspaceKey": "ws-public-key"}'
    )

    assert token.workspace_key == "ws-public-key"
    assert token.to_wire()["expiresAt"] == "2030-01-01T00:00:00.000Z"


def test_hold_token_without_expiry_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        HoldToken.model_validate_json(b'{"holdToken": "t", "expiresInSeconds": 900}')

    assert caught.value.errors()[0]["loc"] == ("expiresAt",)


def test_create_request_matches_the_reference_body() -> None:
    raw = load_example("hold-tokens.create.request.json")

    assert CreateHoldTokenRequest.model_validate_json(raw).to_wire() == json.loads(raw)


def test_create_request_without_minutes_sends_an_empty_object() -> None:
    assert CreateHoldTokenRequest().to_wire_json() == b"{}"
    assert CreateHoldTokenRequest(expires_in_minutes=5).to_wire() == {"expiresInMinutes": 5}


@pytest.mark.parametrize("minutes", [0, -1, "5", 5.0])
def test_create_request_refuses_non_positive_or_non_int_minutes(minutes: object) -> None:
    with pytest.raises(ValidationError) as caught:
        CreateHoldTokenRequest.model_validate({"expires_in_minutes": minutes})

    assert caught.value.errors()[0]["loc"] == ("expires_in_minutes",)


def test_expire_request_matches_the_reference_body_and_allows_zero() -> None:
    raw = load_example("hold-tokens.expire-in-minutes.request.json")

    assert ExpireHoldTokenRequest.model_validate_json(raw).to_wire() == json.loads(raw)
    assert ExpireHoldTokenRequest(expires_in_minutes=0).to_wire() == {"expiresInMinutes": 0}


def test_expire_request_needs_minutes() -> None:
    with pytest.raises(ValidationError) as caught:
        ExpireHoldTokenRequest.model_validate({})

    assert caught.value.errors()[0]["loc"] == ("expires_in_minutes",)
