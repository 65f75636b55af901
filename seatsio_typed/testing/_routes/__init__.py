"""The emulator's route modules, collected automatically.

Every module in this package, or in a subpackage of it (a directory WITH an `__init__.py`), that
defines `ROUTES: tuple[Route, ...]` is part of the API the emulator serves; adding an endpoint
group means adding a module here, nothing else. A subpackage may also gather its modules' routes
in its `__init__.py`: a route listed twice is collected once. Matching does not depend on module
or table order (see `_http/router.py`); two different routes for one method and path are an error at
start-up.
"""

from __future__ import annotations

import importlib
import pkgutil

from seatsio_typed.testing._http.router import Route


def all_routes() -> tuple[Route, ...]:
    """The routes of every module of this package and its subpackages, modules in name order."""
    routes: list[Route] = []
    seen: set[Route] = set()
    modules = pkgutil.walk_packages(__path__, prefix=f"{__name__}.")
    for module_info in sorted(modules, key=lambda info: info.name):
        module = importlib.import_module(module_info.name)
        table: object = getattr(module, "ROUTES", ())
        if not isinstance(table, tuple):
            raise TypeError(f"{module.__name__}.ROUTES must be a tuple of Route")
        for route in table:  # pyright: ignore[reportUnknownVariableType]
            if not isinstance(route, Route):
                raise TypeError(f"{module.__name__}.ROUTES holds a non-Route: {route!r}")
            if route not in seen:
                seen.add(route)
                routes.append(route)
    return tuple(routes)
