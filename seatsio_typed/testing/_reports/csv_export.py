"""The flat event report as CSV (`GET /reports/events/{eventKey}.csv`, reports.md §3.1).

The real columns are unverified (only "the object labels appear in it" is confirmed). Chosen:
one row per object in flat-list order, with a header row of the EventObjectInfo wire names
below; booleans as `true`/`false`, absent values empty, `extraData` as compact JSON. RFC 4180
quoting (`csv` module defaults), UTF-8.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Final

from seatsio_typed.testing._wire.messages import JSON

CSV_COLUMNS: Final[tuple[str, ...]] = (
    "label",
    "objectType",
    "section",
    "status",
    "categoryKey",
    "categoryLabel",
    "orderId",
    "ticketType",
    "holdToken",
    "channel",
    "forSale",
    "isAvailable",
    "availabilityReason",
    "zone",
    "entrance",
    "capacity",
    "numBooked",
    "numHeld",
    "numFree",
    "numNotForSale",
    "extraData",
)
"""The header row."""

CSV_CONTENT_TYPE: Final = "text/csv; charset=utf-8"


def _cell(value: JSON) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def flat_list_csv(infos: Iterable[JSON]) -> bytes:
    """The CSV document for the flat list's object infos."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for info in infos:
        fields = info if isinstance(info, dict) else {}
        writer.writerow([_cell(fields.get(column)) for column in CSV_COLUMNS])
    return out.getvalue().encode()
