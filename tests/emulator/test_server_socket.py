"""The HTTP server's listening socket makes asyncio turn on TCP_NODELAY for its connections.

Without TCP_NODELAY, every request after the first on a keep-alive connection waits about 40 ms
for a delayed ACK: the SDK (which reuses connections) would look slow against the emulator.
"""

from __future__ import annotations

import asyncio
import socket

from seatsio_typed.testing._http.server import bind_socket


async def test_connections_accepted_from_the_listening_socket_have_tcp_nodelay() -> None:
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            sock: socket.socket = transport.get_extra_info("socket")
            accepted.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    listening = bind_socket("127.0.0.1", 0)
    server = await asyncio.get_running_loop().create_server(Probe, sock=listening)
    try:
        host, port = listening.getsockname()[:2]
        _, writer = await asyncio.open_connection(host, port)
        assert await asyncio.wait_for(accepted, timeout=10) != 0
        writer.close()
    finally:
        server.close()
        await server.wait_closed()
