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
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, JsonValue
from pydantic.alias_generators import to_camel

__all__ = ["RequestModel", "ResponseModel"]

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
        """Return the JSON body as sent to Seats.io: camelCase keys, ``None`` fields left out."""
        body: dict[str, JsonValue] = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        return body

    def to_wire_json(self) -> bytes:
        """Return ``to_wire()`` encoded as compact UTF-8 JSON bytes, ready for the transport."""
        return self.__pydantic_serializer__.to_json(self, by_alias=True, exclude_none=True)


class RequestModel(_WireModel):
    """Base of request bodies: unknown keys are refused and types are strict (no coercion)."""

    model_config = ConfigDict(extra="forbid", strict=True)


class ResponseModel(_WireModel):
    """Base of response bodies: declared fields validated, unknown fields kept in model_extra.

    Values are coerced where the API is loose (an id sent as ``"19"`` becomes ``19``). Validation
    errors never echo the input (``hide_input_in_errors``) because bodies may hold secret keys.
    Unknown fields whose name mentions a secret are also kept out of the repr.
    """

    model_config = ConfigDict(extra="allow", hide_input_in_errors=True)

    def __repr_args__(self) -> Iterator[tuple[str | None, object]]:
        extra = self.__pydantic_extra__ or {}
        for name, value in super().__repr_args__():
            if name is not None and name in extra and _SECRET_MARKER in name.lower():
                continue
            yield name, value
