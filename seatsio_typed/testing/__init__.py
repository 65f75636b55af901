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
- `_wire.py`: `Request`, `Response`, `ApiError` (the documented JSON error body), `AccessError`
  (401/403, empty body), `json_response`, `no_content`, body parsing (`null`/empty = no body).
- `_router.py`: `Route(method, path, handler, access)`; literal segments beat `{parameters}`;
  404/405 with the error body. `Access` is PUBLIC, SYSTEM, ADMIN or WORKSPACE (see `_auth.py`).
- `_context.py`: a handler is `def handler(ctx: RequestContext) -> Response`; `ctx.workspace`,
  `ctx.company`, `ctx.param("key")`, `ctx.body()` (typed accessors from `_validation.py`),
  `ctx.now()`, `ctx.state` (ids: `ctx.state.ids.next("event")`, keys: `ctx.state.keys`).
- `_state.py`: companies and workspaces under ONE lock held for the whole request; per-workspace
  domain stores via `ctx.workspace.store(MyStore)`; charts in `workspace.charts`
  (`_chart_store.py`).
- `_pagination.py` (`PageRequest.from_request`, `paginate`), `_query.py` (query parameters),
  `_clock.py` (`format_timestamp`), `_keys.py` (seeded keys and tokens).

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
