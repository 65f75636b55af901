"""Usage reports, computed from the status changes the emulator recorded (reports.md §4).

An object is "used" in the month (on the emulator clock) of the first change that took it out
of `free` by an API call: a seat, table or booth counts 1, once per event. A general admission
area counts places: each hold, and each booking or custom status made without a hold token
(a booking with a hold token turns places that were already counted from held to booked), adds
its quantity, up to the area's capacity over the event's life. Every use has the reason
`STATUS_CHANGED`: the emulator sees no renderer selections, and channel assignments carry no
date (reasons `SELECTED` and `ASSIGNED_TO_CHANNEL` never appear).

Usage outlives what it was counted on: a deleted event or workspace still counts in every
report, as billable use does (the reference's usage details allow an entry whose chart is gone).
Choices (unverified): months up to
2022-11 answer the old per-object format (`numFirstBookings`, ...), later months the new one
(`numUsedObjects`, `usageByReason`), as the real API switched formats in December 2022.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from seatsio_typed.testing._charts import ChartIndex
from seatsio_typed.testing._engine.records import FREE, HELD, Event
from seatsio_typed.testing._engine.store import EventStore
from seatsio_typed.testing._state.clock import format_timestamp
from seatsio_typed.testing._state.companies import Company, Workspace
from seatsio_typed.testing._wire.messages import JSON, JSONObject

Month = tuple[int, int]
"""(year, month)."""

STATUS_CHANGED: Final = "STATUS_CHANGED"
FIRST_NEW_FORMAT_MONTH: Final[Month] = (2022, 12)
_MONTH_PATTERN: Final = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Use:
    """Places of one object of one event first used in one month."""

    workspace: Workspace
    event: Event
    label: str
    month: Month
    places: int
    first_date: datetime
    status: str


def parse_month(text: str) -> Month | None:
    """`YYYY-MM` as (year, month); None when malformed or out of range."""
    found = _MONTH_PATTERN.fullmatch(text)
    if found is None:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    return (year, month) if 1 <= month <= 12 else None


def _capacities(workspace: Workspace, event: Event) -> dict[str, int]:
    """Label -> capacity of the GA areas on the event's chart (empty when the chart is gone)."""
    chart = workspace.charts.get(event.chart_key)
    return {} if chart is None else chart.published.index.derived(_area_capacities)


def _area_capacities(index: ChartIndex) -> dict[str, int]:
    # Kept with the drawing: a usage report asks it for every event on the chart.
    return {
        obj.label: obj.capacity or 0
        for obj in index.objects
        if obj.object_type == "generalAdmission"
    }


def _event_uses(workspace: Workspace, event: Event) -> Iterator[Use]:
    capacities = _capacities(workspace, event)
    counted: dict[str, int] = {}
    for change in event.status_changes:
        if change.status == FREE or change.origin.type != "API_CALL":
            continue
        label = change.object_label
        capacity = capacities.get(label)
        if capacity is None:
            places = 0 if label in counted else 1
        elif change.status != HELD and change.hold_token is not None:
            places = 0
        else:
            places = min(change.quantity, capacity - counted.get(label, 0))
        if places <= 0:
            continue
        counted[label] = counted.get(label, 0) + places
        month = (change.date.year, change.date.month)
        yield Use(workspace, event, label, month, places, change.date, change.status)


def _ever(company: Company) -> list[Workspace]:
    """Every workspace the company has had, deleted ones included, by id."""
    return sorted([*company.workspaces.values(), *company.deleted_workspaces], key=lambda ws: ws.id)


def company_uses(company: Company) -> list[Use]:
    """Every use in the company, workspaces and events by id, then in record order; deleted
    workspaces and events included."""
    uses: list[Use] = []
    for workspace in _ever(company):
        events = workspace.store(EventStore).ever_by_id()
        for event_id in sorted(events):
            uses.extend(_event_uses(workspace, events[event_id]))
    return uses


def _month_json(month: Month) -> JSONObject:
    return {"month": month[1], "year": month[0]}


def summary_for_all_months(company: Company, now: datetime) -> JSONObject:
    """`GET /reports/usage?version=2`: used objects per month, oldest month first."""
    per_month: dict[Month, int] = {}
    for use in company_uses(company):
        per_month[use.month] = per_month.get(use.month, 0) + use.places
    usage: list[JSON] = [
        {"month": _month_json(month), "numUsedObjects": count}
        for month, count in sorted(per_month.items())
    ]
    return {"usageCutoffDate": format_timestamp(now), "usage": usage}


def summary_for_all_months_v1(company: Company) -> list[JSON]:
    """`GET /reports/usage` without `version=2`: the old bare array (docs-2021 counters)."""
    per_month: dict[Month, dict[str, int]] = {}
    for use in company_uses(company):
        by_status = per_month.setdefault(use.month, {})
        by_status[use.status] = by_status.get(use.status, 0) + use.places
    result: list[JSON] = []
    for month, by_status in sorted(per_month.items()):
        total = sum(by_status.values())
        result.append(
            {
                "month": _month_json(month),
                "numUsedObjects": total,
                "numFirstBookings": total,
                "numFirstBookingsByStatus": dict[str, JSON](by_status),
                "numFirstBookingsOrSelections": total,
            }
        )
    return result


def details_for_month(company: Company, month: Month) -> list[JSON]:
    """`GET /reports/usage/month/{month}`: per workspace, per chart, per event."""
    tree: dict[int, dict[str, dict[int, int]]] = {}
    workspaces: dict[int, Workspace] = {}
    events: dict[int, Event] = {}
    for use in company_uses(company):
        if use.month != month:
            continue
        workspaces[use.workspace.id] = use.workspace
        events[use.event.id] = use.event
        by_event = tree.setdefault(use.workspace.id, {}).setdefault(use.event.chart_key, {})
        by_event[use.event.id] = by_event.get(use.event.id, 0) + use.places
    result: list[JSON] = []
    for workspace_id, by_chart in tree.items():
        charts: list[JSON] = []
        for chart_key, by_event in by_chart.items():
            entry: JSONObject = {}
            chart = workspaces[workspace_id].charts.get(chart_key)
            if chart is not None:
                entry["chart"] = {"name": chart.name, "key": chart.key}
            entry["usageByEvent"] = [
                {"event": {"id": event_id, "key": events[event_id].key}, "numUsedObjects": count}
                for event_id, count in by_event.items()
            ]
            charts.append(entry)
        result.append({"workspace": workspace_id, "usageByChart": charts})
    return result


def find_event(company: Company, event_id: int) -> tuple[Workspace, Event] | None:
    """The event with that id in any workspace the company has had, deleted ones included."""
    for workspace in _ever(company):
        event = workspace.store(EventStore).ever_by_id().get(event_id)
        if event is not None:
            return workspace, event
    return None


def details_for_event_in_month(workspace: Workspace, event: Event, month: Month) -> list[JSON]:
    """`GET /reports/usage/month/{month}/event/{eventId}`: per object, first use first."""
    per_object: dict[str, list[Use]] = {}
    for use in _event_uses(workspace, event):
        if use.month == month:
            per_object.setdefault(use.label, []).append(use)
    result: list[JSON] = []
    for label, uses in per_object.items():
        places = sum(use.places for use in uses)
        if month >= FIRST_NEW_FORMAT_MONTH:
            result.append(
                {
                    "object": label,
                    "numUsedObjects": places,
                    "usageByReason": {STATUS_CHANGED: places},
                }
            )
        else:
            result.append(
                {
                    "object": label,
                    "numFirstBookings": places,
                    "firstBookingDate": format_timestamp(uses[0].first_date),
                    "numFirstSelections": 0,
                    "numFirstBookingsOrSelections": places,
                }
            )
    return result
