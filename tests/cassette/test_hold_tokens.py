"""Recorded: hold tokens create (default and chosen lifetime) and retrieve."""

from __future__ import annotations

import datetime

import pytest

from tests.cassette._recording import Recording

pytestmark = pytest.mark.vcr


async def test_create_and_retrieve_hold_tokens(rec: Recording) -> None:
    sdk = rec.sdk()
    default = await sdk.call(lambda c: c.hold_tokens.create())
    assert default.expires_in_seconds == 15 * 60
    assert default.workspace_key == rec.workspace_key

    short = await sdk.call(lambda c: c.hold_tokens.create(expires_in_minutes=5))
    assert short.hold_token != default.hold_token
    assert short.expires_in_seconds == 5 * 60
    assert short.expires_at - default.expires_at == datetime.timedelta(minutes=-10)

    retrieved = await sdk.call(lambda c: c.hold_tokens.retrieve(short.hold_token))
    assert (retrieved.hold_token, retrieved.expires_at) == (short.hold_token, short.expires_at)
    assert retrieved.workspace_key == rec.workspace_key
