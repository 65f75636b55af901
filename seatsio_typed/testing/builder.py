"""Build chart drawings for tests and demos, in the same format as charts made in the designer.

    drawing = (
        ChartBuilder("Concert hall")
        .category(1, "Stalls", "#ff0000")
        .category(2, "Standing", "#00aa00")
        .focal_point()
        .row("A", seats=10, category=1)
        .row("B", seats=["1", "2", Seat("3", accessible=True)], category=1)
        .ga_area("Floor", capacity=100, category=2)
        .section("Balcony", category=1, entrance="Gate 2")
        .row("A", seats=8)
        .done()
        .build()
    )

Upload the result to the emulator (or to Seats.io) as a chart. Geometry is simple but real:
rows are stacked front to back (row after row, 25 units apart) with seats 20 units apart and
centred; tables, booths and GA areas follow in lines; sections sit side by side behind the
floor's own objects, offset by `topLeft`. `focal_point()` without coordinates puts the focal
point in the middle of the front edge, so the best seats are the middle of the first row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from seatsio_typed.testing._charts._layout import render_chart
from seatsio_typed.testing._charts._specs import (
    AreaSpec,
    BoothSpec,
    CategoryKey,
    CategorySpec,
    ChartSpec,
    ContentSpec,
    FloorSpec,
    RowSpec,
    Seat,
    SectionSpec,
    TableSpec,
    ZoneSpec,
)

__all__ = ["ChartBuilder", "Seat", "SectionBuilder"]

_PALETTE = ("#4176A5", "#FCA700", "#5E42ED", "#87A9CD", "#992C4E", "#2E8B57", "#D2691E")

_Self = TypeVar("_Self", bound="_ContentBuilder")


def _seats(seats: int | Sequence[str | Seat], first: int) -> tuple[Seat, ...]:
    if isinstance(seats, str):
        raise TypeError("seats must be a count or a list of labels/Seat objects, not a string")
    if isinstance(seats, int):
        if seats < 0:
            raise ValueError(f"a negative number of seats: {seats}")
        return tuple(Seat(str(number)) for number in range(first, first + seats))
    return tuple(seat if isinstance(seat, Seat) else Seat(seat) for seat in seats)


class _ContentBuilder:
    """The objects any drawing can hold: rows, tables, booths and GA areas."""

    _content: ContentSpec

    def row(
        self: _Self,
        label: str,
        seats: int | Sequence[str | Seat],
        *,
        category: CategoryKey | None = None,
        display_label: str | None = None,
        first_seat: int = 1,
    ) -> _Self:
        """Add a row: `seats` is a count (labelled from `first_seat`) or labels/Seat objects."""
        self._content.rows.append(
            RowSpec(label, _seats(seats, first_seat), category, display_label)
        )
        return self

    def table(
        self: _Self,
        label: str,
        seats: int | Sequence[str | Seat] = 6,
        *,
        category: CategoryKey | None = None,
        book_as_a_whole: bool = False,
        display_label: str | None = None,
    ) -> _Self:
        """Add a round table, booked by seat unless `book_as_a_whole`."""
        self._content.tables.append(
            TableSpec(label, _seats(seats, 1), category, book_as_a_whole, display_label)
        )
        return self

    def booth(
        self: _Self,
        label: str,
        *,
        category: CategoryKey | None = None,
        display_label: str | None = None,
        entrance: str | None = None,
    ) -> _Self:
        """Add a booth."""
        self._content.booths.append(BoothSpec(label, category, display_label, entrance))
        return self

    def ga_area(
        self: _Self,
        label: str,
        capacity: int,
        *,
        category: CategoryKey | None = None,
        book_as_a_whole: bool = False,
        variable_occupancy: bool = False,
        min_occupancy: int | None = None,
        display_label: str | None = None,
        entrance: str | None = None,
    ) -> _Self:
        """Add a general admission area with `capacity` places."""
        if capacity < 0:
            raise ValueError(f"a GA area cannot have a negative capacity: {capacity}")
        if variable_occupancy and min_occupancy is None:
            min_occupancy = 1
        self._content.areas.append(
            AreaSpec(
                label,
                capacity,
                category,
                book_as_a_whole,
                variable_occupancy,
                min_occupancy,
                display_label,
                entrance,
            )
        )
        return self


class SectionBuilder(_ContentBuilder):
    """Adds objects to one section; `done()` returns to the chart."""

    def __init__(self, chart: ChartBuilder, section: SectionSpec) -> None:
        """Made by `ChartBuilder.section`."""
        self._chart = chart
        self._content = section.content

    def done(self) -> ChartBuilder:
        """Finish this section and continue with the chart."""
        return self._chart


class ChartBuilder(_ContentBuilder):
    """A fluent, typed builder of chart drawings (see the module docstring)."""

    def __init__(self, name: str = "Untitled chart", *, venue_type: str | None = None) -> None:
        """Start a chart; the venue type follows from its content unless given."""
        self._spec = ChartSpec(name, venue_type)
        self._floor = self._spec.floors[0]
        self._content = self._floor.content

    def category(
        self,
        key: CategoryKey,
        label: str,
        color: str | None = None,
        *,
        accessible: bool = False,
    ) -> ChartBuilder:
        """Define a category; `key` keeps its type (int or str) in the drawing."""
        if isinstance(key, bool):
            raise TypeError("a category key is an int or a string")
        if any(str(existing.key) == str(key) for existing in self._spec.categories):
            raise ValueError(f"category {key!r} is already defined")
        colour = color or _PALETTE[len(self._spec.categories) % len(_PALETTE)]
        self._spec.categories.append(CategorySpec(key, label, colour, accessible))
        return self

    def zone(
        self, key: str, label: str, focal_point: tuple[float, float] | None = None
    ) -> ChartBuilder:
        """Define a zone; without a focal point it gets one in front of its sections."""
        if any(existing.key == key for existing in self._spec.zones):
            raise ValueError(f"zone {key!r} is already defined")
        self._spec.zones.append(ZoneSpec(key, label, focal_point))
        return self

    def focal_point(self, x: float | None = None, y: float | None = None) -> ChartBuilder:
        """Set the current floor's focal point; no coordinates: the middle of the front edge."""
        if (x is None) != (y is None):
            raise ValueError("give both coordinates of the focal point, or neither")
        if x is None or y is None:
            self._floor.focal_point, self._floor.auto_focal_point = None, True
        else:
            self._floor.focal_point, self._floor.auto_focal_point = (x, y), False
        return self

    def floor(self, name: str, display_name: str | None = None) -> ChartBuilder:
        """Start a new floor: what follows goes onto it (the chart becomes multi-floor)."""
        floors = self._spec.floors
        if any(floor.name == name for floor in floors):
            raise ValueError(f"floor {name!r} is already defined")
        new_floor = FloorSpec(name, display_name or name)
        if floors[0].name is None:
            if not floors[0].is_empty():
                raise ValueError("call floor() before adding objects to a multi-floor chart")
            new_floor.focal_point = floors[0].focal_point
            new_floor.auto_focal_point = floors[0].auto_focal_point
            floors.clear()
        floors.append(new_floor)
        self._floor = new_floor
        self._content = new_floor.content
        return self

    def section(
        self,
        label: str,
        *,
        category: CategoryKey | None = None,
        entrance: str | None = None,
        zone: str | None = None,
        display_label: str | None = None,
    ) -> SectionBuilder:
        """Add a section to the current floor; its objects inherit category and entrance."""
        spec = SectionSpec(label, display_label, category, entrance, zone)
        self._floor.sections.append(spec)
        return SectionBuilder(self, spec)

    def build(self) -> dict[str, object]:
        """The drawing as JSON-ready data (a new dict on every call)."""
        self._check_references()
        return render_chart(self._spec)

    def _check_references(self) -> None:
        categories = {str(cat.key) for cat in self._spec.categories}
        zones = {zone.key for zone in self._spec.zones}
        for floor in self._spec.floors:
            named = floor.content.categories()
            for section in floor.sections:
                named += section.content.categories()
                if section.category is not None:
                    named.append(section.category)
                if section.zone is not None and section.zone not in zones:
                    raise ValueError(f"section {section.label!r}: unknown zone {section.zone!r}")
            unknown = sorted({str(key) for key in named} - categories)
            if unknown:
                raise ValueError(f"unknown categories {unknown}: define them with category()")
