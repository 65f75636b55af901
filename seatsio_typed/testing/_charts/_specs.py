"""What `ChartBuilder` collects before it lays a drawing out: plain specs, no geometry yet."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field

CategoryKey = int | str
"""A category key in its wire type."""


@dataclass(frozen=True, slots=True)
class Seat:
    """One seat of a row or table, with its own category, labels and accessibility flags."""

    label: str
    """The seat's label within its row."""
    _: KW_ONLY
    category: CategoryKey | None = None
    """Key of its category, if any."""
    display_label: str | None = None
    """Label shown to buyers, when it differs."""
    entrance: str | None = None
    """Label of the seat's entrance."""
    accessible: bool = False
    """A wheelchair-accessible seat."""
    companion_seat: bool = False
    """A seat for a companion of a wheelchair user."""
    lift_up_armrests: bool = False
    """A seat with lift-up armrests."""
    hearing_impaired: bool = False
    """A seat for hearing-impaired buyers."""
    semi_ambulatory: bool = False
    """A seat for semi-ambulatory buyers."""
    sign_language_interpretation: bool = False
    """A seat with a view of the sign language interpreter."""
    plus_size: bool = False
    """A plus-size seat."""
    restricted_view: bool = False
    """A seat with a restricted view."""

    def flags(self) -> tuple[bool, ...]:
        """The eight flags in the order of the drawing's accessibility keys."""
        return (
            self.accessible,
            self.companion_seat,
            self.lift_up_armrests,
            self.hearing_impaired,
            self.semi_ambulatory,
            self.sign_language_interpretation,
            self.plus_size,
            self.restricted_view,
        )


@dataclass(frozen=True, slots=True)
class RowSpec:
    """A row of seats."""

    label: str
    seats: tuple[Seat, ...]
    category: CategoryKey | None
    display_label: str | None


@dataclass(frozen=True, slots=True)
class TableSpec:
    """A round table with seats around it."""

    label: str
    seats: tuple[Seat, ...]
    category: CategoryKey | None
    book_as_a_whole: bool
    display_label: str | None


@dataclass(frozen=True, slots=True)
class BoothSpec:
    """A booth."""

    label: str
    category: CategoryKey | None
    display_label: str | None
    entrance: str | None


@dataclass(frozen=True, slots=True)
class AreaSpec:
    """A general admission area."""

    label: str
    capacity: int
    category: CategoryKey | None
    book_as_a_whole: bool
    variable_occupancy: bool
    min_occupancy: int | None
    display_label: str | None
    entrance: str | None


@dataclass(slots=True)
class ContentSpec:
    """The objects of one drawing (a floor's own or a section's)."""

    rows: list[RowSpec] = field(default_factory=list[RowSpec])
    tables: list[TableSpec] = field(default_factory=list[TableSpec])
    booths: list[BoothSpec] = field(default_factory=list[BoothSpec])
    areas: list[AreaSpec] = field(default_factory=list[AreaSpec])

    def is_empty(self) -> bool:
        """No objects at all."""
        return not (self.rows or self.tables or self.booths or self.areas)

    def categories(self) -> list[CategoryKey]:
        """Every category key the content names (to check that they exist)."""
        named: list[CategoryKey | None] = [row.category for row in self.rows]
        named += [table.category for table in self.tables]
        named += [booth.category for booth in self.booths]
        named += [area.category for area in self.areas]
        groups: list[RowSpec | TableSpec] = [*self.rows, *self.tables]
        for group in groups:
            named += [seat.category for seat in group.seats]
        return [key for key in named if key is not None]


@dataclass(slots=True)
class SectionSpec:
    """A section and its nested drawing."""

    label: str
    display_label: str | None
    category: CategoryKey | None
    entrance: str | None
    zone: str | None
    content: ContentSpec = field(default_factory=ContentSpec)


Coordinates = tuple[float, float]


@dataclass(slots=True)
class FloorSpec:
    """One floor, or the single drawing of a chart without floors (then `name` is None)."""

    name: str | None
    display_name: str | None
    focal_point: Coordinates | None = None
    auto_focal_point: bool = False
    content: ContentSpec = field(default_factory=ContentSpec)
    sections: list[SectionSpec] = field(default_factory=list[SectionSpec])

    def is_empty(self) -> bool:
        """Neither objects nor sections."""
        return self.content.is_empty() and not self.sections


@dataclass(frozen=True, slots=True)
class CategorySpec:
    """A category of the chart."""

    key: CategoryKey
    label: str
    color: str
    accessible: bool


@dataclass(frozen=True, slots=True)
class ZoneSpec:
    """A zone; without a focal point one is placed in front of its sections."""

    key: str
    label: str
    focal_point: Coordinates | None


@dataclass(slots=True)
class ChartSpec:
    """Everything a `ChartBuilder` was told."""

    name: str
    venue_type: str | None
    categories: list[CategorySpec] = field(default_factory=list[CategorySpec])
    zones: list[ZoneSpec] = field(default_factory=list[ZoneSpec])
    floors: list[FloorSpec] = field(default_factory=lambda: [FloorSpec(None, None)])
