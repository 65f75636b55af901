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


class _Located:
    """A value's place in the body. Its JSON pointer is made only when asked for, which is
    almost always for an error: a valid body never needs one (about a tenth of a booking's
    handling went into pointers made and thrown away)."""

    __slots__ = ("_key", "_parent", "_pointer")

    def _place(self, pointer: str | None, parent: _Located | None, key: str | int) -> None:
        self._pointer = pointer
        self._parent = parent
        self._key = key

    @property
    def pointer(self) -> str:
        """This value's JSON pointer in the body (`#` for the body itself)."""
        pointer = self._pointer
        if pointer is None:
            assert self._parent is not None  # a value without a pointer has a parent
            pointer = self._pointer = _child_pointer(self._parent.pointer, self._key)
        return pointer

    def pointer_to(self, key: str | int) -> str:
        """The JSON pointer of one of this value's members or elements."""
        return _child_pointer(self.pointer, key)


class JsonObject(_Located):
    """A JSON object from a request body, with type-checked accessors."""

    __slots__ = ("data",)

    def __init__(self, data: JSONObject, pointer: str = "#") -> None:
        self.data = data
        self._place(pointer, None, "")

    @classmethod
    def member_of(cls, data: JSONObject, parent: _Located, key: str | int) -> JsonObject:
        """`data`, found at `key` of `parent` (its pointer made only when asked for)."""
        member = cls.__new__(cls)
        member.data = data
        member._place(None, parent, key)
        return member

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

    def raw(self, key: str) -> JSON:
        """A member's value, unchecked (None when absent)."""
        return self.data.get(key)

    def _mandatory(self, key: str) -> JSON:
        # A null member is returned as such: the type check names it ("found: null").
        if key not in self.data:
            raise schema_error(f"{self.pointer}: required key [{key}] not found")
        return self.data[key]

    def string(self, key: str) -> str:
        """A required string member."""
        return _as_str(self._mandatory(key), self, key)

    def optional_string(self, key: str) -> str | None:
        """An optional string member (absent or null gives None)."""
        # The official clients never send null for an absent option; null counts as absent.
        value = self.data.get(key)
        return None if value is None else _as_str(value, self, key)

    def integer(self, key: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
        """A required integer member, optionally bounded."""
        value = _as_int(self._mandatory(key), self, key)
        return _bounded(value, self, key, minimum, maximum)

    def optional_integer(
        self, key: str, *, minimum: int | None = None, maximum: int | None = None
    ) -> int | None:
        """An optional integer member, optionally bounded."""
        value = self.data.get(key)
        if value is None:
            return None
        return _bounded(_as_int(value, self, key), self, key, minimum, maximum)

    def number(self, key: str) -> float:
        """A required number member."""
        return _as_float(self._mandatory(key), self, key)

    def optional_number(self, key: str) -> float | None:
        """An optional number member."""
        value = self.data.get(key)
        return None if value is None else _as_float(value, self, key)

    def boolean(self, key: str) -> bool:
        """A required boolean member."""
        return _as_bool(self._mandatory(key), self, key)

    def optional_boolean(self, key: str) -> bool | None:
        """An optional boolean member."""
        value = self.data.get(key)
        return None if value is None else _as_bool(value, self, key)

    def string_or_integer(self, key: str) -> str | int:
        """A required member that may be a string or an integer (category keys)."""
        value = self._mandatory(key)
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise schema_error(
            f"{self.pointer_to(key)}: expected type: String or Integer, "
            f"found: {json_type_name(value)}"
        )

    def child(self, key: str) -> JsonObject:
        """A required object member."""
        return JsonObject.member_of(_as_object(self._mandatory(key), self, key), self, key)

    def optional_child(self, key: str) -> JsonObject | None:
        """An optional object member."""
        value = self.data.get(key)
        if value is None:
            return None
        return JsonObject.member_of(_as_object(value, self, key), self, key)

    def array(self, key: str) -> JsonArray:
        """A required array member."""
        return JsonArray.member_of(_as_array(self._mandatory(key), self, key), self, key)

    def optional_array(self, key: str) -> JsonArray | None:
        """An optional array member."""
        value = self.data.get(key)
        if value is None:
            return None
        return JsonArray.member_of(_as_array(value, self, key), self, key)

    def enum(self, key: str, allowed: tuple[str, ...]) -> str:
        """A required string member that must be one of `allowed`."""
        return _one_of(self.string(key), self, key, allowed)

    def optional_enum(self, key: str, allowed: tuple[str, ...]) -> str | None:
        """An optional string member that must be one of `allowed` when present."""
        value = self.optional_string(key)
        return None if value is None else _one_of(value, self, key, allowed)


class JsonArray(_Located):
    """A JSON array from a request body, with type-checked element access."""

    __slots__ = ("items",)

    def __init__(self, items: list[JSON], pointer: str = "#") -> None:
        self.items = items
        self._place(pointer, None, "")

    @classmethod
    def member_of(cls, items: list[JSON], parent: _Located, key: str | int) -> JsonArray:
        """`items`, found at `key` of `parent` (its pointer made only when asked for)."""
        member = cls.__new__(cls)
        member.items = items
        member._place(None, parent, key)
        return member

    @classmethod
    def empty(cls) -> JsonArray:
        """An empty array (handy as a default for an absent optional array)."""
        return cls([])

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[JSON]:
        return iter(self.items)

    def object_at(self, position: int) -> JsonObject:
        """The element at `position`, required to be an object."""
        return JsonObject.member_of(
            _as_object(self.items[position], self, position), self, position
        )

    def objects(self) -> list[JsonObject]:
        """Every element, each required to be an object."""
        return [
            JsonObject.member_of(_as_object(item, self, position), self, position)
            for position, item in enumerate(self.items)
        ]

    def strings(self) -> list[str]:
        """Every element, each required to be a string."""
        return [_as_str(item, self, position) for position, item in enumerate(self.items)]

    def integers(self) -> list[int]:
        """Every element, each required to be an integer."""
        return [_as_int(item, self, position) for position, item in enumerate(self.items)]


def _as_str(value: JSON, owner: _Located, key: str | int) -> str:
    if isinstance(value, str):
        return value
    raise _type_error(owner.pointer_to(key), "String", value)


def _as_int(value: JSON, owner: _Located, key: str | int) -> int:
    if isinstance(value, bool):
        raise _type_error(owner.pointer_to(key), "Integer", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _type_error(owner.pointer_to(key), "Integer", value)


def _as_float(value: JSON, owner: _Located, key: str | int) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # an integer literal beyond the float range, e.g. 1 and 400 zeros
            pointer = owner.pointer_to(key)
            raise schema_error(f"{pointer}: {json_type_name(value)} out of range") from None
    raise _type_error(owner.pointer_to(key), "Number", value)


def _as_bool(value: JSON, owner: _Located, key: str | int) -> bool:
    if isinstance(value, bool):
        return value
    raise _type_error(owner.pointer_to(key), "Boolean", value)


def _as_object(value: JSON, owner: _Located, key: str | int) -> JSONObject:
    if isinstance(value, dict):
        return value
    raise _type_error(owner.pointer_to(key), "JSONObject", value)


def _as_array(value: JSON, owner: _Located, key: str | int) -> list[JSON]:
    if isinstance(value, list):
        return value
    raise _type_error(owner.pointer_to(key), "JSONArray", value)


def _bounded(
    value: int, owner: _Located, key: str, minimum: int | None, maximum: int | None
) -> int:
    if minimum is not None and value < minimum:
        pointer = owner.pointer_to(key)
        raise schema_error(f"{pointer}: {value} is not greater or equal to {minimum}")
    if maximum is not None and value > maximum:
        pointer = owner.pointer_to(key)
        raise schema_error(f"{pointer}: {value} is not less or equal to {maximum}")
    return value


def _one_of(value: str, owner: _Located, key: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise schema_error(f"{owner.pointer_to(key)}: {value} is not a valid enum value")
    return value
