"""The emulator over HTTP for the benchmarks, in a process of its own.

    BENCH_SYSTEM_SECRET=... python bench/_emulator_server.py

Prints the base URL as its first line on stdout, then serves until it is terminated.

Why not `python -m seatsio_typed.testing serve`: its listening socket is created without
`proto=IPPROTO_TCP`, and asyncio only sets TCP_NODELAY on accepted sockets whose proto says
TCP. Without TCP_NODELAY every request after the first on a keep-alive connection waits about
40 ms (Nagle's algorithm meets the client's delayed ACK), so the benchmark would measure the
kernel instead of the clients. Once the emulator's own server sets it, this module can go.
"""

from __future__ import annotations

import os
import socket
import sys

from seatsio_typed.testing import Emulator
from seatsio_typed.testing._server import make_server, socket_url

SYSTEM_SECRET_VARIABLE = "BENCH_SYSTEM_SECRET"


def listening_socket(host: str = "127.0.0.1") -> socket.socket:
    """A loopback TCP socket on a free port whose accepted connections get TCP_NODELAY."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.bind((host, 0))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def main() -> int:
    """Serve a fresh emulator until terminated."""
    emulator = Emulator(system_secret=os.environ[SYSTEM_SECRET_VARIABLE])
    sock = listening_socket()
    server = make_server(emulator.asgi_app, log_level="warning")
    # The socket already listens, so a client connecting before uvicorn runs just waits.
    print(socket_url(sock), flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
