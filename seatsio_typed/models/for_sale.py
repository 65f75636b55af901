"""For-sale configs: which objects of an event can be sold, and how to change that."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated

from pydantic import Field, model_validator
from typing_extensions import NotRequired, TypedDict

from seatsio_typed.models._base import (
    DocumentedRequest,
    DocumentedResponse,
)
from seatsio_typed.models._constraints import AreaPlaces, Key, Name, ObjectLabel, PlaceCount
from seatsio_typed.models._types import SequenceAsList, UtcDatetime

__all__ = [
    "EditForSaleConfigForEventsRequest",
    "EditForSaleConfigRequest",
    "EditForSaleConfigResult",
    "ForSaleConfig",
    "ForSaleEdits",
    "ForSaleObject",
    "ObjectAndQuantity",
    "ObjectAndQuantityDict",
    "RateLimitInfo",
    "ReplaceForSaleConfigRequest",
]


class ForSaleConfig(DocumentedResponse):
    """Which objects of an event are (not) for sale; also given to create requests.

    ``for_sale=False``: the listed objects, area places and categories are NOT for sale.
    ``for_sale=True``: ONLY the listed ones are for sale.
    """

    for_sale: bool
    """False: the listed things are not for sale; True: only the listed things are."""
    objects: list[str] = Field(default_factory=list[str])
    """Object labels (seats, tables, booths, whole GA areas)."""
    area_places: dict[str, int] = Field(default_factory=dict[str, int])
    """Places of general admission areas, by area label."""
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


class RateLimitInfo(DocumentedResponse):
    """How many for-sale config changes are left for an event in the current window."""

    rate_limit_remaining_calls: int
    """For-sale changes still allowed for the event in the current window."""
    rate_limit_reset_date: UtcDatetime | None = None
    """When the window ends and the allowance is full again (UTC)."""


class EditForSaleConfigResult(DocumentedResponse):
    """Result of an edit-for-sale-config call: the config afterwards and the rate limit left."""

    for_sale_config: ForSaleConfig
    """The event's for-sale config after the change."""
    rate_limit_info: RateLimitInfo
    """How many for-sale changes are left for the event."""


class ObjectAndQuantity(DocumentedRequest):
    """An object to (un)mark for sale; ``quantity`` only for general admission areas."""

    object: ObjectLabel
    """The object's label (``A-1``, ``GA1``)."""
    quantity: PlaceCount | None = None
    """General admission only: how many of the area's places."""


class ObjectAndQuantityDict(TypedDict):
    """The official client's dict form of an ``ObjectAndQuantity``: ``{"object": "GA1"}``."""

    object: str
    """The object's label."""
    quantity: NotRequired[int]
    """General admission only: how many of the area's places."""


ForSaleObject = str | ObjectAndQuantity | ObjectAndQuantityDict
"""An object of an edit-for-sale-config call: a label, an ``ObjectAndQuantity`` or its dict."""


class ForSaleEdits(TypedDict, total=False):
    """One event's part of ``edit_for_sale_config_for_events``, keyed as in the official client."""

    for_sale: Sequence[ForSaleObject]
    """Objects (or GA places) to make for sale."""
    not_for_sale: Sequence[ForSaleObject]
    """Objects (or GA places) to make not for sale."""


class EditForSaleConfigRequest(DocumentedRequest):
    """Body of ``POST /events/{key}/actions/edit-for-sale-config`` (an incremental change)."""

    for_sale: Annotated[SequenceAsList[ObjectAndQuantity], Field(min_length=1)] | None = None
    """Objects (or GA places) to make for sale."""
    not_for_sale: Annotated[SequenceAsList[ObjectAndQuantity], Field(min_length=1)] | None = None
    """Objects (or GA places) to make not for sale."""

    @model_validator(mode="after")
    def _check_something_changes(self) -> EditForSaleConfigRequest:
        if self.for_sale is None and self.not_for_sale is None:
            raise ValueError("give for_sale or not_for_sale objects")
        return self


class EditForSaleConfigForEventsRequest(DocumentedRequest):
    """Body of ``POST /events/actions/edit-for-sale-config``: one edit per event key."""

    events: Mapping[Key, EditForSaleConfigRequest] = Field(min_length=1)
    """The edit of each event, by event key."""


class ReplaceForSaleConfigRequest(DocumentedRequest):
    """Body of the mark-as-for-sale / mark-as-not-for-sale calls (replaces the whole config)."""

    objects: SequenceAsList[ObjectLabel] | None = None
    """Object labels (seats, tables, booths, whole GA areas)."""
    area_places: AreaPlaces | None = None
    """Places of general admission areas, by area label."""
    categories: SequenceAsList[Name] | None = None
    """Category keys or labels."""
