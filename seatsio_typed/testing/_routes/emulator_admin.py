"""The emulator's own admin API for server mode (moto-style), under `/_emulator`.

Every call needs the system secret as Basic-auth user; faults never apply to these paths.

- `POST /_emulator/reset`: forget all state, clear faults, restart clock and generators; 204.
- `GET /_emulator/clock`: `{"now": "<timestamp>"}`.
- `POST /_emulator/clock` with `{"advance": seconds}` or `{"set": "<ISO-8601>"}`: moves the
  clock; answers `{"now": ...}`.
- `POST /_emulator/faults` with `{"rateLimit": {...}}`, `{"serverError": {...}}` or
  `{"latency": {...}}`: adds one fault; 204.
- `DELETE /_emulator/faults`: clears every fault; 204.

Fault bodies mirror `Faults` (camelCase): `rateLimit` takes one of `every`, `count`, `seconds`,
`probability`, plus `retryAfter`; `serverError` takes `status`, `count` (default 1; `null`: every
matching request) and `afterProcessing`; `latency` takes `seconds`. All three take optional
`method` and `pathPrefix`. Seconds (`seconds`, `retryAfter`) must lie between 0 and one hour
and counts may not be negative: anything else (negative, infinite, NaN, beyond the float range,
over an hour) is 400 and adds nothing (`Faults` checks, see `_faults.MAX_FAULT_SECONDS`).
"""

from __future__ import annotations

from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._state.clock import format_timestamp, parse_timestamp
from seatsio_typed.testing._wire.body import JsonObject, schema_error
from seatsio_typed.testing._wire.messages import Response, json_response, no_content


def reset(ctx: RequestContext) -> Response:
    """POST /_emulator/reset"""
    ctx.control.reset()
    return no_content()


def _clock_json(ctx: RequestContext) -> Response:
    return json_response({"now": format_timestamp(ctx.control.clock.now())})


def read_clock(ctx: RequestContext) -> Response:
    """GET /_emulator/clock"""
    return _clock_json(ctx)


def move_clock(ctx: RequestContext) -> Response:
    """POST /_emulator/clock"""
    body = ctx.body()
    advance = body.optional_number("advance")
    target = body.optional_string("set")
    if (advance is None) == (target is None):
        raise schema_error("#: give exactly one of [advance, set]")
    if advance is not None:
        try:
            ctx.control.clock.advance(advance)
        except ValueError as refused:
            raise schema_error(f"#/advance: {refused}") from None
    elif target is not None:
        try:
            instant = parse_timestamp(target)
        except ValueError:
            raise schema_error(f"#/set: {target} is not an ISO-8601 instant") from None
        try:
            ctx.control.clock.set(instant)
        except ValueError as refused:
            raise schema_error(f"#/set: {refused}") from None
    return _clock_json(ctx)


def add_fault(ctx: RequestContext) -> Response:
    """POST /_emulator/faults"""
    body = ctx.body()
    kinds = [kind for kind in ("rateLimit", "serverError", "latency") if kind in body]
    if len(kinds) != 1:
        raise schema_error("#: give exactly one of [rateLimit, serverError, latency]")
    spec = body.child(kinds[0])
    try:
        _apply(ctx, kinds[0], spec)
    except ValueError as invalid:
        raise schema_error(f"{spec.pointer}: {invalid}") from None
    return no_content()


def _apply(ctx: RequestContext, kind: str, spec: JsonObject) -> None:
    faults = ctx.control.faults
    method, prefix = spec.optional_string("method"), spec.optional_string("pathPrefix")
    if kind == "rateLimit":
        faults.rate_limit(
            every=spec.optional_integer("every"),
            count=spec.optional_integer("count"),
            seconds=spec.optional_number("seconds"),
            probability=spec.optional_number("probability"),
            retry_after=spec.optional_integer("retryAfter"),
            method=method,
            path_prefix=prefix,
        )
    elif kind == "serverError":
        status = spec.optional_integer("status")
        count = spec.optional_integer("count", minimum=1)
        if count is None and "count" not in spec.data:
            count = 1  # absent: one error; an explicit null: every matching request
        faults.server_error(
            status=500 if status is None else status,
            count=count,
            after_processing=spec.optional_boolean("afterProcessing") or False,
            method=method,
            path_prefix=prefix,
        )
    else:
        faults.latency(spec.number("seconds"), method=method, path_prefix=prefix)


def clear_faults(ctx: RequestContext) -> Response:
    """DELETE /_emulator/faults"""
    ctx.control.faults.clear()
    return no_content()


ROUTES = (
    Route("POST", "/_emulator/reset", reset, Access.SYSTEM),
    Route("GET", "/_emulator/clock", read_clock, Access.SYSTEM),
    Route("POST", "/_emulator/clock", move_clock, Access.SYSTEM),
    Route("POST", "/_emulator/faults", add_fault, Access.SYSTEM),
    Route("DELETE", "/_emulator/faults", clear_faults, Access.SYSTEM),
)
