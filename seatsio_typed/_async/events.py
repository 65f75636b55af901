"""Events: create, list, update and delete events, their extra data and their history.

`AsyncEventsClient` (`client.events`) is composed of one mixin per group of methods, each in
its own module: object statuses (`event_status`), best available (`event_best_available`),
the status-change history (`status_changes`).
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence

from pydantic import JsonValue

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.event_best_available import AsyncEventBestAvailableMethods
from seatsio_typed._async.event_channels import AsyncEventChannelsClient
from seatsio_typed._async.event_for_sale import AsyncEventForSaleMethods
from seatsio_typed._async.event_reports import AsyncEventReports
from seatsio_typed._async.event_status import AsyncEventStatusMethods
from seatsio_typed._async.listers import AsyncLister
from seatsio_typed._async.status_changes import AsyncEventStatusChangesMethods
from seatsio_typed._endpoints import events as endpoints
from seatsio_typed.errors import UnexpectedResponseError
from seatsio_typed.models import (
    Category,
    CategoryKey,
    ChannelCreationParams,
    CreateEventRequest,
    CreateMultipleEventsRequest,
    Event,
    EventObjectInfo,
    EventProperties,
    ForSaleConfig,
    Season,
    TableBookingConfig,
    UpdateEventRequest,
    UpdateExtraDataRequest,
    UpdateExtraDatasRequest,
)
from seatsio_typed.pagination import Page

__all__ = ["AsyncEventsClient"]


class AsyncEventsClient(
    AsyncEventStatusMethods,
    AsyncEventBestAvailableMethods,
    AsyncEventStatusChangesMethods,
    AsyncEventForSaleMethods,
):
    """Events of the workspace and the status of their objects (`client.events`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self._all: AsyncLister[Event | Season] = AsyncLister(requester, endpoints.LIST)
        self.reports = AsyncEventReports(requester)
        """Event reports: the event's objects grouped by status, section, channel ..."""
        self.channels = AsyncEventChannelsClient(requester)
        """Channels of an event: add, update, remove, replace, objects in and out."""

    async def create(
        self,
        chart_key: str,
        event_key: str | None = None,
        name: str | None = None,
        date: datetime.date | None = None,
        table_booking_config: TableBookingConfig | None = None,
        object_categories: Mapping[str, CategoryKey] | None = None,
        categories: Sequence[Category] | None = None,
        channels: Sequence[ChannelCreationParams] | None = None,
        for_sale_config: ForSaleConfig | None = None,
    ) -> Event:
        """Create an event on a published chart.

        Args:
            chart_key: The chart the event is drawn on.
            event_key: The new event's key; generated when None.
            name: A display name.
            date: The event's date.
            table_booking_config: How tables are booked; the chart's settings when None.
            object_categories: Per-event category of objects, by label.
            categories: Event-level categories added to the chart's.
            channels: Channels to create with the event.
            for_sale_config: Which objects are (not) for sale.

        Returns:
            The new event.

        Raises:
            BadRequestException: The key is taken or a value is refused.
            NotFoundException: The chart does not exist.
        """
        body = CreateEventRequest(
            chart_key=chart_key,
            event_key=event_key,
            name=name,
            date=date,
            table_booking_config=table_booking_config,
            object_categories=object_categories,
            categories=categories,
            channels=channels,
            for_sale_config=for_sale_config,
        )
        return await self._requester.request(endpoints.CREATE, body=body)

    async def create_multiple(
        self, chart_key: str, events_properties: Sequence[EventProperties]
    ) -> builtins.list[Event | Season]:
        """Create several events on one chart in one call.

        Args:
            chart_key: The chart the events are drawn on.
            events_properties: One `EventProperties` per event (key, name, date, ...).

        Returns:
            The new events, in the order of `events_properties`.

        Raises:
            BadRequestException: A key is taken or a value is refused; nothing is created.
            NotFoundException: The chart does not exist.
        """
        body = CreateMultipleEventsRequest(chart_key=chart_key, events=events_properties)
        result = await self._requester.request(endpoints.CREATE_MULTIPLE, body=body)
        return result.events

    async def retrieve(self, key: str) -> Event:
        """Retrieve an event; a season key gives a `Season` (a subclass of `Event`).

        Args:
            key: The event (or season) key.

        Returns:
            The event, or a `Season`.

        Raises:
            NotFoundException: No event has this key.
        """
        return await self._requester.request(endpoints.RETRIEVE, path_params={"key": key})

    async def update(
        self,
        key: str,
        event_key: str | None = None,
        name: str | None = None,
        date: datetime.date | None = None,
        table_booking_config: TableBookingConfig | None = None,
        object_categories: Mapping[str, CategoryKey] | None = None,
        categories: Sequence[Category] | None = None,
        is_in_the_past: bool | None = None,
    ) -> None:
        """Change an event; every argument left None stays as it is.

        Args:
            key: The event to change.
            event_key: A new key for the event.
            name: A new display name.
            date: A new date.
            table_booking_config: A new table booking config.
            object_categories: Replaces the per-event categories of objects (`{}` removes all).
            categories: Replaces the event-level categories (`[]` removes all).
            is_in_the_past: Mark an event of a season as past (or not).

        Raises:
            BadRequestException: The new key is taken or a value is refused.
            NotFoundException: No event has this key.
        """
        body = UpdateEventRequest(
            event_key=event_key,
            name=name,
            date=date,
            table_booking_config=table_booking_config,
            object_categories=object_categories,
            categories=categories,
            is_in_the_past=is_in_the_past,
        )
        await self._requester.request(endpoints.UPDATE, path_params={"key": key}, body=body)

    async def remove_object_categories(self, key: str) -> None:
        """Remove every per-event object category, so objects use the chart's categories.

        Args:
            key: The event.

        Raises:
            NotFoundException: No event has this key.
        """
        await self.update(key, object_categories={})

    async def remove_categories(self, key: str) -> None:
        """Remove the event-level categories (the chart's categories stay).

        Args:
            key: The event.

        Raises:
            NotFoundException: No event has this key.
        """
        await self.update(key, categories=[])

    async def delete(self, key: str) -> None:
        """Delete an event.

        Args:
            key: The event.

        Raises:
            NotFoundException: No event has this key.
        """
        await self._requester.request(endpoints.DELETE, path_params={"key": key})

    async def move_event_to_new_chart_copy(self, event_key: str) -> Event:
        """Copy the event's chart and move the event onto the copy (to edit it apart).

        Args:
            event_key: The event.

        Returns:
            The event, now on the new chart.

        Raises:
            NotFoundException: No event has this key.
        """
        return await self._requester.request(
            endpoints.MOVE_TO_NEW_CHART_COPY, path_params={"key": event_key}
        )

    def list(self) -> AsyncPageIterator[Event | Season]:
        """Iterate over every event and season, newest first, a page at a time.

        Returns:
            A lazy iterator: nothing is requested until iteration starts, and each
            iteration starts again from the first page. Seasons are `Season` items.

        Raises:
            SeatsioException: A page request failed (raised while iterating).
        """

        return self._all.list()

    async def list_first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> Page[Event | Season]:
        """Fetch the first page of events and seasons, newest first.

        Args:
            page_size: How many per page; the server's default when None.
            filter: Keep only the events this text matches.

        Returns:
            The page, with the cursor of the next one.

        Raises:
            SeatsioException: The request failed.
        """
        return await self._all.first_page(page_size, filter)

    async def list_page_after(
        self, after_id: int, page_size: int | None = None, filter: str | None = None
    ) -> Page[Event | Season]:
        """Fetch the page after the event with id `after_id` (a `next_page_starts_after`).

        Args:
            after_id: The id the page starts after.
            page_size: How many per page; the server's default when None.
            filter: Keep only the events this text matches.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            SeatsioException: The request failed.
        """
        return await self._all.page_after(after_id, page_size, filter)

    async def list_page_before(
        self, before_id: int, page_size: int | None = None, filter: str | None = None
    ) -> Page[Event | Season]:
        """Fetch the page before the event with id `before_id` (a `previous_page_ends_before`).

        Args:
            before_id: The id the page ends before.
            page_size: How many per page; the server's default when None.
            filter: Keep only the events this text matches.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            SeatsioException: The request failed.
        """
        return await self._all.page_before(before_id, page_size, filter)

    async def update_extra_data(
        self, key: str, o: str, extra_data: Mapping[str, JsonValue]
    ) -> None:
        """Replace the extra data of one object of an event.

        Args:
            key: The event.
            o: The object's label (the official client's parameter name).
            extra_data: The new extra data (public: renderers can see it).

        Raises:
            NotFoundException: The event or the object does not exist.
        """
        await self._requester.request(
            endpoints.UPDATE_EXTRA_DATA,
            path_params={"key": key, "label": o},
            body=UpdateExtraDataRequest(extra_data=dict(extra_data)),
        )

    async def update_extra_datas(
        self, key: str, extra_datas: Mapping[str, Mapping[str, JsonValue]]
    ) -> None:
        """Replace the extra data of several objects of an event.

        Args:
            key: The event.
            extra_datas: The new extra data, by object label.

        Raises:
            NotFoundException: The event or an object does not exist.
        """
        body = UpdateExtraDatasRequest(
            extra_data={label: dict(data) for label, data in extra_datas.items()}
        )
        await self._requester.request(
            endpoints.UPDATE_EXTRA_DATAS, path_params={"key": key}, body=body
        )

    async def retrieve_object_info(self, key: str, object_label: str) -> EventObjectInfo:
        """Retrieve the status and details of one object of an event.

        Args:
            key: The event.
            object_label: The object's label.

        Returns:
            What the event knows about the object.

        Raises:
            NotFoundException: The event or the object does not exist.
            UnexpectedResponseError: The answer does not include the object.
        """
        infos = await self.retrieve_object_infos(key, [object_label])
        try:
            return infos[object_label]
        except KeyError:
            raise UnexpectedResponseError(
                f"the object infos of event {key!r} do not include {object_label!r}"
            ) from None

    async def retrieve_object_infos(
        self, key: str, object_labels: Sequence[str]
    ) -> dict[str, EventObjectInfo]:
        """Retrieve the status and details of objects of an event, by label.

        Args:
            key: The event.
            object_labels: The objects' labels.

        Returns:
            What the event knows about each object, by label.

        Raises:
            NotFoundException: The event or an object does not exist.
        """
        return await self._requester.request(
            endpoints.RETRIEVE_OBJECT_INFOS,
            path_params={"key": key},
            query={"label": list(object_labels)},
        )
