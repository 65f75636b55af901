"""Chart and event reports: objects grouped by a dimension, and counts per group (reports.md).

A detailed report maps each group (a status, a section, a category ...) to the objects in it
(`EventReport`, `ChartReport`); a summary maps each group to its count of places and the
breakdown of that count by the other dimensions (`EventSummaryItem`, `ChartSummaryItem`); a
deep summary breaks each group down into full summary items (`EventDeepSummaryItem`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from pydantic import ConfigDict, RootModel

from seatsio_typed.models._base import DocumentedResponse
from seatsio_typed.models.object_info import ChartObjectInfo, EventObjectInfo

__all__ = [
    "ChartReport",
    "ChartSummaryItem",
    "EventDeepSummaryItem",
    "EventReport",
    "EventSummaryItem",
]

ItemT = TypeVar("ItemT")


class _GroupedReport(RootModel[dict[str, list[ItemT]]], Generic[ItemT]):
    """A detailed report: group key -> the objects in that group, as the API sends it."""

    # Response bodies may be large and are never echoed into errors (see ResponseModel).
    # cache_strings="keys": as ResponseModel (labels and order ids are not worth caching).
    model_config = ConfigDict(frozen=True, hide_input_in_errors=True, cache_strings="keys")

    @property
    def items(self) -> dict[str, list[ItemT]]:
        """Every group and its objects (the official client's ``items``)."""
        return self.root

    def get(self, key: str) -> list[ItemT] | None:
        """The objects of one group, or None when the report has no such group.

        Args:
            key: The group key (``booked``, ``NO_SECTION`` ...).

        Returns:
            The group's objects, or None.
        """
        return self.root.get(key)

    def __getitem__(self, key: str) -> list[ItemT]:
        return self.root[key]

    def __contains__(self, key: object) -> bool:
        return key in self.root

    def __len__(self) -> int:
        return len(self.root)

    def keys(self) -> Iterator[str]:
        """The group keys, in the order the API sent them.

        Returns:
            An iterator over the group keys.
        """
        return iter(self.root)


class EventReport(_GroupedReport[EventObjectInfo]):
    """An event report by one dimension: group key (``booked``, ``NO_SECTION`` ...) -> objects.

    ``report.items`` is the whole mapping, ``report.get("booked")`` one group (None when absent)
    and ``report["booked"]`` the same but raising ``KeyError``.
    """


class ChartReport(_GroupedReport[ChartObjectInfo]):
    """A chart report by one dimension: group key (``seat``, ``NO_ZONE`` ...) -> objects.

    ``report.items`` is the whole mapping, ``report.get("seat")`` one group (None when absent).
    """


class _SummaryCounts(DocumentedResponse):
    """What every summary item holds: its count and the breakdowns shared by charts and events.

    A breakdown is None when the API leaves it out (the group's own dimension is never
    repeated, and which other breakdowns appear differs per report type).
    """

    count: int
    """Places in the group: a seat or a table counts 1, a GA area its places."""
    by_section: dict[str, int] | None = None
    """Places per section label (``NO_SECTION`` for objects outside sections)."""
    by_category_key: dict[str, int] | None = None
    """Places per category key (``NO_CATEGORY`` for objects without one)."""
    by_category_label: dict[str, int] | None = None
    """Places per category label (``NO_CATEGORY`` for objects without one)."""
    by_object_type: dict[str, int] | None = None
    """Places per object type (``seat``, ``table``, ``booth``, ``generalAdmission``)."""
    by_zone: dict[str, int] | None = None
    """Places per zone key (``NO_ZONE`` for objects outside zones)."""


class ChartSummaryItem(_SummaryCounts):
    """One group of a chart summary report: its places and their breakdown."""


class EventSummaryItem(_SummaryCounts):
    """One group of an event summary report: its places and their breakdown by the others."""

    by_status: dict[str, int] | None = None
    """Places per status (``free``, ``booked``, ``reservedByToken`` or custom)."""
    by_availability: dict[str, int] | None = None
    """Places per availability (``available``, ``not_available``)."""
    by_availability_reason: dict[str, int] | None = None
    """Places per availability reason (``available``, ``booked``, ``not_for_sale`` ...)."""
    by_channel: dict[str, int] | None = None
    """Places per channel key (``NO_CHANNEL`` for objects outside channels)."""


class EventDeepSummaryItem(DocumentedResponse):
    """One group of an event deep summary: each breakdown holds full summary items.

    E.g. ``deep["booked"].by_section["NO_SECTION"].by_channel`` counts the booked places of
    objects outside sections per channel.
    """

    count: int
    """Places in the group: a seat or a table counts 1, a GA area its places."""
    by_section: dict[str, EventSummaryItem] | None = None
    """The group's places per section label, each broken down further."""
    by_category_key: dict[str, EventSummaryItem] | None = None
    """The group's places per category key, each broken down further."""
    by_category_label: dict[str, EventSummaryItem] | None = None
    """The group's places per category label, each broken down further."""
    by_object_type: dict[str, EventSummaryItem] | None = None
    """The group's places per object type, each broken down further."""
    by_zone: dict[str, EventSummaryItem] | None = None
    """The group's places per zone key, each broken down further."""
    by_status: dict[str, EventSummaryItem] | None = None
    """The group's places per status, each broken down further."""
    by_availability: dict[str, EventSummaryItem] | None = None
    """The group's places per availability, each broken down further."""
    by_availability_reason: dict[str, EventSummaryItem] | None = None
    """The group's places per availability reason, each broken down further."""
    by_channel: dict[str, EventSummaryItem] | None = None
    """The group's places per channel key, each broken down further."""
