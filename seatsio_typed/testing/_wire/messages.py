"""The emulator's HTTP vocabulary: requests, responses, JSON bodies and the API's error body.

Everything the adapters (httpx transports, the ASGI app) hand to the emulator is a `Request`;
everything a handler returns is a `Response`. Handlers signal failures by raising `ApiError`
(rendered as the documented JSON error body) or `AccessError` (401/403 with an empty body).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias
from urllib.parse import parse_qsl, unquote

JSON: TypeAlias = bool | int | float | str | list["JSON"] | dict[str, "JSON"] | None
"""A JSON value as `json.loads` produces it."""

JSONObject: TypeAlias = dict[str, JSON]
"""A JSON object."""

JSON_CONTENT_TYPE = "application/json"


def dump_json(value: JSON) -> bytes:
    """Serialize a JSON value compactly as UTF-8, the way every emulator response body is sent."""
    return dump_json_text(value).encode()


def dump_json_text(value: JSON) -> str:
    """The text `dump_json` encodes: compact, non-ASCII kept, NaN and infinities refused.

    For renderers that assemble a large body from pre-encoded pieces (the big reports): pieces
    made with this function and joined with `,`, `:`, `[]` and `{}` give exactly the bytes
    `dump_json` would give for the whole value.
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def dump_json_string(text: str) -> str:
    """`dump_json_text(text)` for a string, without the encoder's per-call set-up.

    The very function `json.dumps` (with `ensure_ascii=False`) applies to every string, keys
    included, so the result is the same; it only saves the set-up, which counts when a report
    encodes thousands of group keys one by one.
    """
    return _encode_string(text)


_encode_string: Callable[[str], str] = json.encoder.encode_basestring


@dataclass(frozen=True)
class Request:
    """One HTTP request as the emulator sees it, whichever adapter received it."""

    method: str
    raw_path: str
    """The path exactly as sent: percent-encoding intact, no query string."""
    query: tuple[tuple[str, str], ...] = ()
    """Query parameters in order, repeated keys preserved, values decoded (`+` is a space)."""
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    """Header names lower-cased; a repeated header keeps its values joined by `, `."""
    body: bytes = b""
    client_ip: str = "127.0.0.1"

    @classmethod
    def build(
        cls,
        method: str,
        target: str,
        *,
        headers: Iterable[tuple[str, str]] = (),
        body: bytes = b"",
        client_ip: str = "127.0.0.1",
    ) -> Request:
        """Build a request from a method, a raw target (`/path?query`) and header pairs."""
        raw_path, _, query_string = target.partition("?")
        return cls(
            method=method.upper(),
            raw_path=raw_path or "/",
            query=parse_query(query_string),
            headers=normalize_headers(headers),
            body=body,
            client_ip=client_ip,
        )

    @property
    def segments(self) -> tuple[str, ...]:
        """The path split at `/` and then percent-decoded, so `%2F` stays inside its segment."""
        return tuple(unquote(part) for part in self.raw_path.split("/")[1:])

    def header(self, name: str) -> str | None:
        """Return a header's value by case-insensitive name, or None."""
        return self.headers.get(name.lower())

    def query_values(self, name: str) -> list[str]:
        """Return every value given for a query parameter, in request order."""
        return [value for key, value in self.query if key == name]


def parse_query(query_string: str) -> tuple[tuple[str, str], ...]:
    """Decode a raw query string into ordered pairs, keeping repeated keys and blank values."""
    return tuple(parse_qsl(query_string, keep_blank_values=True))


def normalize_headers(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-case header names and join repeated headers with `, ` (RFC 9110 field combining)."""
    headers: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


@dataclass(frozen=True)
class Response:
    """One HTTP response: status, header pairs and body bytes."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    def header(self, name: str) -> str | None:
        """Return a header's value by case-insensitive name, or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


def json_response(value: JSON, status: int = 200) -> Response:
    """A JSON success response (always served as `application/json`)."""
    return Response(status, (("content-type", JSON_CONTENT_TYPE),), dump_json(value))


def json_bytes_response(body: bytes, status: int = 200) -> Response:
    """A JSON success response whose body is already encoded (see `dump_json_text`)."""
    return Response(status, (("content-type", JSON_CONTENT_TYPE),), body)


def no_content() -> Response:
    """A 204 No Content response."""
    return Response(204)


def empty_response(status: int) -> Response:
    """A response with a status and no body at all (401/403, the chart upload's 201)."""
    return Response(status)


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of an error body's `errors` (or `warnings`) array."""

    code: str
    message: str
    data: JSONObject | None = None
    """Extra data; the `data` key is left out of the body entirely when this is None."""

    def to_json(self) -> JSONObject:
        """Render as the API does: `code`, `message`, and `data` only when present."""
        rendered: JSONObject = {"code": self.code, "message": self.message}
        if self.data is not None:
            rendered["data"] = self.data
        return rendered


class ApiError(Exception):
    """A failure rendered as the API's JSON error body (`overview.md` §6)."""

    def __init__(
        self,
        status: int,
        errors: Sequence[ErrorDetail],
        *,
        warnings: Sequence[ErrorDetail] = (),
        headers: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(", ".join(error.message for error in errors))
        self.status = status
        self.errors = tuple(errors)
        self.warnings = tuple(warnings)
        self.headers = tuple(headers)

    @classmethod
    def single(
        cls, status: int, code: str, message: str, data: JSONObject | None = None
    ) -> ApiError:
        """An error body holding exactly one error."""
        return cls(status, [ErrorDetail(code, message, data)])

    def to_response(self, request_id: str) -> Response:
        """Render the documented error body with the given request id."""
        body: JSONObject = {
            "status": self.status,
            "errors": [error.to_json() for error in self.errors],
            "warnings": [warning.to_json() for warning in self.warnings],
            "messages": [item.message for item in (*self.errors, *self.warnings)],
            "requestId": request_id,
        }
        return Response(
            self.status, (("content-type", JSON_CONTENT_TYPE), *self.headers), dump_json(body)
        )


def bad_request(code: str, message: str, data: JSONObject | None = None) -> ApiError:
    """A 400 error with one error entry."""
    return ApiError.single(400, code, message, data)


def not_found(code: str, message: str) -> ApiError:
    """A 404 error with one error entry."""
    return ApiError.single(404, code, message)


class AccessError(Exception):
    """Refused credentials: rendered as 401 or 403 with an EMPTY body, like the real server."""

    def __init__(self, status: int, reason: str) -> None:
        # The reason is for emulator logs and tracebacks only; it never names a key.
        super().__init__(reason)
        self.status = status

    def to_response(self) -> Response:
        """Render as a bodiless response."""
        return empty_response(self.status)


VALIDATION_FAILED = "VALIDATION_FAILED"
"""Code of the emulator's schema/parameter errors (the real server's code is unverified)."""


MAX_BODY_DEPTH = 100
"""How deeply a request body may nest arrays and objects (drawings nest about ten levels)."""


def parse_json_body(body: bytes) -> JSON:
    """Parse a request body as JSON, whatever the Content-Type said.

    An empty (or all-whitespace) body and the literal `null` both give None: the official
    Python client sends `null` for bodiless calls. Malformed JSON raises a 400 `ApiError`, and
    so do values the emulator could never send back as JSON: lone UTF-16 surrogates (`"\\ud800"`),
    numbers beyond the float range (`1e999`) and nesting deeper than `MAX_BODY_DEPTH`.
    """
    if not body.strip():
        return None
    try:
        text = body.decode("utf-8")
        value: JSON = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
        if _may_be_unstorable(text):
            _check_storable(value)
    except RecursionError:
        raise bad_request("INVALID_JSON", "Request body is nested too deeply") from None
    except (UnicodeError, ValueError) as error:
        raise bad_request("INVALID_JSON", f"Request body is not valid JSON: {error}") from None
    return value


def _reject_constant(name: str) -> JSON:
    # NaN and Infinity are not JSON; Python's parser would accept them otherwise.
    raise ValueError(f"{name} is not a valid JSON value")


def _finite_float(literal: str) -> float:
    number = float(literal)
    if not math.isfinite(number):
        raise ValueError(f"number {literal} is out of range")
    return number


def _may_be_unstorable(text: str) -> bool:
    """Whether `_check_storable` could refuse the value parsed from `text`: cheap and
    conservative, so that the usual small body skips the walk over every value.

    The text was decoded as strict UTF-8, so a lone surrogate can only come from a `\\u`
    escape; and values cannot nest deeper than the text has brackets (those inside strings
    count too, which only makes the answer yes more often).
    """
    return "\\u" in text or text.count("[") + text.count("{") > MAX_BODY_DEPTH


def _check_storable(value: JSON) -> None:
    """ValueError (or UnicodeError) unless the value can be stored and sent back as JSON."""
    # Iterative, so that checking a deep body cannot itself exhaust the stack.
    pending: list[tuple[JSON, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            item.encode("utf-8")  # a lone surrogate survives json.loads but not encoding
        elif isinstance(item, (list, dict)):
            if depth >= MAX_BODY_DEPTH:
                raise ValueError(f"arrays and objects nest deeper than {MAX_BODY_DEPTH} levels")
            if isinstance(item, dict):
                pending.extend((key, depth) for key in item)
                pending.extend((child, depth + 1) for child in item.values())
            else:
                pending.extend((child, depth + 1) for child in item)
