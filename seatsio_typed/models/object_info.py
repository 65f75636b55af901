"""What a chart and an event know about one bookable object: labels, attributes, status."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import BeforeValidator, JsonValue

from seatsio_typed.models._base import ResponseModel
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models.categories import CategoryKey

__all__ = [
    "ChartObjectInfo",
    "EntranceLabel",
    "EventObjectInfo",
    "Floor",
    "LabelAndType",
    "ObjectIds",
    "ObjectInfo",
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


class ObjectInfo(ResponseModel):
    """What a chart and an event both say about one object: its labels and fixed attributes.

    The base of `ChartObjectInfo` (chart reports) and `EventObjectInfo` (the object in an
    event, with its status). Fields that do not apply to the object's type are None.
    """

    label: str
    """Full technical label, e.g. ``A-1`` or ``Section A-A-1``."""
    labels: ObjectLabels
    """Displayed labels of the object, its row or table, section and entrance."""
    ids: ObjectIds
    """Technical label parts of the object, its row or table and section."""
    category_label: str | None = None
    """Label of the object's category."""
    category_key: Annotated[CategoryKey, BeforeValidator(_number_when_whole)] | None = None
    """The category's key, comparable with ``Category.key``: a whole number is an ``int``.

    The API sends ``9`` or ``"9"`` for a category whose key is the number 9 (the designer's
    default); both become ``9``. Other keys stay text. (A chart whose string key is ``"9"``
    cannot be told apart: the API says ``"9"`` for both.)
    """
    object_type: ObjectType | None = None
    """Kind of object: seat, table, booth or general admission area."""
    area_type: str | None = None
    """GA areas: the kind of area (values undocumented, kept as sent)."""
    table_type: str | None = None
    """Tables: the kind of table (values undocumented, kept as sent)."""
    section: str | None = None
    """Label of the section holding the object."""
    entrance: str | None = None
    """Label of the object's entrance."""
    capacity: int | None = None
    """GA areas: number of places."""
    book_as_a_whole: bool | None = None
    """GA areas and tables: the chart's flag saying they are booked as one object."""
    num_seats: int | None = None
    """Tables: number of seats at the table."""
    is_accessible: bool | None = None
    """Seats: accessible seat."""
    is_companion_seat: bool | None = None
    """Seats: companion seat."""
    has_lift_up_armrests: bool | None = None
    """Seats: the seat has lift-up armrests."""
    is_hearing_impaired: bool | None = None
    """Seats: suited to hearing-impaired visitors."""
    is_semi_ambulatory_seat: bool | None = None
    """Seats: semi-ambulatory seat."""
    has_sign_language_interpretation: bool | None = None
    """Seats: sign language interpretation is visible from the seat."""
    is_plus_size: bool | None = None
    """Seats: plus-size seat."""
    has_restricted_view: bool | None = None
    """Seats: the view from the seat is restricted."""
    left_neighbour: str | None = None
    """Label of the seat to the left in the row."""
    right_neighbour: str | None = None
    """Label of the seat to the right in the row."""
    distance_to_focal_point: float | None = None
    """Distance from the chart's focal point."""
    zone: str | None = None
    """Key of the zone holding the object."""
    floor: Floor | None = None
    """Multi-floor charts: the floor holding the object."""


class ChartObjectInfo(ObjectInfo):
    """One object as a chart report lists it: labels and attributes, no event status."""


class EventObjectInfo(ObjectInfo):
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

    status: ObjectStatus
    """Status in the event: free, booked, held (``reservedByToken``), resale or custom."""
    ticket_type: str | None = None
    """Ticket type it was booked or held with."""
    order_id: str | None = None
    """Order id it was booked with."""
    for_sale: bool | None = None
    """Whether the object is for sale in the event."""
    hold_token: str | None = None
    """The hold token holding the object."""
    num_booked: int | None = None
    """GA: places booked or in a custom status."""
    num_free: int | None = None
    """GA: places free."""
    num_held: int | None = None
    """GA: places held."""
    num_not_for_sale: int | None = None
    """GA: places not for sale."""
    holds: dict[str, dict[str, int]] | None = None
    """GA: hold token -> ticket type (``NO_TICKET_TYPE`` when none) -> places held."""
    extra_data: dict[str, JsonValue] | None = None
    """Free-form data stored on the object when its status was changed."""
    displayed_object_type: str | None = None
    """Designer-defined display type of the object."""
    parent_displayed_object_type: str | None = None
    """Designer-defined display type of the object's parent."""
    is_available: bool | None = None
    """Selectable by ticket buyers right now."""
    availability_reason: str | None = None
    """``available``, ``not_for_sale``, ``not_available`` or the blocking status."""
    channel: str | None = None
    """Key of the channel the object is in."""
    variable_occupancy: bool | None = None
    """GA: the area's occupancy can vary between events."""
    min_occupancy: int | None = None
    """GA with variable occupancy: the fewest places."""
    max_occupancy: int | None = None
    """GA with variable occupancy: the most places."""
    season_status_overridden_quantity: int = 0
    """How many places of the object have their season status overridden in this event."""
    resale_listing_id: str | None = None
    """Id of the resale listing the object is put up for resale with."""
