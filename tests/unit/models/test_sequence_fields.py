"""SequenceAsList: request fields typed `Sequence[T]`, validated and encoded by pydantic-core."""

from __future__ import annotations

import inspect
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Annotated, Any, cast, overload

import pytest
from annotated_types import MinLen
from pydantic import Field

import seatsio_typed.models as models
from seatsio_typed.errors import RequestValidationError
from seatsio_typed.models import ChangeObjectStatusRequest, ObjectProperties, RequestModel
from seatsio_typed.models._constraints import Key
from seatsio_typed.models._types import SequenceAsList


class _Keys(RequestModel):
    keys: Annotated[SequenceAsList[Key], Field(min_length=1)]
    tags: SequenceAsList[str] | None = None


class _Frozen(Sequence[str]):
    """A user's own read-only sequence."""

    def __init__(self, *items: str) -> None:
        self._items = items

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)


def _generated() -> Iterator[str]:
    yield from ("a", "b")


@pytest.mark.parametrize(
    "make",
    [
        lambda: ["a", "b"],
        lambda: ("a", "b"),
        lambda: deque(["a", "b"]),
        lambda: _Frozen("a", "b"),
        _generated,  # made anew for each run: a generator is used up by the first
    ],
    ids=["list", "tuple", "deque", "own-sequence", "generator"],
)
def test_any_sequence_is_stored_as_a_list_in_its_order(make: Callable[[], Any]) -> None:
    body = _Keys(keys=make())

    assert body.keys == ["a", "b"]
    assert type(body.keys) is list
    assert body.to_wire_json() == b'{"keys":["a","b"]}'


def test_a_list_given_is_copied_so_later_changes_do_not_reach_the_body() -> None:
    given = ["a"]
    body = _Keys(keys=given)
    given.append("b")

    assert body.to_wire_json() == b'{"keys":["a"]}'


@pytest.mark.parametrize("given", ["ab", b"ab", {"a": 1}, 7], ids=["str", "bytes", "dict", "int"])
def test_text_mappings_and_scalars_are_refused(given: Any) -> None:
    with pytest.raises(RequestValidationError) as raised:
        _Keys(keys=given)

    assert str(raised.value) == "keys: Input should be a valid list"
    assert raised.value.parameter == "keys"


@pytest.mark.parametrize(("given", "index"), [([b"a"], 0), (("a", 1), 1)])
def test_items_stay_strict(given: Any, index: int) -> None:
    with pytest.raises(RequestValidationError) as raised:
        _Keys(keys=given)

    assert str(raised.value) == f"keys.{index}: Input should be a valid string"


@pytest.mark.parametrize("given", [[], ()])
def test_a_length_constraint_applies(given: Any) -> None:
    with pytest.raises(RequestValidationError, match="keys: List should have at least 1 item"):
        _Keys(keys=given)


def test_an_optional_one_may_be_left_out_or_given() -> None:
    assert _Keys(keys=["a"]).to_wire_json() == b'{"keys":["a"]}'
    assert _Keys(keys=["a"], tags=("x",)).to_wire_json() == b'{"keys":["a"],"tags":["x"]}'


def _request_models() -> list[type[RequestModel]]:
    return [
        cls
        for name in models.__all__
        if inspect.isclass(cls := getattr(models, name)) and issubclass(cls, RequestModel)
    ]


def _field_schemas(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(field name, schema) of each field of a model schema, through its wrappers."""
    while "fields" not in schema:
        schema = schema["schema"]
    for name, field in schema["fields"].items():
        yield name, field["schema"]


def _unwrapped(schema: dict[str, Any]) -> dict[str, Any]:
    while schema["type"] in ("default", "nullable", "function-after"):
        schema = schema["schema"]
    return schema


def _dropped_minimums(cls: type[RequestModel]) -> dict[str, int]:
    """Fields whose declared minimum length is not in their validator: the minimum declared."""
    declared = {
        name: constraint.min_length
        for name, field in cls.model_fields.items()
        for constraint in field.metadata
        if isinstance(constraint, MinLen)
    }
    schemas = dict(_field_schemas(cls.__pydantic_core_schema__))  # type: ignore[arg-type]
    return {
        name: minimum
        for name, minimum in declared.items()
        if _unwrapped(schemas[name]).get("min_length") != minimum
    }


@pytest.mark.parametrize("cls", _request_models(), ids=lambda cls: cls.__name__)
def test_a_length_constraint_on_a_field_is_never_dropped(cls: type[RequestModel]) -> None:
    # pydantic 2.14 silently drops `x: SequenceAsList[T] = Field(min_length=1)` (the constraint
    # must sit in the annotation): every declared minimum must reach the validator.
    assert _dropped_minimums(cls) == {}


def test_the_guard_sees_a_dropped_length_constraint() -> None:
    class _Dropped(RequestModel):
        keys: SequenceAsList[str] = Field(min_length=1)

    assert _dropped_minimums(_Dropped) == {"keys": 1}
    assert _Dropped(keys=[]).keys == []


def _python_sequence_fields(schema: object, path: str) -> Iterator[str]:
    """Paths in a core schema where pydantic runs its Python code for a plain `Sequence`."""
    if isinstance(schema, dict):
        for key, value in cast("dict[str, object]", schema).items():
            yield from _python_sequence_fields(value, f"{path}.{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(cast("list[object]", schema)):
            yield from _python_sequence_fields(value, f"{path}.{index}")
    elif getattr(schema, "__name__", None) in ("sequence_validator", "serialize_sequence_via_list"):
        yield path


@pytest.mark.parametrize("cls", _request_models(), ids=lambda cls: cls.__name__)
def test_request_models_hold_no_python_validated_sequence(cls: type[RequestModel]) -> None:
    # A `Sequence[T]` field costs each request its Python validation and serialisation:
    # request models use SequenceAsList.
    assert list(_python_sequence_fields(cls.__pydantic_core_schema__, cls.__name__)) == []


def test_the_guard_sees_a_plain_sequence_field() -> None:
    class _Plain(RequestModel):
        keys: Sequence[str]

    assert list(_python_sequence_fields(_Plain.__pydantic_core_schema__, "_Plain")) != []


def test_labels_become_object_properties_and_both_encode_alike() -> None:
    # Any: a dict of an ObjectProperties' fields is accepted as a nested model is.
    fields: Any = {"object_id": "A-3"}
    body = ChangeObjectStatusRequest(
        events=("e",),
        objects=("A-1", ObjectProperties("A-2", ticket_type="adult"), fields),
        status="booked",
    )

    assert all(type(item) is ObjectProperties for item in body.objects)
    assert body.to_wire_json() == (
        b'{"objects":[{"objectId":"A-1"},{"objectId":"A-2","ticketType":"adult"},'
        b'{"objectId":"A-3"}],"type":"CHANGE_STATUS_TO","status":"booked","events":["e"]}'
    )


def test_an_object_that_is_neither_a_label_nor_object_properties_is_refused() -> None:
    with pytest.raises(RequestValidationError) as raised:
        ChangeObjectStatusRequest(events=["e"], objects=["A-1", 7], status="booked")  # type: ignore[list-item]

    assert str(raised.value) == "objects.1: Input should be a label (str) or ObjectProperties"
    assert raised.value.parameter == "objects.1"
