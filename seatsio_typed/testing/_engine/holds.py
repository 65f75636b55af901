"""Hold tokens (hold-tokens.md) and their expiry.

A token lives in its workspace's `HoldTokenStore`. Expiry is applied lazily but always before
anything can observe or change state: every events, object-status and hold-token handler calls
`expire_holds(workspace, now)` first (so must any other route that reads object state, e.g.
reports). Expiring a token frees everything held with it in every event of the workspace: held
seats go back to `free`, GA holds of the token are removed, and each freed object gets a status
change with origin `HOLD_EXPIRED` (no ip) dated at the expiry instant. The token is then gone.

Lifetime: 15 minutes by default; `expiresInMinutes` sets another; the total lifetime is capped at
2 hours from creation, and a longer request is clamped to the cap (choice: the reference leaves
clamp-or-400 open and suggests clamping).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from seatsio_typed.testing._engine.records import BOOKED, FREE, HELD, Event, ObjectState, Origin
from seatsio_typed.testing._engine.status_changes import record_status_change
from seatsio_typed.testing._engine.store import EventStore
from seatsio_typed.testing._state.clock import format_timestamp
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing._state.keys import IdCounters
from seatsio_typed.testing._wire.messages import JSONObject, not_found

DEFAULT_LIFETIME: Final = timedelta(minutes=15)
MAX_LIFETIME: Final = timedelta(hours=2)
HOLD_EXPIRED: Final = Origin("HOLD_EXPIRED")


@dataclass(eq=False)
class HoldToken:
    """A hold token: when it was made, when it expires, and the events it holds objects in."""

    token: str
    created_on: datetime
    expires_at: datetime
    workspace_key: str
    events: set[int] = field(default_factory=set[int])
    """Ids of the events where something was held with this token (a superset)."""

    def expires_in_seconds(self, now: datetime) -> int:
        """Whole seconds left (never negative)."""
        return max(0, int((self.expires_at - now).total_seconds()))

    def to_json(self, now: datetime) -> JSONObject:
        """The HoldToken resource (hold-tokens.md §3)."""
        return {
            "holdToken": self.token,
            "expiresAt": format_timestamp(self.expires_at),
            "expiresInSeconds": self.expires_in_seconds(now),
            "workspaceKey": self.workspace_key,
        }


def clamped_expiry(created_on: datetime, now: datetime, minutes: int) -> datetime:
    """`now + minutes`, but never more than the 2-hour lifetime after creation."""
    cap = created_on + MAX_LIFETIME
    # Any number of minutes is accepted; one past the cap must not reach datetime's range.
    if minutes >= MAX_LIFETIME // timedelta(minutes=1):
        return cap
    return min(now + timedelta(minutes=minutes), cap)


@dataclass
class HoldTokenStore:
    """The live hold tokens of one workspace."""

    by_token: dict[str, HoldToken] = field(default_factory=dict[str, HoldToken])
    _deadlines: list[tuple[datetime, str]] = field(default_factory=list[tuple[datetime, str]])
    """A heap of (expiry, token); stale entries (token gone or expiry moved) are skipped."""

    def add(self, token: HoldToken) -> HoldToken:
        """Keep a new token."""
        self.by_token[token.token] = token
        heapq.heappush(self._deadlines, (token.expires_at, token.token))
        return token

    def get(self, token: str) -> HoldToken | None:
        """A live token (the caller expired due tokens first), or None."""
        return self.by_token.get(token)

    def require(self, token: str) -> HoldToken:
        """A live token, or 404 (unknown and expired tokens alike)."""
        found = self.by_token.get(token)
        if found is None:
            raise not_found("HOLD_TOKEN_NOT_FOUND", f"Hold token not found: {token}")
        return found

    def set_expiry(self, token: HoldToken, expires_at: datetime) -> None:
        """Move a token's expiry (earlier or later)."""
        token.expires_at = expires_at
        heapq.heappush(self._deadlines, (expires_at, token.token))

    def pop_expired(self, now: datetime) -> list[HoldToken]:
        """Remove and return every token whose expiry is at or before `now`, earliest first."""
        expired: list[HoldToken] = []
        while self._deadlines and self._deadlines[0][0] <= now:
            deadline, name = heapq.heappop(self._deadlines)
            token = self.by_token.get(name)
            if token is not None and token.expires_at == deadline:
                del self.by_token[name]
                expired.append(token)
        return expired


def expire_holds(workspace: Workspace, now: datetime, ids: IdCounters) -> None:
    """Free everything held with the workspace's tokens that expired by `now`."""
    tokens = workspace.store(HoldTokenStore).pop_expired(now)
    if not tokens:
        return
    events = workspace.store(EventStore)
    for token in tokens:
        for event_id in sorted(token.events):
            event = events.by_id.get(event_id)
            if event is not None:
                _release_token(event, token, ids)


def _release_token(event: Event, token: HoldToken, ids: IdCounters) -> None:
    for label, state in list(event.objects.items()):
        if state.hold_token == token.token and state.status == HELD:
            freed = state.clone()
            freed.status, freed.hold_token = FREE, None
            quantity = 1
        elif token.token in state.holds:
            freed = state.clone()
            quantity = sum(freed.holds.pop(token.token).values())
            freed.status = settle_area_status(freed)
        else:
            continue
        event.store_state(label, freed)
        record_status_change(
            event,
            ids,
            label=label,
            status=FREE,
            quantity=quantity,
            date=token.expires_at,
            origin=HOLD_EXPIRED,
            hold_token=token.token,
            order_id=freed.order_id,
            extra_data=freed.extra_data,
        )


def settle_area_status(state: ObjectState) -> str:
    """A GA area's status once places were given back: free when none is used any more.

    While places remain in use the status stays that of the most recent change, except that an
    area that was `reservedByToken` and has no holds left shows its remaining places as booked.
    """
    if state.num_booked == 0 and not state.holds:
        return FREE
    if state.status == HELD and not state.holds:
        return BOOKED
    return state.status
