"""Checks shared by several request models."""

from __future__ import annotations

from seatsio_typed.models.object_info import ObjectStatus

__all__ = ["require_hold_token_to_hold"]


def require_hold_token_to_hold(status: str | None, hold_token: str | None) -> None:
    """Refuse a hold (status ``reservedByToken``) that does not name its hold token."""
    if status == ObjectStatus.RESERVED_BY_TOKEN and hold_token is None:
        raise ValueError("hold_token is required to change the status to reservedByToken")
