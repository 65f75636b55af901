"""The short path of one request through httpx: URL, request and send, without the detours.

`httpx.Client.send` is built for browsing: an auth flow, a redirect loop, a cookie jar that
parses every response's URL again, and a response stream bound to the response (a reference
cycle that only the cyclic collector frees). The SDK uses none of it: its auth is a header,
it never follows redirects and Seats.io sets no cookies. Measured per call, that machinery
cost more than the SDK's own work. So requests go to the transport the client would have
chosen itself, with what users rely on kept:

- the client's mounts and proxies (`_transport_for_url`, the client's own choice of transport),
- its default headers (ours replace those of the same name),
- its request and response event hooks, called as `send` calls them,
- a closed client refuses to send, like `send`.

Requests themselves are built directly too (`build_request`): the same headers in the same
order and the same body as `httpx.Request(...)` gives, which is checked once at import; with
another httpx, where the two differ, `httpx.Request(...)` builds them. Bodies sent without a
content encoding are read straight from the transport's stream (`_reads_directly`), leaving
the response as `response.read()` leaves it, which is checked at import the same way.

Cookies a response sets are not stored (the API sets none; a client's own cookies and query
parameters are sent, merged by `client.build_request`; the client the SDK makes for itself
has none, and its requests do not look for them: `is_private`), and a response's `elapsed` is
not set (the requester times its calls itself and the response never leaves the SDK). When
httpx lacks the private pieces used here (another major version), `send` falls back to the
public `client.send`, unchanged in behaviour.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import httpx

__all__ = [
    "HeaderEntry",
    "HeaderSet",
    "build_request",
    "header_entries",
    "is_private",
    "join_url",
    "send",
    "send_async",
]

_logger = logging.getLogger("httpx")  # the line httpx's own send logs, kept for users


@functools.lru_cache(maxsize=16)
def _parsed_base(base_url: str) -> tuple[httpx.URL, str]:
    # A client sends every request to one base URL: parse it once, not on each request.
    base = httpx.URL(base_url)
    return base, base.raw_path.decode("ascii").split("?", 1)[0].rstrip("/")


def _has_uri_reference() -> bool:
    return hasattr(httpx.URL(), "_uri_reference")  # set on every URL, whatever its text


_FAST_URLS = _has_uri_reference()


def join_url(base_url: str, path: str, query: str) -> httpx.URL:
    """Base URL + encoded path + encoded query, used as is (httpx re-encodes nothing).

    `path` and `query` must be percent-encoded ASCII already (`encode_path`, `encode_query`).
    Made from the base URL parsed once: parsing the whole URL again per request cost about
    20 µs, replacing two parts of the parsed base costs about 1 µs.
    """
    base, prefix = _parsed_base(base_url)
    if not _FAST_URLS:
        raw = (prefix + path + (f"?{query}" if query else "")).encode("ascii")
        return base.copy_with(raw_path=raw)
    scheme, userinfo, host, port, _, _, _ = base._uri_reference  # pyright: ignore[reportPrivateUsage]
    # No fragment: `check_base_url` refuses a base URL with one, and none is ever sent.
    # The constructor, not `_replace`: `_replace` builds its tuple from an iterator, and the
    # resized temporary lands in CPython's tuple free list, which grew by one per request.
    # `tuple.__new__`, not the named tuple's own `__new__` (a Python function made by
    # `namedtuple`): the same tuple, made in C.
    parts = tuple.__new__(  # pyright: ignore[reportUnknownMemberType]
        type(base._uri_reference),  # pyright: ignore[reportPrivateUsage]
        (scheme, userinfo, host, port, prefix + path, query or None, None),
    )
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = parts  # pyright: ignore[reportPrivateUsage]
    return url


HeaderEntry = tuple[bytes, bytes, bytes]
"""One header as httpx keeps it: the name as sent, the name lower-cased, the value."""


def header_entries(pairs: Iterable[tuple[bytes, bytes]]) -> tuple[HeaderEntry, ...]:
    """Headers as httpx keeps them (see `HeaderEntry`), from (name, value) pairs."""
    return tuple((name, name.lower(), value) for name, value in pairs)


class HeaderSet:
    """The headers a requester sends on every request, merged with its client's own once.

    Merging them (the client's headers, less those ours replace, then ours) and encoding them
    cost about half of building a request; a client's headers seldom change, so the merge is
    kept and made again only when they do (a user may change their own client's headers).
    """

    __slots__ = ("_merged", "mapping")

    def __init__(self, headers: Mapping[str, str]) -> None:
        self.mapping: Mapping[str, str] = dict(headers)
        """Our headers by name, as given."""
        # The client's headers the merge was made from, the merge, and its lower-cased names:
        # one tuple, replaced whole, so that threads sharing a requester never see half of one.
        self._merged: tuple[
            list[tuple[bytes, bytes]] | None, tuple[HeaderEntry, ...], frozenset[bytes]
        ] = (None, (), frozenset())

    def merged_with(
        self, client_headers: httpx.Headers
    ) -> tuple[tuple[HeaderEntry, ...], frozenset[bytes]]:
        """The client's headers, less those ours replace, then ours; and their lower names.

        Raises:
            UnicodeEncodeError: one of ours is not ASCII (as httpx refuses a str header).
        """
        client_pairs = client_headers.raw
        source, entries, names = self._merged
        if client_pairs != source:
            replaced = {name.lower().encode("ascii") for name in self.mapping}
            kept = [(name, value) for name, value in client_pairs if name.lower() not in replaced]
            ours = [
                (name.encode("ascii"), value.encode("ascii"))
                for name, value in self.mapping.items()
            ]
            entries = header_entries(kept + ours)
            names = frozenset(lower for _, lower, _ in entries)
            self._merged = (client_pairs, entries, names)
        return entries, names

    def merged_for(
        self, client: httpx.Client | httpx.AsyncClient, *, private_client: bool
    ) -> tuple[tuple[HeaderEntry, ...], frozenset[bytes]]:
        """`merged_with(client.headers)`; for a private client (see `build_request`), the
        merge made once, as its headers never change."""
        source, entries, names = self._merged
        if private_client and source is not None:
            return entries, names
        return self.merged_with(client.headers)


def build_request(
    client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: httpx.URL,
    *,
    headers: Mapping[str, str] | HeaderSet,
    content: bytes | None,
    timeout: httpx.Timeout | Mapping[str, float | None],
    private_client: bool = False,
) -> httpx.Request:
    """A request as `client.build_request` makes it: the client's headers, then ours.

    A client with default query parameters or cookies goes through `client.build_request`,
    which merges those; any other is built directly (the merge costs more than the rest).
    `headers` given as a `HeaderSet` reuses its merge from one request to the next.

    `timeout` is a `Timeout` or its per-phase limits (as `Timeout.as_dict()` gives them, and
    as the request's `timeout` extension holds them). `private_client` tells that `client` is
    one the SDK made for itself and never handed out (`is_private`): nobody can give it default
    query parameters, cookies or other headers, so they are not looked at again on every request.
    """
    header_set = headers if isinstance(headers, HeaderSet) else HeaderSet(headers)
    if not private_client and (client.params or client.cookies):
        return client.build_request(
            method,
            url,
            headers=header_set.mapping,
            content=content,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(**timeout),
        )
    # What Headers.update gives, without its copying and re-normalising of every header.
    entries, names = header_set.merged_for(client, private_client=private_client)
    limits = timeout.as_dict() if isinstance(timeout, httpx.Timeout) else dict(timeout)
    extensions: dict[str, object] = {"timeout": limits}
    if _DIRECT_REQUESTS:
        return _direct_request(method, url, entries, names, content, extensions)
    pairs = [(name, value) for name, _, value in entries]
    return httpx.Request(method, url, headers=pairs, content=content, extensions=extensions)


def _direct_request(
    method: str,
    url: httpx.URL,
    entries: Sequence[HeaderEntry],
    names: frozenset[bytes],
    content: bytes | None,
    extensions: dict[str, object],
) -> httpx.Request:
    # What `httpx.Request(method, url, headers=..., content=content)` builds from the headers
    # `entries` (with `names`, their lower-cased names), without normalising every header
    # twice, encoding the body through the generic content path and scanning the header list
    # once per automatic header. Used only when `_builds_what_httpx_builds` found the result
    # identical to httpx's own, down to the Headers object's attributes.
    method = method.upper()
    body = b"" if content is None else content
    header_list: list[HeaderEntry] = []  # httpx puts the automatic ones first, in this order
    if b"host" not in names:
        host = _host_entry(url)
        if host is not None:
            header_list.append(host)
    if not body and method in _METHODS_WITH_BODY and not names & _LENGTH_NAMES:
        header_list.append((b"Content-Length", b"content-length", b"0"))
    header_list.extend(entries)
    # A body gets its length last (httpx's setdefault), unless one is given; an empty body gets
    # no length of its own, as in httpx.
    if body and b"content-length" not in names:
        header_list.append((b"Content-Length", b"content-length", str(len(body)).encode("ascii")))
    request_headers = httpx.Headers.__new__(httpx.Headers)
    request_headers._list = header_list  # pyright: ignore[reportPrivateUsage]
    request_headers._encoding = None  # pyright: ignore[reportPrivateUsage]
    request = httpx.Request.__new__(httpx.Request)
    request.method = method
    request.url = url
    request.headers = request_headers
    request.extensions = extensions
    request.stream = httpx.ByteStream(body)
    request._content = body  # pyright: ignore[reportPrivateUsage]  # what `read()` stores
    return request


def _host_entry(url: httpx.URL) -> HeaderEntry | None:
    # The Host header httpx adds (None: a URL without a host gets none). A client sends to one
    # host: made once per host and port, not from the URL's properties on every request.
    if not _FAST_URLS:
        return (b"Host", b"host", url.netloc) if url.host else None
    reference = url._uri_reference  # pyright: ignore[reportPrivateUsage]
    key = (reference.host, reference.port)
    entry = _HOST_ENTRIES.get(key, _UNKNOWN_HOST)
    if entry is _UNKNOWN_HOST:
        entry = (b"Host", b"host", url.netloc) if url.host else None
        if len(_HOST_ENTRIES) < _MAX_HOST_ENTRIES:
            _HOST_ENTRIES[key] = entry
    return entry


_UNKNOWN_HOST: HeaderEntry = (b"", b"", b"")
_HOST_ENTRIES: dict[tuple[str, int | None], HeaderEntry | None] = {}
_MAX_HOST_ENTRIES = 64  # a process talks to a region or two; no growth without bound
_LENGTH_NAMES = frozenset({b"content-length", b"transfer-encoding"})
_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})


# The requests `_builds_what_httpx_builds` compares, one per rule where httpx's own build
# could differ from `_direct_request`'s (each is needed: see tests/unit/test_send_requests.py).
_SAMPLE_URL = httpx.URL("http://localhost:8080/a?b=c")
_SAMPLES: tuple[tuple[str, tuple[tuple[bytes, bytes], ...], bytes | None], ...] = (
    # No body: no length.
    ("GET", ((b"Accept", b"*/*"),), None),
    # The method upper-cased; a POST without a body: a length of 0.
    ("post", ((b"Accept", b"*/*"),), None),
    # An empty body gets no length of its own.
    ("DELETE", (), b""),
    # A given Host kept (none added); the body's length comes last.
    ("POST", ((b"Host", b"example"), (b"Content-Type", b"application/json")), b"{}"),
    # A body gets its length even when chunked...
    ("PUT", ((b"Transfer-Encoding", b"chunked"),), b"{}"),
    # ...but a chunked request without a body gets no length of 0.
    ("PATCH", ((b"Transfer-Encoding", b"chunked"),), None),
)


def _builds_what_httpx_builds() -> bool:
    # The direct path relies on httpx's Request and Headers attributes; another httpx version
    # may differ. Compared once, at import, on `_SAMPLES`.
    try:
        for method, headers, content in _SAMPLES:
            entries = header_entries(headers)
            names = frozenset(lower for _, lower, _ in entries)
            ours = _direct_request(method, _SAMPLE_URL, entries, names, content, {})
            theirs = httpx.Request(method, _SAMPLE_URL, headers=list(headers), content=content)
            same = (
                ours.method == theirs.method
                and ours.url == theirs.url
                and ours.headers.raw == theirs.headers.raw
                and vars(ours.headers) == vars(theirs.headers)
                and ours.content == theirs.content
                and type(ours.stream) is type(theirs.stream)
                and list(ours.stream) == list(theirs.stream)  # type: ignore[arg-type]
                and ours.extensions == theirs.extensions
                and vars(ours).keys() == vars(theirs).keys()
            )
            if not same:
                return False
    except Exception:  # any failure means: not the httpx this was written for
        return False
    return True


_DIRECT_REQUESTS = _builds_what_httpx_builds()


def _can_bypass(client: httpx.Client | httpx.AsyncClient) -> bool:
    return hasattr(client, "_transport_for_url")


def is_private(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether requests to a client the SDK made for itself (and never hands out) may skip
    looking for its default query parameters, cookies and changed headers (`build_request`).

    Only when `send` passes by `client.send`: then no response's cookies are ever stored in it.
    """
    return _can_bypass(client)


def send(
    client: httpx.Client,
    request: httpx.Request,
    *,
    before_read: Callable[[httpx.Response], None] | None = None,
) -> httpx.Response:
    """Send one request and read the whole response; no auth flow, redirects or cookies.

    Args:
        client: The client whose transport (mounts, proxies), hooks and pool are used.
        request: The request, fully built.
        before_read: Called with the response once its headers are in, before the body is
            read (e.g. to bound the body's reads by a deadline).

    Raises:
        RuntimeError: the client is closed.
        httpx.RequestError: the transport failed.
    """
    if not _can_bypass(client):
        response = client.send(request, auth=None, follow_redirects=False, stream=True)
        try:
            if before_read is not None:
                before_read(response)
            response.read()
        finally:
            response.close()
        return response
    if client.is_closed:
        raise RuntimeError("Cannot send a request, as the client has been closed.")
    hooks = client.event_hooks
    for hook in hooks["request"]:
        hook(request)
    transport = client._transport_for_url(request.url)  # pyright: ignore[reportPrivateUsage]
    response = transport.handle_request(request)
    response.request = request
    try:
        for hook in hooks["response"]:
            hook(response)
        if before_read is not None:
            before_read(response)
        # `response.read()`, straight from the stream where it can be (see `_reads_directly`).
        if _reads_directly(response):
            _read_directly(response)
        else:
            response.read()
    finally:
        response.close()  # back to the pool; no stream bound to the response (no cycle)
    if _logger.isEnabledFor(logging.INFO):
        _log(response)
    return response


async def send_async(client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """`send` for an `httpx.AsyncClient`."""
    if not _can_bypass(client):
        return await client.send(request, auth=None, follow_redirects=False)
    if client.is_closed:
        raise RuntimeError("Cannot send a request, as the client has been closed.")
    hooks = client.event_hooks
    for hook in hooks["request"]:
        await hook(request)
    transport = client._transport_for_url(request.url)  # pyright: ignore[reportPrivateUsage]
    response = await transport.handle_async_request(request)
    response.request = request
    try:
        for hook in hooks["response"]:
            await hook(response)
        if _reads_directly(response):
            await _read_directly_async(response)
        else:
            await response.aread()
    finally:
        await response.aclose()
    if _logger.isEnabledFor(logging.INFO):
        _log(response)
    return response


def _reads_directly(response: httpx.Response) -> bool:
    """Whether `send` may read the body straight from the transport's stream.

    httpx reads a body through three generators, two context managers, a chunker and an
    identity decoder; for a body sent as is, the stream's bytes joined are the same content
    (about 5 % of a small call on a socket). An encoded body (gzip...) and an httpx whose
    Response differs (`_DIRECT_READS`, checked at import) go through `response.read()`, and
    so does a response whose stream was read or closed already (one built with its content,
    as a test double's often is): httpx's read gives its content, or refuses, as it would.
    """
    if not _DIRECT_READS or response.is_stream_consumed or response.is_closed:
        return False
    if not _HEADER_ENTRIES:
        return "content-encoding" not in response.headers
    # `"content-encoding" in headers` normalises the name, then lower-cases every name again
    # into a new list: httpx keeps each name lower-cased already (`HeaderEntry`). A loop, not
    # any(...): a generator would add a frame to every response.
    for _, lower, _ in response.headers._list:  # noqa: SIM110  # pyright: ignore[reportPrivateUsage]
        if lower == b"content-encoding":
            return False
    return True


def _keeps_header_entries() -> bool:
    # `Headers._list` holds `HeaderEntry` tuples; another httpx may keep its headers otherwise.
    try:
        entries = httpx.Headers([(b"Content-Encoding", b"gzip")])._list  # pyright: ignore[reportPrivateUsage]
    except Exception:  # any failure means: not the httpx this was written for
        return False
    return entries == [(b"Content-Encoding", b"content-encoding", b"gzip")]


_HEADER_ENTRIES = _keeps_header_entries()


def _read_directly(response: httpx.Response) -> None:
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):
        raise RuntimeError("Attempted to call a sync iterator on an async stream.")
    response.is_stream_consumed = True
    try:
        content = b"".join(stream)
    except httpx.RequestError as error:
        error.request = response.request  # as httpx's own read attaches it
        raise
    _store_content(response, content)
    response.close()


async def _read_directly_async(response: httpx.Response) -> None:
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise RuntimeError("Attempted to call an async iterator on a sync stream.")
    response.is_stream_consumed = True
    try:
        content = b"".join([chunk async for chunk in stream])
    except httpx.RequestError as error:
        error.request = response.request  # as httpx's own read attaches it
        raise
    _store_content(response, content)
    await response.aclose()


def _store_content(response: httpx.Response, content: bytes) -> None:
    # What `Response.read()` leaves behind once the stream is read (besides `_decoder`, the
    # decoder it made and cached: nothing reads it once the content is stored).
    response._content = content  # pyright: ignore[reportPrivateUsage]
    response._num_bytes_downloaded = len(content)  # pyright: ignore[reportPrivateUsage]


class _Chunks(httpx.SyncByteStream):
    """A body in two chunks, as a transport's stream hands it over (for `_DIRECT_READS`)."""

    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from (b"a", b"b")

    def close(self) -> None:
        self.closed = True


def _reads_what_httpx_reads() -> bool:
    # The direct read sets httpx's Response attributes itself; another httpx may keep others.
    # Compared once, at import: the same attributes, with the same values, after both reads.
    try:
        ours_body, theirs_body = _Chunks(), _Chunks()
        ours, theirs = (
            httpx.Response(200, stream=ours_body),
            httpx.Response(200, stream=theirs_body),
        )
        theirs.read()
        _read_directly(ours)
        ours_state = {name: value for name, value in vars(ours).items() if name != "stream"}
        theirs_state = {
            name: value
            for name, value in vars(theirs).items()
            if name not in ("stream", "_decoder")
        }
        return (
            ours_state == theirs_state
            and ours.content == b"ab"
            and ours_body.closed
            and theirs_body.closed
        )
    except Exception:  # any failure means: not the httpx this was written for
        return False


_DIRECT_READS = _reads_what_httpx_reads()


def _log(response: httpx.Response) -> None:
    # The line httpx's own send logs at INFO (the caller checked that it is wanted).
    request = response.request
    _logger.info(
        'HTTP Request: %s %s "%s %d %s"',
        request.method,
        request.url,
        response.http_version,
        response.status_code,
        response.reason_phrase,
    )
