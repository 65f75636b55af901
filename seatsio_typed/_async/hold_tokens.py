"""Hold tokens: create one for a buyer's holds, look up its expiry."""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import hold_tokens as endpoints
from seatsio_typed.models import CreateHoldTokenRequest, HoldToken

__all__ = ["AsyncHoldTokensClient"]


class AsyncHoldTokensClient:
    """Hold tokens of the workspace (`client.hold_tokens`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(self, expires_in_minutes: int | None = None) -> HoldToken:
        """Create a hold token; it lives `expires_in_minutes` (default: the account's 15)."""
        body = CreateHoldTokenRequest(expires_in_minutes=expires_in_minutes)
        return await self._requester.request(endpoints.CREATE, body=body)

    async def retrieve(self, hold_token: str) -> HoldToken:
        """Retrieve a hold token and how long it still lives."""
        return await self._requester.request(
            endpoints.RETRIEVE, path_params={"hold_token": hold_token}
        )
