"""Hold tokens: one buyer's temporary holds, with their expiry."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)
from seatsio_typed.models._types import UtcDatetime

__all__ = ["CreateHoldTokenRequest", "ExpireHoldTokenRequest", "HoldToken"]


class HoldToken(DocumentedResponse):
    """A hold token and when it expires."""

    hold_token: str
    """The token to pass to hold and book calls."""
    expires_at: UtcDatetime
    """When the token expires (UTC); its held objects are then freed."""
    expires_in_seconds: int
    """Seconds left when the response was made."""
    workspace_key: str | None = None
    """Public key of the workspace the token belongs to."""


class CreateHoldTokenRequest(DocumentedRequest):
    """Body of ``POST /hold-tokens``; ``{}`` uses the account's default lifetime (15 minutes)."""

    expires_in_minutes: Annotated[int, Field(gt=0)] | None = None
    """Minutes until the token expires; the workspace default when None."""


class ExpireHoldTokenRequest(DocumentedRequest):
    """Body of ``POST /hold-tokens/{token}``: expire in this many minutes from now (0: at once)."""

    expires_in_minutes: Annotated[int, Field(ge=0)]
    """Minutes from now until the token expires; 0 expires it now."""
