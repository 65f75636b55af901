"""For-sale configs: which objects of an event can be sold, and how to change that."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated

from pydantic import Field

from seatsio_typed.models._base import RequestModel, ResponseModel
from seatsio_typed.models._types import UtcDatetime

__all__ = [
    "EditForSaleConfigForEventsRequest",
    "EditForSaleConfigRequest",
    "EditForSaleConfigResult",
    "ForSaleConfig",
    "ObjectAndQuantity",
    "RateLimitInfo",
    "ReplaceForSaleConfigRequest",
]


class ForSaleConfig(ResponseModel):
    """Which objects of an event are (not) for sale; also given to create requests.

    ``for_sale=False``: the listed objects, area places and categories are NOT for sale.
    ``for_sale=True``: ONLY the listed ones are for sale.
    """

    for_sale: bool
    objects: list[str] = Field(default_factory=list[str])
    area_places: dict[str, int] = Field(default_factory=dict[str, int])
    categories: list[str] = Field(default_factory=list[str])
    """Category keys or labels."""

    @classmethod
    def create_new(
        cls,
        for_sale: bool,
        objects: Sequence[str] | None = None,
        area_places: Mapping[str, int] | None = None,
        categories: Sequence[str] | None = None,
    ) -> ForSaleConfig:
        """A for-sale config to give to a create call, as the official client's ``create_new``.

        Args:
            for_sale: True: only the listed objects are for sale; False: they are not.
            objects: Object labels.
            area_places: General admission places by area label.
            categories: Category keys or labels.

        Returns:
            The config; lists left out are empty.
        """
        return cls(
            for_sale=for_sale,
            objects=list(objects or ()),
            area_places=dict(area_places or {}),
            categories=list(categories or ()),
        )


class RateLimitInfo(ResponseModel):
    """How many for-sale config changes are left for an event in the current window."""

    rate_limit_remaining_calls: int
    rate_limit_reset_date: UtcDatetime | None = None


class EditForSaleConfigResult(ResponseModel):
    """Result of an edit-for-sale-config call: the config afterwards and the rate limit left."""

    for_sale_config: ForSaleConfig
    rate_limit_info: RateLimitInfo


class ObjectAndQuantity(RequestModel):
    """An object to (un)mark for sale; ``quantity`` only for general admission areas."""

    object: str
    quantity: Annotated[int, Field(gt=0)] | None = None


class EditForSaleConfigRequest(RequestModel):
    """Body of ``POST /events/{key}/actions/edit-for-sale-config`` (an incremental change)."""

    for_sale: Sequence[ObjectAndQuantity] | None = None
    not_for_sale: Sequence[ObjectAndQuantity] | None = None


class EditForSaleConfigForEventsRequest(RequestModel):
    """Body of ``POST /events/actions/edit-for-sale-config``: one edit per event key."""

    events: Mapping[str, EditForSaleConfigRequest]


class ReplaceForSaleConfigRequest(RequestModel):
    """Body of the mark-as-for-sale / mark-as-not-for-sale calls (replaces the whole config)."""

    objects: Sequence[str] | None = None
    area_places: Mapping[str, int] | None = None
    categories: Sequence[str] | None = None
