"""What of an event can be sold: the for-sale methods of `client.events` (a mixin)."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence

from typing_extensions import deprecated

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import event_for_sale as endpoints
from seatsio_typed.models import (
    EditForSaleConfigResult,
    ForSaleEdits,
    ForSaleObject,
    RateLimitInfo,
    ReplaceForSaleConfigRequest,
)

__all__ = ["AsyncEventForSaleMethods"]

# The `deprecated` markers are for type checkers (mypy reads only a literal message there).
# `category=None` leaves the method as it is: the runtime wrapper of `deprecated` would hide
# that it is a coroutine function (before Python 3.12), so the method warns by itself.
_USE_REPLACE_FOR_SALE = "use replace_for_sale_config(event_key, True, ...) instead"
_USE_REPLACE_NOT_FOR_SALE = "use replace_for_sale_config(event_key, False, ...) instead"
_USE_NOT_FOR_SALE_SPELLING = "misspelt: use mark_everything_as_not_for_sale(key) instead"


class AsyncEventForSaleMethods:
    """For-sale configs: which objects of an event or season can be selected and booked.

    These calls are rate limited by Seats.io per event (10 changes per 24 hours unless the
    workspace's for-sale mode lifts it); the results say how many changes are left.
    """

    _requester: AsyncRequester

    async def edit_for_sale_config(
        self,
        event_key: str,
        for_sale: Sequence[ForSaleObject] | None = None,
        not_for_sale: Sequence[ForSaleObject] | None = None,
    ) -> EditForSaleConfigResult:
        """Make some objects for sale and others not, leaving the rest of the config as is.

        Args:
            event_key: The event or season.
            for_sale: Objects to make for sale: labels, `ObjectAndQuantity` (places of a
                general admission area) or the official client's `{"object", "quantity"}`.
            not_for_sale: Objects to make not for sale, in the same forms.

        Returns:
            The event's for-sale config afterwards and the rate limit left.

        Raises:
            ValueError: Neither list given, an empty list, an empty label or a quantity below
                1 (nothing is sent).
            RateLimitExceededException: The event's for-sale changes are used up.
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        body = endpoints.edit_for_sale_config_body(for_sale, not_for_sale)
        return await self._requester.request(
            endpoints.EDIT_FOR_SALE_CONFIG, path_params={"event_key": event_key}, body=body
        )

    async def edit_for_sale_config_for_events(
        self, events: Mapping[str, ForSaleEdits]
    ) -> dict[str, EditForSaleConfigResult]:
        """Edit the for-sale configs of several events in one call.

        Args:
            events: By event key, the objects to make for sale and not for sale:
                `{"event1": {"for_sale": [...], "not_for_sale": [...]}}` (as in the official
                client; each list in the forms `edit_for_sale_config` takes).

        Returns:
            By event key, the event's for-sale config afterwards and its rate limit left.

        Raises:
            ValueError: No event, an event with nothing to change, an empty list or label, or
                a quantity below 1 (nothing is sent).
            RateLimitExceededException: An event's for-sale changes are used up.
            NotFoundException: An event does not exist.
            SeatsioException: Any other failure of the call.
        """
        body = endpoints.edit_for_sale_config_for_events_body(events)
        return await self._requester.request(endpoints.EDIT_FOR_SALE_CONFIG_FOR_EVENTS, body=body)

    async def replace_for_sale_config(
        self,
        event_key: str,
        for_sale: bool,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
        categories: Sequence[str] | None = None,
    ) -> RateLimitInfo | None:
        """Replace the whole for-sale config of an event or season.

        Args:
            event_key: The event or season.
            for_sale: True: only the given objects, places and categories are for sale.
                False: they are not for sale, and everything else is.
            objects: Object labels (seats, tables, booths, whole general admission areas).
            area_places: Places of general admission areas, by area label.
            categories: Category keys or labels.

        Returns:
            The rate limit left, or None when the server does not say (older API versions).

        Raises:
            ValueError: An empty label or category, or a place count below 1 (nothing is sent).
            RateLimitExceededException: The event's for-sale changes are used up.
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        body = ReplaceForSaleConfigRequest(
            objects=objects, area_places=area_places, categories=categories
        )
        endpoint = endpoints.MARK_AS_FOR_SALE if for_sale else endpoints.MARK_AS_NOT_FOR_SALE
        return await self._requester.request(
            endpoint, path_params={"event_key": event_key}, body=body
        )

    @deprecated("use replace_for_sale_config(event_key, True, ...) instead", category=None)
    async def mark_as_for_sale(
        self,
        event_key: str,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
        categories: Sequence[str] | None = None,
    ) -> RateLimitInfo | None:
        """Deprecated: `replace_for_sale_config(event_key, True, ...)`.

        Only the given objects, places and categories are for sale afterwards.

        Args:
            event_key: The event or season.
            objects: Object labels.
            area_places: Places of general admission areas, by area label.
            categories: Category keys or labels.

        Returns:
            The rate limit left, or None when the server does not say.

        Raises:
            ValueError: An empty label or category, or a place count below 1 (nothing is sent).
            SeatsioException: The call failed (see `replace_for_sale_config`).
        """
        warnings.warn(_USE_REPLACE_FOR_SALE, DeprecationWarning, stacklevel=2)
        return await self.replace_for_sale_config(event_key, True, objects, area_places, categories)

    @deprecated("use replace_for_sale_config(event_key, False, ...) instead", category=None)
    async def mark_as_not_for_sale(
        self,
        event_key: str,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
        categories: Sequence[str] | None = None,
    ) -> RateLimitInfo | None:
        """Deprecated: `replace_for_sale_config(event_key, False, ...)`.

        The given objects, places and categories are not for sale afterwards; the rest is.

        Args:
            event_key: The event or season.
            objects: Object labels.
            area_places: Places of general admission areas, by area label.
            categories: Category keys or labels.

        Returns:
            The rate limit left, or None when the server does not say.

        Raises:
            ValueError: An empty label or category, or a place count below 1 (nothing is sent).
            SeatsioException: The call failed (see `replace_for_sale_config`).
        """
        warnings.warn(_USE_REPLACE_NOT_FOR_SALE, DeprecationWarning, stacklevel=2)
        return await self.replace_for_sale_config(
            event_key, False, objects, area_places, categories
        )

    async def mark_everything_as_for_sale(self, key: str) -> None:
        """Remove the for-sale config of an event or season: everything is for sale again.

        Args:
            key: The event or season.

        Raises:
            RateLimitExceededException: Too many requests.
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        await self._requester.request(
            endpoints.MARK_EVERYTHING_AS_FOR_SALE, path_params={"event_key": key}
        )

    async def mark_everything_as_not_for_sale(self, key: str) -> RateLimitInfo | None:
        """Make nothing of an event or season for sale (until something is made for sale).

        Args:
            key: The event or season.

        Returns:
            The rate limit left, or None when the server does not say.

        Raises:
            RateLimitExceededException: The event's for-sale changes are used up.
            NotFoundException: No such event.
            SeatsioException: Any other failure of the call.
        """
        return await self._requester.request(
            endpoints.MARK_EVERYTHING_AS_NOT_FOR_SALE, path_params={"event_key": key}
        )

    @deprecated("misspelt: use mark_everything_as_not_for_sale(key) instead", category=None)
    async def mark_everything_as_for_not_sale(self, key: str) -> RateLimitInfo | None:
        """Deprecated, misspelt: `mark_everything_as_not_for_sale(key)`.

        Args:
            key: The event or season.

        Returns:
            The rate limit left, or None when the server does not say.

        Raises:
            SeatsioException: The call failed (see `mark_everything_as_not_for_sale`).
        """
        warnings.warn(_USE_NOT_FOR_SALE_SPELLING, DeprecationWarning, stacklevel=2)
        return await self.mark_everything_as_not_for_sale(key)
