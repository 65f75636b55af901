"""The command line: `serve` runs the emulator under uvicorn until Ctrl-C; `seat-map` writes the
SVG seat map of an event or chart of a running emulator."""

from __future__ import annotations

import argparse
import base64
import ipaddress
import os
import re
import signal
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from urllib.parse import quote

from seatsio_typed.testing._emulator import Emulator
from seatsio_typed.testing._http.server import bind_socket, make_server, socket_url

SYSTEM_SECRET_VARIABLE = "SEATSIO_EMULATOR_SYSTEM_SECRET"
"""Environment variable read when `--system-secret` is not given (keeps it out of `ps`)."""
SECRET_KEY_VARIABLE = "SEATSIO_SECRET_KEY"
"""Environment variable read when `seat-map --secret-key` is not given."""


LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")
"""The log levels uvicorn knows."""

_HOSTNAME_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


def _port(text: str) -> int:
    """A TCP port number, 0 (pick a free one) to 65535; an argparse error otherwise."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is out of range (0 to 65535)")
    return port


def _host(text: str) -> str:
    """An IP address or a host name (RFC 1123 labels); an argparse error otherwise."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        labels = text.removesuffix(".").split(".")
        if len(text) > 253 or not all(_HOSTNAME_LABEL.fullmatch(label) for label in labels):
            raise argparse.ArgumentTypeError(f"not an IP address or host name: {text!r}") from None
    return text


def _seed(text: str) -> int:
    """A non-negative integer seed; an argparse error otherwise."""
    try:
        seed = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if seed < 0:
        raise argparse.ArgumentTypeError(f"seed {seed} is negative")
    return seed


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m seatsio_typed.testing", description="A local Seats.io for tests."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the emulator over HTTP")
    serve.add_argument(
        "--host", type=_host, default="127.0.0.1", help="interface to bind (default 127.0.0.1)"
    )
    serve.add_argument(
        "--port", type=_port, default=9001, help="port, 0 to 65535 (0 picks a free one)"
    )
    serve.add_argument(
        "--system-secret",
        default=None,
        help=(
            "secret for /system/... seeding and /_emulator/... admin calls "
            f"(default: ${SYSTEM_SECRET_VARIABLE}, else generated and printed; "
            "with --deterministic it follows from the seed)"
        ),
    )
    serve.add_argument(
        "--deterministic",
        action="store_true",
        help="seeded keys and system secret, and a clock that stands still",
    )
    serve.add_argument("--seed", type=_seed, default=0, help="seed for --deterministic")
    serve.add_argument(
        "--log-level",
        type=str.lower,
        choices=LOG_LEVELS,
        default="warning",
        help="uvicorn log level (default warning)",
    )
    seat_map = commands.add_parser(
        "seat-map", help="write the SVG seat map of an event or a chart of a running emulator"
    )
    seat_map.add_argument("--url", default="http://127.0.0.1:9001", help="the emulator's URL")
    what = seat_map.add_mutually_exclusive_group(required=True)
    what.add_argument("--event", help="key of the event (objects coloured by status)")
    what.add_argument("--chart", help="key of the chart (objects coloured by category)")
    seat_map.add_argument(
        "--secret-key", default=None, help=f"a secret key (default: ${SECRET_KEY_VARIABLE})"
    )
    seat_map.add_argument("--workspace-key", default=None, help="with the company admin key")
    seat_map.add_argument("--output", "-o", default="-", help="file to write (default: stdout)")
    return parser


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and serve until interrupted; returns the exit code."""
    options = build_parser().parse_args(argv)
    if options.command == "seat-map":
        return _seat_map(options)
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
        url = socket_url(sock)
        print(f"Seats.io emulator serving on {url}", flush=True)
        # A secret the caller chose is not echoed: it already knows it; logs should not hold it.
        shown = "(as given)" if given_secret else emulator.system_secret
        print(f"System secret: {shown}", flush=True)
        credential = "$SYSTEM_SECRET" if given_secret else emulator.system_secret
        print(
            "Create a test company (answers its admin secret key): "
            f"curl -u {credential}: -X POST {url}/system/private/create-test-company",
            flush=True,
        )
        print(
            "Then point a client at it: "
            f'seatsio_typed.Client(seatsio_typed.Region("{url}"), secret_key=...)',
            flush=True,
        )
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # pragma: no cover - only with a handler someone else installed
        pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        sock.close()
    print("Seats.io emulator stopped", flush=True)
    return 0


def _seat_map(options: argparse.Namespace) -> int:
    """Fetch `/_emulator/seat-map/...` and write the SVG; a readable message on failure."""
    secret: str | None = options.secret_key or os.environ.get(SECRET_KEY_VARIABLE)
    if not secret:
        print(f"seat-map needs --secret-key or ${SECRET_KEY_VARIABLE}", file=sys.stderr)
        return 2
    kind, key = (
        ("events", options.event) if options.event is not None else ("charts", options.chart)
    )
    url = f"{str(options.url).rstrip('/')}/_emulator/seat-map/{kind}/{quote(str(key), safe='')}"
    token = base64.b64encode(f"{secret}:".encode()).decode("ascii")
    headers = {"Authorization": f"Basic {token}"}
    if options.workspace_key:
        headers["X-Workspace-Key"] = str(options.workspace_key)
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
            svg: bytes = response.read()
    except urllib.error.HTTPError as error:
        print(f"seat-map: {url} answered HTTP {error.code}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as error:
        print(f"seat-map: cannot reach {url}: {error}", file=sys.stderr)
        return 1
    if options.output == "-":
        sys.stdout.write(svg.decode("utf-8"))
    else:
        Path(options.output).write_bytes(svg)
        print(f"Seat map written to {options.output}")
    return 0
