"""RequestModel and ResponseModel: closed/strict requests, open/validated responses."""

from __future__ import annotations

import json
from typing import Generic, TypeVar

import pytest
from pydantic import JsonValue, ValidationError

from seatsio_typed.models import RequestModel, ResponseModel


class _Inner(RequestModel):
    object_id: str
    extra_data: dict[str, JsonValue] | None = None


class _Body(RequestModel):
    event_key: str
    hold_token: str | None = None
    keep_extra_data: bool | None = None
    quantity: int | None = None
    labels: list[str] | None = None
    inner: _Inner | None = None


class _Result(ResponseModel):
    hold_token: str
    expires_in_seconds: int
    workspace_key: str | None = None


def test_request_dump_uses_camel_case_and_leaves_out_none_fields() -> None:
    body = _Body(event_key="concert", hold_token=None, quantity=3)

    assert body.to_wire() == {"eventKey": "concert", "quantity": 3}


def test_request_dump_sends_false_zero_and_empty_values() -> None:
    body = _Body(event_key="", keep_extra_data=False, quantity=0, labels=[])

    assert body.to_wire() == {"eventKey": "", "keepExtraData": False, "quantity": 0, "labels": []}


def test_request_dump_keeps_null_inside_free_form_json() -> None:
    body = _Body(event_key="e", inner=_Inner(object_id="A-1", extra_data={"note": None, "n": 1}))

    assert body.to_wire() == {
        "eventKey": "e",
        "inner": {"objectId": "A-1", "extraData": {"note": None, "n": 1}},
    }


def test_request_json_bytes_match_the_dict_form() -> None:
    body = _Body(event_key="ä-event", labels=["A-1"], inner=_Inner(object_id="A-1"))

    raw = body.to_wire_json()

    assert isinstance(raw, bytes)
    assert json.loads(raw) == body.to_wire()
    assert b"null" not in raw


def test_request_accepts_python_names_and_wire_names() -> None:
    by_name = _Body.model_validate({"event_key": "e", "hold_token": "t"})
    by_alias = _Body.model_validate({"eventKey": "e", "holdToken": "t"})

    assert by_name == by_alias
    assert by_name.hold_token == "t"


def test_request_refuses_unknown_keys() -> None:
    with pytest.raises(ValidationError) as caught:
        _Body.model_validate({"eventKey": "e", "holdTokn": "t"})

    error = caught.value.errors()[0]
    assert error["type"] == "extra_forbidden"
    assert error["loc"] == ("holdTokn",)


@pytest.mark.parametrize(
    ("field", "value"),
    [("quantity", "3"), ("quantity", True), ("keep_extra_data", "true"), ("event_key", 5)],
)
def test_request_types_are_strict(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        _Body.model_validate(
            {"event_key": "e", field: value} if field != "event_key" else {field: value}
        )

    assert caught.value.errors()[0]["loc"] == (field,)


def test_request_is_immutable() -> None:
    body = _Body(event_key="e")

    with pytest.raises(ValidationError):
        body.event_key = "other"  # type: ignore[misc]


def test_response_parses_bytes_and_keeps_unknown_fields() -> None:
    raw = b'{"holdToken": "abc", "expiresInSeconds": "60", "brandNewField": {"x": [1, 2]}}'

    result = _Result.model_validate_json(raw)

    assert result.hold_token == "abc"
    assert result.expires_in_seconds == 60
    assert result.workspace_key is None
    assert result.model_extra == {"brandNewField": {"x": [1, 2]}}


def test_response_accepts_python_names_too() -> None:
    result = _Result.model_validate({"hold_token": "abc", "expires_in_seconds": 1})

    assert result.hold_token == "abc"


def test_response_dump_round_trips_to_the_wire_shape() -> None:
    raw = b'{"holdToken": "abc", "expiresInSeconds": 5, "newThing": true}'

    assert _Result.model_validate_json(raw).to_wire() == json.loads(raw)


def test_response_json_bytes_are_the_wire_shape_without_nulls() -> None:
    raw = b'{"holdToken": "abc", "expiresInSeconds": 5, "workspaceKey": null, "newThing": true}'

    encoded = _Result.model_validate_json(raw).to_wire_json()

    assert encoded == b'{"holdToken":"abc","expiresInSeconds":5,"newThing":true}'


def test_response_missing_or_malformed_field_names_the_field() -> None:
    with pytest.raises(ValidationError) as missing:
        _Result.model_validate_json(b'{"expiresInSeconds": 5}')
    with pytest.raises(ValidationError) as malformed:
        _Result.model_validate_json(b'{"holdToken": "abc", "expiresInSeconds": "soon"}')

    assert missing.value.errors()[0]["loc"] == ("holdToken",)
    assert missing.value.errors()[0]["type"] == "missing"
    assert malformed.value.errors()[0]["loc"] == ("expiresInSeconds",)


def test_response_errors_do_not_echo_the_input() -> None:
    with pytest.raises(ValidationError) as caught:
        _Result.model_validate_json(b'{"expiresInSeconds": 5, "secretKey": "canary-1234"}')

    assert "canary-1234" not in str(caught.value)


def test_response_repr_hides_unknown_fields_that_look_secret() -> None:
    raw = b'{"holdToken": "t", "expiresInSeconds": 1, "adminSecretKey": "canary-1234", "ok": 1}'

    result = _Result.model_validate_json(raw)

    assert "canary-1234" not in repr(result)
    assert "canary-1234" not in str(result)
    assert "ok=1" in repr(result)
    assert result.model_extra is not None
    assert result.model_extra["adminSecretKey"] == "canary-1234"


def test_response_is_immutable() -> None:
    result = _Result(hold_token="t", expires_in_seconds=1)

    with pytest.raises(ValidationError):
        result.hold_token = "other"  # type: ignore[misc]


ValueT = TypeVar("ValueT")


class Wrapped(ResponseModel, Generic[ValueT]):
    """A user's own generic result model for `client.request(..., result_type=...)`."""

    value: ValueT
    """The wrapped value."""


def test_a_users_generic_model_can_be_parametrised_inside_a_multi_line_call() -> None:
    # With field docstrings read on the public bases, pydantic (Python < 3.13) looked for them
    # in the line `Wrapped[int],` and failed with a TokenError.
    made = [
        Wrapped[int],
    ]

    assert made[0].model_validate({"value": 1}).value == 1
    assert not ResponseModel.model_config.get("use_attribute_docstrings")
    assert not RequestModel.model_config.get("use_attribute_docstrings")


def test_no_sdk_model_makes_pydantic_call_its_positional_constructor() -> None:
    # A model with the official positional constructor marks it as pydantic's own, so a
    # response (e.g. an event's channels) is validated straight from JSON, without a Python
    # call per item; a nested request dict is validated likewise.
    import inspect

    import seatsio_typed.models as models

    classes = [
        value
        for value in vars(models).values()
        if inspect.isclass(value) and issubclass(value, (RequestModel, ResponseModel))
    ]
    assert len(classes) > 50
    custom = sorted(cls.__name__ for cls in classes if cls.__pydantic_custom_init__)
    # Never validated nested: the batch body holds its base type (_BatchStatusChange).
    assert custom == ["StatusChangeRequest"]
