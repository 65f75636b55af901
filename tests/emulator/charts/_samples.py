"""Sample chart indexes, read once per test session (the Zones chart has 8,897 seats), and
lookups on any chart index."""

from __future__ import annotations

import functools

from seatsio_typed.testing._charts import ChartIndex, ObjectDef
from tests.reference import load_sample_chart


@functools.cache
def _index(name: str) -> ChartIndex:
    return ChartIndex.from_drawing(load_sample_chart(name))


def sample_index(name: str) -> ChartIndex:
    """The index of `shared/charts/<name>`; skips the test when the reference is absent."""
    return _index(name)


def labels(index: ChartIndex) -> list[str]:
    """Every object's label, in chart order."""
    return [obj.label for obj in index.objects]


def only(index: ChartIndex, label: str) -> ObjectDef:
    """The object with this label, asserting that exactly one has it."""
    (found,) = index.lookup(label)
    return found
