"""Seat maps as SVG: a chart or an event drawn from its drawing, for a person debugging a test.

An event's map colours each bookable object by what a buyer would meet: its status (booked,
held, resale, a custom status), else not for sale, else the channel it sits in (in the
channel's colour), else free. A chart's map colours objects by category. Seats are dots, tables
and general admission areas ellipses, booths squares, at the drawing's positions scaled to fit
`WIDTH` pixels; the focal point is a cross. A legend under the map names every colour used with
its count. Every object carries `data-label` and `data-state` attributes and a tooltip (`title`)
with its label and state, so a browser's inspector (or a test) can find any seat.

Computed from the state on every call, never stored; same state, same bytes.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final
from xml.sax.saxutils import escape, quoteattr

from seatsio_typed.testing._charts import ChartIndex, ObjectDef
from seatsio_typed.testing._charts.model import Point
from seatsio_typed.testing._engine.records import BOOKED, FREE, HELD, RESALE, ObjectState
from seatsio_typed.testing._engine.view import EventView

WIDTH: Final = 800
"""Width of the map in pixels (the height follows the drawing's proportions)."""

FREE_COLOUR: Final = "#43a047"
BOOKED_COLOUR: Final = "#e53935"
HELD_COLOUR: Final = "#fb8c00"
RESALE_COLOUR: Final = "#8e24aa"
NOT_FOR_SALE_COLOUR: Final = "#9e9e9e"
NO_CATEGORY_COLOUR: Final = "#b0b0b0"
CUSTOM_COLOURS: Final = ("#1e88e5", "#00897b", "#6d4c41", "#3949ab", "#c0ca33", "#d81b60")
"""Custom statuses in the order of their names, cycling."""

_MARGIN: Final = 20.0
_SEAT_SIZE: Final = 8.0
"""A seat's radius in drawing units (seats of a row sit about 20 units apart)."""
_LEGEND_ROW: Final = 22
_MAX_FACTOR: Final = 1.5
"""At most this many pixels per drawing unit: a seat is then at most ~20 pixels across."""
_MAX_COORDINATE: Final = 1e12


@dataclass(frozen=True)
class Mark:
    """One object as drawn: where, what shape, and the legend entry it belongs to."""

    obj: ObjectDef
    state: str
    """The legend entry: a status, `not for sale`, `channel <key>`, `free`, or a category."""
    colour: str
    tooltip: str
    caption: str = ""
    """Written on the shape (GA areas: their place counts)."""


def event_seat_map(view: EventView) -> str:
    """The SVG seat map of an event: every bookable object coloured by its state."""
    custom = sorted(
        {_status(view, obj) for obj in view.bookable.objects} - {FREE, BOOKED, HELD, RESALE}
    )
    custom_colours = {
        status: CUSTOM_COLOURS[position % len(CUSTOM_COLOURS)]
        for position, status in enumerate(custom)
    }
    channel_colours = {
        channel.key: channel.color or CUSTOM_COLOURS[0] for channel in view.event.channels
    }
    marks = [
        _captioned(
            _event_mark(view, obj, custom_colours, channel_colours),
            view.event.state_of(obj.label),
        )
        for obj in view.bookable.objects
    ]
    title = f"Event {view.event.key} on chart {view.chart.key}"
    return _svg(title, view.index.focal_point, marks)


def chart_seat_map(index: ChartIndex, chart_key: str) -> str:
    """The SVG seat map of a chart: every object coloured by its category."""
    colours = {category.key_text: category.color for category in index.categories}
    labels = {category.key_text: category.label for category in index.categories}
    marks: list[Mark] = []
    for obj in index.objects:
        key = obj.category_key
        name = "no category" if key is None else f"category {labels.get(key) or key}"
        colour = NO_CATEGORY_COLOUR if key is None else colours.get(key, NO_CATEGORY_COLOUR)
        marks.append(Mark(obj, name, colour, f"{obj.label}: {name}"))
    return _svg(f"Chart {chart_key}: {index.name}", index.focal_point, marks)


def _status(view: EventView, obj: ObjectDef) -> str:
    return view.event.state_of(obj.label).status


def _event_mark(
    view: EventView,
    obj: ObjectDef,
    custom_colours: dict[str, str],
    channel_colours: dict[str, str],
) -> Mark:
    state = view.event.state_of(obj.label)
    status = state.status
    counts = _area_counts(obj, state)
    if status != FREE:
        colour = {BOOKED: BOOKED_COLOUR, HELD: HELD_COLOUR, RESALE: RESALE_COLOUR}.get(
            status, custom_colours.get(status, CUSTOM_COLOURS[0])
        )
        return Mark(obj, status, colour, f"{obj.label}: {status}{counts}")
    if not view.for_sale(obj).for_sale:
        return Mark(obj, "not for sale", NOT_FOR_SALE_COLOUR, f"{obj.label}: not for sale{counts}")
    channel = view.channel(obj.label)
    if channel is not None:
        entry = f"channel {channel}"
        return Mark(
            obj,
            entry,
            channel_colours.get(channel, CUSTOM_COLOURS[0]),
            f"{obj.label}: free, {entry}{counts}",
        )
    return Mark(obj, FREE, FREE_COLOUR, f"{obj.label}: free{counts}")


def _captioned(mark: Mark, state: ObjectState) -> Mark:
    """GA areas show their counts on the map too: one colour cannot say "12 of 100 booked"."""
    if mark.obj.object_type != "generalAdmission":
        return mark
    caption = f"{mark.obj.label}: {state.num_booked} booked, {state.num_held} held"
    return dataclasses.replace(mark, caption=f"{caption} / {mark.obj.capacity or 0}")


def _area_counts(obj: ObjectDef, state: ObjectState) -> str:
    if obj.object_type != "generalAdmission":
        return ""
    return f" ({state.num_booked} booked, {state.num_held} held of {obj.capacity or 0})"


class _Scale:
    """Maps drawing units to pixels: the drawing's bounds scaled to fit `WIDTH` with a margin,
    at most `_MAX_FACTOR` pixels per unit (a small hall is not blown up), centred across."""

    def __init__(self, objects: Sequence[ObjectDef], focal_point: Point | None) -> None:
        xs = [obj.x - max(obj.half_width, _SEAT_SIZE) for obj in objects]
        xs += [obj.x + max(obj.half_width, _SEAT_SIZE) for obj in objects]
        ys = [obj.y - max(obj.half_height, _SEAT_SIZE) for obj in objects]
        ys += [obj.y + max(obj.half_height, _SEAT_SIZE) for obj in objects]
        if focal_point is not None:
            xs.append(focal_point.x)
            ys.append(focal_point.y)
        self.left, self.top = (min(xs), min(ys)) if xs else (0.0, 0.0)
        span_x = max((max(xs) - self.left) if xs else 1.0, 1e-9)
        span_y = max((max(ys) - self.top) if ys else 1.0, 1e-9)
        self.factor = min((WIDTH - 2 * _MARGIN) / span_x, _MAX_FACTOR)
        self.offset_x = (WIDTH - span_x * self.factor) / 2
        self.height = round(span_y * self.factor + 2 * _MARGIN)

    def x(self, value: float) -> float:
        return self.offset_x + (value - self.left) * self.factor

    def y(self, value: float) -> float:
        return _MARGIN + (value - self.top) * self.factor

    def size(self, value: float) -> float:
        return max(value * self.factor, 1.0)


def _svg(title: str, focal_point: Point | None, marks: Sequence[Mark]) -> str:
    drawable = [mark for mark in marks if _drawable(mark.obj)]
    scale = _Scale([mark.obj for mark in drawable], focal_point)
    legend = _legend(drawable)
    height = scale.height + _LEGEND_ROW * (len(legend) + 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="13">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        '<g class="objects">',
    ]
    # Areas and tables first, so that seats stay visible on top of them.
    for mark in sorted(drawable, key=lambda m: (m.obj.object_type == "seat", m.obj.order)):
        parts.append(_shape(mark, scale))
    parts.append("</g>")
    captions = [_caption(mark, scale) for mark in drawable if mark.caption]
    if captions:
        parts += ['<g class="captions" text-anchor="middle">', *captions, "</g>"]
    if focal_point is not None:
        x, y = scale.x(focal_point.x), scale.y(focal_point.y)
        parts.append(
            f'<path class="focal-point" d="M{x - 6:.1f} {y:.1f}H{x + 6:.1f}M{x:.1f} {y - 6:.1f}'
            f'V{y + 6:.1f}" stroke="#222222" stroke-width="2"/>'
        )
    parts.append(_legend_svg(legend, scale.height))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _drawable(obj: ObjectDef) -> bool:
    # Real drawings stay far below this; absurd coordinates would make a useless picture.
    return all(
        abs(value) <= _MAX_COORDINATE for value in (obj.x, obj.y, obj.half_width, obj.half_height)
    )


def _shape(mark: Mark, scale: _Scale) -> str:
    obj = mark.obj
    x, y = scale.x(obj.x), scale.y(obj.y)
    attributes = (
        f"data-label={quoteattr(obj.label)} data-state={quoteattr(mark.state)} "
        f'fill="{mark.colour}" stroke="#333333" stroke-width="0.5"'
    )
    tooltip = f"<title>{escape(mark.tooltip)}</title>"
    if obj.object_type == "seat":
        radius = scale.size(_SEAT_SIZE * 0.8)
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" {attributes}>{tooltip}</circle>'
    rx, ry = scale.size(obj.half_width), scale.size(obj.half_height)
    if obj.object_type == "booth":
        return (
            f'<rect x="{x - rx:.1f}" y="{y - ry:.1f}" width="{2 * rx:.1f}" height="{2 * ry:.1f}" '
            f"{attributes}>{tooltip}</rect>"
        )
    return (
        f'<ellipse cx="{x:.1f}" cy="{y:.1f}" rx="{rx:.1f}" ry="{ry:.1f}" fill-opacity="0.6" '
        f"{attributes}>{tooltip}</ellipse>"
    )


def _caption(mark: Mark, scale: _Scale) -> str:
    x, y = scale.x(mark.obj.x), scale.y(mark.obj.y)
    return f'<text x="{x:.1f}" y="{y + 5:.1f}">{escape(mark.caption)}</text>'


def _legend(marks: Sequence[Mark]) -> list[tuple[str, str, int]]:
    """(state, colour, count) per legend entry, in the order first met."""
    counts = Counter(mark.state for mark in marks)
    colours: dict[str, str] = {}
    for mark in marks:
        colours.setdefault(mark.state, mark.colour)
    return [(state, colour, counts[state]) for state, colour in colours.items()]


def _legend_svg(entries: Sequence[tuple[str, str, int]], top: int) -> str:
    rows = ['<g class="legend">']
    for position, (state, colour, count) in enumerate(entries):
        y = top + _LEGEND_ROW * position + 6
        rows.append(
            f'<rect x="{_MARGIN:.0f}" y="{y}" width="14" height="14" fill="{colour}" '
            f'stroke="#333333" stroke-width="0.5"/>'
            f'<text x="{_MARGIN + 22:.0f}" y="{y + 12}" data-state={quoteattr(state)}>'
            f"{escape(state)}: {count}</text>"
        )
    rows.append("</g>")
    return "\n".join(rows)
