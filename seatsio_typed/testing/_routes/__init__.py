"""The emulator's route modules, collected automatically.

Every module in this package that defines `ROUTES: tuple[Route, ...]` is part of the API the
emulator serves; adding an endpoint group means adding a module here, nothing else. Matching does
not depend on module or table order (see `_router.py`), and a duplicate route is an error at
start-up.
"""

from __future__ import annotations

import importlib
import pkgutil

from seatsio_typed.testing._router import Route


def all_routes() -> tuple[Route, ...]:
    """The routes of every module of this package, modules in name order."""
    routes: list[Route] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        table: object = getattr(module, "ROUTES", ())
        if not isinstance(table, tuple):
            raise TypeError(f"{module.__name__}.ROUTES must be a tuple of Route")
        for route in table:  # pyright: ignore[reportUnknownVariableType]
            if not isinstance(route, Route):
                raise TypeError(f"{module.__name__}.ROUTES holds a non-Route: {route!r}")
            routes.append(route)
    return tuple(routes)
