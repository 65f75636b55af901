"""What went wrong, as exceptions: the HTTP status and Seats.io error code pick the class.

Every exception carries `message`, `errors` (the server's error items), `request_id`,
`status_code`, `method` and `url`. None of them ever holds the secret key: the key only travels
in the Authorization header, and no exception of this module keeps a request, a response or
their headers. (The httpx error chained as `__cause__` of a `SeatsioConnectionError` is httpx's
own and, like every httpx error, references the request it failed on, headers included.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

__all__ = [
    "AuthenticationException",
    "BadRequestException",
    "BestAvailableObjectsNotFoundException",
    "ClientClosedError",
    "ClientConfigurationError",
    "ErrorDetail",
    "NotFoundException",
    "PermissionDeniedException",
    "RateLimitExceededException",
    "RequestValidationError",
    "SeatsioConnectionError",
    "SeatsioException",
    "SeatsioTimeoutError",
    "ServerException",
    "UnexpectedResponseError",
    "exception_for_response",
    "request_id_of",
]

BEST_AVAILABLE_OBJECTS_NOT_FOUND = "BEST_AVAILABLE_OBJECTS_NOT_FOUND"


@dataclass(frozen=True)
class ErrorDetail:
    """One item of the `errors` array of a Seats.io error body."""

    code: str
    message: str
    data: Mapping[str, object] | None = field(default=None, compare=True)


class SeatsioException(Exception):  # noqa: N818 (the official client's name)
    """Base class of every error this SDK raises."""

    def __init__(
        self,
        message: str,
        *,
        errors: Sequence[ErrorDetail] = (),
        request_id: str | None = None,
        status_code: int | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message: str = message
        self.errors: list[ErrorDetail] = list(errors)
        self.request_id: str | None = request_id
        self.status_code: int | None = status_code
        self.method: str | None = method
        self.url: str | None = url

    @property
    def codes(self) -> list[str]:
        """The Seats.io error codes of `errors`, in order."""
        return [error.code for error in self.errors]

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status_code={self.status_code!r}, "
            f"request_id={self.request_id!r}, method={self.method!r}, url={self.url!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructor arguments do not survive the default pickling of exceptions.
        return (_rebuild, (type(self), self.message, self._state()))

    def _state(self) -> dict[str, Any]:
        return {
            "errors": self.errors,
            "request_id": self.request_id,
            "status_code": self.status_code,
            "method": self.method,
            "url": self.url,
        }


def _rebuild(cls: type[SeatsioException], message: str, state: dict[str, Any]) -> SeatsioException:
    return cls(message, **state)


class BadRequestException(SeatsioException):
    """HTTP 400: the request broke a rule (invalid parameter, illegal status change, ...)."""


class BestAvailableObjectsNotFoundException(BadRequestException):
    """Best available found no objects matching the request (`BEST_AVAILABLE_OBJECTS_NOT_FOUND`)."""


class AuthenticationException(SeatsioException):
    """HTTP 401: the secret key is missing or wrong."""


class PermissionDeniedException(SeatsioException):
    """HTTP 403: the key is valid but may not do this (e.g. a disabled account)."""


class NotFoundException(SeatsioException):
    """HTTP 404: the chart, event, workspace, hold token ... does not exist."""


class RateLimitExceededException(SeatsioException):
    """HTTP 429 after every retry was used up: too many concurrent requests."""


class ServerException(SeatsioException):
    """HTTP 5xx: the server failed (reads are retried before this is raised)."""


class SeatsioConnectionError(SeatsioException):
    """The request did not complete: connection refused, dropped, or a protocol error.

    The underlying transport error is chained as `__cause__`.
    """


class SeatsioTimeoutError(SeatsioConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class UnexpectedResponseError(SeatsioException):
    """A successful status with a body that does not match the documented shape.

    The pydantic `ValidationError` (or JSON error) is chained as `__cause__`.
    """


class RequestValidationError(SeatsioException, ValueError):
    """An argument was refused before anything was sent (nothing reached the server).

    `parameter` names the first refused parameter by its Python name (`event_key`, `objects`,
    `objects.0.quantity`), or is None when the refusal concerns several parameters together.
    The message says what is wrong but never repeats the refused value: it may be a secret.
    It is also a `ValueError`, so code that catches `ValueError` around a call keeps working.
    """

    def __init__(self, message: str, *, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter: str | None = parameter

    def _state(self) -> dict[str, Any]:
        return {"parameter": self.parameter}


class ClientConfigurationError(SeatsioException, ValueError):
    """A client was built with an unusable setting (raised by the constructor or `with_options`).

    A bad `timeout`, `max_retries`, `secret_key`, `workspace_key`, base URL or `extra_headers`
    entry. Header values are never repeated in the message (one may hold a credential).
    """


class ClientClosedError(SeatsioException, RuntimeError):
    """A call was made on a client whose connection pool is closed.

    Also a `RuntimeError`, the error httpx itself raises for a closed pool.
    """


_STATUS_CLASSES: dict[int, type[SeatsioException]] = {
    400: BadRequestException,
    401: AuthenticationException,
    403: PermissionDeniedException,
    404: NotFoundException,
    429: RateLimitExceededException,
}


def exception_for_response(
    *,
    status_code: int,
    content: bytes,
    method: str,
    url: str,
    reason: str = "",
) -> SeatsioException:
    """Build the exception for an error response from its status and (possibly non-JSON) body."""
    errors, request_id = _parse_error_body(content)
    cls = _exception_class(status_code, errors)
    if errors:
        message = ", ".join(error.message for error in errors) + "."
    else:
        message = f"Error while executing {method} {url}: HTTP {status_code} {reason}".rstrip()
    return cls(
        message,
        errors=errors,
        request_id=request_id,
        status_code=status_code,
        method=method,
        url=url,
    )


def request_id_of(status_code: int, headers: Mapping[str, str], content: bytes) -> str | None:
    """A response's request id: the `X-Request-Id` header, else an error body's `requestId`."""
    header = headers.get("x-request-id")
    if header:
        return header
    if status_code >= 400:
        return _parse_error_body(content)[1]
    return None


def _exception_class(status_code: int, errors: Sequence[ErrorDetail]) -> type[SeatsioException]:
    if status_code == 429:
        return RateLimitExceededException
    if status_code < 500 and any(e.code == BEST_AVAILABLE_OBJECTS_NOT_FOUND for e in errors):
        return BestAvailableObjectsNotFoundException
    if status_code >= 500:
        return ServerException
    return _STATUS_CLASSES.get(status_code, SeatsioException)


def _parse_error_body(content: bytes) -> tuple[list[ErrorDetail], str | None]:
    """Read `errors` and `requestId` from an error body; anything that is not JSON gives none.

    401/403 come with an empty body and a proxy may answer with HTML, so this never raises.
    """
    try:
        body: object = json.loads(content)
    except ValueError:
        return [], None
    fields = _json_object(body)
    if fields is None:
        return [], None
    items = fields.get("errors")
    errors: list[ErrorDetail] = []
    if isinstance(items, list):
        for item in cast("list[object]", items):  # cast: a JSON array holds JSON values
            detail = _error_detail(item)
            if detail is not None:
                errors.append(detail)
    request_id = fields.get("requestId")
    return errors, request_id if isinstance(request_id, str) else None


def _json_object(value: object) -> dict[str, object] | None:
    # cast: the keys of a decoded JSON object are always strings.
    return cast("dict[str, object]", value) if isinstance(value, dict) else None


def _error_detail(item: object) -> ErrorDetail | None:
    fields = _json_object(item)
    if fields is None:
        return None
    code = fields.get("code")
    message = fields.get("message")
    return ErrorDetail(
        code=code if isinstance(code, str) else "",
        message=message if isinstance(message, str) else "",
        data=_json_object(fields.get("data")),
    )
