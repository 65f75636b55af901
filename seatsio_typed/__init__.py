"""A strictly typed Python SDK for the Seats.io REST API."""

from seatsio_typed._version import __version__

__all__ = ["__version__"]
