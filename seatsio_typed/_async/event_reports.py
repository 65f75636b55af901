"""Event reports (`client.events.reports`): an event's objects grouped, listed and counted.

The 11 report dimensions are data (`seatsio_typed._endpoints.event_reports.DIMENSIONS`); the
methods here are the official ones, each typed: a `by_*` call without its filter gives the
whole `EventReport`, with the filter the objects of that one group (an `overload` tells the
type checker which). The summaries live in `AsyncEventReportSummaryMethods`.
"""

from __future__ import annotations

from typing import overload

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.event_report_summaries import AsyncEventReportSummaryMethods
from seatsio_typed._endpoints import event_reports as endpoints
from seatsio_typed._http import QueryValue
from seatsio_typed.models import CategoryKey, EventObjectInfo, EventReport

__all__ = ["AsyncEventReports"]


class AsyncEventReports(AsyncEventReportSummaryMethods):
    """Reports on the objects of an event (`client.events.reports`).

    Reports are for back-office views: never read one to decide whether an object can be
    booked (book it and handle the refusal instead).
    """

    def __init__(
        self, requester: AsyncRequester, *, season_bookings_propagated: bool = True
    ) -> None:
        self._requester = requester
        # Sent only by the copy from `with_season_bookings_not_propagated`, as `false`.
        self._query: dict[str, QueryValue] = {
            "seasonBookingsPropagated": None if season_bookings_propagated else False
        }

    def with_season_bookings_not_propagated(self) -> AsyncEventReports:
        """A copy whose every report asks for `seasonBookingsPropagated=false`.

        Sends nothing itself; this object is unchanged. The API does not document what the
        flag changes; by its name, reports leave out statuses that come from bookings made
        on the season.

        Returns:
            New reports on the same connection, sending the flag on every call.
        """
        return AsyncEventReports(self._requester, season_bookings_propagated=False)

    async def _by(
        self, dimension: str, event_key: str, group: CategoryKey | None
    ) -> EventReport | list[EventObjectInfo]:
        path_params = {"event_key": event_key}
        if group is None:
            return await self._requester.request(
                endpoints.BY[dimension], path_params=path_params, query=self._query
            )
        # Group keys are JSON object keys, so text: a category key 9 is the group "9".
        key = str(group)
        report = await self._requester.request(
            endpoints.BY_FILTERED[dimension],
            path_params={**path_params, "filter": key},
            query=self._query,
        )
        return report.get(key) or []

    @overload
    async def by_status(self, event_key: str, status: None = None) -> EventReport: ...
    @overload
    async def by_status(self, event_key: str, status: str) -> list[EventObjectInfo]: ...
    async def by_status(
        self, event_key: str, status: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per status, or those of one status.

        Args:
            event_key: Key of the event.
            status: Only this group: a status (`booked`, `ObjectStatus.BOOKED`, a custom
                status). None: every group.

        Returns:
            Without `status`: the report, group (`free`, `booked`, `reservedByToken`, `resale`
            and custom statuses) -> objects. With it: the objects of that group (empty when
            none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("status", event_key, status)

    @overload
    async def by_object_type(self, event_key: str, object_type: None = None) -> EventReport: ...
    @overload
    async def by_object_type(self, event_key: str, object_type: str) -> list[EventObjectInfo]: ...
    async def by_object_type(
        self, event_key: str, object_type: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per object type, or those of one object type.

        Args:
            event_key: Key of the event.
            object_type: Only this group: an object type (`seat`, `ObjectType.GENERAL_ADMISSION`
                ...). None: every group.

        Returns:
            Without `object_type`: the report, group (`seat`, `table`, `booth`, `generalAdmission`)
            -> objects. With it: the objects of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("object_type", event_key, object_type)

    @overload
    async def by_category_label(
        self, event_key: str, category_label: None = None
    ) -> EventReport: ...
    @overload
    async def by_category_label(
        self, event_key: str, category_label: str
    ) -> list[EventObjectInfo]: ...
    async def by_category_label(
        self, event_key: str, category_label: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per category label, or those of one category label.

        Args:
            event_key: Key of the event.
            category_label: Only this group: a category label. None: every group.

        Returns:
            Without `category_label`: the report, group (category labels and `NO_CATEGORY`) ->
            objects. With it: the objects of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("category_label", event_key, category_label)

    @overload
    async def by_category_key(self, event_key: str, category_key: None = None) -> EventReport: ...
    @overload
    async def by_category_key(
        self, event_key: str, category_key: CategoryKey
    ) -> list[EventObjectInfo]: ...
    async def by_category_key(
        self, event_key: str, category_key: CategoryKey | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per category key, or those of one category key.

        Args:
            event_key: Key of the event.
            category_key: Only this group: a category key (a number is sent as its text). None:
                every group.

        Returns:
            Without `category_key`: the report, group (category keys (as text) and `NO_CATEGORY`)
            -> objects. With it: the objects of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("category_key", event_key, category_key)

    @overload
    async def by_label(self, event_key: str, label: None = None) -> EventReport: ...
    @overload
    async def by_label(self, event_key: str, label: str) -> list[EventObjectInfo]: ...
    async def by_label(
        self, event_key: str, label: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per label, or those of one label.

        Args:
            event_key: Key of the event.
            label: Only this group: an object label. None: every group.

        Returns:
            Without `label`: the report, group (object labels) -> objects. With it: the objects of
            that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("label", event_key, label)

    @overload
    async def by_order_id(self, event_key: str, order_id: None = None) -> EventReport: ...
    @overload
    async def by_order_id(self, event_key: str, order_id: str) -> list[EventObjectInfo]: ...
    async def by_order_id(
        self, event_key: str, order_id: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per order id, or those of one order id.

        Args:
            event_key: Key of the event.
            order_id: Only this group: an order id (or `NO_ORDER_ID`). None: every group.

        Returns:
            Without `order_id`: the report, group (order ids and `NO_ORDER_ID`) -> objects. With
            it: the objects of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("order_id", event_key, order_id)

    @overload
    async def by_section(self, event_key: str, section: None = None) -> EventReport: ...
    @overload
    async def by_section(self, event_key: str, section: str) -> list[EventObjectInfo]: ...
    async def by_section(
        self, event_key: str, section: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per section, or those of one section.

        Args:
            event_key: Key of the event.
            section: Only this group: a section label (or `NO_SECTION`). None: every group.

        Returns:
            Without `section`: the report, group (section labels and `NO_SECTION`) -> objects. With
            it: the objects of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("section", event_key, section)

    @overload
    async def by_zone(self, event_key: str, zone: None = None) -> EventReport: ...
    @overload
    async def by_zone(self, event_key: str, zone: str) -> list[EventObjectInfo]: ...
    async def by_zone(
        self, event_key: str, zone: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per zone, or those of one zone.

        Args:
            event_key: Key of the event.
            zone: Only this group: a zone key (or `NO_ZONE`). None: every group.

        Returns:
            Without `zone`: the report, group (zone keys and `NO_ZONE`) -> objects. With it: the
            objects of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("zone", event_key, zone)

    @overload
    async def by_availability(self, event_key: str, availability: None = None) -> EventReport: ...
    @overload
    async def by_availability(self, event_key: str, availability: str) -> list[EventObjectInfo]: ...
    async def by_availability(
        self, event_key: str, availability: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per availability, or those of one availability.

        Args:
            event_key: Key of the event.
            availability: Only this group: `available` or `not_available`. None: every group.

        Returns:
            Without `availability`: the report, group (`available` and `not_available`) -> objects.
            With it: the objects of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("availability", event_key, availability)

    @overload
    async def by_availability_reason(
        self, event_key: str, availability_reason: None = None
    ) -> EventReport: ...
    @overload
    async def by_availability_reason(
        self, event_key: str, availability_reason: str
    ) -> list[EventObjectInfo]: ...
    async def by_availability_reason(
        self, event_key: str, availability_reason: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per availability reason, or those of one availability
        reason.

        Args:
            event_key: Key of the event.
            availability_reason: Only this group: an availability reason (`booked`, `not_for_sale`
                ...). None: every group.

        Returns:
            Without `availability_reason`: the report, group (`available`, `booked`,
            `reservedByToken`, `not_for_sale` and custom statuses) -> objects. With it: the objects
            of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("availability_reason", event_key, availability_reason)

    @overload
    async def by_channel(self, event_key: str, channel: None = None) -> EventReport: ...
    @overload
    async def by_channel(self, event_key: str, channel: str) -> list[EventObjectInfo]: ...
    async def by_channel(
        self, event_key: str, channel: str | None = None
    ) -> EventReport | list[EventObjectInfo]:
        """List the objects of an event per channel, or those of one channel.

        Args:
            event_key: Key of the event.
            channel: Only this group: a channel key (or `NO_CHANNEL`). None: every group.

        Returns:
            Without `channel`: the report, group (channel keys and `NO_CHANNEL`) -> objects. With
            it: the objects of that group (empty when none has it).

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._by("channel", event_key, channel)

    async def flat_list(self, event_key: str) -> list[EventObjectInfo]:
        """List every object of an event, ungrouped, sorted by label.

        Args:
            event_key: Key of the event.

        Returns:
            Every bookable object of the event and its state.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._requester.request(
            endpoints.FLAT_LIST, path_params={"event_key": event_key}, query=self._query
        )

    async def flat_list_csv(self, event_key: str) -> str:
        """List every object of an event as CSV text (the API chooses the columns).

        Args:
            event_key: Key of the event.

        Returns:
            The CSV document, decoded from UTF-8.

        Raises:
            SeatsioException: the event does not exist (NotFoundException) or the call failed.
        """
        return await self._requester.request(
            endpoints.FLAT_LIST_CSV, path_params={"event_key": event_key}, query=self._query
        )
