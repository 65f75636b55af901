"""The floors of a small call: the same requests prebuilt, sent by httpx's transport or the stdlib.

`TransportApi` is the least any client built on httpx can spend on one call: one
`httpx.HTTPTransport` (one keep-alive pool), a request built once and sent again and again with
`transport.handle_request`, the body read, the response closed, `json.loads`. No
`httpx.Client`: no URL merging, no header merging, no auth flow, no redirects, no cookies.

`StdlibApi` is the same over one keep-alive `http.client.HTTPConnection`: no httpcore, no h11.
It is for information only (httpx is the transport by product decision): the gap between the
two is what httpcore and h11 cost per call.

Both send what the other contenders send: the method, URL, `Authorization` and `Accept`
headers, and the same JSON body (`Content-Type` with it).
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable
from functools import partial
from urllib.parse import urlencode, urlsplit

import httpx

from bench._raw import Params, auth_headers, json_body

Send = Callable[[], object]
"""One prebuilt request: sends it, returns the parsed JSON answer."""

_TIMEOUT_SECONDS = 5.0
"""httpx's default timeout, which the raw httpx contender runs with (set on every request)."""


class TransportApi:
    """Prebuilt requests handed to one httpx transport (a keep-alive pool by default)."""

    def __init__(
        self, url: str, secret_key: str, transport: httpx.BaseTransport | None = None
    ) -> None:
        self._url = url.rstrip("/")
        self._headers = auth_headers(secret_key)
        self._transport = transport if transport is not None else httpx.HTTPTransport()
        self._timeout = httpx.Timeout(_TIMEOUT_SECONDS).as_dict()

    def prepared(
        self, method: str, path: str, params: Params | None = None, body: object = None
    ) -> Send:
        """Build the request once; the returned call sends that same request each time."""
        headers = dict(self._headers)
        content = None
        if body is not None:
            content, content_type = json_body(body)
            headers.update(content_type)
        request = httpx.Request(
            method,
            self._url + path,
            params=params,
            headers=headers,
            content=content,
            extensions={"timeout": self._timeout},
        )
        return partial(self._send, request)

    def _send(self, request: httpx.Request) -> object:
        response = self._transport.handle_request(request)
        try:
            body = response.read()
        finally:
            response.close()  # the connection goes back to the pool
        if response.status_code >= 400:
            raise RuntimeError(f"{request.method} {request.url.path}: HTTP {response.status_code}")
        return json.loads(body)

    def close(self) -> None:
        """Close the transport's connections."""
        self._transport.close()


class StdlibApi:
    """Prebuilt requests over one keep-alive `http.client.HTTPConnection` (TCP_NODELAY)."""

    def __init__(self, url: str, secret_key: str) -> None:
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.hostname is None:
            raise ValueError(f"an http:// URL with a host, got {url!r}")
        self._prefix = parts.path.rstrip("/")
        self._headers = auth_headers(secret_key)
        self._connection = http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=_TIMEOUT_SECONDS
        )

    def prepared(
        self, method: str, path: str, params: Params | None = None, body: object = None
    ) -> Send:
        """Encode the request once; the returned call sends those same bytes each time."""
        target = self._prefix + path
        if params:
            target += "?" + urlencode(params, doseq=True)
        headers = dict(self._headers)
        content = None
        if body is not None:
            content, content_type = json_body(body)
            headers.update(content_type)
        return partial(self._send, method, target, content, headers)

    def _send(
        self, method: str, target: str, content: bytes | None, headers: dict[str, str]
    ) -> object:
        try:
            status, body = self._exchange(method, target, content, headers)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closed the kept-alive connection while it was idle: httpcore polls a
            # pooled socket before reusing it, http.client only finds out by failing. No
            # answer came, so nothing was done: send once more on a new connection.
            self._connection.close()
            status, body = self._exchange(method, target, content, headers)
        if status >= 400:
            raise RuntimeError(f"{method} {target}: HTTP {status}")
        return json.loads(body)

    def _exchange(
        self, method: str, target: str, content: bytes | None, headers: dict[str, str]
    ) -> tuple[int, bytes]:
        self._connection.request(method, target, body=content, headers=headers)
        response = self._connection.getresponse()
        return response.status, response.read()  # read to the end: the connection is reusable

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()
