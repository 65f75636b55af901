"""Usage reports (company admin key): used objects per month, workspace, chart, event, object.

See reports.md §4. The per-object details of an event come in two formats: months up to
2022-11 (`UsageForObjectV1`, first bookings and selections) and later months
(`UsageForObjectV2`, used objects by reason); each item is told apart by its fields.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Field, Tag

from seatsio_typed.models._base import ResponseModel
from seatsio_typed.models._types import UtcDatetime

__all__ = [
    "Month",
    "UsageByChart",
    "UsageByEvent",
    "UsageChart",
    "UsageDetails",
    "UsageEvent",
    "UsageForObject",
    "UsageForObjectV1",
    "UsageForObjectV2",
    "UsageSummaryForAllMonths",
    "UsageSummaryForMonth",
]


class Month(ResponseModel):
    """A calendar month, as the usage reports take and return it: ``Month(2024, 3)``."""

    year: int = Field(ge=1, le=9999)
    """The year, e.g. 2024."""
    month: int = Field(ge=1, le=12)
    """The month of the year, 1 to 12."""

    def __init__(self, year: int, month: int) -> None:
        # Positional like the official `Month(year, month)`; pydantic validates the range.
        # The dict spelling: type checkers see the base's field-less __init__ otherwise.
        super().__init__(**{"year": year, "month": month})  # noqa: PIE804

    def serialize(self) -> str:
        """The month as paths carry it.

        Returns:
            ``YYYY-MM`` (``Month(2021, 3)`` -> ``2021-03``).
        """
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:
        return self.serialize()


class UsageSummaryForMonth(ResponseModel):
    """Used objects in one month."""

    month: Month
    """The month."""
    num_used_objects: int
    """Billable ("used") objects in the month (the official client's ``numUsedObjects``)."""


class UsageSummaryForAllMonths(ResponseModel):
    """Used objects per month, for every month of the company's history."""

    usage: list[UsageSummaryForMonth]
    """One entry per month, oldest first."""
    usage_cutoff_date: UtcDatetime | None = None
    """When the report was made; usage after this moment is not included."""


class UsageChart(ResponseModel):
    """The chart usage was counted on."""

    name: str
    """Name of the chart."""
    key: str
    """Key of the chart."""


class UsageEvent(ResponseModel):
    """The event usage was counted in."""

    id: int
    """Numeric id of the event (what `details_for_event_in_month` takes)."""
    key: str
    """Key of the event."""


class UsageByEvent(ResponseModel):
    """Used objects of one event in the month."""

    event: UsageEvent
    """The event."""
    num_used_objects: int
    """Billable objects of the event in the month."""


class UsageByChart(ResponseModel):
    """Used objects of the events of one chart in the month."""

    chart: UsageChart | None = None
    """The chart; None when the API leaves it out (e.g. a deleted chart)."""
    usage_by_event: list[UsageByEvent]
    """Usage per event of the chart."""


class UsageDetails(ResponseModel):
    """Used objects of one workspace in the month, per chart and event."""

    workspace: int
    """Numeric id of the workspace."""
    usage_by_chart: list[UsageByChart]
    """Usage per chart of the workspace."""


class UsageForObjectV1(ResponseModel):
    """Usage of one object in an event, in the format of months up to 2022-11."""

    object: str
    """Label of the object."""
    num_first_bookings: int
    """Times the object was booked for the first time."""
    first_booking_date: UtcDatetime | None = None
    """When it was first booked; None when it never was."""
    num_first_selections: int
    """Times it was selected for the first time without a booking."""
    num_first_bookings_or_selections: int
    """First bookings or selections, the billed count."""


class UsageForObjectV2(ResponseModel):
    """Usage of one object in an event, in the format of months from 2022-12 on."""

    object: str
    """Label of the object."""
    num_used_objects: int
    """Billable uses of the object (the official client's ``num_usedObjects``)."""
    usage_by_reason: dict[str, int]
    """Uses per reason: ``STATUS_CHANGED``, ``SELECTED``, ``ASSIGNED_TO_CHANNEL`` ..."""


def _usage_format(value: object) -> str:
    # The V2 format is the one with `usageByReason` (the official client's own test).
    if isinstance(value, dict):
        return "v2" if "usageByReason" in value or "usage_by_reason" in value else "v1"
    return "v2" if isinstance(value, UsageForObjectV2) else "v1"


UsageForObject: TypeAlias = Annotated[
    Annotated[UsageForObjectV1, Tag("v1")] | Annotated[UsageForObjectV2, Tag("v2")],
    Discriminator(_usage_format),
]
"""Either format of per-object usage, told apart by the presence of ``usageByReason``."""
