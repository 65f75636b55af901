"""A local Seats.io for tests: in-process or as an HTTP server.

    from seatsio_typed.testing import Emulator

    emulator = Emulator(deterministic=True, seed=1)
    company = emulator.create_test_company()
    http = httpx.Client(transport=emulator.transport(), base_url="https://api-eu.seatsio.net")

    with emulator.serve() as url:        # the same emulator over HTTP on a free loopback port
        ...

From a shell: `python -m seatsio_typed.testing serve --port 9001 --system-secret SECRET`.

How the emulator is built (for contributors)
---------------------------------------------
One folder per layer; a module imports only from its own layer and the layers listed before it
(`tests/emulator/test_layers.py` holds that):

1. `_wire/`: the wire vocabulary: `Request`, `Response`, `ApiError` (the documented JSON error
   body), `AccessError` (401/403, empty body), typed body access (`body.JsonObject`), query
   parameters (`query`), cursor pages (`pagination`).
2. `_charts/`: the chart model: a drawing becomes an index of bookable objects, labels,
   categories, sections and zones (chart-model.md); validation and thumbnails.
3. `_state/`: companies and workspaces under ONE lock held for the whole request (`companies`),
   per-workspace domain stores (`workspace.store(MyStore)`), charts (`chart_store`), the clock,
   seeded keys, injected faults.
4. `_engine/`: the rules: events, object status, holds, channels, for-sale, seasons, best
   available, chart operations (`charts`).
5. `_reports/`: reports and summaries, computed from state on every call, never stored.
6. `_http/`: the HTTP adapter: `router` (`Route(method, path, handler, access)`; literal
   segments beat `{parameters}`), `auth` (`Access`: PUBLIC, SYSTEM, ADMIN or WORKSPACE),
   `context` (a handler is `def handler(ctx: RequestContext) -> Response`; `ctx.workspace`,
   `ctx.param("key")`, `ctx.body()`, `ctx.now()`, `ctx.state`), and the ways in: `asgi`,
   `server`, in-process `transports`.
7. `_routes/`: one module per resource, each a table of routes whose handlers read the request,
   call the engine or the reports, and render the answer.
8. The façade: `_emulator.py` (`Emulator`), `_cli.py`, `pytest_plugin.py`, `builder.py`.

The server also answers `/_emulator/reset`, `/_emulator/clock` and `/_emulator/faults` (system
secret as Basic-auth user; see `_routes/emulator_admin.py`). pytest users get the fixtures
`seatsio_emulator`, `seatsio_company` and `seatsio_emulator_url` automatically.

Plugging in a route module: add a module to `seatsio_typed/testing/_routes/` (or to a subpackage
of it that has an `__init__.py`) that defines `ROUTES: tuple[Route, ...]`; every such module is
collected automatically (`_routes/__init__.py`). Nothing else needs to change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seatsio_typed.testing._emulator import Emulator, EmulatorError, TestCompany, TestWorkspace
    from seatsio_typed.testing._state.clock import Clock
    from seatsio_typed.testing._state.faults import Faults
    from seatsio_typed.testing.builder import ChartBuilder, Seat, SectionBuilder

__all__ = [
    "ChartBuilder",
    "Clock",
    "Emulator",
    "EmulatorError",
    "Faults",
    "Seat",
    "SectionBuilder",
    "TestCompany",
    "TestWorkspace",
]

_HOMES = {
    "ChartBuilder": "seatsio_typed.testing.builder",
    "Seat": "seatsio_typed.testing.builder",
    "SectionBuilder": "seatsio_typed.testing.builder",
    "Clock": "seatsio_typed.testing._state.clock",
    "Emulator": "seatsio_typed.testing._emulator",
    "EmulatorError": "seatsio_typed.testing._emulator",
    "Faults": "seatsio_typed.testing._state.faults",
    "TestCompany": "seatsio_typed.testing._emulator",
    "TestWorkspace": "seatsio_typed.testing._emulator",
}


def __getattr__(name: str) -> object:
    # Lazy: the pytest plugin imports this package in every test run of every user, so importing
    # it must stay cheap and must not pull in the emulator until something asks for it.
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
