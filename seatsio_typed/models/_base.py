"""The two model bases: strict, closed requests and validated, open responses.

Wire names are camelCase, Python names snake_case (``alias_generator=to_camel``). Both bases
accept either spelling on input (``validate_by_name`` and ``validate_by_alias``), so type
checkers with the pydantic plugin see every argument under its Python name.

What goes on the wire: ``to_wire()`` / ``to_wire_json()`` serialise by alias and leave out every
model field whose value is ``None`` (``exclude_none``). ``None`` always means "not given", so the
wire never carries ``null`` for it; ``False``, ``0``, ``""``, ``[]`` and ``{}`` are sent as given.
Free-form JSON values (``extraData``) are passed through untouched, ``null`` items included,
because ``exclude_none`` only applies to model fields.

How responses are read: the client validates the raw response bytes with pydantic's
``validate_json`` (never via ``response.json()``), see ``seatsio_typed._endpoint.JsonResponse``.

Refusals: building a request model with bad input raises ``RequestValidationError`` (a
``SeatsioException`` and a ``ValueError``) naming the parameter by its Python name, without
the refused value. A string with a lone surrogate (``"\\ud800"``, which has no UTF-8 form) is
refused by ``to_wire_json()``, so still before anything is sent: the check is the JSON encoding
itself, which sending needs anyway.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import cast

from pydantic import BaseModel, ConfigDict, JsonValue, ValidationError
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticSerializationError
from typing_extensions import Self

from seatsio_typed.errors import RequestValidationError
from seatsio_typed.models._constraints import COLOR_PATTERN

__all__ = [
    "DocumentedRequest",
    "DocumentedResponse",
    "RequestModel",
    "ResponseModel",
    "lone_surrogate_path",
    "refusal",
]

_PATTERN_MEANINGS = {COLOR_PATTERN: "not a CSS colour (e.g. '#aabbcc', 'red' or 'rgb(1, 2, 3)')"}
_REPLACEMENT_CHARACTER = "\ufffd".encode()
# Unknown response fields whose name contains this are hidden from reprs (case-insensitive).
_SECRET_MARKER = "secret"


class _WireModel(BaseModel):
    """Behaviour shared by request and response models: camelCase aliases and the wire dump."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        frozen=True,
    )

    def to_wire(self) -> dict[str, JsonValue]:
        """Return the JSON body as sent to Seats.io: camelCase keys, ``None`` fields left out.

        Returns:
            The body as a JSON object.
        """
        body: dict[str, JsonValue] = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        return body

    def to_wire_json(self) -> bytes:
        """Return ``to_wire()`` encoded as compact UTF-8 JSON bytes, ready for the transport.

        Returns:
            The JSON body.
        """
        return self.__pydantic_serializer__.to_json(self, by_alias=True, exclude_none=True)


class RequestModel(_WireModel):
    """Base of request bodies: unknown keys are refused and types are strict (no coercion).

    Building one with bad input raises ``RequestValidationError`` (see the module docstring).

    A subclass that takes positional arguments, as the official client's classes do, defines
    ``__init__`` calling ``self._validate({...})`` with the given values and marks it with
    ``__init__.__pydantic_base_init__ = True``, so that pydantic never calls it with wire names
    when it validates nested input (see ``ObjectProperties``).
    """

    model_config = ConfigDict(
        extra="forbid", strict=True, hide_input_in_errors=True, loc_by_alias=False
    )

    # The mypy plugin and pyright check each subclass's own fields; this signature only
    # catches pydantic's refusal.
    def __init__(self, /, **data: object) -> None:
        # `_validate`'s body, not a call to it: one call less on every request's path.
        try:
            self.__pydantic_validator__.validate_python(data, self_instance=self)
        except ValidationError as error:
            raise refusal(error) from error

    def _validate(self, data: dict[str, object]) -> None:
        # What BaseModel.__init__ does, without its extra call: building requests is hot.
        try:
            self.__pydantic_validator__.validate_python(data, self_instance=self)
        except ValidationError as error:
            raise refusal(error) from error

    # Tells pydantic this is not a custom __init__: validation of nested models and
    # `model_validate` then do not call it (they raise pydantic's ValidationError, which the
    # outermost constructor turns into one RequestValidationError with the full path).
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    def _refuse_lone_surrogates(self) -> None:
        path = lone_surrogate_path(self)
        if path is not None:
            where = _dotted(path)
            raise RequestValidationError(
                f"{where}: a string holds a lone surrogate, which has no UTF-8 form",
                parameter=where,
            )

    def to_wire_json(self) -> bytes:
        """Return ``to_wire()`` encoded as compact UTF-8 JSON bytes, ready for the transport.

        Returns:
            The JSON body.

        Raises:
            RequestValidationError: a string holds a lone surrogate (no UTF-8 form).
        """
        # The lone-surrogate check is the encoding itself, done once, just before sending: a
        # check when the model is built would cost every request a second encoding.
        try:
            encoded = self.__pydantic_serializer__.to_json(self, by_alias=True, exclude_none=True)
        except PydanticSerializationError:
            self._refuse_lone_surrogates()
            raise
        # A lone surrogate in a dict key does not fail the encoding: it becomes U+FFFD, which
        # would silently send another key. Only then (or for a real U+FFFD) is the model walked.
        if _REPLACEMENT_CHARACTER in encoded:
            self._refuse_lone_surrogates()
        return encoded


def refusal(error: ValidationError) -> RequestValidationError:
    """The ``RequestValidationError`` for pydantic's refusal of a request model's input."""
    problems = error.errors(include_url=False, include_input=False)
    described: list[str] = []
    for problem in problems:
        where = _dotted(problem["loc"])
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] == "string_pattern_mismatch":
            # Pydantic's message spells out the regular expression, which helps nobody.
            pattern = problem.get("ctx", {}).get("pattern")
            message = _PATTERN_MEANINGS.get(str(pattern), "not in the expected form")
        described.append(f"{where}: {message}" if where else message)
    # The part of the path all problems share: a union reports one problem per member
    # (`objects.0.str`, `objects.0.ObjectProperties.quantity`), and the parameter is `objects.0`.
    shared = _dotted(_common_prefix([problem["loc"] for problem in problems]))
    return RequestValidationError("; ".join(described), parameter=shared or None)


def _common_prefix(paths: list[tuple[int | str, ...]]) -> tuple[int | str, ...]:
    if not paths:
        return ()
    prefix = paths[0]
    for path in paths[1:]:
        length = 0
        for mine, theirs in zip(prefix, path, strict=False):  # up to the shorter one
            if mine != theirs:
                break
            length += 1
        prefix = prefix[:length]
    return prefix


def _dotted(path: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in path)


def lone_surrogate_path(value: object) -> tuple[int | str, ...] | None:
    """Where in a request model a string with a lone surrogate is, or None if nowhere."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return ()
        return None
    items: Iterator[tuple[int | str, object]]
    if isinstance(value, BaseModel):
        items = iter(vars(value).items())
    elif isinstance(value, Mapping):
        # cast: only the keys and values are looked at, whatever their declared types.
        mapping = cast("Mapping[object, object]", value)
        for key, item in mapping.items():
            if isinstance(key, str) and lone_surrogate_path(key) is not None:
                return ("<key>",)
            found = lone_surrogate_path(item)
            if found is not None:
                return (str(key), *found)
        return None
    elif isinstance(value, (list, tuple)):
        # cast: the items are only looked at, whatever their declared types.
        items = enumerate(cast("list[object] | tuple[object, ...]", value))
    else:
        return None
    for where, item in items:
        found = lone_surrogate_path(item)
        if found is not None:
            return (where, *found)
    return None


class ResponseModel(_WireModel):
    """Base of response bodies: declared fields validated, unknown fields kept in model_extra.

    Values are coerced where the API is loose (an id sent as ``"19"`` becomes ``19``). Validation
    errors never echo the input (``hide_input_in_errors``) because bodies may hold secret keys.
    Unknown fields whose name mentions a secret are also kept out of the repr.
    """

    # cache_strings="keys": pydantic-core's process-wide string cache would otherwise also keep
    # values (chart keys, names, labels), so memory grew with every distinct value a long
    # listing read (1.1 -> 1.7 MiB between 5,000 and 20,000 charts); field names repeat.
    model_config = ConfigDict(extra="allow", hide_input_in_errors=True, cache_strings="keys")

    @classmethod
    def create(cls, data: Mapping[str, object]) -> Self:
        """Build this model from a decoded JSON object, as the official client's ``create``.

        Args:
            data: The object as the API sends it (camelCase keys; snake_case works too).

        Returns:
            The validated model.

        Raises:
            pydantic.ValidationError: `data` does not have this model's shape.
        """
        return cls.model_validate(data)

    def __repr_args__(self) -> Iterator[tuple[str | None, object]]:
        extra = self.__pydantic_extra__ or {}
        for name, value in super().__repr_args__():
            if name is not None and name in extra and _SECRET_MARKER in name.lower():
                continue
            yield name, value


# The SDK's own models read their field docstrings as `FieldInfo.description` (IDE hover, the
# docs site, JSON schema); it changes neither validation nor aliases. The public bases above
# do not: on Python < 3.13 pydantic looks for the docstrings of a parametrised generic model
# (`MyPage[Chart]`) in the source line that creates it and fails with a TokenError when that
# line is inside a multi-line call, which a user's own escape-hatch models must never risk.


class DocumentedRequest(RequestModel):
    """Base of the SDK's request models: field docstrings are the field descriptions."""

    model_config = ConfigDict(use_attribute_docstrings=True)


class DocumentedResponse(ResponseModel):
    """Base of the SDK's response models: field docstrings are the field descriptions."""

    model_config = ConfigDict(use_attribute_docstrings=True)
