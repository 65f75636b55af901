"""Hold tokens: create one for a buyer's holds, look up or change its expiry."""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import hold_tokens as endpoints
from seatsio_typed.models import CreateHoldTokenRequest, ExpireHoldTokenRequest, HoldToken

__all__ = ["AsyncHoldTokensClient"]


class AsyncHoldTokensClient:
    """Hold tokens of the workspace (`client.hold_tokens`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(self, expires_in_minutes: int | None = None) -> HoldToken:
        """Create a hold token (`POST /hold-tokens`) to hold objects for one buyer.

        Args:
            expires_in_minutes: How long the token lives (at least 1); the account's default
                (15 minutes) when left out.

        Returns:
            The token and when it expires.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        body = CreateHoldTokenRequest(expires_in_minutes=expires_in_minutes)
        return await self._requester.request(endpoints.CREATE, body=body)

    async def retrieve(self, hold_token: str) -> HoldToken:
        """Retrieve a hold token and how long it still lives (`GET /hold-tokens/{token}`).

        Args:
            hold_token: The token.

        Returns:
            The token and when it expires.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error (`NotFoundException`: no such
                token), or the request failed.
        """
        return await self._requester.request(
            endpoints.RETRIEVE, path_params={"hold_token": hold_token}
        )

    async def expire_in_minutes(self, hold_token: str, expires_in_minutes: int) -> HoldToken:
        """Set a hold token to expire this many minutes from now (shorter or longer).

        Args:
            hold_token: The hold token.
            expires_in_minutes: Minutes from now; 0 expires it at once.

        Returns:
            The hold token with its new expiry.

        Raises:
            RequestValidationError: When `expires_in_minutes` is negative (nothing is sent).
            NotFoundException: When there is no such hold token.
            SeatsioException: When the request fails otherwise.
        """
        body = ExpireHoldTokenRequest(expires_in_minutes=expires_in_minutes)
        return await self._requester.request(
            endpoints.EXPIRE_IN_MINUTES, path_params={"hold_token": hold_token}, body=body
        )
