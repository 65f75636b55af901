"""Audit: the object info of EVERY bookable object of every sample chart, against the drawing
read independently here (chart-model.md §2.1-§2.8, §3): technical labels built from the parts,
ids and labels, object types, sections, categories by key, neighbours in drawing order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import pytest

from tests.reference import load_sample_chart

from ._audit_events import create_event, object_infos
from ._audit_wire import Caller, JsonBody, child
from .conftest import UploadChart

BATCH = 150
"""Labels per object-info request (the query string stays well under common URL limits)."""


@dataclass(frozen=True)
class Expected:
    """What the drawing says about one bookable object."""

    label: str
    object_type: str
    ids: dict[str, str]
    category_key: str | None
    in_row: bool = False
    left: str | None = None
    right: str | None = None


def _join(*parts: str | None) -> str:
    return "-".join(part for part in parts if part is not None)


def _category(own: object, section: object) -> str | None:
    key = own if own is not None else section
    return None if key is None else str(key)


Node = dict[str, object]


def _nodes(node: Node, key: str) -> list[Node]:
    """A list member of a drawing node (absent or null: empty)."""
    return cast("list[Node]", node.get(key) or [])


def _text(node: Node, key: str) -> str:
    value = node[key]
    assert isinstance(value, str)
    return value


def _drawing_objects(drawing: Node) -> Iterator[Expected]:
    """chart-model.md §2.1 order; tables follow their chart flag (the INHERIT mode)."""
    floors = _nodes(drawing, "subChartFloors") or [cast("Node", drawing["subChart"])]
    for floor in floors:
        yield from _content(floor, None, None)
        for section in _nodes(floor, "sections"):
            sub = cast("Node", section["subChart"])
            yield from _content(sub, _text(section, "label"), section.get("categoryKey"))


def _content(sub: Node, section: str | None, section_category: object) -> Iterator[Expected]:
    for row in _nodes(sub, "rows"):
        seats = _nodes(row, "seats")
        parent = _text(row, "label")
        labels = [_join(section, parent, _text(seat, "label")) for seat in seats]
        for position, seat in enumerate(seats):
            yield Expected(
                label=labels[position],
                object_type="seat",
                ids=_ids(_text(seat, "label"), parent, section),
                category_key=_category(seat.get("categoryKey"), section_category),
                in_row=True,
                left=labels[position - 1] if position > 0 else None,
                right=labels[position + 1] if position + 1 < len(labels) else None,
            )
    for table in _nodes(sub, "tables"):
        seats = _nodes(table, "seats")
        name = _text(table, "label")
        if table.get("bookAsAWhole", False):
            table_key = _category(seats[0].get("categoryKey"), section_category)
            yield Expected(_join(section, name), "table", _ids(name, None, section), table_key)
            continue
        for seat in seats:
            yield Expected(
                _join(section, name, _text(seat, "label")),
                "seat",
                _ids(_text(seat, "label"), name, section),
                _category(seat.get("categoryKey"), section_category),
            )
    for area in _nodes(sub, "generalAdmissionAreas"):
        yield Expected(
            _join(section, _text(area, "label")),
            "generalAdmission",
            _ids(_text(area, "label"), None, section),
            _category(area.get("categoryKey"), section_category),
        )


def _ids(own: str, parent: str | None, section: str | None) -> dict[str, str]:
    ids = {"own": own}
    if parent is not None:
        ids["parent"] = parent
    if section is not None:
        ids["section"] = section
    return ids


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("sampleChart.json", 34),
        ("sampleChartWithSections.json", 71),
        ("sampleChartWithTables.json", 7),
        ("sampleChartWithFloors.json", 4),
        ("sampleChartWithZones.json", 8897),
        ("sampleChartWithErrors.json", 34),
    ],
)
def test_every_object_of_a_fresh_event(
    caller: Caller, upload_sample_chart: UploadChart, name: str, count: int
) -> None:
    drawing = load_sample_chart(name)
    expected = list(_drawing_objects(drawing))
    assert len(expected) == count
    key = str(create_event(caller, upload_sample_chart(name))["key"])
    first_of_label: dict[str, Expected] = {}
    for item in expected:
        first_of_label.setdefault(item.label, item)
    labels = list(first_of_label)

    infos: dict[str, JsonBody] = {}
    for start in range(0, len(labels), BATCH):
        infos.update(object_infos(caller, key, *labels[start : start + BATCH]))

    assert sorted(infos) == sorted(labels)
    category_labels = {
        str(entry["key"]): entry["label"]
        for entry in cast("list[dict[str, object]]", child(drawing, "categories")["list"])
    }
    for label, item in first_of_label.items():
        info = infos[label]
        assert (info["label"], info["objectType"], info["ids"]) == (
            label,
            item.object_type,
            item.ids,
        ), label
        assert child(child(info, "labels"), "own") == {
            "label": item.ids["own"],
            "type": item.object_type,
        }
        assert (info["status"], info["forSale"]) == ("free", True)
        assert info.get("section") == item.ids.get("section"), label
        assert info.get("categoryKey") == item.category_key, label
        if item.category_key is not None:
            assert info.get("categoryLabel") == category_labels[item.category_key], label
        if item.in_row:
            assert (info.get("leftNeighbour"), info.get("rightNeighbour")) == (
                item.left,
                item.right,
            ), label
