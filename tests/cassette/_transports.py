"""httpx transports that record exchanges, and transports that replay them and check requests.

Replay serves the recorded responses in order. Each request the SDK sends is compared with the
recorded one (method, path, query, kept headers, body); a difference, a request beyond the
recording, or a recorded request never sent fails the test with a readable diff.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import NoReturn

import httpx

from tests.cassette._format import Exchange, RecordedRequest, RecordedResponse, pretty

RERECORD_HINT = "If the change is intended, re-record with `make record` (scripts/record.py)."
_DROPPED_RESPONSE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class CassetteMismatchError(AssertionError):
    """The SDK's requests do not match the recording."""


class Recorder:
    """Collects the exchanges of a recording, in the order they happened."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def capture(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Record a finished exchange; returns a fresh response with the same body to hand on."""
        self.exchanges.append(
            Exchange(
                RecordedRequest.capture(request, request.content),
                RecordedResponse.capture(response, response.content),
            )
        )
        # The body is already decoded: a Content-Encoding header would make httpx decode it again.
        headers = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in _DROPPED_RESPONSE_HEADERS
        ]
        return httpx.Response(response.status_code, headers=headers, content=response.content)


class RecordingTransport(httpx.BaseTransport):
    """Sends through `inner` and records every exchange."""

    def __init__(self, inner: httpx.BaseTransport, recorder: Recorder) -> None:
        self._inner = inner
        self._recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request on, read the whole response, record both."""
        request.read()
        response = self._inner.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return self._recorder.capture(request, response)

    def close(self) -> None:
        """Close the inner transport."""
        self._inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """Sends through an async `inner` transport and records every exchange."""

    def __init__(self, inner: httpx.AsyncBaseTransport, recorder: Recorder) -> None:
        self._inner = inner
        self._recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request on, read the whole response, record both."""
        await request.aread()
        response = await self._inner.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return self._recorder.capture(request, response)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()


class Player:
    """Hands out recorded responses in order, checking each request against the recording."""

    def __init__(self, exchanges: Sequence[Exchange], source: str) -> None:
        self._exchanges = tuple(exchanges)
        self._source = source
        self._played = 0
        self._failure: CassetteMismatchError | None = None

    def respond(self, request: httpx.Request, content: bytes) -> httpx.Response:
        """The recorded response to this request; CassetteMismatchError when it differs."""
        sent = RecordedRequest.capture(request, content)
        number = self._played + 1
        if self._played >= len(self._exchanges):
            self._fail(
                f"request #{number} was not recorded: {self._source} holds "
                f"{len(self._exchanges)} exchange(s), and the SDK sent one more:\n"
                + "\n".join(pretty(sent.to_json()))
            )
        recorded = self._exchanges[self._played]
        if sent != recorded.request:
            self._fail(
                f"request #{number} differs from the recording in {self._source}:\n"
                + request_diff(recorded.request, sent)
            )
        self._played += 1
        return recorded.response.to_httpx()

    def finish(self) -> None:
        """Fail if a request differed (even if the test swallowed that) or was never sent."""
        if self._failure is not None:
            raise self._failure
        if self._played < len(self._exchanges):
            missing = self._exchanges[self._played].request
            raise CassetteMismatchError(
                f"the SDK sent {self._played} request(s) but {self._source} recorded "
                f"{len(self._exchanges)}; the first one never sent is #{self._played + 1}:\n"
                + "\n".join(pretty(missing.to_json()))
                + f"\n{RERECORD_HINT}"
            )

    def _fail(self, message: str) -> NoReturn:
        self._failure = CassetteMismatchError(f"{message}\n{RERECORD_HINT}")
        raise self._failure


def request_diff(recorded: RecordedRequest, sent: RecordedRequest) -> str:
    """A unified diff of two requests' recorded forms (`-` recorded, `+` sent)."""
    return "\n".join(
        difflib.unified_diff(
            pretty(recorded.to_json()),
            pretty(sent.to_json()),
            fromfile="recorded",
            tofile="sent",
            lineterm="",
        )
    )


class ReplayTransport(httpx.BaseTransport):
    """A sync transport answering from a Player; no network, no emulator."""

    def __init__(self, player: Player) -> None:
        self._player = player

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """The next recorded response, after checking the request."""
        return self._player.respond(request, request.read())


class AsyncReplayTransport(httpx.AsyncBaseTransport):
    """An async transport answering from a Player; no network, no emulator."""

    def __init__(self, player: Player) -> None:
        self._player = player

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """The next recorded response, after checking the request."""
        return self._player.respond(request, await request.aread())
