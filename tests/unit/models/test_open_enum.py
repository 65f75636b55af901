"""OpenEnum: typed known values, unknown values accepted, cached and comparable."""

from __future__ import annotations

import copy
import json
import pickle
import threading

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from seatsio_typed.models import ObjectStatus, OpenEnum, RequestModel, ResponseModel


class _Color(OpenEnum):
    RED = "red"
    DARK_BLUE = "darkBlue"


class _Painted(ResponseModel):
    color: _Color


class _Paint(RequestModel):
    color: _Color


def test_known_values_are_the_declared_members() -> None:
    assert _Color("red") is _Color.RED
    assert _Color.RED.value == "red"
    assert _Color.RED.is_known


def test_unknown_value_becomes_a_cached_pseudo_member() -> None:
    custom = _Color("ultraviolet")

    assert isinstance(custom, _Color)
    assert custom.value == "ultraviolet"
    assert custom.name == "ultraviolet"
    assert not custom.is_known
    assert _Color("ultraviolet") is custom


def test_pseudo_members_are_not_listed_as_members() -> None:
    _Color("infrared")

    assert list(_Color) == [_Color.RED, _Color.DARK_BLUE]


def test_a_value_shaped_like_a_member_name_is_not_that_member() -> None:
    odd = _Color("RED")

    assert odd is not _Color.RED
    assert not odd.is_known


def test_non_string_values_are_refused() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        _Color(3)


def test_members_compare_and_hash_like_their_value() -> None:
    # Read through the constructor so type checkers see `_Color`, as for a parsed field.
    red = _Color("red")
    custom = _Color("teal")

    assert red == "red"
    assert custom == "teal"
    assert hash(red) == hash("red")
    assert hash(custom) == hash("teal")
    assert {"red": 1, "teal": 2}[red] == 1
    assert {"red": 1, "teal": 2}[custom] == 2
    assert {red, "red"} == {"red"}
    assert red != _Color("darkBlue")


def test_str_and_format_give_the_value() -> None:
    custom = _Color("teal")

    assert str(_Color.DARK_BLUE) == "darkBlue"
    assert f"{_Color.DARK_BLUE}" == "darkBlue"
    assert f"[{custom:>6}]" == "[  teal]"
    assert repr(custom) == "<_Color.teal: 'teal'>"


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_members_and_pseudo_members_survive_pickling(protocol: int) -> None:
    custom = _Color("sepia")

    assert pickle.loads(pickle.dumps(custom, protocol)) is custom
    assert pickle.loads(pickle.dumps(_Color.RED, protocol)) is _Color.RED


def test_copies_are_the_same_member() -> None:
    custom = _Color("ochre")

    assert copy.copy(custom) is custom
    assert copy.deepcopy(custom) is custom


def test_json_round_trip_through_a_response_model() -> None:
    painted = _Painted.model_validate_json(b'{"color": "magenta"}')

    assert painted.color == "magenta"
    assert painted.color is _Color("magenta")
    assert painted.model_dump_json() == '{"color":"magenta"}'
    assert json.dumps(painted.color) == '"magenta"'


def test_json_keeps_known_members_typed() -> None:
    painted = _Painted.model_validate_json(b'{"color": "darkBlue"}')

    assert painted.color is _Color.DARK_BLUE


def test_strict_request_accepts_pseudo_members_but_not_plain_strings() -> None:
    assert _Paint(color=_Color("mauve")).to_wire() == {"color": "mauve"}
    assert _Paint.model_validate_json(b'{"color": "mauve"}').color is _Color("mauve")
    with pytest.raises(ValidationError):
        _Paint.model_validate({"color": "mauve"})


def test_type_adapter_validates_python_strings() -> None:
    adapter = TypeAdapter(_Color)

    assert adapter.validate_python("red") is _Color.RED
    assert adapter.validate_python("lilac").value == "lilac"


def test_concurrent_first_use_yields_one_member() -> None:
    seen: list[_Color] = []
    barrier = threading.Barrier(8)

    def create() -> None:
        barrier.wait()
        seen.append(_Color("race-condition-colour"))

    threads = [threading.Thread(target=create) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len({id(member) for member in seen}) == 1


def test_object_status_accepts_any_custom_status() -> None:
    class Info(BaseModel):
        status: ObjectStatus

    info = Info.model_validate_json(b'{"status": "myCustomStatus"}')

    assert info.status == "myCustomStatus"
    assert info.status.value == "myCustomStatus"
    assert info.status is not ObjectStatus.BOOKED
    assert ObjectStatus("booked") == "booked"
