"""One description per API operation: method, path template, query, body and response type.

Resources (sync and async) call one generic request function with an `Endpoint`; docs and
tests enumerate the descriptions in `seatsio_typed._endpoints`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, Protocol, TypeVar, cast

from pydantic import ConfigDict, JsonValue, PydanticUserError, TypeAdapter, ValidationError
from pydantic_core import InitErrorDetails

from seatsio_typed._gc import LARGE_BODY_BYTES, paused_gc
from seatsio_typed._http import (
    PathValue,
    QueryValue,
    encode_path,
    encode_query,
    path_parameter_names,
)
from seatsio_typed.errors import UnexpectedResponseError, exception_for_response
from seatsio_typed.models import RequestModel

__all__ = [
    "BYTES",
    "JSON_OR_NOTHING",
    "NO_CONTENT",
    "TEXT",
    "BytesResponse",
    "Endpoint",
    "HttpMethod",
    "JsonOrNothing",
    "JsonResponse",
    "NoContent",
    "OptionalJsonResponse",
    "ResponseParser",
    "TextResponse",
    "json_response",
]

HttpMethod = Literal["GET", "POST", "DELETE"]
ResultT = TypeVar("ResultT")
ResultT_co = TypeVar("ResultT_co", covariant=True)
_ONLY_KEYS_CACHED = ConfigDict(cache_strings="keys")
# How many validation problems an UnexpectedResponseError names before it summarises.
_MAX_LISTED_PROBLEMS = 3


class ResponseParser(Protocol[ResultT_co]):
    """Turns the body of a successful response into the operation's result."""

    @property
    def description(self) -> str:
        """What the body holds, for docs (e.g. `Chart`, `Page[Chart]`, `no content`)."""
        ...

    def parse(self, content: bytes) -> ResultT_co:
        """Validate the raw body; raise pydantic's ValidationError when it does not fit."""
        ...


class JsonResponse(Generic[ResultT]):
    """The body is JSON validated straight from bytes as `response_type`.

    `validate_as` replaces the type used for validation when it is not a plain class (e.g. a
    discriminated union such as `EventOrSeason`); it must produce `response_type` instances.
    """

    def __init__(self, response_type: type[ResultT], *, validate_as: object = None) -> None:
        self._type = response_type
        self._validate_as = response_type if validate_as is None else validate_as

    @property
    def description(self) -> str:
        return _type_name(self._type)

    @functools.cached_property
    def _adapter(self) -> TypeAdapter[ResultT]:
        # Built on first use: importing the SDK must not pay for every endpoint's schema.
        # cast: `validate_as` is an annotation (e.g. a discriminated union) whose values are
        # instances of `response_type`, which the constructor's contract promises.
        validate_as = cast("type[ResultT]", self._validate_as)
        try:
            # dict[...], list[...] and unions: cache field names only, as ResponseModel does.
            return TypeAdapter(validate_as, config=_ONLY_KEYS_CACHED)
        except PydanticUserError:  # a model brings its own config (ResponseModel's)
            return TypeAdapter(validate_as)

    @functools.cached_property
    def _validate_json(self) -> Callable[[bytes], Any]:
        # The adapter's validator, called directly: `TypeAdapter.validate_json` only checks its
        # keyword arguments (none are passed here) before calling it.
        validate: Callable[[bytes], Any] = self._adapter.validator.validate_json
        return validate

    def parse(self, content: bytes) -> ResultT:
        result: ResultT
        if len(content) < LARGE_BODY_BYTES:
            result = self._validate_json(content)
            return result
        # Large bodies: the collector would re-scan every object being built (see _gc).
        with paused_gc():
            result = self._validate_json(content)
        return result


class NoContent:
    """The operation returns nothing worth reading (204, or a body the SDK ignores)."""

    description = "no content"

    def parse(self, content: bytes) -> None:
        return None


NO_CONTENT = NoContent()


class BytesResponse:
    """The body is returned as is, undecoded (e.g. a PNG thumbnail)."""

    description = "bytes"

    def parse(self, content: bytes) -> bytes:
        return content


BYTES = BytesResponse()


class JsonOrNothing:
    """Any JSON body, decoded (objects as dicts); an empty body (204) gives None."""

    description = "JSON"

    @functools.cached_property
    def _adapter(self) -> TypeAdapter[JsonValue]:
        return TypeAdapter(JsonValue)

    def parse(self, content: bytes) -> JsonValue:
        if not content.strip():
            return None
        return self._adapter.validate_json(content)


JSON_OR_NOTHING = JsonOrNothing()


class TextResponse:
    """The body is text (UTF-8), returned as it came."""

    description = "str (UTF-8 text)"

    def parse(self, content: bytes) -> str:
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            # As pydantic's refusal, so that the endpoint turns it into UnexpectedResponseError
            # like any other body that does not fit (never a bare UnicodeDecodeError). No `loc`:
            # pydantic-core's default, (), is the whole body; `input` is a required key.
            raise ValidationError.from_exception_data(
                "str", [{"type": "string_unicode", "input": None}]
            ) from None


TEXT = TextResponse()


class OptionalJsonResponse(Generic[ResultT]):
    """A JSON body validated as `response_type`, or None when the server sends no body.

    The replace calls answer 200 with the rate-limit info in today's docs and 204 in older
    ones (events.md §3.15); both are accepted.
    """

    def __init__(self, response_type: type[ResultT]) -> None:
        # The shared, cached JSON parser: its schema is built on first use, once per type.
        self._json = json_response(response_type)
        self.description = f"{response_type.__name__} or no content"

    def parse(self, content: bytes) -> ResultT | None:
        if not content.strip():
            return None
        return self._json.parse(content)


_PARSERS: dict[object, JsonResponse[object]] = {}


def json_response(response_type: type[ResultT]) -> JsonResponse[ResultT]:
    """The (cached) parser validating a body as `response_type`: its schema is built once."""
    try:
        parser = _PARSERS.get(response_type)
    except TypeError:  # an unhashable annotation: built each time, not cached
        return JsonResponse(response_type)
    if parser is None:
        parser = _PARSERS.setdefault(response_type, JsonResponse(response_type))
    # cast: every parser is stored under the type it validates as.
    return cast("JsonResponse[ResultT]", parser)


@dataclass(frozen=True)
class Endpoint(Generic[ResultT_co]):
    """Everything the SDK knows about one API operation."""

    name: str
    """Dotted name of the SDK method, e.g. `charts.create`."""
    method: HttpMethod
    path: str
    """Path template; `{name}` placeholders are filled with percent-encoded values."""
    response: ResponseParser[ResultT_co]
    body: type[RequestModel] | None = None
    """Request model of the JSON body, or None for a call without a body."""
    query: tuple[str, ...] = ()
    """Names of the query parameters a caller may pass."""
    fixed_query: tuple[tuple[str, str], ...] = ()
    """Query parameters sent on every call (e.g. `expand=objects`)."""
    summary: str = ""
    """One line saying what the operation does."""

    @functools.cached_property
    def fixed_query_text(self) -> str:
        """`fixed_query` encoded (empty when there is none): the query of a call that adds none."""
        return encode_query(dict(self.fixed_query))

    @property
    def path_parameters(self) -> tuple[str, ...]:
        """Names of the path placeholders, in order."""
        return path_parameter_names(self.path)

    @functools.cached_property
    def fixed_path(self) -> str | None:
        """The path of an endpoint without placeholders, encoded once (None: it has some)."""
        return None if self.path_parameters else encode_path(self.path, {})

    @functools.cached_property
    def _declared_names(self) -> tuple[frozenset[str], frozenset[str]]:
        # Made once per endpoint: `check_call` runs on every call.
        return frozenset(self.path_parameters), frozenset(self.query)

    def check_call(
        self,
        path_params: Mapping[str, PathValue],
        query: Mapping[str, QueryValue],
        body: RequestModel | None,
    ) -> None:
        """Raise when a resource calls this endpoint with arguments it does not declare."""
        path_names, query_names = self._declared_names
        if query and not query_names.issuperset(query):
            unknown = set(query) - query_names
            raise ValueError(f"{self.name} takes no query parameter {sorted(unknown)}")
        expected = self.body
        if expected is None:
            if body is not None:
                raise TypeError(f"{self.name} takes no body")
        # The exact class first: isinstance on a pydantic model class runs ABCMeta's check.
        elif type(body) is not expected and not isinstance(body, expected):
            raise TypeError(f"{self.name} needs a {expected.__name__} body")
        if len(path_params) != len(path_names) or not path_names.issuperset(path_params):
            raise ValueError(f"{self.name} needs path parameters {list(self.path_parameters)}")

    def result(
        self, *, status_code: int, reason: str, content: bytes, method: str, url: object
    ) -> ResultT_co:
        """The result of a final response, or the exception its status and body call for.

        `url` is the request's URL, or anything whose `str()` is: it is made text only for an
        error's message (the requester passes its `httpx.URL`).
        """
        try:
            if 200 <= status_code < 300:
                return self.parse_response(content, method=method, url=url, status_code=status_code)
            if status_code >= 400:
                raise exception_for_response(
                    status_code=status_code,
                    content=content,
                    method=method,
                    url=str(url),
                    reason=reason,
                )
        finally:
            # The body may hold secrets (a new workspace's secret key): once this frame is part
            # of a traceback, a reporter that ships frame locals must not find it here.
            del content
        # Redirects are not followed (they would carry the key to another place), nor expected.
        raise UnexpectedResponseError(
            f"Unexpected HTTP {status_code} ({reason or 'no reason'}) to {method} {url}",
            status_code=status_code,
            method=method,
            url=str(url),
        )

    def parse_response(
        self, content: bytes, *, method: str, url: object, status_code: int
    ) -> ResultT_co:
        """Parse a successful body, or raise UnexpectedResponseError naming what did not fit.

        The chained cause is a copy of pydantic's ValidationError without the input values and
        without a traceback (whose frames hold the body), or None when no copy can be made.
        """
        try:
            return self.response.parse(content)
        except ValidationError as error:
            failure = UnexpectedResponseError(
                f"Unexpected response to {method} {url} (expected {self.response.description}): "
                f"{_describe(error)}",
                status_code=status_code,
                method=method,
                url=str(url),
            )
            cause = _without_input(error)
        del content
        # Raised outside the except block: the original error is not kept as __context__.
        raise failure from cause


def _type_name(annotation: object) -> str:
    """A short readable name: `Chart`, `Page[Chart]`, `dict[str, EventObjectInfo]`."""
    origin = getattr(annotation, "__origin__", None)
    arguments: tuple[object, ...] = getattr(annotation, "__args__", ())
    if isinstance(origin, type) and arguments:
        return f"{origin.__name__}[{', '.join(_type_name(a) for a in arguments)}]"
    name = getattr(annotation, "__name__", None)
    return name if isinstance(name, str) else repr(annotation)


def _describe(error: ValidationError) -> str:
    """Name the failing fields without echoing the values (a body may hold secret keys)."""
    problems = error.errors(include_url=False, include_input=False, include_context=False)
    described = [
        f"{'.'.join(str(part) for part in problem['loc']) or '<body>'}: {problem['msg']}"
        for problem in problems[:_MAX_LISTED_PROBLEMS]
    ]
    more = len(problems) - len(described)
    return "; ".join(described) + (f" (and {more} more)" if more else "")


def _without_input(error: ValidationError) -> ValidationError | None:
    """The same validation problems with every input value removed (None if not rebuildable)."""
    problems = error.errors(include_url=False, include_input=False)
    try:
        return ValidationError.from_exception_data(
            error.title,
            [
                InitErrorDetails(type=problem["type"], loc=problem["loc"], input=None)
                if "ctx" not in problem
                else InitErrorDetails(
                    type=problem["type"], loc=problem["loc"], input=None, ctx=problem["ctx"]
                )
                for problem in problems
            ],
            hide_input=True,
        )
    except (KeyError, TypeError, ValueError):  # a custom error type pydantic cannot rebuild
        return None
