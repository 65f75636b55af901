"""Refused before sending, and the escape hatch for what the SDK has no method for yet.

Bad input never reaches Seats.io: `RequestValidationError` (a `SeatsioException` and a
`ValueError`) names the parameter and never repeats the value. `client.request` calls any
operation with the client's key, headers, retries, logging and error mapping.
"""

from __future__ import annotations

import seatsio_typed as seatsio


def book_checked(client: seatsio.Client, event_key: str, labels: list[str]) -> str:
    """Book seats; say which argument was refused when nothing could be sent."""
    try:
        client.events.book(event_key, labels)
    except seatsio.RequestValidationError as error:
        # e.g. "objects" for an empty list, "objects.0.object_id" for an empty label
        return f"not sent, {error.parameter} refused: {error}"
    return f"booked {', '.join(labels)}"


def tag_chart(client: seatsio.Client, chart_key: str, tag: str) -> seatsio.Chart:
    """Tag a chart with raw calls, then read it back as a typed `Chart`."""
    client.request("POST", "/charts/{key}/tags/{tag}", path_params={"key": chart_key, "tag": tag})
    return client.request(
        "GET", "/charts/{key}", path_params={"key": chart_key}, result_type=seatsio.Chart
    )


def published_drawing(client: seatsio.Client, chart_key: str) -> seatsio.JsonValue:
    """A chart's published drawing as decoded JSON (no `result_type`: plain JSON back)."""
    return client.request("GET", "/charts/{key}/version/published", path_params={"key": chart_key})
