"""Usage reports (`client.usage_reports`, company admin key): what the company is billed for."""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import usage_reports as endpoints
from seatsio_typed.models import (
    Month,
    UsageDetails,
    UsageForObjectV1,
    UsageForObjectV2,
    UsageSummaryForAllMonths,
)

__all__ = ["AsyncUsageReports"]


class AsyncUsageReports:
    """Used objects per month, workspace, chart, event and object (`client.usage_reports`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def summary_for_all_months(self) -> UsageSummaryForAllMonths:
        """Report the used objects of the company for every month.

        Returns:
            The used objects per month and the moment the report was made.

        Raises:
            SeatsioException: the key is not a company admin key (AuthenticationException or
                PermissionDeniedException) or the call failed.
        """
        return await self._requester.request(endpoints.SUMMARY_FOR_ALL_MONTHS)

    async def details_for_month(self, month: Month) -> list[UsageDetails]:
        """Report the used objects of one month per workspace, chart and event.

        Args:
            month: The month, e.g. ``Month(2024, 3)``.

        Returns:
            One entry per workspace with usage in the month.

        Raises:
            SeatsioException: the key is not a company admin key or the call failed.
        """
        return await self._requester.request(
            endpoints.DETAILS_FOR_MONTH, path_params={"month": month.serialize()}
        )

    async def details_for_event_in_month(
        self, event_id: int, month: Month
    ) -> list[UsageForObjectV1 | UsageForObjectV2]:
        """Report the used objects of one event in one month, per object.

        Months up to 2022-11 answer in the old format (`UsageForObjectV1`: first bookings and
        selections), later ones in the new one (`UsageForObjectV2`: uses by reason); check
        each item with ``isinstance``.

        Args:
            event_id: Numeric id of the event (`Event.id`, `UsageEvent.id`), not its key.
            month: The month, e.g. ``Month(2024, 3)``.

        Returns:
            One entry per object used in the event in the month.

        Raises:
            SeatsioException: the event does not exist (NotFoundException), the key is not a
                company admin key, or the call failed.
        """
        return await self._requester.request(
            endpoints.DETAILS_FOR_EVENT_IN_MONTH,
            path_params={"month": month.serialize(), "event_id": event_id},
        )
