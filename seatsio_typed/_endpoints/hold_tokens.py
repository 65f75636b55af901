"""Hold token operations (hold-tokens.md)."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint, json_response
from seatsio_typed.models import CreateHoldTokenRequest, ExpireHoldTokenRequest, HoldToken

__all__ = ["CREATE", "EXPIRE_IN_MINUTES", "RETRIEVE"]

CREATE = Endpoint(
    name="hold_tokens.create",
    method="POST",
    path="/hold-tokens",
    response=json_response(HoldToken),
    body=CreateHoldTokenRequest,
    summary="Create a hold token, optionally with its lifetime in minutes.",
)
RETRIEVE = Endpoint(
    name="hold_tokens.retrieve",
    method="GET",
    path="/hold-tokens/{hold_token}",
    response=json_response(HoldToken),
    summary="Retrieve a hold token and its expiry.",
)
EXPIRE_IN_MINUTES = Endpoint(
    name="hold_tokens.expire_in_minutes",
    method="POST",
    path="/hold-tokens/{hold_token}",
    response=json_response(HoldToken),
    body=ExpireHoldTokenRequest,
    summary="Set a hold token to expire this many minutes from now.",
)
