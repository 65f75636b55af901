"""Venue types: the drawing's vocabulary and the one the Chart resource reports (charts.md §1.5)."""

from __future__ import annotations

from typing import Final

DEFAULT_VENUE_TYPE: Final = "SIMPLE"
"""What a drawing made through `POST /charts` carries when no venue type is given."""

# Only ZONES -> WITH_ZONES is confirmed; the rest is the reference's plausible mapping.
_API_VENUE_TYPES: Final[dict[str, str]] = {
    "SIMPLE": "SIMPLE",
    "MIXED": "SIMPLE",
    "ROWS_WITHOUT_SECTIONS": "SIMPLE",
    "TABLES": "SIMPLE",
    "ROWS_WITH_SECTIONS": "WITH_SECTIONS_AND_FLOORS",
    "WITH_SECTIONS_AND_FLOORS": "WITH_SECTIONS_AND_FLOORS",
    "ZONES": "WITH_ZONES",
    "WITH_ZONES": "WITH_ZONES",
}


def api_venue_type(drawing_venue_type: str | None) -> str:
    """Map a drawing's `venueType` to the Chart resource's; unknown values pass through."""
    if drawing_venue_type is None:
        return DEFAULT_VENUE_TYPE
    return _API_VENUE_TYPES.get(drawing_venue_type, drawing_venue_type)
