"""A minimal keep-alive HTTP/1.1 server that replays captured answers (stdlib asyncio only).

    python -m bench._canned ANSWERS.json [--delay SECONDS]

It does next to nothing per request, so what a client spends shows instead of what a server
spends. `ANSWERS.json` maps `"METHOD /path"` (no query) to `{"status": 200, "body": "..."}`,
bodies captured from the emulator. One route is computed rather than replayed: `GET /charts`
answers pages of `page_size` copies of a captured chart, `total` charts in all, following the
`start_after_id` cursor, so a 20,000-item listing needs no 20,000 seeded charts. `--delay`
waits (without blocking the loop) before each answer: server latency without server work.
Prints `serving on http://127.0.0.1:PORT` once listening; stops on SIGTERM or EOF of stdin.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

SERVING_ON = "serving on "
_MAX_HEAD_BYTES = 256 * 1024  # object infos of many labels make long request lines
_REASONS = {200: "OK", 204: "No Content", 404: "Not Found", 400: "Bad Request"}


@dataclass(frozen=True)
class ChartPages:
    """The computed `GET /charts` route: `total` charts, `page_size` a page.

    Every chart is the captured one with its own id, key and name, as in a real workspace:
    identical items would hide what a client keeps per distinct value (caches, interned keys).
    """

    chart: bytes
    """One captured chart as a JSON object."""
    total: int
    page_size: int

    def item(self, number: int) -> bytes:
        """Chart number `number` (from 1)."""
        chart = json.loads(self.chart)
        chart.update(id=number, key=f"bench-chart-{number:08d}", name=f"Bench chart {number}")
        return json.dumps(chart, separators=(",", ":")).encode()

    def page(self, start_after: int) -> bytes:
        """The page after item number `start_after` (0 for the first page)."""
        count = max(0, min(self.page_size, self.total - start_after))
        following = start_after + count
        cursor = str(following).encode() if following < self.total else b"null"
        items = [self.item(number) for number in range(start_after + 1, following + 1)]
        return (
            b'{"items":['
            + b",".join(items)
            + b'],"next_page_starts_after":'
            + cursor
            + b',"previous_page_ends_before":'
            + (str(start_after + 1).encode() if start_after else b"null")
            + b"}"
        )


def response_bytes(status: int, body: bytes) -> bytes:
    """A complete keep-alive HTTP/1.1 response."""
    head = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


class CannedServer:
    """Answers each request from a table of captured responses, optionally after a delay."""

    def __init__(
        self, answers: dict[str, bytes], pages: ChartPages | None, delay: float = 0.0
    ) -> None:
        self._answers = answers
        self._pages = pages
        self._delay = delay

    def answer(self, method: str, target: str) -> bytes:
        """The response bytes for a request line's method and target."""
        path, _, query = target.partition("?")
        if method == "GET" and path == "/charts" and self._pages is not None:
            cursor = parse_qs(query).get("start_after_id", ["0"])[0]
            return response_bytes(200, self._pages.page(int(cursor)))
        found = self._answers.get(f"{method} {path}")
        if found is None:
            return response_bytes(404, b'{"messages":["not canned"],"errors":[]}')
        return found

    def connection(self) -> ReplayConnection:
        """A protocol serving one connection from this server's answers."""
        return ReplayConnection(self, self._delay)


class ReplayConnection(asyncio.Protocol):
    """One keep-alive connection: each complete request in gets its canned answer out.

    A protocol, not asyncio streams: requests are parsed straight from the bytes as they
    arrive and answered with one write, no coroutine, reader or `drain` per request (the
    streams version cost the server about as much per request as the fastest client here).
    """

    def __init__(self, server: CannedServer, delay: float) -> None:
        self._server = server
        self._delay = delay
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Keep the transport; answer without Nagle's delay."""
        assert isinstance(transport, asyncio.Transport)  # a TCP connection
        self._transport = transport
        connection = transport.get_extra_info("socket")
        if connection is not None:
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        """Answer every request the bytes so far complete."""
        buffer = self._buffer
        buffer += data
        while (end := buffer.find(b"\r\n\r\n")) >= 0:
            lines = buffer[:end].decode("latin-1").split("\r\n")
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(buffer) < end + 4 + length:
                return  # the body is still on its way
            del buffer[: end + 4 + length]
            method, target, _ = lines[0].split(" ", 2)
            self._reply(self._server.answer(method, target))
        if len(buffer) > _MAX_HEAD_BYTES and self._transport is not None:
            self._transport.close()

    def _reply(self, response: bytes) -> None:
        if not self._delay:
            self._write(response)
        else:
            # The clients here send one request at a time per connection, so answers
            # scheduled with the same delay cannot overtake each other.
            asyncio.get_running_loop().call_later(self._delay, self._write, response)

    def _write(self, response: bytes) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.write(response)

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget the transport: a delayed answer to a closed connection is dropped."""
        self._transport = None


def load_answers(path: Path) -> tuple[dict[str, bytes], ChartPages | None]:
    """Read ANSWERS.json: the replayed routes and, if given, the computed chart pages."""
    document = json.loads(path.read_text(encoding="utf-8"))
    answers = {
        route: response_bytes(int(answer["status"]), answer["body"].encode())
        for route, answer in document["answers"].items()
    }
    pages = document.get("chart_pages")
    chart_pages = (
        None
        if pages is None
        else ChartPages(pages["chart"].encode(), int(pages["total"]), int(pages["page_size"]))
    )
    return answers, chart_pages


async def serve(server: CannedServer) -> None:
    """Listen on a free loopback port, print where, and serve until told to stop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted connections (no 40 ms ACK waits).
    listener = await asyncio.get_running_loop().create_server(
        server.connection, sock=sock, backlog=512
    )
    port = listener.sockets[0].getsockname()[1]
    print(f"{SERVING_ON}http://127.0.0.1:{port}", flush=True)
    stop = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set_result, None)
    async with listener:
        await stop


def main(argv: list[str] | None = None) -> int:
    """Run the server from a command line."""
    parser = argparse.ArgumentParser(description="Replay captured answers over HTTP/1.1.")
    parser.add_argument("answers", type=Path)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    options = parser.parse_args(argv)
    answers, pages = load_answers(options.answers)
    asyncio.run(serve(CannedServer(answers, pages, options.delay)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
