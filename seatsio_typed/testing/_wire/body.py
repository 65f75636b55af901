"""Typed access to request bodies, failing the way the real server's schema check does.

The real API validates bodies against a JSON schema and answers 400 with one error whose message
names the JSON pointer and the types, e.g. `#/categories/0: expected type: JSONObject, found:
String` (`overview.md` §6). `JsonObject` and `JsonArray` wrap a parsed body; every accessor checks
the type of the value it returns and raises such a 400 otherwise::

    body = ctx.body()                                # a JsonObject
    name = body.string("name")                       # required
    is_test = body.optional_boolean("isTest")        # absent or null -> None
    for category in (body.optional_array("categories") or JsonArray.empty()).objects():
        key = category.string_or_integer("key")      # each element must be an object
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from seatsio_typed.testing._wire.messages import (
    JSON,
    VALIDATION_FAILED,
    ApiError,
    JSONObject,
    bad_request,
)

TypeName = Literal["JSONObject", "JSONArray", "String", "Integer", "Number", "Boolean"]


def json_type_name(value: JSON) -> str:
    """Name a JSON value's type as the server's schema messages do."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "BigDecimal"
    if isinstance(value, str):
        return "String"
    if isinstance(value, list):
        return "JSONArray"
    return "JSONObject"


def schema_error(message: str) -> ApiError:
    """A 400 error for a body that violates the endpoint's schema."""
    return bad_request(VALIDATION_FAILED, message)


def _type_error(pointer: str, expected: TypeName, value: JSON) -> ApiError:
    return schema_error(f"{pointer}: expected type: {expected}, found: {json_type_name(value)}")


def _child_pointer(pointer: str, key: str | int) -> str:
    # JSON pointer escaping (RFC 6901): "~" -> "~0", "/" -> "~1".
    token = str(key).replace("~", "~0").replace("/", "~1")
    return f"{pointer}/{token}"


class JsonObject:
    """A JSON object from a request body, with type-checked accessors."""

    def __init__(self, data: JSONObject, pointer: str = "#") -> None:
        self.data = data
        self.pointer = pointer

    @classmethod
    def from_json(cls, value: JSON, pointer: str = "#") -> JsonObject:
        """Wrap a parsed value that must be an object (None counts as `{}`)."""
        if value is None:
            return cls({}, pointer)
        if not isinstance(value, dict):
            raise _type_error(pointer, "JSONObject", value)
        return cls(value, pointer)

    def __contains__(self, key: str) -> bool:
        # A member set to null counts as absent, like every optional accessor treats it.
        return self.data.get(key) is not None

    def keys(self) -> list[str]:
        """The object's keys, in body order."""
        return list(self.data)

    def pointer_to(self, key: str) -> str:
        """The JSON pointer of one of this object's members."""
        return _child_pointer(self.pointer, key)

    def raw(self, key: str) -> JSON:
        """A member's value, unchecked (None when absent)."""
        return self.data.get(key)

    def _required(self, key: str) -> JSON:
        if key not in self.data:
            raise schema_error(f"{self.pointer}: required key [{key}] not found")
        return self.data[key]

    def _value(self, key: str, *, required: bool) -> JSON:
        value = self._required(key) if required else self.data.get(key)
        if value is None and not required:
            # The official clients never send null for an absent option; treat it as absent.
            return None
        return value

    def _optional(self, key: str) -> tuple[JSON, str]:
        return self._value(key, required=False), self.pointer_to(key)

    def _mandatory(self, key: str) -> tuple[JSON, str]:
        return self._value(key, required=True), self.pointer_to(key)

    def string(self, key: str) -> str:
        """A required string member."""
        return _as_str(*self._mandatory(key))

    def optional_string(self, key: str) -> str | None:
        """An optional string member (absent or null gives None)."""
        value, pointer = self._optional(key)
        return None if value is None else _as_str(value, pointer)

    def integer(self, key: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
        """A required integer member, optionally bounded."""
        value, pointer = self._mandatory(key)
        return _bounded(_as_int(value, pointer), pointer, minimum, maximum)

    def optional_integer(
        self, key: str, *, minimum: int | None = None, maximum: int | None = None
    ) -> int | None:
        """An optional integer member, optionally bounded."""
        value, pointer = self._optional(key)
        return (
            None if value is None else _bounded(_as_int(value, pointer), pointer, minimum, maximum)
        )

    def number(self, key: str) -> float:
        """A required number member."""
        return _as_float(*self._mandatory(key))

    def optional_number(self, key: str) -> float | None:
        """An optional number member."""
        value, pointer = self._optional(key)
        return None if value is None else _as_float(value, pointer)

    def boolean(self, key: str) -> bool:
        """A required boolean member."""
        return _as_bool(*self._mandatory(key))

    def optional_boolean(self, key: str) -> bool | None:
        """An optional boolean member."""
        value, pointer = self._optional(key)
        return None if value is None else _as_bool(value, pointer)

    def string_or_integer(self, key: str) -> str | int:
        """A required member that may be a string or an integer (category keys)."""
        value, pointer = self._mandatory(key)
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise schema_error(
            f"{pointer}: expected type: String or Integer, found: {json_type_name(value)}"
        )

    def child(self, key: str) -> JsonObject:
        """A required object member."""
        value, pointer = self._mandatory(key)
        return JsonObject(_as_object(value, pointer), pointer)

    def optional_child(self, key: str) -> JsonObject | None:
        """An optional object member."""
        value, pointer = self._optional(key)
        return None if value is None else JsonObject(_as_object(value, pointer), pointer)

    def array(self, key: str) -> JsonArray:
        """A required array member."""
        value, pointer = self._mandatory(key)
        return JsonArray(_as_array(value, pointer), pointer)

    def optional_array(self, key: str) -> JsonArray | None:
        """An optional array member."""
        value, pointer = self._optional(key)
        return None if value is None else JsonArray(_as_array(value, pointer), pointer)

    def enum(self, key: str, allowed: tuple[str, ...]) -> str:
        """A required string member that must be one of `allowed`."""
        return _one_of(self.string(key), self.pointer_to(key), allowed)

    def optional_enum(self, key: str, allowed: tuple[str, ...]) -> str | None:
        """An optional string member that must be one of `allowed` when present."""
        value = self.optional_string(key)
        return None if value is None else _one_of(value, self.pointer_to(key), allowed)


class JsonArray:
    """A JSON array from a request body, with type-checked element access."""

    def __init__(self, items: list[JSON], pointer: str = "#") -> None:
        self.items = items
        self.pointer = pointer

    @classmethod
    def empty(cls) -> JsonArray:
        """An empty array (handy as a default for an absent optional array)."""
        return cls([])

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[JSON]:
        return iter(self.items)

    def _pointers(self) -> Iterator[tuple[JSON, str]]:
        for index, item in enumerate(self.items):
            yield item, _child_pointer(self.pointer, index)

    def objects(self) -> list[JsonObject]:
        """Every element, each required to be an object."""
        return [
            JsonObject(_as_object(item, pointer), pointer) for item, pointer in self._pointers()
        ]

    def strings(self) -> list[str]:
        """Every element, each required to be a string."""
        return [_as_str(item, pointer) for item, pointer in self._pointers()]

    def integers(self) -> list[int]:
        """Every element, each required to be an integer."""
        return [_as_int(item, pointer) for item, pointer in self._pointers()]


def _as_str(value: JSON, pointer: str) -> str:
    if isinstance(value, str):
        return value
    raise _type_error(pointer, "String", value)


def _as_int(value: JSON, pointer: str) -> int:
    if isinstance(value, bool):
        raise _type_error(pointer, "Integer", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _type_error(pointer, "Integer", value)


def _as_float(value: JSON, pointer: str) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # an integer literal beyond the float range, e.g. 1 and 400 zeros
            raise schema_error(f"{pointer}: {json_type_name(value)} out of range") from None
    raise _type_error(pointer, "Number", value)


def _as_bool(value: JSON, pointer: str) -> bool:
    if isinstance(value, bool):
        return value
    raise _type_error(pointer, "Boolean", value)


def _as_object(value: JSON, pointer: str) -> JSONObject:
    if isinstance(value, dict):
        return value
    raise _type_error(pointer, "JSONObject", value)


def _as_array(value: JSON, pointer: str) -> list[JSON]:
    if isinstance(value, list):
        return value
    raise _type_error(pointer, "JSONArray", value)


def _bounded(value: int, pointer: str, minimum: int | None, maximum: int | None) -> int:
    if minimum is not None and value < minimum:
        raise schema_error(f"{pointer}: {value} is not greater or equal to {minimum}")
    if maximum is not None and value > maximum:
        raise schema_error(f"{pointer}: {value} is not less or equal to {maximum}")
    return value


def _one_of(value: str, pointer: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise schema_error(f"{pointer}: {value} is not a valid enum value")
    return value
