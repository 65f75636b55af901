"""The `serve` command: run the emulator under uvicorn until Ctrl-C."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from seatsio_typed.testing._emulator import Emulator
from seatsio_typed.testing._http.server import bind_socket, make_server, socket_url

SYSTEM_SECRET_VARIABLE = "SEATSIO_EMULATOR_SYSTEM_SECRET"
"""Environment variable read when `--system-secret` is not given (keeps it out of `ps`)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m seatsio_typed.testing", description="A local Seats.io for tests."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the emulator over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=9001, help="port (0 picks a free one)")
    serve.add_argument(
        "--system-secret",
        default=None,
        help=(
            "secret for /system/... seeding and /_emulator/... admin calls "
            f"(default: ${SYSTEM_SECRET_VARIABLE}, else generated and printed)"
        ),
    )
    serve.add_argument(
        "--deterministic", action="store_true", help="seeded keys and a clock that stands still"
    )
    serve.add_argument("--seed", type=int, default=0, help="seed for --deterministic")
    serve.add_argument("--log-level", default="warning", help="uvicorn log level")
    return parser


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and serve until interrupted; returns the exit code."""
    options = _parser().parse_args(argv)
    given_secret: str | None = options.system_secret or os.environ.get(SYSTEM_SECRET_VARIABLE)
    emulator = Emulator(
        system_secret=given_secret,
        deterministic=options.deterministic,
        seed=options.seed,
    )
    try:
        server = make_server(emulator.asgi_app, log_level=options.log_level)
        sock = bind_socket(options.host, options.port)
    except (OSError, RuntimeError) as error:
        print(f"cannot serve on {options.host}:{options.port}: {error}", file=sys.stderr)
        return 1

    def stop(signum: int, frame: FrameType | None) -> None:
        # Only a flag: raising here could land inside an event-loop callback, which asyncio
        # logs and swallows, and the server would then run on. uvicorn installs its own
        # handlers while it serves and re-raises the signal here once it has shut down.
        server.should_exit = True

    # The handlers go in before the first line is printed: whoever reads that line may stop us
    # at once, and a signal before uvicorn installs its own handlers must still stop cleanly.
    previous = {number: signal.signal(number, stop) for number in _STOP_SIGNALS}
    try:
        print(f"Seats.io emulator serving on {socket_url(sock)}", flush=True)
        # A secret the caller chose is not echoed: it already knows it; logs should not hold it.
        shown = "(as given)" if given_secret else emulator.system_secret
        print(f"System secret: {shown}", flush=True)
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # pragma: no cover - only with a handler someone else installed
        pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        sock.close()
    print("Seats.io emulator stopped", flush=True)
    return 0
