"""With `_send`, `_attempt` and `_pool`, the only modules that import httpx: URLs, headers,
requests, error mapping.

Everything else imports the names it needs from here, so moving to another HTTP library
touches these four files only: `_send` is the short path through httpx that sends a request,
`_attempt` makes one attempt of it (deadline, trace, stale connections, pool limits), `_pool`
builds the clients' own connection pools.
"""

from __future__ import annotations

import functools
import math
import platform
import re
import string
from collections.abc import Mapping, Sequence
from typing import TypeAlias, cast
from urllib.parse import quote, quote_plus

import httpx
import pydantic_core

from seatsio_typed._attempt import POOL_LIMITS, StalePooledConnection
from seatsio_typed._retry import TransportFailure
from seatsio_typed._send import (
    HeaderSet,
    build_request,  # re-exported: the requesters build requests through this module
    is_private,
    join_url,
    send,
    send_async,
)
from seatsio_typed._version import __version__
from seatsio_typed.errors import (
    ClientConfigurationError,
    RequestValidationError,
    SeatsioConnectionError,
    SeatsioTimeoutError,
    UnexpectedResponseError,
)
from seatsio_typed.models._base import lone_surrogate_path
from seatsio_typed.models._constraints import MAX_KEY_LENGTH

__all__ = [
    "MAX_URL_BYTES",
    "POOL_LIMITS",
    "USER_AGENT",
    "AsyncHttpxClient",
    "HeaderSet",
    "HttpxClient",
    "HttpxRequest",
    "HttpxResponse",
    "PathValue",
    "QueryValue",
    "RequestError",
    "Timeout",
    "as_timeout",
    "build_request",
    "build_url",
    "check_base_url",
    "check_header",
    "check_path_template",
    "connection_error",
    "encode_json",
    "encode_path",
    "encode_query",
    "is_private",
    "path_parameter_names",
    "request_headers",
    "send",
    "send_async",
    "transport_failure",
]

AsyncHttpxClient = httpx.AsyncClient
HttpxClient = httpx.Client
HttpxRequest = httpx.Request
HttpxResponse = httpx.Response
RequestError = httpx.RequestError
Timeout = httpx.Timeout

PathValue: TypeAlias = str | int
QueryScalar: TypeAlias = str | int | bool
QueryValue: TypeAlias = QueryScalar | Sequence[QueryScalar] | None

USER_AGENT = (
    f"seatsio-typed/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)
CLIENT_LIB = "python-typed"
MAX_URL_BYTES = 8192
"""Longest path plus query this SDK sends: servers and proxies commonly refuse longer lines."""
# RFC 9110 token characters (header names) and what a header value may hold: visible ASCII,
# space and tab. CR/LF would split the header (request smuggling); non-ASCII is not portable.
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# What the literal part of a path template may hold: RFC 3986 path characters, `%` escapes,
# and the braces of `{name}` placeholders. No `?` or `#`: the query has its own argument.
_PATH_TEMPLATE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/%{}"
)
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Text made only of these (RFC 3986 unreserved) is what percent-encoding leaves unchanged: most
# keys, labels and query values. Matching it costs a fifth of `quote`.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")
_FIELD_VALUE = frozenset(chr(code) for code in range(0x20, 0x7F)) | {"\t"}


def as_timeout(value: float | Timeout) -> Timeout:
    """A float means the same limit for connect, read, write and pool; each must be > 0.

    Raises:
        ClientConfigurationError: a limit is not a finite number of seconds above zero.
    """
    # cast: the annotation is not enforced at run time; callers may pass anything.
    given = cast("object", value)
    if isinstance(given, bool) or not isinstance(given, (int, float, Timeout)):
        raise ClientConfigurationError(
            f"timeout must be seconds or a Timeout, not {type(given).__name__}"
        )
    # Always a copy: a Timeout is mutable, and changing the caller's object later must not
    # change the limits of a client built with it (as for `extra_headers`).
    timeout = Timeout(given)
    limits: dict[str, object] = dict(timeout.as_dict())
    for phase, limit in limits.items():
        # None is httpx's "no limit" for one phase of a Timeout; a bare float cannot be None.
        if limit is not None and not (isinstance(limit, (int, float)) and 0 < limit < math.inf):
            raise ClientConfigurationError(
                f"timeout ({phase}) must be a finite number of seconds above 0, got {limit!r}"
            )
    return timeout


def check_base_url(base_url: str) -> None:
    """Refuse a base URL requests cannot go to (not absolute http(s), or with a query), or one
    carrying credentials (`user:password@`): the secret key is the only credential sent, and
    the base URL shows in `repr(client)` and in error messages.

    Raises:
        ClientConfigurationError: the URL is unusable; the message never repeats the URL.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        raise ClientConfigurationError("the base URL is not a URL") from None
    if url.userinfo:
        raise ClientConfigurationError("the base URL must not carry credentials (user:password@)")
    if url.scheme not in ("http", "https") or not url.host or url.query or url.fragment:
        raise ClientConfigurationError(
            "the base URL must be an absolute http(s) URL without query or fragment"
        )


def check_header(name: object, value: object, *, setting: str) -> None:
    """Refuse a header that cannot be sent as given; the value is never repeated.

    Raises:
        ClientConfigurationError: the name is not an HTTP token, or the value is not a string
            of visible ASCII, spaces and tabs (CR, LF, NUL and non-ASCII are refused).
    """
    if not isinstance(name, str) or not name or not set(name) <= _TOKEN:
        raise ClientConfigurationError(f"{setting}: a header name is not an HTTP token")
    if not isinstance(value, str) or not set(value) <= _FIELD_VALUE:
        raise ClientConfigurationError(
            f"{setting}: the value of header {name!r} must be visible ASCII text "
            "(no CR, LF, NUL or non-ASCII characters)"
        )


@functools.lru_cache(maxsize=512)
def path_parameter_names(template: str) -> tuple[str, ...]:
    """The `{name}` placeholders of a path template, in order (parsed once per template).

    Raises:
        ValueError: a `{` or `}` does not belong to a placeholder.
    """
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def check_path_template(template: str) -> None:
    """Refuse a path template that is not an absolute, already percent-encoded ASCII path.

    Raises:
        RequestValidationError: `template` does not start with `/`, or holds a character that
            would need percent-encoding (space, non-ASCII, `?`, `#`, ...).
    """
    # cast: the annotation is not enforced at run time; callers may pass anything.
    given = cast("object", template)
    if not isinstance(given, str) or not template.startswith("/"):
        raise RequestValidationError("path: must start with '/'", parameter="path")
    if not set(template) <= _PATH_TEMPLATE or _BAD_ESCAPE.search(template):
        raise RequestValidationError(
            "path: only percent-encoded ASCII path characters and {name} placeholders are "
            "allowed; pass values through path_params and the query through query",
            parameter="path",
        )
    try:
        path_parameter_names(template)
    except ValueError:
        raise RequestValidationError(
            "path: a '{' or '}' does not belong to a {name} placeholder", parameter="path"
        ) from None


def encode_json(value: object) -> bytes:
    """A JSON value as compact UTF-8 bytes.

    Raises:
        RequestValidationError: the value cannot be encoded (a lone surrogate, an object JSON
            does not know); the value is not repeated.
    """
    try:
        encoded = pydantic_core.to_json(value)
    except pydantic_core.PydanticSerializationError:
        encoded = None
    # A lone surrogate in a key of a model's `dict[str, ...]` field (a request model inside a
    # JSON value) is encoded as U+FFFD instead of failing.
    if encoded is None or "\ufffd".encode() in encoded:
        path = lone_surrogate_path(value)
        if path is not None:
            where = ".".join(["json", *(str(part) for part in path)])
            raise RequestValidationError(
                f"{where}: a string holds a lone surrogate, which has no UTF-8 form",
                parameter=where,
            )
    if encoded is None:
        raise RequestValidationError("json: not a JSON value", parameter="json")
    return encoded


def encode_path(template: str, params: Mapping[str, PathValue]) -> str:
    """Fill a path template, percent-encoding every value as one whole segment.

    `/`, `?`, `#`, `%`, spaces and non-ASCII all arrive at the server as part of the value.
    """
    names = path_parameter_names(template)
    if set(names) != set(params):
        raise RequestValidationError(
            f"path_params: path {template!r} needs {sorted(names)}, got {sorted(params)}",
            parameter="path_params",
        )
    return template.format_map({name: _encode_segment(name, params[name]) for name in names})


def _encode_segment(name: str, value: PathValue) -> str:
    """One percent-encoded path segment; RequestValidationError when it cannot be sent."""
    given = cast("object", value)  # cast: the annotation is not enforced at run time
    if not isinstance(given, (str, int)) or isinstance(given, bool):
        # None would become the segment "None", True "True": never what was meant.
        raise RequestValidationError(
            f"{name}: must be a str or an int, not {type(given).__name__}", parameter=name
        )
    text = str(value)
    if not text:
        # An empty segment would silently address another resource (`/charts/` is the list).
        raise RequestValidationError(f"{name}: a key must not be empty", parameter=name)
    if text.strip(".") == "":
        # `.` and `..` are dot segments that URL normalisation would resolve away.
        return text.replace(".", "%2E")
    if len(text) > MAX_KEY_LENGTH:
        raise RequestValidationError(
            f"{name}: a key can be at most {MAX_KEY_LENGTH} characters long", parameter=name
        )
    if _UNRESERVED.fullmatch(text):
        return text  # what `quote` gives for it
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise RequestValidationError(
            f"{name}: a lone surrogate has no UTF-8 form", parameter=name
        ) from None


def encode_query(query: Mapping[str, QueryValue]) -> str:
    """Encode a query: lists repeat the key, booleans are `true`/`false`, None is left out."""
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            items: Sequence[QueryScalar] = value
        elif isinstance(value, (str, int)):
            items = (value,)
        else:
            raise RequestValidationError(
                f"query parameter {key}: must be a str, an int, a bool or a list of them",
                parameter=key,
            )
        pairs.extend((key, _query_scalar(key, item)) for item in items)
    try:
        # What `urlencode(pairs)` gives, without its type checks per pair.
        return "&".join(f"{_query_text(str(key))}={_query_text(text)}" for key, text in pairs)
    except UnicodeEncodeError:
        bad = next(key for key, text in pairs if not _encodable(key) or not _encodable(text))
        where = bad if _encodable(bad) else "<name>"
        raise RequestValidationError(
            f"query parameter {where}: a lone surrogate has no UTF-8 form", parameter=where
        ) from None


def _query_text(text: str) -> str:
    """One key or value of a query, encoded as `urlencode` does (`quote_plus`, nothing safe)."""
    return text if _UNRESERVED.fullmatch(text) else quote_plus(text, safe="")


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _query_scalar(key: str, value: QueryScalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    given = cast("object", value)  # cast: the annotation is not enforced at run time
    if not isinstance(given, (str, int)):
        # None in a list would otherwise be sent as the text "None".
        raise RequestValidationError(
            f"query parameter {key}: must be a str, an int or a bool, not {type(given).__name__}",
            parameter=key,
        )
    return str(value)


def build_url(base_url: str, path: str, query: str = "") -> httpx.URL:
    """Join base URL, encoded path and encoded query without letting httpx re-encode them."""
    url = join_url(base_url, path, query)
    length = len(url.raw_path)
    if length > MAX_URL_BYTES:
        raise RequestValidationError(
            f"the request URL would be {length} bytes long; at most {MAX_URL_BYTES} are sent "
            "(ask for fewer objects per call)"
        )
    return url


def request_headers(
    *,
    authorization: str,
    workspace_key: str | None,
    has_body: bool,
    extra_headers: Mapping[str, str],
) -> dict[str, str]:
    """The headers of every API request; `X-Workspace-Key` only when a workspace key is set.

    An `extra_headers` entry replaces the default header of the same name whatever its case
    (HTTP header names are case-insensitive): `user-agent` replaces `User-Agent`, never adds a
    second one.
    """
    headers = {
        "Authorization": authorization,
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
        "X-Client-Lib": CLIENT_LIB,
    }
    if workspace_key is not None:
        headers["X-Workspace-Key"] = workspace_key
    if has_body:
        headers["Content-Type"] = "application/json"
    if extra_headers:
        replaced = {name.lower() for name in extra_headers}
        headers = {name: value for name, value in headers.items() if name.lower() not in replaced}
        headers.update(extra_headers)
    return headers


def transport_failure(error: BaseException) -> TransportFailure | None:
    """Classify a failed attempt: whether the request can have reached the server."""
    if isinstance(error, StalePooledConnection):
        return TransportFailure.STALE
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return TransportFailure.NOT_SENT
    if isinstance(error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)):
        return TransportFailure.MAYBE_SENT
    return None


def connection_error(
    error: httpx.RequestError, method: str, url: str
) -> SeatsioConnectionError | UnexpectedResponseError:
    """The SDK exception for a transport error; the caller chains `error` as its cause.

    A body whose content encoding (gzip, brotli...) fails to decode is an unexpected response,
    not a connection problem: the server answered, but with bytes that cannot be read.
    """
    if isinstance(error, httpx.DecodingError):
        return UnexpectedResponseError(
            f"the body of the response to {method} {url} could not be decoded: {error}",
            method=method,
            url=url,
        )
    timed_out = isinstance(error, httpx.TimeoutException)
    cls = SeatsioTimeoutError if timed_out else SeatsioConnectionError
    detail = str(error) or "no detail"
    return cls(
        f"{type(error).__name__} while executing {method} {url}: {detail}",
        method=method,
        url=url,
    )
