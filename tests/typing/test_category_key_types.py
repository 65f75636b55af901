"""Category keys, statically: an object's `category_key` has the type of `Category.key`.

Checked by mypy and pyright. The one place where a category key is text (the group keys of
a summary report, which are JSON object keys) is flagged when indexed with a `Category.key`:
the line marked `# type: ignore[index]` is a mistake mypy must catch (`warn_unused_ignores`).
"""

from __future__ import annotations

from typing_extensions import assert_type

from seatsio_typed import (
    Category,
    CategoryKey,
    ChartObjectInfo,
    ChartReport,
    Client,
    EventObjectInfo,
    EventReport,
)
from tests.unit.support import object_info


def test_object_category_keys_have_the_type_of_category_keys() -> None:
    category = Category(4, "Stalls")
    event_object = EventObjectInfo.model_validate(object_info("A-1", categoryKey="4"))
    chart_object = ChartObjectInfo.model_validate(object_info("A-1", categoryKey="4"))
    event_item = EventReport.model_validate({"4": [object_info("A-1", categoryKey=4)]})["4"][0]
    chart_item = ChartReport.model_validate({"4": [object_info("A-1", categoryKey=4)]})["4"][0]

    assert_type(category.key, CategoryKey)
    assert_type(event_object.category_key, CategoryKey | None)
    assert_type(chart_object.category_key, CategoryKey | None)
    assert_type(event_item.category_key, CategoryKey | None)
    assert_type(chart_item.category_key, CategoryKey | None)
    keys = {event_object.category_key, chart_object.category_key}
    assert keys | {event_item.category_key, chart_item.category_key} == {category.key}


def rejected_calls(client: Client, category: Category) -> None:
    """Never run: each line is a mistake the type checkers must catch."""
    summary = client.events.reports.summary_by_category_key("e")
    summary[category.key]  # type: ignore[index]
