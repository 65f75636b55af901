"""Hold token endpoints (hold-tokens.md): create, retrieve, change the expiry.

- `POST /hold-tokens` (`{}` or `{"expiresInMinutes": n}`, n >= 1): a new token living 15 minutes
  by default; 200 with the HoldToken (`workspaceKey` = the public key of the workspace acted in).
- `GET /hold-tokens/{holdToken}`: 200, or 404 `HOLD_TOKEN_NOT_FOUND` for unknown and expired
  tokens alike (expired tokens are gone).
- `POST /hold-tokens/{holdToken}` with `{"expiresInMinutes": n}`, n >= 0: expiry := now + n
  minutes, clamped to 2 hours after creation; 0 expires the token at once, freeing its holds.
  Same 404 as retrieve.

A lifetime above the 2-hour cap is clamped, at creation too (choice; the reference suggests it).
"""

from __future__ import annotations

from seatsio_typed.testing._engine.holds import (
    DEFAULT_LIFETIME,
    HoldToken,
    HoldTokenStore,
    clamped_expiry,
    expire_holds,
)
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._routes._access import workspace_now
from seatsio_typed.testing._wire.messages import Response, json_response


def create_hold_token(ctx: RequestContext) -> Response:
    """POST /hold-tokens"""
    now = workspace_now(ctx)
    minutes = ctx.body().optional_integer("expiresInMinutes", minimum=1)
    store = ctx.workspace.store(HoldTokenStore)
    name = ctx.state.keys.hold_token()
    while store.get(name) is not None:  # pragma: no cover - 62^10 tokens; only a safety net
        name = ctx.state.keys.hold_token()
    expires_at = now + DEFAULT_LIFETIME if minutes is None else clamped_expiry(now, now, minutes)
    token = store.add(HoldToken(name, now, expires_at, ctx.workspace.key))
    return json_response(token.to_json(now))


def retrieve_hold_token(ctx: RequestContext) -> Response:
    """GET /hold-tokens/{holdToken}"""
    now = workspace_now(ctx)
    token = ctx.workspace.store(HoldTokenStore).require(ctx.param("holdToken"))
    return json_response(token.to_json(now))


def expire_hold_token_in_minutes(ctx: RequestContext) -> Response:
    """POST /hold-tokens/{holdToken}"""
    now = workspace_now(ctx)
    store = ctx.workspace.store(HoldTokenStore)
    token = store.require(ctx.param("holdToken"))
    minutes = ctx.body().integer("expiresInMinutes", minimum=0)
    store.set_expiry(token, clamped_expiry(token.created_on, now, minutes))
    expire_holds(ctx.workspace, now, ctx.state.ids)
    return json_response(token.to_json(now))


ROUTES = (
    Route("POST", "/hold-tokens", create_hold_token, Access.WORKSPACE),
    Route("GET", "/hold-tokens/{holdToken}", retrieve_hold_token, Access.WORKSPACE),
    Route("POST", "/hold-tokens/{holdToken}", expire_hold_token_in_minutes, Access.WORKSPACE),
)
