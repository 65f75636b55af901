"""Serving the ASGI app over HTTP with uvicorn: in a background thread (tests) or in the foreground
(the `serve` command). uvicorn comes with the `seatsio-typed[emulator]` extra and is imported only
here, only when a server is started.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Generator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uvicorn

    from seatsio_typed.testing._http.asgi import AsgiApp

STARTUP_TIMEOUT = 10.0


def make_server(
    app: AsgiApp,
    *,
    log_level: str = "warning",
    access_log: bool = False,
    configure_logging: bool = True,
) -> uvicorn.Server:
    """A uvicorn server for the app (not started yet).

    With `configure_logging=False` uvicorn leaves the process's logging configuration alone
    (for servers started inside someone else's test run).
    """
    try:
        import uvicorn
    except ImportError as missing:  # pragma: no cover - depends on the installed extras
        raise RuntimeError(
            "serving the emulator over HTTP needs uvicorn: pip install 'seatsio-typed[emulator]'"
        ) from missing
    from uvicorn.config import LOGGING_CONFIG

    config = uvicorn.Config(
        app,
        log_config=LOGGING_CONFIG if configure_logging else None,
        log_level=log_level,
        access_log=access_log,
        lifespan="on",
        ws="none",
        timeout_graceful_shutdown=5,
    )
    return uvicorn.Server(config)


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (port 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on accepted sockets whose proto says TCP.
    # Without it, every request after the first on a keep-alive connection waits ~40 ms for a
    # delayed ACK, which punishes exactly the clients that reuse connections.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def socket_url(sock: socket.socket) -> str:
    """The base URL of a bound socket."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in str(host) else str(host)
    return f"http://{shown}:{port}"


@contextmanager
def serve_in_thread(
    app: AsgiApp, *, host: str = "127.0.0.1", port: int = 0
) -> Generator[str, None, None]:
    """Serve the app in a daemon thread for the duration of the block; yields the base URL."""
    sock = bind_socket(host, port)
    server = make_server(app, configure_logging=False)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="seatsio-emulator", daemon=True
    )
    thread.start()
    try:
        if not _wait_started(server, thread):
            raise RuntimeError("the emulator's HTTP server did not start")
        yield socket_url(sock)
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT)
        sock.close()


def _wait_started(server: uvicorn.Server, thread: threading.Thread) -> bool:
    started = threading.Event()
    # uvicorn offers no start callback; poll its flag on a short Event wait (no busy loop).
    for _ in range(int(STARTUP_TIMEOUT / 0.01)):
        if server.started:
            return True
        if not thread.is_alive():
            return False
        started.wait(0.01)
    return server.started
