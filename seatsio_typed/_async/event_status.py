"""Event object statuses: book, hold, release, resale, custom statuses, batches and season
overrides (the `AsyncEventStatusMethods` part of `client.events`)."""

from __future__ import annotations

from collections.abc import Sequence

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import event_status as status_endpoints
from seatsio_typed._endpoints import events as endpoints
from seatsio_typed._endpoints.events import ObjectOrObjects, status_change_body
from seatsio_typed.models import (
    ChangeObjectStatusInBatchRequest,
    ChangeObjectStatusResult,
    ObjectStatus,
    SeasonObjectStatusRequest,
    StatusChangeRequest,
    StatusChangeType,
)

__all__ = ["AsyncEventStatusMethods"]


class AsyncEventStatusMethods:
    """Status-changing methods of `client.events` (a mixin of `AsyncEventsClient`)."""

    _requester: AsyncRequester

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
        """Set objects of one or more events to `status`, in one transaction.

        Args:
            event_key_or_keys: One event (or season) key, or several.
            object_or_objects: One object or several: labels and/or `ObjectProperties`.
            status: The new status: an `ObjectStatus` member or a custom status.
            hold_token: Required to hold; otherwise the objects must be held with it.
            order_id: Stored on the objects.
            keep_extra_data: Keep the objects' extra data instead of clearing it.
            ignore_channels: Change objects whatever channel they are in.
            channel_keys: Channels the caller may use (`NO_CHANNEL` for objects in none).
            allowed_previous_statuses: Refuse unless every object has one of these statuses.
            rejected_previous_statuses: Refuse when an object has one of these statuses.
            resale_listing_id: The resale listing (with status `resale`).

        Returns:
            The changed objects after the change, by label.

        Raises:
            ValueError: No object or event given, or a hold without a hold token (not sent).
            BadRequestException: The change is not allowed (e.g. `ILLEGAL_STATUS_CHANGE`).
            NotFoundException: An event does not exist.
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
        """Book objects in one or more events.

        Args:
            event_key_or_keys: One event (or season) key, or several.
            object_or_objects: One object or several: labels and/or `ObjectProperties`.
            hold_token: Book objects held with this token (they must be).
            order_id: Stored on the objects.
            keep_extra_data: Keep the objects' extra data instead of clearing it.
            ignore_channels: Book objects whatever channel they are in.
            channel_keys: Channels the caller may use.

        Returns:
            The booked objects, by label.

        Raises:
            ValueError: No object or event given (nothing is sent).
            BadRequestException: An object is not free (or not held with `hold_token`).
            NotFoundException: An event does not exist.
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
            event_key_or_keys: One event (or season) key, or several.
            object_or_objects: One object or several: labels and/or `ObjectProperties`.
            hold_token: The hold token (`hold_tokens.create()`) that holds them.
            order_id: Stored on the objects.
            keep_extra_data: Keep the objects' extra data instead of clearing it.
            ignore_channels: Hold objects whatever channel they are in.
            channel_keys: Channels the caller may use.

        Returns:
            The held objects, by label.

        Raises:
            ValueError: No object or event given (nothing is sent).
            BadRequestException: An object is not free, or the token expired.
            NotFoundException: An event does not exist.
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

    async def put_up_for_resale(
        self,
        event_key_or_keys: str | Sequence[str],
        object_or_objects: ObjectOrObjects,
        resale_listing_id: str | None = None,
    ) -> ChangeObjectStatusResult:
        """Put booked objects up for resale (status `resale`) in one or more events.

        Args:
            event_key_or_keys: One event (or season) key, or several.
            object_or_objects: One object or several: labels and/or `ObjectProperties`.
            resale_listing_id: The id of the listing on the resale platform, stored on them.

        Returns:
            The objects after the change, by label.

        Raises:
            ValueError: No object or event given (nothing is sent).
            BadRequestException: The change is not allowed.
            NotFoundException: An event does not exist.
        """
        return await self.change_object_status(
            event_key_or_keys,
            object_or_objects,
            ObjectStatus.RESALE,
            resale_listing_id=resale_listing_id,
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
            event_key_or_keys: One event (or season) key, or several.
            object_or_objects: One object or several: labels and/or `ObjectProperties`.
            hold_token: Release objects held with this token.
            order_id: Stored on the objects.
            keep_extra_data: Keep the objects' extra data instead of clearing it.
            ignore_channels: Release objects whatever channel they are in.
            channel_keys: Channels the caller may use.

        Returns:
            The released objects, by label.

        Raises:
            ValueError: No object or event given (nothing is sent).
            BadRequestException: The release is not allowed.
            NotFoundException: An event does not exist.
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

    async def change_object_status_in_batch(
        self, status_change_requests: Sequence[StatusChangeRequest]
    ) -> list[ChangeObjectStatusResult]:
        """Apply several status changes, each to one event, in order and all or nothing.

        Args:
            status_change_requests: The changes (`StatusChangeRequest(event_key, objects,
                status=...)`, or with `type=StatusChangeRequest.RELEASE` ...).

        Returns:
            One result per request, in request order.

        Raises:
            ValueError: The list is empty (nothing is sent).
            BadRequestException: One change is not allowed; none is applied.
            NotFoundException: An event does not exist.
        """
        body = ChangeObjectStatusInBatchRequest(status_changes=status_change_requests)
        result = await self._requester.request(
            status_endpoints.CHANGE_OBJECT_STATUS_IN_BATCH, body=body
        )
        return result.results

    async def override_season_object_status(
        self, key: str, objects: Sequence[str], season: str | None = None
    ) -> None:
        """Free season-booked objects for this one event of the season.

        Args:
            key: The event (inside a season).
            objects: Object labels; repeat a GA area label once per place.
            season: The (partial) season whose status is overridden; the top-level one if None.

        Raises:
            ValueError: No object given (nothing is sent).
            BadRequestException: The event is not in a season, or an object is not overridable.
            NotFoundException: The event does not exist.
        """
        await self._requester.request(
            status_endpoints.OVERRIDE_SEASON_OBJECT_STATUS,
            path_params={"key": key},
            body=SeasonObjectStatusRequest(objects=objects, season=season),
        )

    async def use_season_object_status(
        self, key: str, objects: Sequence[str], season: str | None = None
    ) -> None:
        """Make objects of an event follow their season status again (undo an override).

        Args:
            key: The event (inside a season).
            objects: Object labels; repeat a GA area label once per place.
            season: The (partial) season to follow; the top-level one if None.

        Raises:
            ValueError: No object given (nothing is sent).
            BadRequestException: The event is not in a season.
            NotFoundException: The event does not exist.
        """
        await self._requester.request(
            status_endpoints.USE_SEASON_OBJECT_STATUS,
            path_params={"key": key},
            body=SeasonObjectStatusRequest(objects=objects, season=season),
        )
