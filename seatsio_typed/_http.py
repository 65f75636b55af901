"""The one module that imports httpx: URLs, headers, requests and transport-error mapping.

Everything else imports the names it needs from here, so moving to another HTTP library
touches this file only.
"""

from __future__ import annotations

import functools
import platform
import string
from collections.abc import Mapping, Sequence
from typing import TypeAlias
from urllib.parse import quote, urlencode

import httpx

from seatsio_typed._retry import TransportFailure
from seatsio_typed._version import __version__
from seatsio_typed.errors import SeatsioConnectionError, SeatsioTimeoutError

__all__ = [
    "USER_AGENT",
    "AsyncHttpxClient",
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
    "connection_error",
    "encode_path",
    "encode_query",
    "path_parameter_names",
    "request_headers",
    "transport_failure",
]

AsyncHttpxClient = httpx.AsyncClient
HttpxClient = httpx.Client
HttpxRequest = httpx.Request
HttpxResponse = httpx.Response
RequestError = httpx.RequestError
Timeout = httpx.Timeout

PathValue: TypeAlias = "str | int"
QueryScalar: TypeAlias = "str | int | bool"
QueryValue: TypeAlias = "QueryScalar | Sequence[QueryScalar] | None"

USER_AGENT = (
    f"seatsio-typed/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)
CLIENT_LIB = "python-typed"


def as_timeout(value: float | Timeout) -> Timeout:
    """A float means the same limit for connect, read, write and pool."""
    return value if isinstance(value, Timeout) else Timeout(value)


def path_parameter_names(template: str) -> tuple[str, ...]:
    """The `{name}` placeholders of a path template, in order."""
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def encode_path(template: str, params: Mapping[str, PathValue]) -> str:
    """Fill a path template, percent-encoding every value as one whole segment.

    `/`, `?`, `#`, `%`, spaces and non-ASCII all arrive at the server as part of the value.
    """
    names = path_parameter_names(template)
    if set(names) != set(params):
        raise ValueError(f"path {template!r} needs {sorted(names)}, got {sorted(params)}")
    return template.format_map({name: _encode_segment(params[name]) for name in names})


def _encode_segment(value: PathValue) -> str:
    text = str(value)
    if not text:
        # An empty segment would silently address another resource (`/charts/` is the list).
        raise ValueError("a path parameter must not be empty")
    if text.strip(".") == "":
        # `.` and `..` are dot segments that URL normalisation would resolve away.
        return text.replace(".", "%2E")
    return quote(text, safe="")


def encode_query(query: Mapping[str, QueryValue]) -> str:
    """Encode a query: lists repeat the key, booleans are `true`/`false`, None is left out."""
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        if value is None:
            continue
        if isinstance(value, (str, int)):
            pairs.append((key, _query_scalar(value)))
        else:
            pairs.extend((key, _query_scalar(item)) for item in value)
    return urlencode(pairs)


def _query_scalar(value: QueryScalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def build_url(base_url: str, path: str, query: str = "") -> httpx.URL:
    """Join base URL, encoded path and encoded query without letting httpx re-encode them."""
    base, prefix = _parsed_base(base_url)
    raw = prefix + path.encode("ascii")
    if query:
        raw += b"?" + query.encode("ascii")
    return base.copy_with(raw_path=raw)


@functools.lru_cache(maxsize=16)
def _parsed_base(base_url: str) -> tuple[httpx.URL, bytes]:
    # A client sends every request to one base URL: parse it once, not on each request.
    base = httpx.URL(base_url)
    return base, base.raw_path.split(b"?", 1)[0].rstrip(b"/")


def request_headers(
    *,
    authorization: str,
    workspace_key: str | None,
    has_body: bool,
    extra_headers: Mapping[str, str],
) -> dict[str, str]:
    """The headers of every API request; `X-Workspace-Key` only when a workspace key is set."""
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
    headers.update(extra_headers)
    return headers


def build_request(
    http_client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: httpx.URL,
    *,
    headers: Mapping[str, str],
    content: bytes | None,
    timeout: Timeout,
) -> httpx.Request:
    """A request on the given client (its own default headers apply unless ours replace them)."""
    return http_client.build_request(method, url, headers=headers, content=content, timeout=timeout)


def transport_failure(error: BaseException) -> TransportFailure | None:
    """Classify a failed attempt: whether the request can have reached the server."""
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return TransportFailure.NOT_SENT
    if isinstance(error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)):
        return TransportFailure.MAYBE_SENT
    return None


def connection_error(error: httpx.RequestError, method: str, url: str) -> SeatsioConnectionError:
    """The SDK exception for a transport error; the caller chains `error` as its cause."""
    timed_out = isinstance(error, httpx.TimeoutException)
    cls = SeatsioTimeoutError if timed_out else SeatsioConnectionError
    detail = str(error) or "no detail"
    return cls(
        f"{type(error).__name__} while executing {method} {url}: {detail}",
        method=method,
        url=url,
    )
