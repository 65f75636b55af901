"""What a route handler receives: the request, its path parameters, the state and the caller."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from seatsio_typed.testing._state.companies import Company, EmulatorState, Workspace
from seatsio_typed.testing._wire.body import JsonObject
from seatsio_typed.testing._wire.messages import JSON, parse_json_body

if TYPE_CHECKING:
    from seatsio_typed.testing._http.auth import Principal
    from seatsio_typed.testing._state.clock import Clock
    from seatsio_typed.testing._state.faults import Faults
    from seatsio_typed.testing._wire.messages import Request


class EmulatorControl(Protocol):
    """The emulator-wide switches the `/_emulator/...` admin routes operate."""

    @property
    def clock(self) -> Clock:
        """The emulator's clock."""
        ...

    @property
    def faults(self) -> Faults:
        """The emulator's fault injection."""
        ...

    def reset(self) -> None:
        """Forget every company and record; restart the clock and the generators."""
        ...


@dataclass(frozen=True)
class RequestContext:
    """One call being handled. Handlers run under the emulator's lock: never lock again.

    A handler should check its input completely before it changes state: an error raised
    half-way leaves the changes made so far in place, as nothing is rolled back.
    """

    request: Request
    params: dict[str, str]
    """Path parameters, percent-decoded (`{key}` in the route template -> `params["key"]`)."""
    state: EmulatorState
    principal: Principal | None
    """The authenticated caller; None on PUBLIC and SYSTEM routes."""
    control: EmulatorControl

    def param(self, name: str) -> str:
        """A path parameter of the matched route."""
        return self.params[name]

    @property
    def company(self) -> Company:
        """The caller's company (ADMIN and WORKSPACE routes only)."""
        return self._principal().company

    @property
    def workspace(self) -> Workspace:
        """The workspace the call acts in (ADMIN and WORKSPACE routes only)."""
        return self._principal().workspace

    def _principal(self) -> Principal:
        if self.principal is None:
            raise RuntimeError("this route has no authenticated caller (PUBLIC or SYSTEM access)")
        return self.principal

    def now(self) -> datetime:
        """The emulator clock's current instant."""
        return self.state.now()

    def json(self) -> JSON:
        """The body parsed as JSON (None for an empty body or `null`); 400 when malformed."""
        return parse_json_body(self.request.body)

    def body(self) -> JsonObject:
        """The body as a JSON object with typed accessors; empty, `null` and `{}` alike."""
        return JsonObject.from_json(self.json())
