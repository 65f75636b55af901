"""Body validation: typed accessors failing with the server's schema messages."""

from __future__ import annotations

import pytest

from seatsio_typed.testing._engine.requests import read_objects
from seatsio_typed.testing._wire.body import JsonArray, JsonObject
from seatsio_typed.testing._wire.messages import JSON, ApiError, Request
from seatsio_typed.testing._wire.query import query_bool, query_int, query_string, query_strings


def _message(error: pytest.ExceptionInfo[ApiError]) -> str:
    assert error.value.status == 400
    assert len(error.value.errors) == 1
    return error.value.errors[0].message


def test_category_that_is_a_string_gives_the_confirmed_message() -> None:
    body = JsonObject.from_json({"categories": ["not an object"]})
    with pytest.raises(ApiError) as caught:
        body.array("categories").objects()
    assert _message(caught) == "#/categories/0: expected type: JSONObject, found: String"


def test_missing_required_key_names_the_key() -> None:
    category = JsonObject.from_json({"categories": [{"key": 1}]}).array("categories").objects()[0]
    with pytest.raises(ApiError) as caught:
        category.string("label")
    assert _message(caught) == "#/categories/0: required key [label] not found"


@pytest.mark.parametrize(
    ("value", "found"),
    [(1, "Integer"), (1.5, "BigDecimal"), (True, "Boolean"), ([], "JSONArray"), ({}, "JSONObject")],
)
def test_wrong_type_names_what_was_found(value: JSON, found: str) -> None:
    with pytest.raises(ApiError) as caught:
        JsonObject.from_json({"name": value}).string("name")
    assert _message(caught) == f"#/name: expected type: String, found: {found}"


def test_required_null_is_a_type_error_and_optional_null_is_absent() -> None:
    body = JsonObject.from_json({"name": None})
    assert body.optional_string("name") is None
    with pytest.raises(ApiError) as caught:
        body.string("name")
    assert _message(caught) == "#/name: expected type: String, found: null"


def test_a_boolean_is_not_an_integer_but_an_integral_float_is() -> None:
    body = JsonObject.from_json({"a": True, "b": 3.0})
    assert body.integer("b") == 3
    with pytest.raises(ApiError):
        body.integer("a")


def test_integer_bounds() -> None:
    body = JsonObject.from_json({"n": 0})
    with pytest.raises(ApiError) as caught:
        body.integer("n", minimum=1)
    assert _message(caught) == "#/n: 0 is not greater or equal to 1"


def test_string_or_integer_keeps_the_wire_type() -> None:
    body = JsonObject.from_json({"a": 1, "b": "x", "c": 1.5})
    assert body.string_or_integer("a") == 1
    assert body.string_or_integer("b") == "x"
    with pytest.raises(ApiError):
        body.string_or_integer("c")


def test_enum_rejects_unknown_values() -> None:
    body = JsonObject.from_json({"status": "weird"})
    with pytest.raises(ApiError) as caught:
        body.enum("status", ("booked", "free"))
    assert _message(caught) == "#/status: weird is not a valid enum value"


def test_body_that_is_not_an_object() -> None:
    with pytest.raises(ApiError) as caught:
        JsonObject.from_json([1, 2])
    assert _message(caught) == "#: expected type: JSONObject, found: JSONArray"
    assert JsonObject.from_json(None).keys() == []


def test_nested_pointers_and_escaping() -> None:
    body = JsonObject.from_json({"a/b": {"list": [1, "x"]}})
    with pytest.raises(ApiError) as caught:
        body.child("a/b").array("list").integers()
    assert _message(caught) == "#/a~1b/list/1: expected type: Integer, found: String"


def test_pointers_made_late_still_name_the_whole_path() -> None:
    # Members are wrapped without their pointer (made only for an error): it must come out
    # the same, escaped, however deep and however many wrappers lie between.
    body = JsonObject.from_json({"o/~": [None, {"extraData": [1], "n": {"m": "x"}}]})
    objects = body.array("o/~")
    with pytest.raises(ApiError) as caught:
        objects.object_at(0)
    assert _message(caught) == "#/o~1~0/0: expected type: JSONObject, found: null"
    element = objects.object_at(1)
    with pytest.raises(ApiError) as caught:
        element.optional_child("extraData")
    assert _message(caught) == "#/o~1~0/1/extraData: expected type: JSONObject, found: JSONArray"
    with pytest.raises(ApiError) as caught:
        element.child("n").integer("m")
    assert _message(caught) == "#/o~1~0/1/n/m: expected type: Integer, found: String"
    assert element.child("n").pointer == "#/o~1~0/1/n"


def test_a_null_in_a_status_changes_objects_is_named_by_its_position() -> None:
    objects = JsonObject.from_json({"objects": ["A-1", None]}).array("objects")
    with pytest.raises(ApiError) as caught:
        read_objects(objects)
    assert _message(caught) == "#/objects/1: expected type: JSONObject, found: null"


def test_array_helpers() -> None:
    assert JsonArray(["a", "b"]).strings() == ["a", "b"]
    assert len(JsonArray.empty()) == 0


def test_query_helpers() -> None:
    request = Request.build("GET", "/x?limit=5&flag=TRUE&expand=a&expand=b,c&one=1&one=2&empty=")
    assert query_int(request, "limit", minimum=1) == 5
    assert query_int(request, "missing", default=9) == 9
    assert query_bool(request, "flag") is True
    assert query_bool(request, "missing") is False
    assert query_strings(request, "expand") == ["a", "b", "c"]
    assert query_string(request, "empty") == ""
    with pytest.raises(ApiError):
        query_string(request, "one")
    with pytest.raises(ApiError):
        query_bool(Request.build("GET", "/x?flag=yes"), "flag")
    with pytest.raises(ApiError):
        query_int(Request.build("GET", "/x?limit=1001"), "limit", maximum=1000)
