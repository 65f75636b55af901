"""How big the reliability runs are: small in `make test`, full in `make stress`.

`make stress` sets `SEATSIO_STRESS=1`; every test reads its sizes from here so the figures in
RELIABILITY.md are the ones of `make stress`.
"""

from __future__ import annotations

import os

FULL = os.environ.get("SEATSIO_STRESS") == "1"


def size(small: int, full: int) -> int:
    """`full` under `make stress`, else `small`."""
    return full if FULL else small


def record(prop: str, **figures: object) -> None:
    """Append one property's figures to the file named by `SEATSIO_FIGURES` (set by `make stress`).

    Outside `make stress` nothing is written; the tests assert the same figures either way.
    """
    target = os.environ.get("SEATSIO_FIGURES")
    if not target:
        return
    import json

    with open(target, "a", encoding="utf-8") as out:
        out.write(json.dumps({"property": prop, **figures}, default=str) + "\n")
