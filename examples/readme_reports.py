"""Reports: an event's objects grouped by status (or any of 11 dimensions) and counted.

`by_status(event_key)` is the whole report (`EventReport`, group -> objects); with a filter,
`by_status(event_key, "booked")`, it is the list of that group's objects, and the type checker
knows which. Summaries count places per group, broken down by the other dimensions.
"""

from __future__ import annotations

import seatsio_typed as seatsio


def booked_labels(client: seatsio.Client, event_key: str) -> list[str]:
    """The labels of the booked objects (a filtered report is a plain list)."""
    booked = client.events.reports.by_status(event_key, seatsio.ObjectStatus.BOOKED)
    return [info.label for info in booked]


def places_per_status(client: seatsio.Client, event_key: str) -> dict[str, int]:
    """How many places are free, booked, held ... (a GA area counts its places)."""
    summary = client.events.reports.summary_by_status(event_key)
    return {status: item.count for status, item in summary.items()}


def booked_per_section(client: seatsio.Client, event_key: str) -> dict[str, int]:
    """Booked places per section, from the summary's breakdown (None when nothing is booked)."""
    booked = client.events.reports.summary_by_status(event_key).get("booked")
    return dict(booked.by_section or {}) if booked is not None else {}


def used_objects_in(client: seatsio.Client, year: int, month: int) -> int:
    """Billable objects of a month over every workspace (needs the company admin key)."""
    details = client.usage_reports.details_for_month(seatsio.Month(year, month))
    return sum(
        usage.num_used_objects
        for workspace in details
        for chart in workspace.usage_by_chart
        for usage in chart.usage_by_event
    )
