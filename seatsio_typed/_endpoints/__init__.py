"""Every API operation the SDK knows, described once (see `seatsio_typed._endpoint`).

Each module of this package describes one group of operations as module-level `Endpoint`
constants (or dicts of them, for a family described from data such as the report dimensions);
`ALL_ENDPOINTS` collects them all, so a new group is picked up without being listed.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import cast

from seatsio_typed._endpoint import Endpoint

__all__ = ["ALL_ENDPOINTS"]


def _family(value: object) -> list[object]:
    """A module member, or the values of a dict of them: a family of endpoints described
    from data (the report endpoints, one per report dimension)."""
    if not isinstance(value, dict):
        return [value]
    # cast: only the values are used, each checked with isinstance by the caller.
    return list(cast("dict[object, object]", value).values())


def _collect() -> tuple[Endpoint[object], ...]:
    found: list[Endpoint[object]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        members: dict[str, object] = dict(vars(module))
        for value in members.values():
            found += [item for item in _family(value) if isinstance(item, Endpoint)]
    return tuple(found)


ALL_ENDPOINTS: tuple[Endpoint[object], ...] = _collect()
"""All endpoint descriptions, for docs and tests, module by module in name order."""
