"""What an event knows about one bookable object: status, labels, counters, attributes."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import BeforeValidator, JsonValue

from seatsio_typed.models._base import ResponseModel
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models.categories import CategoryKey

__all__ = [
    "EntranceLabel",
    "EventObjectInfo",
    "Floor",
    "LabelAndType",
    "ObjectIds",
    "ObjectLabels",
    "ObjectStatus",
    "ObjectType",
]


class ObjectStatus(OpenEnum):
    """Status of an object in an event; any other string is a custom status (kept as is)."""

    FREE = "free"
    RESERVED_BY_TOKEN = "reservedByToken"
    """Held with a hold token (the official client calls it ``HELD``)."""
    BOOKED = "booked"
    RESALE = "resale"


class ObjectType(OpenEnum):
    """Kind of bookable object."""

    SEAT = "seat"
    TABLE = "table"
    BOOTH = "booth"
    GENERAL_ADMISSION = "generalAdmission"


class LabelAndType(ResponseModel):
    """A displayed label and the kind of thing it labels (``seat``, ``row``, ``table`` ...)."""

    label: str
    type: str


class EntranceLabel(ResponseModel):
    """The displayed label of an entrance."""

    label: str


class ObjectLabels(ResponseModel):
    """Displayed labels of an object and of what contains it; absent parts are None."""

    own: LabelAndType
    parent: LabelAndType | None = None
    """The row or table of a seat."""
    section: str | None = None
    entrance: EntranceLabel | None = None


class ObjectIds(ResponseModel):
    """Technical label parts of an object (``own`` is what booking calls use)."""

    own: str
    parent: str | None = None
    section: str | None = None


class Floor(ResponseModel):
    """The floor holding an object on a multi-floor chart."""

    name: str
    display_name: str | None = None


def _number_when_whole(value: object) -> object:
    # Only the canonical decimal form: "09", " 9" and "٩" stay text.
    if isinstance(value, str) and value[-1:].isdigit():
        try:
            number = int(value)
        except ValueError:
            return value
        return number if str(number) == value else value
    return value


class EventObjectInfo(ResponseModel):
    """The state of one object in an event (object infos, status-change results, reports).

    Fields that do not apply to the object's type are None (GA counters on a seat, seat
    attributes on a GA area, ``holdToken`` when not held ...).
    """

    FREE: ClassVar[ObjectStatus] = ObjectStatus.FREE
    """The official client's name of the status of a free object."""
    BOOKED: ClassVar[ObjectStatus] = ObjectStatus.BOOKED
    """The official client's name of the status of a booked object."""
    HELD: ClassVar[ObjectStatus] = ObjectStatus.RESERVED_BY_TOKEN
    """The official client's name of the status of an object held with a hold token."""
    RESALE: ClassVar[ObjectStatus] = ObjectStatus.RESALE
    """The official client's name of the status of an object up for resale."""

    label: str
    """Full technical label, e.g. ``A-1`` or ``Section A-A-1``."""
    labels: ObjectLabels
    ids: ObjectIds
    status: ObjectStatus
    category_label: str | None = None
    category_key: Annotated[CategoryKey, BeforeValidator(_number_when_whole)] | None = None
    """The category's key, comparable with ``Category.key``: a whole number is an ``int``.

    The API sends ``9`` or ``"9"`` for a category whose key is the number 9 (the designer's
    default); both become ``9``. Other keys stay text. (A chart whose string key is ``"9"``
    cannot be told apart: the API says ``"9"`` for both.)
    """
    ticket_type: str | None = None
    order_id: str | None = None
    for_sale: bool | None = None
    hold_token: str | None = None
    object_type: ObjectType | None = None
    section: str | None = None
    entrance: str | None = None
    capacity: int | None = None
    num_booked: int | None = None
    """GA: places booked or in a custom status."""
    num_free: int | None = None
    num_held: int | None = None
    num_not_for_sale: int | None = None
    holds: dict[str, dict[str, int]] | None = None
    """GA: hold token -> ticket type (``NO_TICKET_TYPE`` when none) -> places held."""
    book_as_a_whole: bool | None = None
    num_seats: int | None = None
    extra_data: dict[str, JsonValue] | None = None
    is_accessible: bool | None = None
    is_companion_seat: bool | None = None
    has_lift_up_armrests: bool | None = None
    is_hearing_impaired: bool | None = None
    is_semi_ambulatory_seat: bool | None = None
    has_sign_language_interpretation: bool | None = None
    is_plus_size: bool | None = None
    has_restricted_view: bool | None = None
    displayed_object_type: str | None = None
    parent_displayed_object_type: str | None = None
    left_neighbour: str | None = None
    right_neighbour: str | None = None
    is_available: bool | None = None
    """Selectable by ticket buyers right now."""
    availability_reason: str | None = None
    """``available``, ``not_for_sale``, ``not_available`` or the blocking status."""
    channel: str | None = None
    """Key of the channel the object is in."""
    distance_to_focal_point: float | None = None
    variable_occupancy: bool | None = None
    min_occupancy: int | None = None
    max_occupancy: int | None = None
    season_status_overridden_quantity: int = 0
    zone: str | None = None
    floor: Floor | None = None
    resale_listing_id: str | None = None
