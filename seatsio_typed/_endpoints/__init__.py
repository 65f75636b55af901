"""Every API operation the SDK knows, described once (see `seatsio_typed._endpoint`).

Each module of this package describes one group of operations as module-level `Endpoint`
constants; `ALL_ENDPOINTS` collects them all, so a new group is picked up without being listed.
"""

from __future__ import annotations

import importlib
import pkgutil

from seatsio_typed._endpoint import Endpoint

__all__ = ["ALL_ENDPOINTS"]


def _collect() -> tuple[Endpoint[object], ...]:
    found: list[Endpoint[object]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        members: dict[str, object] = dict(vars(module))
        found += [value for value in members.values() if isinstance(value, Endpoint)]
    return tuple(found)


ALL_ENDPOINTS: tuple[Endpoint[object], ...] = _collect()
"""All endpoint descriptions, for docs and tests, module by module in name order."""
