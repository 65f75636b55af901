"""The venue the recorded event flows book in, drawn with the emulator's chart builder."""

from __future__ import annotations

from seatsio_typed.testing import ChartBuilder

VENUE_NAME = "Cassette hall"
STALLS, BALCONY = 1, 2
GA_CAPACITY = 50


def venue() -> dict[str, object]:
    """Rows A and B in the stalls, row C and table T1 on the balcony, a standing area."""
    return (
        ChartBuilder(VENUE_NAME)
        .category(STALLS, "Stalls", "#336699")
        .category(BALCONY, "Balcony", "#996633")
        .focal_point()
        .row("A", seats=4, category=STALLS)
        .row("B", seats=4, category=STALLS)
        .row("C", seats=4, category=BALCONY)
        .table("T1", seats=4, category=BALCONY)
        .ga_area("Standing", capacity=GA_CAPACITY, category=STALLS)
        .build()
    )


SMALL_VENUE_NAME = "Cassette studio"


def small_venue() -> dict[str, object]:
    """A section with two seats in a zone, a table of two, a standing area of five: small
    enough that the reports of every dimension fit a short cassette."""
    return (
        ChartBuilder(SMALL_VENUE_NAME)
        .category(STALLS, "Stalls", "#336699")
        .category(BALCONY, "Balcony", "#996633")
        .zone("front", "Front")
        .section("Left", category=STALLS, zone="front")
        .row("A", seats=2)
        .done()
        .focal_point()
        .table("T1", seats=2, category=BALCONY)
        .ga_area("Standing", capacity=5, category=STALLS)
        .build()
    )
