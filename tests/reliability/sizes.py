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
