"""Detailed reports: the report items grouped by one dimension (reports.md §2.3, §3.1-§3.2).

Groups appear in chart order of their first object. Some groups are listed even when empty:
the four object types (confirmed: `"table": []`, `"booth": []`), `NO_ZONE` (confirmed on the
zones chart) and, for event reports, both availabilities (chosen: a fixed vocabulary like the
object types). The other fallbacks (`NO_SECTION`, `NO_CATEGORY`, `NO_CHANNEL`, `NO_ORDER_ID`)
appear when some object falls in them.

The routes send these reports through `encoding.py`, which renders the same bytes faster;
`detailed_report` and `filtered_report` stay the plain statement of what they contain, and
`tests/emulator/test_reports_encoding.py` holds the two to the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from seatsio_typed.testing._charts.objects import OBJECT_TYPES
from seatsio_typed.testing._reports.items import AVAILABLE, NO_ZONE, NOT_AVAILABLE, ReportItem
from seatsio_typed.testing._wire.messages import JSON, JSONObject

LISTED_WHEN_EMPTY: Final[Mapping[str, tuple[str, ...]]] = {
    "byObjectType": OBJECT_TYPES,
    "byZone": (NO_ZONE,),
    "byAvailability": (AVAILABLE, NOT_AVAILABLE),
}
"""Report type -> groups a detailed report lists even without objects."""


def detailed_report(
    items: Iterable[ReportItem], dimension: str, *, listed_when_empty: Iterable[str] = ()
) -> JSONObject:
    """Group key -> the items (infos) in that group.

    Args:
        items: the report items, in chart order.
        dimension: the report type, e.g. "bySection".
        listed_when_empty: groups to list even when no object falls in them.
    """
    groups: dict[str, list[JSON]] = {key: [] for key in listed_when_empty}
    for item in items:
        key = item.groups[dimension]
        found = groups.get(key)
        if found is None:
            groups[key] = [item.info]
        else:
            found.append(item.info)
    return dict[str, JSON](groups)


def filtered_report(items: Iterable[ReportItem], dimension: str, wanted: str) -> JSONObject:
    """The one group `wanted` of a detailed report; `{}` when no object falls in it.

    A filter naming no group is not an error (reports.md §3.1): the client sees an empty list.
    """
    found: list[JSON] = [item.info for item in items if item.groups[dimension] == wanted]
    return {wanted: found} if found else {}


def flat_list(items: Iterable[ReportItem]) -> list[JSON]:
    """Every item, sorted by label in plain string order (reports.md §3.1, confirmed)."""
    ordered = sorted(items, key=lambda item: item.groups["byLabel"])
    return [item.info for item in ordered]
