"""hold_tokens.create / retrieve, and what expiry (on the emulator's clock) does to holds."""

from __future__ import annotations

import datetime

import pytest

from seatsio_typed import (
    BadRequestException,
    NotFoundException,
    StatusChangeOriginType,
)
from seatsio_typed.testing import Emulator, TestCompany
from tests.integration.support import status_changes
from tests.unit.support import Sdk

FIFTEEN_MINUTES = datetime.timedelta(minutes=15)


async def test_a_new_token_lives_fifteen_minutes_in_its_workspace(
    sdk: Sdk, emulator: Emulator, company: TestCompany
) -> None:
    token = await sdk.call(lambda c: c.hold_tokens.create())
    assert token.expires_at == emulator.clock.now() + FIFTEEN_MINUTES
    assert token.expires_in_seconds == 900
    assert token.workspace_key == company.workspace.key


async def test_a_token_with_its_own_lifetime(sdk: Sdk, emulator: Emulator) -> None:
    token = await sdk.call(lambda c: c.hold_tokens.create(expires_in_minutes=5))
    assert token.expires_at == emulator.clock.now() + datetime.timedelta(minutes=5)
    assert token.expires_in_seconds == 300


async def test_retrieve_counts_down_to_the_same_expiry(sdk: Sdk, emulator: Emulator) -> None:
    created = await sdk.call(lambda c: c.hold_tokens.create())
    emulator.clock.advance(60)
    retrieved = await sdk.call(lambda c: c.hold_tokens.retrieve(created.hold_token))
    assert (retrieved.hold_token, retrieved.expires_at) == (created.hold_token, created.expires_at)
    assert retrieved.expires_in_seconds == 840


async def test_an_expired_token_is_gone_and_its_holds_are_released(
    sdk: Sdk, emulator: Emulator, company: TestCompany, event_key: str
) -> None:
    token = (await sdk.call(lambda c: c.hold_tokens.create(expires_in_minutes=1))).hold_token
    await sdk.call(lambda c: c.events.hold(event_key, ["A-1", "A-2"], token))
    emulator.clock.advance(61)

    with pytest.raises(NotFoundException) as raised:
        await sdk.call(lambda c: c.hold_tokens.retrieve(token))
    assert raised.value.codes == ["HOLD_TOKEN_NOT_FOUND"]
    assert await sdk.statuses(event_key, "A-1", "A-2") == {"A-1": "free", "A-2": "free"}
    latest = status_changes(emulator, company.admin_key, event_key)[:2]
    assert {change.object_label for change in latest} == {"A-1", "A-2"}
    assert {change.origin.type for change in latest} == {StatusChangeOriginType.HOLD_EXPIRED}


async def test_an_expired_token_cannot_hold_or_book(
    sdk: Sdk, emulator: Emulator, event_key: str
) -> None:
    token = (await sdk.call(lambda c: c.hold_tokens.create(expires_in_minutes=1))).hold_token
    await sdk.call(lambda c: c.events.hold(event_key, "B-1", token))
    emulator.clock.advance(120)
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.hold(event_key, "B-2", token))
    with pytest.raises(BadRequestException):
        await sdk.call(lambda c: c.events.book(event_key, "B-1", hold_token=token))
    assert await sdk.statuses(event_key, "B-1", "B-2") == {"B-1": "free", "B-2": "free"}


async def test_retrieve_of_an_unknown_token_is_not_found(sdk: Sdk) -> None:
    with pytest.raises(NotFoundException) as raised:
        await sdk.call(lambda c: c.hold_tokens.retrieve("never-issued"))
    assert raised.value.request_id


async def test_expire_in_minutes_moves_the_expiry_from_now(sdk: Sdk, emulator: Emulator) -> None:
    created = await sdk.call(lambda c: c.hold_tokens.create())
    emulator.clock.advance(120)
    longer = await sdk.call(lambda c: c.hold_tokens.expire_in_minutes(created.hold_token, 30))
    assert longer.hold_token == created.hold_token
    assert longer.expires_at == emulator.clock.now() + datetime.timedelta(minutes=30)
    assert longer.expires_in_seconds == 1800
    retrieved = await sdk.call(lambda c: c.hold_tokens.retrieve(created.hold_token))
    assert retrieved.expires_at == longer.expires_at


async def test_expire_in_zero_minutes_expires_the_token_now(sdk: Sdk, emulator: Emulator) -> None:
    created = await sdk.call(lambda c: c.hold_tokens.create())
    expired = await sdk.call(lambda c: c.hold_tokens.expire_in_minutes(created.hold_token, 0))
    assert (expired.expires_at, expired.expires_in_seconds) == (emulator.clock.now(), 0)


async def test_expire_in_minutes_of_an_unknown_token_is_not_found(sdk: Sdk) -> None:
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.hold_tokens.expire_in_minutes("no-such-token", 5))
