"""Summary and deep summary event reports: places per group, broken down by the others.

The 18 methods of `events.reports` that count rather than list (reports.md §3.4, §3.5); a
mixin of `AsyncEventReports`, which holds the requester and the season-bookings flag.
"""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import event_reports as endpoints
from seatsio_typed._http import QueryValue
from seatsio_typed.models import EventDeepSummaryItem, EventSummaryItem

__all__ = ["AsyncEventReportSummaryMethods"]


class AsyncEventReportSummaryMethods:
    """`summary_by_*` and `deep_summary_by_*` of `client.events.reports`."""

    _requester: AsyncRequester
    _query: dict[str, QueryValue]

    async def _summary(self, dimension: str, event_key: str) -> dict[str, EventSummaryItem]:
        return await self._requester.request(
            endpoints.SUMMARY[dimension], path_params={"event_key": event_key}, query=self._query
        )

    async def _deep_summary(
        self, dimension: str, event_key: str
    ) -> dict[str, EventDeepSummaryItem]:
        return await self._requester.request(
            endpoints.DEEP_SUMMARY[dimension],
            path_params={"event_key": event_key},
            query=self._query,
        )

    async def summary_by_status(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per status, each broken down by the other dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (`free`, `booked`, `reservedByToken`, `resale` and custom statuses) -> its place
            count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("status", event_key)

    async def deep_summary_by_status(self, event_key: str) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per status, with each breakdown broken down again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (`free`, `booked`, `reservedByToken`, `resale` and custom statuses) -> its place
            count and breakdowns into summary items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("status", event_key)

    async def summary_by_object_type(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per object type, each broken down by the other dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (`seat`, `table`, `booth`, `generalAdmission`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("object_type", event_key)

    async def deep_summary_by_object_type(self, event_key: str) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per object type, with each breakdown broken down again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (`seat`, `table`, `booth`, `generalAdmission`) -> its place count and breakdowns
            into summary items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("object_type", event_key)

    async def summary_by_category_label(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per category label, each broken down by the other
        dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (category labels and `NO_CATEGORY`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("category_label", event_key)

    async def deep_summary_by_category_label(
        self, event_key: str
    ) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per category label, with each breakdown broken down again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (category labels and `NO_CATEGORY`) -> its place count and breakdowns into
            summary items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("category_label", event_key)

    async def summary_by_category_key(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per category key, each broken down by the other dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (category keys (as text) and `NO_CATEGORY`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("category_key", event_key)

    async def deep_summary_by_category_key(self, event_key: str) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per category key, with each breakdown broken down again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (category keys (as text) and `NO_CATEGORY`) -> its place count and breakdowns
            into summary items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("category_key", event_key)

    async def summary_by_section(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per section, each broken down by the other dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (section labels and `NO_SECTION`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("section", event_key)

    async def deep_summary_by_section(self, event_key: str) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per section, with each breakdown broken down again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (section labels and `NO_SECTION`) -> its place count and breakdowns into summary
            items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("section", event_key)

    async def summary_by_zone(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per zone, each broken down by the other dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (zone keys and `NO_ZONE`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("zone", event_key)

    async def deep_summary_by_zone(self, event_key: str) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per zone, with each breakdown broken down again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (zone keys and `NO_ZONE`) -> its place count and breakdowns into summary items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("zone", event_key)

    async def summary_by_availability(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per availability, each broken down by the other dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (`available` and `not_available`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("availability", event_key)

    async def deep_summary_by_availability(self, event_key: str) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per availability, with each breakdown broken down again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (`available` and `not_available`) -> its place count and breakdowns into summary
            items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("availability", event_key)

    async def summary_by_availability_reason(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per availability reason, each broken down by the other
        dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (`available`, `booked`, `reservedByToken`, `not_for_sale` and custom statuses) ->
            its place count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("availability_reason", event_key)

    async def deep_summary_by_availability_reason(
        self, event_key: str
    ) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per availability reason, with each breakdown broken down
        again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (`available`, `booked`, `reservedByToken`, `not_for_sale` and custom statuses) ->
            its place count and breakdowns into summary items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("availability_reason", event_key)

    async def summary_by_channel(self, event_key: str) -> dict[str, EventSummaryItem]:
        """Count the places of an event per channel, each broken down by the other dimensions.

        Args:
            event_key: Key of the event.

        Returns:
            Group (channel keys and `NO_CHANNEL`) -> its place count and breakdowns.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._summary("channel", event_key)

    async def deep_summary_by_channel(self, event_key: str) -> dict[str, EventDeepSummaryItem]:
        """Count the places of an event per channel, with each breakdown broken down again.

        Args:
            event_key: Key of the event.

        Returns:
            Group (channel keys and `NO_CHANNEL`) -> its place count and breakdowns into summary
            items.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._deep_summary("channel", event_key)
