"""Query-parameter parsing with the API's 400 error body for bad values.

Values arrive decoded and in order, repeated keys preserved (`Request.query`). Parameters that
the API allows only once (`limit`, `filter`, `tag`, cursors) are rejected with 400 when repeated.
"""

from __future__ import annotations

from seatsio_typed.testing._wire.messages import VALIDATION_FAILED, ApiError, Request, bad_request


def query_error(message: str) -> ApiError:
    """A 400 error for a bad query parameter."""
    return bad_request(VALIDATION_FAILED, message)


def query_string(request: Request, name: str) -> str | None:
    """A parameter that may appear at most once; None when absent."""
    values = request.query_values(name)
    if len(values) > 1:
        raise query_error(f"Query parameter {name} may be given only once")
    return values[0] if values else None


def query_strings(request: Request, name: str) -> list[str]:
    """Every value of a repeatable parameter (`expand=a&expand=b`), in request order.

    A comma-joined value (`expand=a,b`) is split too: no official client sends it, but it is a
    common way to write the same thing by hand. For free text that may hold commas (object
    labels) use `request.query_values(name)`, which never splits.
    """
    return [part for value in request.query_values(name) for part in value.split(",") if part]


def query_int(
    request: Request,
    name: str,
    *,
    default: int | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int | None:
    """An integer parameter given at most once, checked against bounds."""
    raw = query_string(request, name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise query_error(f"Query parameter {name} must be an integer, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise query_error(f"Query parameter {name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise query_error(f"Query parameter {name} must be at most {maximum}, got {value}")
    return value


def query_bool(request: Request, name: str, *, default: bool = False) -> bool:
    """A boolean parameter spelled `true` or `false` (case-insensitive), given at most once."""
    raw = query_string(request, name)
    if raw is None or raw == "":
        return default
    lowered = raw.lower()
    if lowered not in ("true", "false"):
        raise query_error(f"Query parameter {name} must be true or false, got {raw!r}")
    return lowered == "true"
