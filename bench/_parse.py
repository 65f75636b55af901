"""Parse-only scenarios: the same captured large body turned into each client's result.

Ours validates the bytes with the endpoint's own parser (what `retrieve_object_infos` and
`reports.by_label` run after the transport); the official client runs what it runs after
`requests`: `response.json()` (decode, `json.loads`) and its domain classes. `httpx` is the
floor: `json.loads` alone, no objects, no checks. `pydantic dicts` is the floor of any
pydantic-validated result: pydantic-core reading the same bytes into plain dicts and lists
(no models). `unchecked models` builds the same models with no check at all (their twins from
`bench._unchecked`, every leaf `Any`; garbage collection paused as ours pauses it for large
bodies): ours minus it is what our checks cost, it minus `pydantic dicts` what the models cost.
Garbage collection otherwise stays on, as for users.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sized
from functools import partial
from typing import cast

from pydantic import TypeAdapter
from seatsio.domain import EventObjectInfo as OfficialObjectInfo
from seatsio.domain import EventReport as OfficialReport

from bench._capture import Bodies
from bench._measure import HTTPX, OFFICIAL, OURS, PYDANTIC_DICTS, UNCHECKED_MODELS, Scenario
from bench._unchecked import unchecked_adapter
from seatsio_typed._endpoints import event_reports
from seatsio_typed._endpoints.events import RETRIEVE_OBJECT_INFOS
from seatsio_typed._gc import paused_gc
from seatsio_typed.models import EventObjectInfo

_PLAIN: TypeAdapter[object] = TypeAdapter(object)


def _official_infos(body: bytes) -> object:
    parsed = json.loads(body.decode("utf-8"))
    return {key: OfficialObjectInfo(value) for key, value in parsed.items()}


def _official_report(body: bytes) -> object:
    return OfficialReport(json.loads(body.decode("utf-8")))


def _count(expected: int, result: object) -> None:
    if isinstance(result, dict):
        size = len(cast("dict[str, object]", result))
    else:  # a report: its groups are `.items`
        groups: object = getattr(result, "items", None)
        size = len(groups) if isinstance(groups, Sized) else -1
    if size != expected:
        raise ValueError(f"expected {expected} items, got {size}")


def parse_scenarios(bodies: Bodies) -> list[Scenario]:
    """Parsing the object infos of many labels and the by-label report."""
    ours_report = event_reports.BY["label"].response.parse
    ours_infos = RETRIEVE_OBJECT_INFOS.response.parse

    unchecked_infos = unchecked_adapter(dict[str, EventObjectInfo])
    unchecked_report = unchecked_adapter(dict[str, list[EventObjectInfo]])

    def calls(
        ours: Callable[[bytes], object],
        official: Callable[[bytes], object],
        unchecked: TypeAdapter[object],
        body: bytes,
    ) -> dict[str, Callable[[int], object]]:
        def unchecked_models(_: int) -> object:
            with paused_gc():
                return unchecked.validate_json(body)

        return {
            OURS: lambda _: ours(body),
            OFFICIAL: lambda _: official(body),
            HTTPX: lambda _: json.loads(body),
            PYDANTIC_DICTS: lambda _: _PLAIN.validate_json(body),
            UNCHECKED_MODELS: unchecked_models,
        }

    return [
        Scenario(
            name=f"parse {bodies.object_info_count} object infos",
            what=f"{len(bodies.object_infos) // 1024} KiB of JSON, validated",
            requests_per_call=0,
            sync_calls=calls(ours_infos, _official_infos, unchecked_infos, bodies.object_infos),
            async_calls={},
            check=partial(_count, bodies.object_info_count),
        ),
        Scenario(
            name=f"parse by-label report, {bodies.by_label_count} items",
            what=f"{len(bodies.by_label) // 1024} KiB of JSON, validated",
            requests_per_call=0,
            sync_calls=calls(ours_report, _official_report, unchecked_report, bodies.by_label),
            async_calls={},
            check=partial(_count, bodies.by_label_count),
        ),
    ]
