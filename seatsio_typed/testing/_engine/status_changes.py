"""Status-change records: writing them, and listing them as events.md §3.9-3.10 describe.

Records are written synchronously (the real server may take seconds; the reference allows this).
Lists are newest first by default; `sort` takes `date`, `objectLabel` or `status`, optionally
with `:asc` / `:desc` (a bare field sorts ascending), ties broken by id in the same direction;
`filter` keeps the records whose label contains the text. `isPresentOnChart` is computed when a
record is rendered, from the event's current table booking mode: a label that is no longer
bookable reports why (`SWITCHED_TO_BOOK_WHOLE_TABLE`, `SWITCHED_TO_BOOK_BY_SEAT`, or
`RENAMED_OR_DELETED`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from seatsio_typed.testing._charts import BookableObjects, ChartIndex
from seatsio_typed.testing._engine.records import Event, Origin, StatusChange
from seatsio_typed.testing._state.clock import format_timestamp
from seatsio_typed.testing._state.keys import IdCounters
from seatsio_typed.testing._wire.messages import JSONObject
from seatsio_typed.testing._wire.query import query_error

SORT_FIELDS: Final = ("date", "objectLabel", "status")
SORT_DIRECTIONS: Final = ("asc", "desc")


def record_status_change(
    event: Event,
    ids: IdCounters,
    *,
    label: str,
    status: str,
    quantity: int,
    date: datetime,
    origin: Origin,
    hold_token: str | None,
    order_id: str | None,
    extra_data: JSONObject | None,
) -> StatusChange:
    """Append one record to the event's history."""
    change = StatusChange(
        id=ids.next("status-change"),
        event_id=event.id,
        status=status,
        quantity=quantity,
        object_label=label,
        date=date,
        origin=origin,
        order_id=order_id,
        extra_data=extra_data,
        hold_token=hold_token,
    )
    event.status_changes.append(change)
    return change


def sorted_status_changes(
    changes: list[StatusChange], sort: str | None, label_filter: str | None
) -> tuple[list[StatusChange], bool]:
    """Filter and sort records; also tells whether the order is plain id-descending."""
    kept = [c for c in changes if label_filter is None or label_filter in c.object_label]
    field, descending = _parse_sort(sort)
    if field == "objectLabel":
        kept.sort(key=_by_label, reverse=descending)
    elif field == "status":
        kept.sort(key=_by_status, reverse=descending)
    else:
        kept.sort(key=_by_date, reverse=descending)
    return kept, field == "date" and descending


def _by_label(change: StatusChange) -> tuple[str, int]:
    return change.object_label, change.id


def _by_status(change: StatusChange) -> tuple[str, int]:
    return change.status, change.id


def _by_date(change: StatusChange) -> tuple[datetime, int]:
    # Every stored date is UTC and whole milliseconds, the precision the list shows.
    return change.date, change.id


def _parse_sort(sort: str | None) -> tuple[str, bool]:
    if sort is None or sort == "":
        return "date", True
    field, _, direction = sort.partition(":")
    if field not in SORT_FIELDS:
        raise query_error(
            f"Query parameter sort: unknown field {field!r}, expected one of date, "
            "objectLabel, status"
        )
    if direction == "":
        return field, False
    if direction.lower() not in SORT_DIRECTIONS:
        raise query_error(
            f"Query parameter sort: unknown direction {direction!r}, expected asc or desc"
        )
    return field, direction.lower() == "desc"


def not_present_reason(label: str, bookable: BookableObjects, index: ChartIndex) -> str | None:
    """Why a label is not bookable on the event any more, or None when it is."""
    if label in bookable.by_label:
        return None
    elsewhere = index.lookup(label)
    if elsewhere:
        # The label exists under another table booking mode.
        if elsewhere[0].object_type == "table":
            return "SWITCHED_TO_BOOK_BY_SEAT"
        if elsewhere[0].table is not None:
            return "SWITCHED_TO_BOOK_WHOLE_TABLE"
    return "RENAMED_OR_DELETED"


def status_change_json(
    change: StatusChange, bookable: BookableObjects, index: ChartIndex
) -> JSONObject:
    """One record as the API renders it (object-status.md §4.4)."""
    rendered: JSONObject = {
        "id": change.id,
        "eventId": change.event_id,
        "status": change.status,
        "quantity": change.quantity,
        "objectLabel": change.object_label,
        "date": format_timestamp(change.date),
    }
    if change.order_id is not None:
        rendered["orderId"] = change.order_id
    if change.extra_data is not None:
        rendered["extraData"] = change.extra_data
    if change.hold_token is not None:
        rendered["holdToken"] = change.hold_token
    rendered["origin"] = change.origin.to_json()
    reason = not_present_reason(change.object_label, bookable, index)
    rendered["isPresentOnChart"] = reason is None
    if reason is not None:
        rendered["notPresentOnChartReason"] = reason
    return rendered
