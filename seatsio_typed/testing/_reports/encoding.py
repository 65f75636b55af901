"""The big reports rendered straight to bytes: detailed chart and event reports, the flat list.

A detailed report of the 8,897-seat chart is a 6 MB body; building it as a dict and encoding
it with `dump_json` spends most of its time re-encoding the chart fields of every object, which
never change. Here each object's chart fields come pre-encoded (`ChartFacts.event_fragment`,
kept per drawing) and only its event fields are encoded, once per distinct value (most objects
of an event share them: free seats of one category, seats of one order). The pieces are joined
with the same separators, so the bytes are exactly those of `dump_json(detailed_report(...))`
and `dump_json(flat_list(...))` (a test compares them over random event states). A chart
report item has no event fields: it is encoded once per drawing (`ChartFacts.chart_text`).
"""

from __future__ import annotations

from collections.abc import Iterable

from seatsio_typed.testing._charts import ChartIndex, ObjectDef
from seatsio_typed.testing._engine.view import EventView
from seatsio_typed.testing._reports.items import (
    EVENT_GROUP_READERS,
    ChartFacts,
    chart_facts,
    event_tails,
)
from seatsio_typed.testing._wire.messages import JSONObject, dump_json_string, dump_json_text

_TailKey = tuple[tuple[str, ...], tuple[type, ...], tuple[object, ...]]


class _ItemEncoder:
    """Encodes event infos, remembering the encoding of each distinct set of event fields."""

    def __init__(self) -> None:
        self._tails: dict[_TailKey, str] = {}

    def item(self, fact: ChartFacts, tail: JSONObject) -> str:
        """`dump_json_text` of the object's whole event info (chart fields, then `tail`)."""
        if not tail.keys().isdisjoint(fact.event_field_names):
            # An event field that replaces a chart field in place (object_info sets none
            # today): the general path keeps the bytes right.
            return dump_json_text({**fact.event_chart_fields(), **tail})
        values = tuple(tail.values())
        # The value types are part of the key: True == 1 and 1 == 1.0 must not share a text.
        key: _TailKey = (tuple(tail), tuple(map(type, values)), values)
        try:
            text = self._tails.get(key)
        except TypeError:  # extra data or GA holds: unhashable, encoded every time
            text = dump_json_text(tail)[1:-1]
        else:
            if text is None:
                text = self._tails[key] = dump_json_text(tail)[1:-1]
        return f"{{{fact.event_fragment()},{text}}}"


def _join_groups(groups: dict[str, list[str]]) -> bytes:
    body = ",".join(f"{dump_json_string(key)}:[{','.join(items)}]" for key, items in groups.items())
    return f"{{{body}}}".encode()


def _grouped(
    texts: Iterable[tuple[str, str]], listed_when_empty: Iterable[str]
) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {key: [] for key in listed_when_empty}
    for key, text in texts:
        found = groups.get(key)
        if found is None:
            groups[key] = [text]
        else:
            found.append(text)
    return groups


def chart_report_bytes(
    index: ChartIndex,
    objects: Iterable[ObjectDef],
    dimension: str,
    listed_when_empty: Iterable[str],
) -> bytes:
    """`dump_json(detailed_report(chart_items(index, objects), dimension, ...))`.

    Args:
        index: the drawing (published or draft version).
        objects: its objects to report on (per `bookWholeTables`), in chart order.
        dimension: a chart report type, e.g. "bySection".
        listed_when_empty: groups to list even when no object falls in them.
    """
    facts = chart_facts(index)
    texts = (
        (fact.groups[dimension], fact.chart_text()) for fact in (facts[id(obj)] for obj in objects)
    )
    return _join_groups(_grouped(texts, listed_when_empty))


def event_report_bytes(view: EventView, dimension: str, listed_when_empty: Iterable[str]) -> bytes:
    """`dump_json(detailed_report(event_items(view), dimension, listed_when_empty=...))`.

    Args:
        view: the event with its chart, from `status_source.report_view`.
        dimension: an event report type, e.g. "byLabel".
        listed_when_empty: groups to list even when no object falls in them.
    """
    encoder = _ItemEncoder()
    read = EVENT_GROUP_READERS.get(dimension)
    texts = (
        (fact.groups[dimension] if read is None else read(tail), encoder.item(fact, tail))
        for fact, tail in event_tails(view)
    )
    return _join_groups(_grouped(texts, listed_when_empty))


def filtered_report_bytes(view: EventView, dimension: str, wanted: str) -> bytes:
    """`dump_json(filtered_report(event_items(view), dimension, wanted))`: one group or `{}`.

    Only the objects in the group are encoded (a filter by zone can still be 6,000 objects).
    """
    encoder = _ItemEncoder()
    read = EVENT_GROUP_READERS.get(dimension)
    found = [
        encoder.item(fact, tail)
        for fact, tail in event_tails(view)
        if (fact.groups[dimension] if read is None else read(tail)) == wanted
    ]
    return _join_groups({wanted: found} if found else {})


def flat_list_bytes(view: EventView) -> bytes:
    """`dump_json(flat_list(event_items(view)))`: every info, sorted by label."""
    encoder = _ItemEncoder()
    labelled = [
        (fact.groups["byLabel"], encoder.item(fact, tail)) for fact, tail in event_tails(view)
    ]
    labelled.sort(key=lambda pair: pair[0])
    return f"[{','.join(text for _, text in labelled)}]".encode()
