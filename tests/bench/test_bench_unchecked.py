"""The unchecked twins keep our models' nesting and wire names and check no value."""

from __future__ import annotations

from typing import cast

from pydantic import BaseModel

from bench._unchecked import unchecked_adapter, unchecked_twin
from seatsio_typed.models import EventObjectInfo

_INFO = {
    "label": "A-1",
    "labels": {"own": {"label": "1", "type": "seat"}, "section": "A"},
    "ids": {"own": "1"},
    "status": "free",
    "categoryKey": "9",
    "isAccessible": "not a bool",
    "floor": {"name": "F1", "displayName": 7},
}


def test_a_twin_builds_the_same_nesting_under_the_same_wire_names() -> None:
    twin = unchecked_twin(EventObjectInfo)

    info = twin.model_validate(_INFO)

    assert not isinstance(info, EventObjectInfo)
    assert set(type(info).model_fields) == set(EventObjectInfo.model_fields)
    labels = dict(info)["labels"]
    assert isinstance(labels, BaseModel)
    assert dict(dict(labels)["own"]) == {"label": "1", "type": "seat"}
    assert dict(dict(info)["floor"])["display_name"] == 7  # no check


def test_a_twin_checks_no_leaf_value() -> None:
    fields = dict(unchecked_twin(EventObjectInfo).model_validate(_INFO))

    assert fields["is_accessible"] == "not a bool"
    assert fields["category_key"] == "9"  # ours makes it the int 9
    assert fields["status"] == "free"


def test_containers_of_models_get_twins_inside() -> None:
    report = unchecked_adapter(dict[str, list[EventObjectInfo]]).validate_python({"A-1": [_INFO]})

    assert isinstance(report, dict)
    items = cast("dict[str, list[object]]", report)["A-1"]
    assert [type(item).__name__ for item in items] == ["UncheckedEventObjectInfo"]
