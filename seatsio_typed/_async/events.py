"""Events: create and retrieve events, change object statuses, read object infos."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import events as endpoints
from seatsio_typed._endpoints.events import ObjectOrObjects, status_change_body
from seatsio_typed.errors import UnexpectedResponseError
from seatsio_typed.models import (
    Category,
    CategoryKey,
    ChangeObjectStatusResult,
    ChannelCreationParams,
    CreateEventRequest,
    Event,
    EventObjectInfo,
    ForSaleConfig,
    ObjectStatus,
    StatusChangeType,
    TableBookingConfig,
)

__all__ = ["AsyncEventsClient"]


class AsyncEventsClient:
    """Events of the workspace and the status of their objects (`client.events`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

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
        """Create an event on a chart (`POST /events`).

        Args:
            chart_key: The chart the event uses.
            event_key: The new event's key; generated when left out.
            name: The event's name.
            date: The event's date.
            table_booking_config: How tables are booked; the chart's settings when left out.
            object_categories: Object label -> category key, overriding the chart's.
            categories: Event-level categories, in addition to the chart's.
            channels: Channels to create with the event.
            for_sale_config: Which objects are (not) for sale; all of them when left out.

        Returns:
            The new event.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
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

    async def retrieve(self, key: str) -> Event:
        """Retrieve an event (`GET /events/{key}`).

        Args:
            key: The event's key; a season key gives a `Season` (a subclass of `Event`).

        Returns:
            The event or season.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error (`NotFoundException`: no such
                event), or the request failed.
        """
        return await self._requester.request(endpoints.RETRIEVE, path_params={"key": key})

    async def book(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: ObjectOrObjects,
        hold_token: str | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
    ) -> ChangeObjectStatusResult:
        """Book objects in one or more events (status `booked`).

        Args:
            event_key_or_keys: One event (or season) key, or several: all change in one
                transaction.
            object_or_objects: One object or several: labels (`"A-1"`) and/or
                `ObjectProperties` (ticket type, quantity, extra data).
            hold_token: Book objects held with this token (required for held objects).
            order_id: Stored with the objects, e.g. your order number.
            keep_extra_data: Keep the objects' extra data (it is cleared otherwise).
            ignore_channels: Allow objects in any channel.
            channel_keys: The channels the objects may be in (`NO_CHANNEL` for none).

        Returns:
            The objects after the change, by label.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error (`BadRequestException`: e.g. an
                object is not in a status that allows the change), or the request failed.
        """
        return await self.change_object_status(
            event_key_or_keys,
            object_or_objects,
            ObjectStatus.BOOKED,
            hold_token=hold_token,
            order_id=order_id,
            keep_extra_data=keep_extra_data,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
        )

    async def hold(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: ObjectOrObjects,
        hold_token: str,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
    ) -> ChangeObjectStatusResult:
        """Hold objects with a hold token (status `reservedByToken`) in one or more events.

        Args:
            event_key_or_keys: One event (or season) key, or several: all change in one
                transaction.
            object_or_objects: One object or several: labels (`"A-1"`) and/or
                `ObjectProperties` (ticket type, quantity, extra data).
            hold_token: The token the objects are held with (`hold_tokens.create`).
            order_id: Stored with the objects, e.g. your order number.
            keep_extra_data: Keep the objects' extra data (it is cleared otherwise).
            ignore_channels: Allow objects in any channel.
            channel_keys: The channels the objects may be in (`NO_CHANNEL` for none).

        Returns:
            The objects after the change, by label.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error (`BadRequestException`: e.g. an
                object is not in a status that allows the change), or the request failed.
        """
        return await self.change_object_status(
            event_key_or_keys,
            object_or_objects,
            ObjectStatus.RESERVED_BY_TOKEN,
            hold_token=hold_token,
            order_id=order_id,
            keep_extra_data=keep_extra_data,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
        )

    async def release(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: ObjectOrObjects,
        hold_token: str | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
    ) -> ChangeObjectStatusResult:
        """Make objects free again in one or more events (`type: RELEASE`).

        Args:
            event_key_or_keys: One event (or season) key, or several: all change in one
                transaction.
            object_or_objects: One object or several: labels (`"A-1"`) and/or
                `ObjectProperties` (ticket type, quantity, extra data).
            hold_token: Release objects held with this token.
            order_id: Stored with the objects, e.g. your order number.
            keep_extra_data: Keep the objects' extra data (it is cleared otherwise).
            ignore_channels: Allow objects in any channel.
            channel_keys: The channels the objects may be in (`NO_CHANNEL` for none).

        Returns:
            The objects after the change, by label.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error (`BadRequestException`: e.g. an
                object is not in a status that allows the change), or the request failed.
        """
        body = status_change_body(
            event_key_or_keys,
            object_or_objects,
            change_type=StatusChangeType.RELEASE,
            hold_token=hold_token,
            order_id=order_id,
            keep_extra_data=keep_extra_data,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
        )
        return await self._requester.request(endpoints.CHANGE_OBJECT_STATUS, body=body)

    async def change_object_status(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: ObjectOrObjects,
        status: str,
        hold_token: str | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        allowed_previous_statuses: Sequence[str] | None = None,
        rejected_previous_statuses: Sequence[str] | None = None,
        resale_listing_id: str | None = None,
    ) -> ChangeObjectStatusResult:
        """Set objects of one or more events to `status` (booked, a custom status, ...).

        Args:
            event_key_or_keys: One event (or season) key, or several: all change in one
                transaction.
            object_or_objects: One object or several: labels (`"A-1"`) and/or
                `ObjectProperties` (ticket type, quantity, extra data).
            status: The new status: an `ObjectStatus` member or a custom status.
            hold_token: Required to hold; to book or release held objects, their token.
            order_id: Stored with the objects, e.g. your order number.
            keep_extra_data: Keep the objects' extra data (it is cleared otherwise).
            ignore_channels: Allow objects in any channel.
            channel_keys: The channels the objects may be in (`NO_CHANNEL` for none).
            allowed_previous_statuses: Refuse the change unless each object is in one of these.
            rejected_previous_statuses: Refuse the change if an object is in one of these.
            resale_listing_id: The resale listing the objects belong to.

        Returns:
            The objects after the change, by label.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error (`BadRequestException`: e.g. an
                object is not in a status that allows the change), or the request failed.
        """
        body = status_change_body(
            event_key_or_keys,
            object_or_objects,
            status=status,
            hold_token=hold_token,
            order_id=order_id,
            keep_extra_data=keep_extra_data,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
            allowed_previous_statuses=allowed_previous_statuses,
            rejected_previous_statuses=rejected_previous_statuses,
            resale_listing_id=resale_listing_id,
        )
        return await self._requester.request(endpoints.CHANGE_OBJECT_STATUS, body=body)

    async def retrieve_object_info(self, key: str, object_label: str) -> EventObjectInfo:
        """Retrieve the status and details of one object of an event.

        Args:
            key: The event's key.
            object_label: The object's label, e.g. `A-1`.

        Returns:
            What the event knows about the object.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed
                (`UnexpectedResponseError`: the answer lacks the object).
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
        """Retrieve the status and details of objects of an event (`GET /events/{key}/objects`).

        Args:
            key: The event's key.
            object_labels: The objects' labels.

        Returns:
            What the event knows about each object, by label.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        return await self._requester.request(
            endpoints.RETRIEVE_OBJECT_INFOS,
            path_params={"key": key},
            query={"label": list(object_labels)},
        )
