"""Best available: let Seats.io pick the best free objects of an event and change their
status (the `AsyncEventBestAvailableMethods` part of `client.events`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import JsonValue

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import event_status as status_endpoints
from seatsio_typed.models import (
    BestAvailable,
    BestAvailableResult,
    ChangeBestAvailableObjectStatusRequest,
    ObjectStatus,
)
from seatsio_typed.models.object_status import plain_text

__all__ = ["AsyncEventBestAvailableMethods"]


class AsyncEventBestAvailableMethods:
    """Best-available methods of `client.events` (a mixin of `AsyncEventsClient`)."""

    _requester: AsyncRequester

    async def change_best_available_object_status(
        self,
        event_key: str,
        number: int,
        status: str,
        categories: Sequence[str] | None = None,
        hold_token: str | None = None,
        extra_data: Sequence[Mapping[str, JsonValue]] | None = None,
        ticket_types: Sequence[str] | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        try_to_prevent_orphan_seats: bool | None = None,
        zone: str | None = None,
        sections: Sequence[str] | None = None,
        accessible_seats: int | None = None,
    ) -> BestAvailableResult:
        """Let Seats.io pick the best `number` free objects and set them to `status`.

        Args:
            event_key: The event.
            number: How many objects to pick (more than 0).
            status: The new status of the picked objects.
            categories: Pick only in these categories (keys, or labels).
            hold_token: Required to hold; pick among objects held with it otherwise.
            extra_data: One extra data object per picked object (exactly `number`).
            ticket_types: One ticket type per picked object (exactly `number`).
            order_id: Stored on the objects.
            keep_extra_data: Keep the objects' extra data instead of clearing it.
            ignore_channels: Pick whatever channel the objects are in.
            channel_keys: Channels the caller may use.
            try_to_prevent_orphan_seats: Avoid leaving single free seats behind.
            zone: Pick only in this zone.
            sections: Pick only in these sections.
            accessible_seats: How many of the picked seats must be accessible.

        Returns:
            The picked objects (in seat order), their details and whether they are adjacent.

        Raises:
            ValueError: A count does not fit `number`, or a hold without a token (not sent).
            BestAvailableObjectsNotFoundException: Not enough matching free objects.
            NotFoundException: The event does not exist.
        """
        body = ChangeBestAvailableObjectStatusRequest(
            status=plain_text(status),
            best_available=BestAvailable(
                number=number,
                categories=categories,
                zone=zone,
                sections=sections,
                extra_data=None if extra_data is None else [dict(item) for item in extra_data],
                ticket_types=ticket_types,
                try_to_prevent_orphan_seats=try_to_prevent_orphan_seats,
                accessible_seats=accessible_seats,
            ),
            hold_token=hold_token,
            order_id=order_id,
            keep_extra_data=keep_extra_data,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
        )
        return await self._requester.request(
            status_endpoints.CHANGE_BEST_AVAILABLE_OBJECT_STATUS,
            path_params={"key": event_key},
            body=body,
        )

    async def book_best_available(
        self,
        event_key: str,
        number: int,
        categories: Sequence[str] | None = None,
        hold_token: str | None = None,
        extra_data: Sequence[Mapping[str, JsonValue]] | None = None,
        ticket_types: Sequence[str] | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        try_to_prevent_orphan_seats: bool | None = None,
        zone: str | None = None,
    ) -> BestAvailableResult:
        """Book the best `number` free objects of an event.

        Args:
            event_key: The event.
            number: How many objects to book (more than 0).
            categories: Pick only in these categories (keys, or labels).
            hold_token: Pick among objects held with this token.
            extra_data: One extra data object per picked object (exactly `number`).
            ticket_types: One ticket type per picked object (exactly `number`).
            order_id: Stored on the objects.
            keep_extra_data: Keep the objects' extra data instead of clearing it.
            ignore_channels: Pick whatever channel the objects are in.
            channel_keys: Channels the caller may use.
            try_to_prevent_orphan_seats: Avoid leaving single free seats behind.
            zone: Pick only in this zone.

        Returns:
            The booked objects (in seat order), their details and whether they are adjacent.

        Raises:
            ValueError: A count does not fit `number` (nothing is sent).
            BestAvailableObjectsNotFoundException: Not enough matching free objects.
            NotFoundException: The event does not exist.
        """
        return await self.change_best_available_object_status(
            event_key,
            number,
            ObjectStatus.BOOKED,
            categories=categories,
            hold_token=hold_token,
            extra_data=extra_data,
            ticket_types=ticket_types,
            order_id=order_id,
            keep_extra_data=keep_extra_data,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
            try_to_prevent_orphan_seats=try_to_prevent_orphan_seats,
            zone=zone,
        )

    async def hold_best_available(
        self,
        event_key: str,
        number: int,
        categories: Sequence[str] | None = None,
        hold_token: str | None = None,
        extra_data: Sequence[Mapping[str, JsonValue]] | None = None,
        ticket_types: Sequence[str] | None = None,
        order_id: str | None = None,
        keep_extra_data: bool | None = None,
        ignore_channels: bool | None = None,
        channel_keys: Sequence[str] | None = None,
        try_to_prevent_orphan_seats: bool | None = None,
        zone: str | None = None,
    ) -> BestAvailableResult:
        """Hold the best `number` free objects of an event with a hold token.

        Args:
            event_key: The event.
            number: How many objects to hold (more than 0).
            categories: Pick only in these categories (keys, or labels).
            hold_token: The hold token that holds them (required, though after `categories`
                as in the official client).
            extra_data: One extra data object per picked object (exactly `number`).
            ticket_types: One ticket type per picked object (exactly `number`).
            order_id: Stored on the objects.
            keep_extra_data: Keep the objects' extra data instead of clearing it.
            ignore_channels: Pick whatever channel the objects are in.
            channel_keys: Channels the caller may use.
            try_to_prevent_orphan_seats: Avoid leaving single free seats behind.
            zone: Pick only in this zone.

        Returns:
            The held objects (in seat order), their details and whether they are adjacent.

        Raises:
            ValueError: No hold token, or a count does not fit `number` (nothing is sent).
            BestAvailableObjectsNotFoundException: Not enough matching free objects.
            NotFoundException: The event does not exist.
        """
        return await self.change_best_available_object_status(
            event_key,
            number,
            ObjectStatus.RESERVED_BY_TOKEN,
            categories=categories,
            hold_token=hold_token,
            extra_data=extra_data,
            ticket_types=ticket_types,
            order_id=order_id,
            keep_extra_data=keep_extra_data,
            ignore_channels=ignore_channels,
            channel_keys=channel_keys,
            try_to_prevent_orphan_seats=try_to_prevent_orphan_seats,
            zone=zone,
        )
