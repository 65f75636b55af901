"""A loopback HTTP/1.1 server whose connections misbehave on purpose, for the fault tests.

Each accepted connection runs `handler(connection)` in its own thread. The handler reads
requests with `connection.read_request()` and answers with whatever bytes it likes (a partial
body, a reset, a drip, a close without a word). The server only listens on 127.0.0.1 and
records every request a handler marked as processed (`server.processed`), which is how the tests
prove that a write reached the application at most once.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Generator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

__all__ = ["Connection", "FaultServer", "RawRequest", "http_response", "serve_faults"]


@dataclass(frozen=True)
class RawRequest:
    """One request as it arrived: request line, headers (lower-case names, in order) and body."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> list[str]:
        """Every value of a header (case-insensitive name)."""
        return [value for key, value in self.headers if key == name.lower()]


def http_response(
    status: int = 200,
    body: bytes = b"{}",
    *,
    headers: dict[str, str] | None = None,
    content_length: int | None = None,
) -> bytes:
    """The bytes of a whole HTTP/1.1 response (keep-alive unless `Connection: close` is given)."""
    fields = {"Content-Type": "application/json", **(headers or {})}
    fields["Content-Length"] = str(len(body) if content_length is None else content_length)
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items())
    return head.encode("latin-1") + b"\r\n" + body


class Connection:
    """One accepted connection, seen from the server side."""

    def __init__(self, sock: socket.socket, server: FaultServer, number: int) -> None:
        self.sock = sock
        self.server = server
        self.number = number
        """1 for the first connection the server accepted, 2 for the second..."""
        self.requests_seen = 0
        """How many requests arrived on this connection so far."""
        self._buffer = b""

    def read_request(self) -> RawRequest | None:
        """The next request on this connection, or None when the client closed it."""
        while b"\r\n\r\n" not in self._buffer:
            chunk = self._recv()
            if not chunk:
                return None
            self._buffer += chunk
        head, self._buffer = self._buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = [
            (name.strip().lower(), value.strip())
            for name, value in (line.split(":", 1) for line in lines[1:])
        ]
        length = int(next((v for k, v in headers if k == "content-length"), "0"))
        while len(self._buffer) < length:
            chunk = self._recv()
            if not chunk:
                return None
            self._buffer += chunk
        body, self._buffer = self._buffer[:length], self._buffer[length:]
        self.requests_seen += 1
        return RawRequest(method, target, headers, body)

    def wait_for_data(self) -> bool:
        """Block until the client sends anything (True) or closes the connection (False)."""
        if self._buffer:
            return True
        chunk = self._recv()
        self._buffer += chunk
        return bool(chunk)

    def processed(self, request: RawRequest) -> None:
        """Record that the application acted on this request (it 'reached the server')."""
        with self.server.lock:
            self.server.processed.append(request)

    def send(self, data: bytes) -> None:
        """Send bytes; a client that went away is not an error of the server."""
        with suppress(OSError):
            self.sock.sendall(data)

    def close(self) -> None:
        """Close quietly (FIN): what a proxy does to an idle keep-alive connection."""
        with suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()

    def reset(self) -> None:
        """Close with a TCP reset (RST), as a crashed or killed peer does."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def _recv(self) -> bytes:
        try:
            return self.sock.recv(65536)
        except OSError:
            return b""


Handler = Callable[[Connection], None]


@dataclass
class FaultServer:
    """The running server: its base URL and what reached it."""

    url: str
    lock: threading.Lock = field(default_factory=threading.Lock)
    processed: list[RawRequest] = field(default_factory=list[RawRequest])
    connections: int = 0
    """How many connections were accepted."""
    client_closes: int = 0
    """How many connections the client closed (seen by `keep_alive` handlers)."""

    def processed_count(self, method: str | None = None) -> int:
        """How many requests (of one method) the application acted on."""
        with self.lock:
            return sum(1 for r in self.processed if method is None or r.method == method)


@contextmanager
def serve_faults(handler: Handler) -> Generator[FaultServer, None, None]:
    """Run a fault server on a free loopback port for the duration of the block."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(256)
    port = listener.getsockname()[1]
    server = FaultServer(url=f"http://127.0.0.1:{port}")
    workers: list[threading.Thread] = []
    open_sockets: list[socket.socket] = []

    def run(conn: Connection) -> None:
        try:
            handler(conn)
        finally:
            with suppress(OSError):
                conn.sock.close()

    def accept_loop() -> None:
        while True:
            try:
                sock, _ = listener.accept()
            except OSError:
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with server.lock:
                server.connections += 1
                number = server.connections
                open_sockets.append(sock)
            worker = threading.Thread(
                target=run, args=(Connection(sock, server, number),), daemon=True
            )
            workers.append(worker)
            worker.start()

    acceptor = threading.Thread(target=accept_loop, name="fault-server", daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        # shutdown wakes the blocked accept() (a bare close does not, on Linux).
        with suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        # Wake any handler still blocked on a client that keeps its connection open.
        with server.lock:
            for sock in open_sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        acceptor.join(5)
        for worker in workers:
            worker.join(5)


def keep_alive(answer: Callable[[Connection, RawRequest], bytes | None]) -> Handler:
    """A handler that answers every request on the connection until the client closes it.

    `answer` returns the bytes to send, or None to close the connection without answering.
    """

    def handler(conn: Connection) -> None:
        while True:
            request = conn.read_request()
            if request is None:
                with conn.server.lock:
                    conn.server.client_closes += 1
                return
            reply = answer(conn, request)
            if reply is None:
                conn.close()
                return
            conn.send(reply)

    return handler
