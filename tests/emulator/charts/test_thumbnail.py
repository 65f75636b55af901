"""Thumbnails are real, deterministic PNGs that show the chart's objects."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import pytest

from seatsio_typed.testing._charts import (
    THUMBNAIL_HEIGHT,
    THUMBNAIL_WIDTH,
    ChartIndex,
    render_thumbnail,
)
from seatsio_typed.testing._charts._png import encode_png
from tests.emulator.charts._samples import sample_index

WHITE = (255, 255, 255)


@dataclass(frozen=True)
class _Image:
    width: int
    height: int
    rows: list[bytes]

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        red, green, blue = self.rows[y][x * 3 : x * 3 + 3]
        return red, green, blue

    def colours(self) -> set[tuple[int, int, int]]:
        return {self.pixel(x, y) for y in range(self.height) for x in range(self.width)}


def _decode(png: bytes) -> _Image:
    """Check every structural rule we rely on and return the pixels."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    offset = 8
    chunks: list[tuple[bytes, bytes]] = []
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind = png[offset + 4 : offset + 8]
        data = png[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", png[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + data) & 0xFFFFFFFF, kind
        chunks.append((kind, data))
        offset += 12 + length
    kinds = [kind for kind, _ in chunks]
    assert kinds[0] == b"IHDR"
    assert kinds[-1] == b"IEND"
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    assert (depth, colour_type, interlace) == (8, 2, 0)
    raw = zlib.decompress(b"".join(data for kind, data in chunks if kind == b"IDAT"))
    stride = 1 + width * 3
    assert len(raw) == height * stride
    rows = [raw[y * stride : (y + 1) * stride] for y in range(height)]
    assert {row[0] for row in rows} == {0}
    return _Image(width, height, [row[1:] for row in rows])


def test_encoder_round_trips_pixels() -> None:
    pixels = bytes([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120])
    image = _decode(encode_png(2, 2, pixels))

    assert (image.width, image.height) == (2, 2)
    assert [image.pixel(0, 0), image.pixel(1, 1)] == [(10, 20, 30), (100, 110, 120)]


def test_encoder_rejects_a_wrong_buffer_size() -> None:
    with pytest.raises(ValueError, match="expected 12 bytes"):
        encode_png(2, 2, bytes(11))


def test_sample_chart_thumbnail_shows_its_category_colours() -> None:
    image = _decode(render_thumbnail(sample_index("sampleChart.json")))

    assert (image.width, image.height) == (THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT)
    colours = image.colours()
    # Seats of Cat1 (#87A9CD) and Cat2 (#5E42ED) are drawn in their category colour.
    assert (0x87, 0xA9, 0xCD) in colours
    assert (0x5E, 0x42, 0xED) in colours
    assert WHITE in colours


def test_thumbnail_is_deterministic_and_differs_between_charts() -> None:
    names = ["sampleChart.json", "sampleChartWithSections.json", "sampleChartWithTables.json"]
    thumbnails = [render_thumbnail(sample_index(name)) for name in names]

    assert render_thumbnail(sample_index(names[0])) == thumbnails[0]
    assert len(set(thumbnails)) == len(names)


def test_thumbnail_from_a_drawing_equals_the_one_from_its_index() -> None:
    drawing = {
        "categories": {"list": [{"key": 1, "label": "A", "color": "#ff0000"}]},
        "subChart": {
            "rows": [{"label": "A", "seats": [{"label": "1", "x": 0, "y": 0, "categoryKey": 1}]}]
        },
    }

    png = render_thumbnail(drawing)

    assert png == render_thumbnail(ChartIndex.from_drawing(drawing))
    assert (255, 0, 0) in _decode(png).colours()


def test_empty_chart_gives_a_blank_canvas() -> None:
    image = _decode(render_thumbnail({}))

    assert image.colours() == {WHITE}


def test_big_chart_thumbnail_is_valid() -> None:
    image = _decode(render_thumbnail(sample_index("sampleChartWithZones.json")))

    assert len(image.colours()) > 1


def test_absurd_coordinates_are_left_out_instead_of_crashing() -> None:
    def seat(label: str, x: float, y: float) -> dict[str, object]:
        return {"label": label, "x": x, "y": y, "categoryKey": 1}

    drawing = {
        "categories": {"list": [{"key": 1, "label": "A", "color": "#ff0000"}]},
        "subChart": {
            "rows": [
                {
                    "label": "A",
                    "seats": [seat("1", 1e308, -1e308), seat("2", 1e308, 1e308), seat("3", 5, 5)],
                }
            ]
        },
    }

    image = _decode(render_thumbnail(drawing))

    assert (255, 0, 0) in image.colours()
