"""`ObjectDef`: one bookable object and every fact the chart gives about it (chart-model.md §2).

Facts shared by many objects (the row or table, the section placement, the category, the
accessibility flags, the GA/table extras) are small immutable parts shared between objects:
that keeps `ChartIndex.from_drawing` fast on big charts. The flat names the API uses
(`section`, `zone`, `is_accessible`, `capacity`, ...) are properties over those parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from seatsio_typed.testing._charts.model import FloorDef, Ids, LabelPart, Labels

ObjectType = Literal["seat", "table", "generalAdmission", "booth"]
"""The API's object types (reports group by exactly these four)."""

OBJECT_TYPES: tuple[ObjectType, ...] = ("seat", "table", "generalAdmission", "booth")


@dataclass(frozen=True, slots=True)
class Parent:
    """The row or table holding a seat."""

    id: str
    """Technical label part of the row/table ("A", "T1")."""
    label: LabelPart
    """Displayed label and type ("row" or "table")."""
    group: int
    """Id of the row/table in `ChartIndex.groups`."""
    table: str | None
    """For a table: the technical label of the table object."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an object sits: section, entrance, zone and floor."""

    section: str | None
    """The `section` field: technical section label (or a sectionless row's section label)."""
    section_displayed: str | None
    """`labels.section`: the displayed section label."""
    section_id: str | None
    """`ids.section`: only for real sections, part of the technical label."""
    entrance: str | None
    zone: str | None
    floor: FloorDef | None


@dataclass(frozen=True, slots=True)
class ObjectCategory:
    """An object's resolved category: wire key, key as text, label from the category list."""

    key: int | str
    key_text: str
    label: str | None
    accessible: bool


@dataclass(frozen=True, slots=True)
class Accessibility:
    """The eight accessibility flags of a seat."""

    is_accessible: bool = False
    is_companion_seat: bool = False
    has_lift_up_armrests: bool = False
    is_hearing_impaired: bool = False
    is_semi_ambulatory_seat: bool = False
    has_sign_language_interpretation: bool = False
    is_plus_size: bool = False
    has_restricted_view: bool = False

    def to_json(self) -> dict[str, bool]:
        """The flags under their API names."""
        return {
            "isAccessible": self.is_accessible,
            "isCompanionSeat": self.is_companion_seat,
            "hasLiftUpArmrests": self.has_lift_up_armrests,
            "isHearingImpaired": self.is_hearing_impaired,
            "isSemiAmbulatorySeat": self.is_semi_ambulatory_seat,
            "hasSignLanguageInterpretation": self.has_sign_language_interpretation,
            "isPlusSize": self.is_plus_size,
            "hasRestrictedView": self.has_restricted_view,
        }


@dataclass(frozen=True, slots=True)
class Extras:
    """Type-specific facts of GA areas, tables and booths, and their drawn size."""

    capacity: int | None = None
    book_as_a_whole: bool = False
    num_seats: int | None = None
    variable_occupancy: bool = False
    min_occupancy: int | None = None
    max_occupancy: int | None = None
    half_width: float = 0.0
    """Half the drawn width in chart units (0 for seats); used by thumbnails."""
    half_height: float = 0.0
    seat_group: int | None = None
    """For a table: the id of its seats' group in `ChartIndex.groups`."""
    shape_type: str | None = None
    """The drawing's `type` of a table ("round", ...) or GA area ("circle", ...). NOT sent as
    the 83.21 `tableType` / `areaType`: their values are undocumented and the link to the
    drawing is unverified, and the reference says to omit them unless a value is known
    (object-status.md §4.1, reports.md)."""


SEAT_EXTRAS = Extras()
NO_FLAGS = Accessibility()


@dataclass(frozen=True, slots=True)
class ObjectDef:
    """A bookable object (seat, table, GA area or booth) as the chart defines it.

    `label` is the technical label, the object's id in every API call. `labels`/`ids` give the
    displayed and technical label parts; `category_key` is the key as text ("9"), `category`
    the key in its wire type, `category_label` comes from the category list (never from the
    possibly stale copy stored on the object).
    """

    label: str
    object_type: ObjectType
    own_id: str
    """Technical label of the object itself ("7" for seat A-7)."""
    own_label: str
    """Displayed label of the object itself."""
    parent: Parent | None
    place: Placement
    object_category: ObjectCategory | None
    accessibility: Accessibility
    extras: Extras
    uuid: str | None
    order: int
    """Position in chart traversal order (chart-model.md §2.1)."""
    left_neighbour: str | None
    right_neighbour: str | None
    distance_to_focal_point: float | None
    x: float
    """Absolute x (a section's `topLeft` included)."""
    y: float
    position: int | None
    """For seats: index of the seat in its row/table."""
    unlabeled: bool
    """True when a label part is missing, empty or the designer's "?" placeholder."""

    @property
    def labels(self) -> Labels:
        """Displayed labels (own, parent, section, entrance)."""
        parent = self.parent
        return Labels(
            LabelPart(self.own_label, self.object_type),
            None if parent is None else parent.label,
            self.place.section_displayed,
            self.place.entrance,
        )

    @property
    def ids(self) -> Ids:
        """Technical label parts (own, parent, section)."""
        parent = self.parent
        return Ids(self.own_id, None if parent is None else parent.id, self.place.section_id)

    @property
    def category(self) -> int | str | None:
        """The category key in its wire type (int or string), None without category."""
        found = self.object_category
        return None if found is None else found.key

    @property
    def category_key(self) -> str | None:
        """The category key as the API reports it on objects ("9")."""
        found = self.object_category
        return None if found is None else found.key_text

    @property
    def category_label(self) -> str | None:
        """The category label, looked up in the chart's category list."""
        found = self.object_category
        return None if found is None else found.label

    @property
    def section(self) -> str | None:
        """The `section` field (technical section label)."""
        return self.place.section

    @property
    def entrance(self) -> str | None:
        """The object's entrance, its own or its section's."""
        return self.place.entrance

    @property
    def zone(self) -> str | None:
        """Key of the zone of the object's section."""
        return self.place.zone

    @property
    def floor(self) -> FloorDef | None:
        """The floor holding the object, only on multi-floor charts."""
        return self.place.floor

    @property
    def group(self) -> int | None:
        """For seats, their row/table in `ChartIndex.groups`; for a table, its seats' group."""
        return self.extras.seat_group if self.parent is None else self.parent.group

    @property
    def table(self) -> str | None:
        """For a seat at a table: the technical label of the table object."""
        return None if self.parent is None else self.parent.table

    @property
    def capacity(self) -> int | None:
        """Places of a GA area."""
        return self.extras.capacity

    @property
    def book_as_a_whole(self) -> bool:
        """The chart flag of a GA area or table (not an event's table booking mode)."""
        return self.extras.book_as_a_whole

    @property
    def num_seats(self) -> int | None:
        """Seats at a table."""
        return self.extras.num_seats

    @property
    def variable_occupancy(self) -> bool:
        """Whether a GA area is booked by one buyer for a chosen number of places."""
        return self.extras.variable_occupancy

    @property
    def min_occupancy(self) -> int | None:
        """A GA area's stored minimum occupancy."""
        return self.extras.min_occupancy

    @property
    def max_occupancy(self) -> int | None:
        """A variable-occupancy area's maximum (its capacity unless the drawing says more)."""
        return self.extras.max_occupancy

    @property
    def is_accessible(self) -> bool:
        """Wheelchair accessible: the seat or its category is marked so."""
        return self.accessibility.is_accessible

    @property
    def is_companion_seat(self) -> bool:
        """A companion seat."""
        return self.accessibility.is_companion_seat

    @property
    def has_lift_up_armrests(self) -> bool:
        """Lift-up armrests."""
        return self.accessibility.has_lift_up_armrests

    @property
    def is_hearing_impaired(self) -> bool:
        """Suited to the hearing impaired."""
        return self.accessibility.is_hearing_impaired

    @property
    def is_semi_ambulatory_seat(self) -> bool:
        """A semi-ambulatory seat."""
        return self.accessibility.is_semi_ambulatory_seat

    @property
    def has_sign_language_interpretation(self) -> bool:
        """Sign language interpretation in view."""
        return self.accessibility.has_sign_language_interpretation

    @property
    def is_plus_size(self) -> bool:
        """A plus-size seat."""
        return self.accessibility.is_plus_size

    @property
    def has_restricted_view(self) -> bool:
        """A restricted view."""
        return self.accessibility.has_restricted_view

    @property
    def half_width(self) -> float:
        """Half the drawn width in chart units (0 for seats)."""
        return self.extras.half_width

    @property
    def half_height(self) -> float:
        """Half the drawn height in chart units (0 for seats)."""
        return self.extras.half_height

    def chart_info(self) -> dict[str, object]:
        """The chart-level fields of this object as object infos and chart reports send them.

        A fresh dict on every call, absent keys left out (never null); event state (status,
        forSale, holds, ...) is for the caller to add. Accessibility flags appear on seats
        only; `leftNeighbour`/`rightNeighbour` on row seats only (chart-model.md §2.8).
        """
        place = self.place
        info: dict[str, object] = {
            "label": self.label,
            "labels": self.labels.to_json(),
            "ids": self.ids.to_json(),
        }
        category = self.object_category
        if category is not None:
            info["categoryKey"] = category.key_text
            if category.label is not None:
                info["categoryLabel"] = category.label
        info["objectType"] = self.object_type
        if place.section is not None:
            info["section"] = place.section
        if place.entrance is not None:
            info["entrance"] = place.entrance
        if place.zone is not None:
            info["zone"] = place.zone
        if place.floor is not None:
            info["floor"] = place.floor.to_json()
        if self.object_type == "seat":
            info.update(self.accessibility.to_json())
        if self.left_neighbour is not None:
            info["leftNeighbour"] = self.left_neighbour
        if self.right_neighbour is not None:
            info["rightNeighbour"] = self.right_neighbour
        if self.distance_to_focal_point is not None:
            info["distanceToFocalPoint"] = self.distance_to_focal_point
        extras = self.extras
        if self.object_type == "generalAdmission":
            info["capacity"] = extras.capacity
            info["bookAsAWhole"] = extras.book_as_a_whole
            info["variableOccupancy"] = extras.variable_occupancy
            # The occupancy bounds only apply to variable-occupancy areas (object-status.md §4.1).
            if extras.variable_occupancy:
                if extras.min_occupancy is not None:
                    info["minOccupancy"] = extras.min_occupancy
                info["maxOccupancy"] = extras.max_occupancy
        elif self.object_type == "table":
            info["numSeats"] = extras.num_seats
            info["bookAsAWhole"] = extras.book_as_a_whole
        return info
