"""Chart thumbnails: the bookable objects drawn on a fixed-size PNG, same bytes for same drawing.

Seats are dots, tables discs, booths squares and GA areas ellipses, each in its category's
colour (grey without one), scaled to fit the canvas with the focal point marked as a cross.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from seatsio_typed.testing._charts._png import encode_png
from seatsio_typed.testing._charts.index import ChartIndex
from seatsio_typed.testing._charts.model import Point
from seatsio_typed.testing._charts.objects import ObjectDef

THUMBNAIL_WIDTH: Final = 320
THUMBNAIL_HEIGHT: Final = 200

Colour = tuple[int, int, int]

_BACKGROUND: Final[Colour] = (255, 255, 255)
_NO_CATEGORY: Final[Colour] = (150, 150, 150)
_FOCAL_POINT: Final[Colour] = (220, 40, 40)
_MARGIN: Final = 10
_MAX_COORDINATE: Final = 1e12


def render_thumbnail(chart: ChartIndex | Mapping[str, object]) -> bytes:
    """Draw the chart's bookable objects as a THUMBNAIL_WIDTH x THUMBNAIL_HEIGHT PNG."""
    index = chart if isinstance(chart, ChartIndex) else ChartIndex.from_drawing(chart)
    canvas = _Canvas(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT)
    objects = tuple(obj for obj in index.objects if _drawable(obj))
    if objects:
        view = _View.fitting(objects, canvas)
        colours = {cat.key_text: _parse_colour(cat.color) for cat in index.categories}
        # Big shapes first so that seats stay visible on top of them.
        for obj in sorted(objects, key=lambda o: (o.object_type == "seat", o.order)):
            colour = colours.get(obj.category_key or "", _NO_CATEGORY)
            _draw(canvas, view, obj, colour)
        if index.focal_point is not None:
            canvas.cross(*view.point(index.focal_point), _FOCAL_POINT)
    return encode_png(canvas.width, canvas.height, canvas.pixels)


def _drawable(obj: ObjectDef) -> bool:
    # Real drawings stay far below this; absurd coordinates would overflow the pixel maths.
    return all(
        abs(value) <= _MAX_COORDINATE for value in (obj.x, obj.y, obj.half_width, obj.half_height)
    )


def _draw(canvas: _Canvas, view: _View, obj: ObjectDef, colour: Colour) -> None:
    x, y = view.map(obj.x, obj.y)
    if obj.object_type == "seat":
        canvas.ellipse(x, y, view.seat_radius, view.seat_radius, colour)
        return
    rx = max(1.0, obj.half_width * view.scale)
    ry = max(1.0, obj.half_height * view.scale)
    if obj.object_type == "generalAdmission":
        canvas.ellipse(x, y, rx, ry, _lighter(colour))
    elif obj.object_type == "booth":
        canvas.rectangle(x - rx, y - ry, x + rx, y + ry, colour)
    else:
        canvas.ellipse(x, y, rx, ry, _lighter(colour))
        canvas.ellipse(x, y, rx / 2, ry / 2, colour)


class _View:
    """Maps chart units to pixels, keeping the aspect ratio and centring the drawing."""

    def __init__(self, left: float, top: float, scale: float, dx: float, dy: float) -> None:
        self.left, self.top, self.scale, self.dx, self.dy = left, top, scale, dx, dy
        self.seat_radius = min(3.0, max(0.6, scale * 6.0))

    @classmethod
    def fitting(cls, objects: tuple[ObjectDef, ...], canvas: _Canvas) -> _View:
        left = min(obj.x - obj.half_width for obj in objects)
        right = max(obj.x + obj.half_width for obj in objects)
        top = min(obj.y - obj.half_height for obj in objects)
        bottom = max(obj.y + obj.half_height for obj in objects)
        room_x, room_y = canvas.width - 2 * _MARGIN, canvas.height - 2 * _MARGIN
        span_x, span_y = max(right - left, 1e-9), max(bottom - top, 1e-9)
        scale = min(room_x / span_x, room_y / span_y, 4.0)
        dx = _MARGIN + (room_x - span_x * scale) / 2
        dy = _MARGIN + (room_y - span_y * scale) / 2
        return cls(left, top, scale, dx, dy)

    def map(self, x: float, y: float) -> tuple[float, float]:
        return self.dx + (x - self.left) * self.scale, self.dy + (y - self.top) * self.scale

    def point(self, point: Point) -> tuple[float, float]:
        return self.map(point.x, point.y)


class _Canvas:
    """An RGB pixel buffer with the few filled shapes thumbnails need."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(_BACKGROUND) * (width * height))

    def _span(self, y: int, x0: float, x1: float, colour: Colour) -> None:
        if not 0 <= y < self.height:
            return
        start, end = max(0, round(x0)), min(self.width - 1, round(x1))
        if start > end:
            return
        offset = (y * self.width + start) * 3
        self.pixels[offset : offset + (end - start + 1) * 3] = bytes(colour) * (end - start + 1)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, colour: Colour) -> None:
        for y in range(max(0, round(cy - ry)), min(self.height - 1, round(cy + ry)) + 1):
            ratio = (y - cy) / ry if ry > 0 else 0.0
            if abs(ratio) > 1:
                continue
            half = rx * (1 - ratio * ratio) ** 0.5
            self._span(y, cx - half, cx + half, colour)

    def rectangle(self, x0: float, y0: float, x1: float, y1: float, colour: Colour) -> None:
        for y in range(max(0, round(y0)), min(self.height - 1, round(y1)) + 1):
            self._span(y, x0, x1, colour)

    def cross(self, cx: float, cy: float, colour: Colour) -> None:
        self.rectangle(cx - 4, cy, cx + 4, cy, colour)
        self.rectangle(cx, cy - 4, cx, cy + 4, colour)


def _parse_colour(text: str) -> Colour:
    """'#rrggbb' or '#rgb' to RGB; anything else is grey."""
    digits = text[1:] if text.startswith("#") else text
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    try:
        value = int(digits, 16) if len(digits) == 6 else -1
    except ValueError:
        value = -1
    if value < 0:
        return _NO_CATEGORY
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def _lighter(colour: Colour) -> Colour:
    red, green, blue = colour
    return (red + 255) // 2, (green + 255) // 2, (blue + 255) // 2
