"""Error handling: every failure is a `SeatsioException`; the class says what kind.

    SeatsioException
    ├── BadRequestException (400)            e.g. the seat is already booked
    │   └── BestAvailableObjectsNotFoundException
    ├── AuthenticationException (401)        wrong or missing secret key
    ├── PermissionDeniedException (403)
    ├── NotFoundException (404)              no such chart, event, hold token ...
    ├── RateLimitExceededException (429)     still rate limited after every retry
    ├── ServerException (5xx)
    ├── SeatsioConnectionError               the request did not complete (cause chained)
    │   └── SeatsioTimeoutError
    └── UnexpectedResponseError              a success whose body does not parse

Each carries `message`, `errors` (items with `code` and `message`), `request_id` (mention it when
you ask Seats.io for help), `status_code`, `method` and `url`, and never the secret key.
"""

from __future__ import annotations

import seatsio_typed as seatsio


def book_or_explain(client: seatsio.Client, event_key: str, label: str) -> str:
    """Book one seat; say what went wrong when the server refuses."""
    try:
        client.events.book(event_key, label)
    except seatsio.BadRequestException as error:
        # error.errors[0].code is e.g. "ILLEGAL_STATUS_CHANGE" when the seat is taken
        return f"{error.errors[0].code}: {error.message} (request id {error.request_id})"
    return f"{label} booked"


def find_event(client: seatsio.Client, event_key: str) -> seatsio.Event | None:
    """The event, or None when it does not exist."""
    try:
        return client.events.retrieve(event_key)
    except seatsio.NotFoundException:
        return None


def describe_failure(client: seatsio.Client, chart_key: str) -> str:
    """Catch the subclasses you act on first, then `SeatsioException` for the rest."""
    try:
        chart = client.charts.retrieve(chart_key)
    except seatsio.NotFoundException as error:
        return f"no chart {chart_key} (HTTP {error.status_code}, codes {error.codes})"
    except seatsio.AuthenticationException:
        return "check the secret key"
    except seatsio.RateLimitExceededException:
        return "still rate limited after every retry; try again later"
    except seatsio.SeatsioConnectionError as error:
        return f"network trouble: {error.__cause__!r}"
    except seatsio.SeatsioException as error:
        return f"{type(error).__name__}: {error.message} (request id {error.request_id})"
    return f"found {chart.name}"
