"""Bodies read straight from the transport's stream are what httpx's own read gives."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from seatsio_typed import _send
from seatsio_typed._send import send, send_async

URL = "http://h/x"


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in chunks that records whether it was closed (the connection given back)."""

    def __init__(self, *chunks: bytes, fail: bool = False) -> None:
        self._chunks = chunks
        self._fail = fail
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks
        if self._fail:
            raise httpx.ReadError("connection reset")  # raised without a request, as transports do

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def _answering(body: _Body, headers: dict[str, str] | None = None) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=body)

    return httpx.MockTransport(answer)


def test_the_installed_httpx_takes_the_direct_read() -> None:
    # If this fails, httpx changed its Response: every body goes through response.read() again.
    assert _send._DIRECT_READS  # pyright: ignore[reportPrivateUsage]


def test_a_body_in_chunks_is_read_whole_and_its_connection_given_back() -> None:
    body = _Body(b'{"a":', b"1}")
    client = httpx.Client(transport=_answering(body))

    response = send(client, client.build_request("GET", URL))

    assert response.content == b'{"a":1}'
    assert response.num_bytes_downloaded == 7
    assert response.is_stream_consumed is True
    assert response.is_closed
    assert body.closed


async def test_an_async_body_in_chunks_is_read_whole_and_its_connection_given_back() -> None:
    body = _Body(b'{"a":', b"1}")
    client = httpx.AsyncClient(transport=_answering(body))

    response = await send_async(client, client.build_request("GET", URL))

    assert response.content == b'{"a":1}'
    assert response.num_bytes_downloaded == 7
    assert response.is_stream_consumed is True
    assert response.is_closed
    assert body.closed


def test_an_encoded_body_is_decoded() -> None:
    packed = gzip.compress(b'{"a":1}')
    body = _Body(packed[:5], packed[5:])
    client = httpx.Client(transport=_answering(body, {"Content-Encoding": "gzip"}))

    response = send(client, client.build_request("GET", URL))

    assert response.content == b'{"a":1}'
    assert response.num_bytes_downloaded == len(packed)


async def test_an_encoded_async_body_is_decoded() -> None:
    packed = gzip.compress(b'{"a":1}')
    client = httpx.AsyncClient(transport=_answering(_Body(packed), {"Content-Encoding": "gzip"}))

    response = await send_async(client, client.build_request("GET", URL))

    assert response.content == b'{"a":1}'


def test_a_body_cut_short_raises_the_transport_error_with_its_request() -> None:
    client = httpx.Client(transport=_answering(_Body(b"{", fail=True)))
    request = client.build_request("GET", URL)

    with pytest.raises(httpx.ReadError) as raised:
        send(client, request)

    assert raised.value.request is request


async def test_an_async_body_cut_short_raises_the_transport_error_with_its_request() -> None:
    client = httpx.AsyncClient(transport=_answering(_Body(b"{", fail=True)))
    request = client.build_request("GET", URL)

    with pytest.raises(httpx.ReadError) as raised:
        await send_async(client, request)

    assert raised.value.request is request


class _SyncOnly(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b"{}"


class _AsyncOnly(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"


def test_a_stream_of_the_other_kind_is_refused_as_httpx_refuses_it() -> None:
    with pytest.raises(RuntimeError) as ours:
        _send._read_directly(httpx.Response(200, stream=_AsyncOnly()))  # pyright: ignore[reportPrivateUsage]
    with pytest.raises(RuntimeError) as theirs:
        httpx.Response(200, stream=_AsyncOnly()).read()

    assert str(ours.value) == str(theirs.value)
    assert str(ours.value) == "Attempted to call a sync iterator on an async stream."


async def test_an_async_read_of_a_sync_stream_is_refused_as_httpx_refuses_it() -> None:
    with pytest.raises(RuntimeError) as ours:
        await _send._read_directly_async(httpx.Response(200, stream=_SyncOnly()))  # pyright: ignore[reportPrivateUsage]
    with pytest.raises(RuntimeError) as theirs:
        await httpx.Response(200, stream=_SyncOnly()).aread()

    assert str(ours.value) == str(theirs.value)
    assert str(ours.value) == "Attempted to call an async iterator on a sync stream."


@pytest.mark.parametrize("direct", [True, False])
def test_both_reads_leave_the_same_response(monkeypatch: pytest.MonkeyPatch, direct: bool) -> None:
    monkeypatch.setattr(_send, "_DIRECT_READS", direct)
    client = httpx.Client(transport=_answering(_Body(b"a", b"b")))

    response = send(client, client.build_request("GET", URL))

    assert (response.content, response.num_bytes_downloaded, response.is_closed) == (
        b"ab",
        2,
        True,
    )


def test_a_read_that_leaves_other_state_than_httpxs_turns_the_direct_read_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _send._reads_what_httpx_reads()  # pyright: ignore[reportPrivateUsage]

    def forgets_the_count(response: httpx.Response, content: bytes) -> None:
        response._content = content  # pyright: ignore[reportPrivateUsage]

    monkeypatch.setattr(_send, "_store_content", forgets_the_count)
    assert not _send._reads_what_httpx_reads()  # pyright: ignore[reportPrivateUsage]


def test_a_read_that_does_not_give_the_connection_back_turns_the_direct_read_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def keeps_it_open(response: httpx.Response) -> None:
        response.is_stream_consumed = True
        _send._store_content(response, b"".join(response.stream))  # type: ignore[arg-type]  # pyright: ignore[reportPrivateUsage, reportArgumentType]
        response.is_closed = True

    monkeypatch.setattr(_send, "_read_directly", keeps_it_open)
    assert not _send._reads_what_httpx_reads()  # pyright: ignore[reportPrivateUsage]


def test_a_direct_read_that_fails_in_the_import_check_turns_it_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fails(response: httpx.Response) -> None:
        raise AttributeError("no such attribute in this httpx")

    monkeypatch.setattr(_send, "_read_directly", fails)
    assert _send._reads_what_httpx_reads() is False  # pyright: ignore[reportPrivateUsage]


def test_a_response_built_with_its_content_is_read_as_httpx_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A test double's answer, Response(200, json=...), has its content read already: the
    # direct read must not iterate its stream again, but hand back what httpx stored.
    def must_not_run(response: httpx.Response) -> None:
        raise AssertionError("read directly")

    monkeypatch.setattr(_send, "_read_directly", must_not_run)
    client = httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200, json=[1])))

    response = send(client, client.build_request("GET", URL))

    assert response.content == b"[1]"


def test_a_closed_stream_is_refused_as_httpx_refuses_it() -> None:
    body = _Body(b"{}")

    def answer(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(200, stream=body)
        response.close()
        return response

    client = httpx.Client(transport=httpx.MockTransport(answer))

    with pytest.raises(httpx.StreamClosed):
        send(client, client.build_request("GET", URL))


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_plain_body_is_read_directly_not_through_httpxs_read(
    monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    def not_expected(self: httpx.Response) -> bytes:
        raise AssertionError("httpx's read was used")

    async def not_expected_async(self: httpx.Response) -> bytes:
        raise AssertionError("httpx's read was used")

    monkeypatch.setattr(httpx.Response, "read", not_expected)
    monkeypatch.setattr(httpx.Response, "aread", not_expected_async)
    if kind == "sync":
        client = httpx.Client(transport=_answering(_Body(b"{}")))
        response = send(client, client.build_request("GET", URL))
    else:
        async_client = httpx.AsyncClient(transport=_answering(_Body(b"{}")))
        response = await send_async(async_client, async_client.build_request("GET", URL))

    assert response.content == b"{}"


@pytest.mark.parametrize("entries", [True, False])
@pytest.mark.parametrize(
    ("headers", "encoded"),
    [({"Content-Encoding": "gzip"}, True), ({"content-encoding": "br"}, True), ({}, False)],
)
def test_an_encoded_body_is_told_from_its_headers(
    monkeypatch: pytest.MonkeyPatch, entries: bool, headers: dict[str, str], encoded: bool
) -> None:
    monkeypatch.setattr(_send, "_HEADER_ENTRIES", entries)
    response = httpx.Response(
        200, headers={"Content-Type": "text/plain", **headers}, stream=_Body(b"{}")
    )
    # An encoded body is left to httpx's own read, which decodes it.
    assert _send._reads_directly(response) is not encoded  # pyright: ignore[reportPrivateUsage]


def test_the_installed_httpx_keeps_each_headers_lower_cased_name() -> None:
    assert _send._keeps_header_entries()  # pyright: ignore[reportPrivateUsage]


def test_headers_kept_otherwise_turn_the_lower_cased_names_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class OtherHeaders(httpx.Headers):
        def __init__(self, headers: list[tuple[bytes, bytes]]) -> None:
            super().__init__(headers)
            self._list = [(name, name, value) for name, _, value in self._list]

    monkeypatch.setattr(httpx, "Headers", OtherHeaders)
    assert not _send._keeps_header_entries()  # pyright: ignore[reportPrivateUsage]

    def failing(headers: object) -> None:
        raise TypeError("no headers like these")

    monkeypatch.setattr(httpx, "Headers", failing)
    assert not _send._keeps_header_entries()  # pyright: ignore[reportPrivateUsage]


def test_a_stream_read_or_closed_already_or_another_httpx_is_left_to_httpxs_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fresh() -> httpx.Response:
        return httpx.Response(200, stream=_Body(b"{}"))

    assert _send._reads_directly(fresh())  # pyright: ignore[reportPrivateUsage]
    consumed = fresh()
    consumed.is_stream_consumed = True
    assert not _send._reads_directly(consumed)  # pyright: ignore[reportPrivateUsage]
    closed = fresh()
    closed.is_closed = True
    assert not _send._reads_directly(closed)  # pyright: ignore[reportPrivateUsage]
    monkeypatch.setattr(_send, "_DIRECT_READS", False)
    assert not _send._reads_directly(fresh())  # pyright: ignore[reportPrivateUsage]


class _HeadersWithoutEntries:
    """Headers of an httpx that keeps them otherwise: looked up by name only."""

    def __init__(self, headers: dict[str, str]) -> None:
        self._headers = httpx.Headers(headers)

    def __contains__(self, name: object) -> bool:
        return name in self._headers


@pytest.mark.parametrize(("headers", "direct"), [({"Content-Encoding": "gzip"}, False), ({}, True)])
def test_headers_kept_otherwise_are_asked_by_name(
    monkeypatch: pytest.MonkeyPatch, headers: dict[str, str], direct: bool
) -> None:
    monkeypatch.setattr(_send, "_HEADER_ENTRIES", False)
    response = httpx.Response(200, stream=_Body(b"{}"))
    monkeypatch.setattr(response, "headers", _HeadersWithoutEntries(headers))
    assert _send._reads_directly(response) is direct  # pyright: ignore[reportPrivateUsage]
