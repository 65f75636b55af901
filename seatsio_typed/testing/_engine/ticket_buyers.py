"""The company's ticket buyer ids (ticket-buyers-and-event-log.md §1).

A company-wide set of UUIDs, listed in the order they were added. Ids are compared and answered
in their canonical form (lower-case hex with dashes), so `ABC…` and `abc…` are one id; the
clients accept any UUID spelling and expose UUID objects. Adding an id already present reports it
in `alreadyPresent`; an id repeated inside one call is reported once. Removing answers which ids
were `removed` and which were `notPresent`.

Not emulated: removing an id "invalidates hold tokens associated with it"; the API offers no way
to associate a hold token with a ticket buyer id, so there is nothing to invalidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from seatsio_typed.testing._wire.body import schema_error

MAX_IDS_PER_CALL = 1000
"""The docs' limit for one add or remove call; more is refused with 400."""

_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")


def canonical_id(text: str) -> str:
    """The canonical spelling of a ticket buyer id; 400 when it is not a UUID."""
    lowered = text.strip().lower()
    if _UUID.fullmatch(lowered) is None:
        raise schema_error(f"Invalid ticket buyer id: {text!r} is not a UUID")
    digits = lowered.replace("-", "")
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def canonical_ids(texts: Iterable[str]) -> list[str]:
    """Every id of one call, canonical and each once, in the order given (400 past the limit)."""
    given = list(texts)
    if len(given) > MAX_IDS_PER_CALL:
        raise schema_error(
            f"At most {MAX_IDS_PER_CALL} ticket buyer ids per call, got {len(given)}"
        )
    return list(dict.fromkeys(canonical_id(text) for text in given))


@dataclass
class TicketBuyers:
    """A company's ids, each with the row id that serves as its pagination cursor."""

    row_ids: dict[str, int] = field(default_factory=dict[str, int])
    last_row_id: int = 0

    def add(self, ids: list[str]) -> tuple[list[str], list[str]]:
        """Add canonical ids; (added, already present)."""
        added = [ticket_buyer for ticket_buyer in ids if ticket_buyer not in self.row_ids]
        for ticket_buyer in added:
            self.last_row_id += 1
            self.row_ids[ticket_buyer] = self.last_row_id
        return added, [ticket_buyer for ticket_buyer in ids if ticket_buyer not in added]

    def remove(self, ids: list[str]) -> tuple[list[str], list[str]]:
        """Remove canonical ids; (removed, not present)."""
        removed = [ticket_buyer for ticket_buyer in ids if ticket_buyer in self.row_ids]
        for ticket_buyer in removed:
            del self.row_ids[ticket_buyer]
        return removed, [ticket_buyer for ticket_buyer in ids if ticket_buyer not in removed]

    def in_order(self) -> list[tuple[str, int]]:
        """(id, row id) pairs, oldest first."""
        return list(self.row_ids.items())
