"""The `Emulator`: state, routing, auth and faults behind one `handle(request)` door."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import quote

from seatsio_typed.testing._http.auth import authenticate, check_system_secret
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.dispatch import Admission
from seatsio_typed.testing._http.router import Access, Router
from seatsio_typed.testing._routes import all_routes
from seatsio_typed.testing._state.clock import Clock
from seatsio_typed.testing._state.companies import EmulatorState
from seatsio_typed.testing._state.faults import Faults, SleepFunction
from seatsio_typed.testing._state.keys import KeyGenerator
from seatsio_typed.testing._state.keys import system_secret as generate_system_secret
from seatsio_typed.testing._wire.body import JsonObject
from seatsio_typed.testing._wire.messages import (
    AccessError,
    ApiError,
    ErrorDetail,
    Request,
    Response,
    parse_json_body,
)

if TYPE_CHECKING:
    import httpx

    from seatsio_typed.testing._http.asgi import AsgiApp

logger = logging.getLogger("seatsio_typed.testing")

ADMIN_PATH_PREFIX = "/_emulator"


class EmulatorError(Exception):
    """An in-process convenience call (`create_test_company`, `upload_chart`) failed."""


@dataclass(frozen=True)
class TestWorkspace:
    """A workspace as the seeding API returns it."""

    __test__: ClassVar[bool] = False  # not a pytest test class, despite its name

    id: int
    """The workspace's numeric id."""
    key: str
    """The public workspace key (`X-Workspace-Key`)."""
    secret_key: str = field(repr=False)
    """The workspace's secret key (hidden from the repr)."""
    name: str
    """The workspace's name."""


@dataclass(frozen=True)
class TestCompany:
    """A fresh company: its admin key and its default workspace."""

    __test__: ClassVar[bool] = False  # not a pytest test class, despite its name

    admin_key: str = field(repr=False)
    """The company admin key (Basic-auth user for every other call)."""
    admin_id: int
    """Numeric id of the company's admin user."""
    admin_email: str
    """E-mail address of the company's admin user."""
    workspace: TestWorkspace
    """The default workspace, named `Production workspace`."""


def basic_authorization(secret: str) -> str:
    """The `Authorization` header value for a secret key (empty password)."""
    return "Basic " + base64.b64encode(f"{secret}:".encode()).decode("ascii")


class Emulator:
    """A local Seats.io: a real implementation of the API's state and rules.

    Use it in-process through `transport()` / `async_transport()`, or over HTTP through
    `asgi_app` (`serve()` runs it on a loopback port in a thread). With `deterministic=True`
    keys, secrets and ids come from `seed` and the clock stands still until moved, so the same
    script gives byte-identical responses.
    """

    def __init__(
        self,
        *,
        system_secret: str | None = None,
        deterministic: bool = False,
        seed: int = 0,
        start_time: datetime | None = None,
        sleep: SleepFunction | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._deterministic = deterministic
        self._seed = seed
        self._system_secret = system_secret or generate_system_secret(
            deterministic=deterministic, seed=seed
        )
        self._lock = threading.RLock()
        self._clock = Clock(deterministic=deterministic, start=start_time)
        self._keys = KeyGenerator(deterministic=deterministic, seed=seed)
        self._faults = Faults(self._clock, self._keys.random("faults"))
        self._sleep: SleepFunction = sleep or time.sleep
        self._async_sleep = async_sleep or asyncio.sleep
        self._router = Router(all_routes())
        self._state = EmulatorState(clock=self._clock, keys=self._keys)

    def __repr__(self) -> str:
        mode = f"deterministic, seed={self._seed}" if self._deterministic else "random"
        return f"<Emulator {mode}>"

    @property
    def system_secret(self) -> str:
        """The secret that authenticates seeding (`/system/...`) and `/_emulator/...` calls."""
        return self._system_secret

    @property
    def deterministic(self) -> bool:
        """Whether keys and time are reproducible."""
        return self._deterministic

    @property
    def clock(self) -> Clock:
        """The emulator's clock: `advance(seconds)`, `set(instant)`, `now()`."""
        return self._clock

    @property
    def faults(self) -> Faults:
        """Fault injection (429s, 5xx, latency) for SDK tests."""
        return self._faults

    @property
    def router(self) -> Router:
        """The route table the emulator serves."""
        return self._router

    def handle(self, request: Request) -> Response:
        """Answer one request: faults first, then routing, auth and the handler, atomically.

        Injected latency is waited with the blocking `sleep` (the sync in-process transport);
        the ASGI app and the async transport use `admit` and wait with `async_sleep` instead.
        """
        admission = self.admit(request)
        if admission.latency > 0:
            self._sleep(admission.latency)
        return admission.answer()

    def admit(self, request: Request) -> Admission:
        """Decide the faults of one request (in arrival order) without waiting or locking state;
        the returned `answer()` handles it under the lock once its latency has been waited."""
        if _is_admin_path(request):
            return Admission(0.0, lambda: self._locked_dispatch(request))
        decision = self._faults.decide(request)

        def answer() -> Response:
            with self._lock:
                if decision.reject is not None:
                    return decision.reject.to_response(self._keys.request_id())
                response = self._dispatch(request)
                if decision.fail_after is not None:
                    return decision.fail_after.to_response(self._keys.request_id())
                return response

        return Admission(decision.latency, answer)

    @property
    def async_sleep(self) -> Callable[[float], Awaitable[None]]:
        """How the ASGI app and the async transport wait for injected latency."""
        return self._async_sleep

    def _locked_dispatch(self, request: Request) -> Response:
        with self._lock:
            return self._dispatch(request)

    def _dispatch(self, request: Request) -> Response:
        try:
            match = self._router.match(request)
            if match.route.access is Access.SYSTEM:
                check_system_secret(request, self._system_secret)
            principal = authenticate(request, match.route.access, self._state)
            context = RequestContext(request, dict(match.params), self._state, principal, self)
            return match.route.handler(context)
        except ApiError as error:
            return error.to_response(self._keys.request_id())
        except AccessError as denied:
            return denied.to_response()
        except Exception:
            logger.exception("emulator handler failed on %s %s", request.method, request.raw_path)
            internal = ApiError(
                500, [ErrorDetail("INTERNAL_SERVER_ERROR", "Internal server error")]
            )
            return internal.to_response(self._keys.request_id())

    def reset(self) -> None:
        """Forget all companies and records, clear faults, restart the clock and generators."""
        with self._lock:
            self._clock.reset()
            self._keys.reset()
            self._faults.clear()
            self._faults.rng = self._keys.random("faults")
            self._state = EmulatorState(clock=self._clock, keys=self._keys)

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport that sends requests straight to this emulator (no socket)."""
        from seatsio_typed.testing._http.transports import EmulatorTransport

        return EmulatorTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport that sends requests straight to this emulator."""
        from seatsio_typed.testing._http.transports import AsyncEmulatorTransport

        return AsyncEmulatorTransport(self)

    @property
    def asgi_app(self) -> AsgiApp:
        """This emulator as a plain ASGI application (for uvicorn or any ASGI server)."""
        from seatsio_typed.testing._http.asgi import AsgiApp

        return AsgiApp(self)

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Generator[str, None, None]:
        """Serve over HTTP in a background thread; yields the base URL (free port by default)."""
        from seatsio_typed.testing._http.server import serve_in_thread

        with serve_in_thread(self.asgi_app, host=host, port=port) as url:
            yield url

    def _internal(
        self,
        path: str,
        secret: str,
        *,
        workspace_key: str | None = None,
        body: bytes = b"",
        method: str = "POST",
    ) -> Response:
        # In-process seeding goes through routing and auth like HTTP, but never through faults.
        headers = [("authorization", basic_authorization(secret))]
        if workspace_key is not None:
            headers.append(("x-workspace-key", workspace_key))
        with self._lock:
            return self._dispatch(Request.build(method, path, headers=headers, body=body))

    def create_test_company(self) -> TestCompany:
        """Create an isolated company with a default workspace (like the seeding API)."""
        response = self._internal("/system/private/create-test-company", self._system_secret)
        if response.status != 200:
            raise EmulatorError(_failure_message("create_test_company", response))
        body = JsonObject.from_json(parse_json_body(response.body))
        admin, workspace = body.child("admin"), body.child("workspace")
        return TestCompany(
            admin_key=admin.string("secretKey"),
            admin_id=admin.integer("id"),
            admin_email=admin.string("email"),
            workspace=TestWorkspace(
                id=workspace.integer("id"),
                key=workspace.string("key"),
                secret_key=workspace.string("secretKey"),
                name=workspace.string("name"),
            ),
        )

    def upload_chart(
        self,
        drawing: Mapping[str, object] | str | bytes,
        *,
        secret_key: str,
        chart_key: str | None = None,
        workspace_key: str | None = None,
    ) -> str:
        """Store a drawing as a published chart (like `POST /system/public/charts/{key}`).

        `secret_key` is a company admin key (default workspace, or `workspace_key`) or a
        workspace secret key. Returns the chart key (a new UUID unless `chart_key` is given).
        """
        if isinstance(drawing, bytes):
            body = drawing
        elif isinstance(drawing, str):
            body = drawing.encode()
        else:
            body = json.dumps(dict(drawing)).encode()
        with self._lock:  # a generated key must come from the seeded stream in request order
            key = chart_key if chart_key is not None else self._keys.chart_key()
            response = self._internal(
                f"/system/public/charts/{quote(key, safe='')}",
                secret_key,
                workspace_key=workspace_key,
                body=body,
            )
        if response.status != 201:
            raise EmulatorError(_failure_message("upload_chart", response))
        return key

    def event_seat_map(
        self, event_key: str, *, secret_key: str, workspace_key: str | None = None
    ) -> str:
        """The event's seat map as SVG text: every bookable object coloured by its status
        (free, booked, held, resale, custom, not for sale, in a channel), with a legend.

        Write it to a file and open it in a browser to look at the venue while debugging a
        test; each object's tooltip gives its label and state. Same as
        `GET /_emulator/seat-map/events/{key}` over HTTP. Raises `EmulatorError` for an unknown
        event or key.
        """
        return self._seat_map("events", event_key, secret_key, workspace_key)

    def chart_seat_map(
        self, chart_key: str, *, secret_key: str, workspace_key: str | None = None
    ) -> str:
        """The chart's seat map as SVG text, objects coloured by category (see
        `event_seat_map`). Raises `EmulatorError` for an unknown chart or key."""
        return self._seat_map("charts", chart_key, secret_key, workspace_key)

    def _seat_map(self, kind: str, key: str, secret: str, workspace_key: str | None) -> str:
        path = f"{ADMIN_PATH_PREFIX}/seat-map/{kind}/{quote(key, safe='')}"
        response = self._internal(path, secret, workspace_key=workspace_key, method="GET")
        if response.status != 200:
            raise EmulatorError(_failure_message("seat map", response))
        return response.body.decode("utf-8")


def _is_admin_path(request: Request) -> bool:
    return request.raw_path == ADMIN_PATH_PREFIX or request.raw_path.startswith(
        ADMIN_PATH_PREFIX + "/"
    )


def _failure_message(what: str, response: Response) -> str:
    detail = response.body.decode("utf-8", "replace") or "(empty body)"
    return f"{what} failed with HTTP {response.status}: {detail}"
