"""Capture the emulator's answers once: for the canned-bytes server and for the parse timings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx

from bench._raw import as_array, as_object
from bench._world import World

CHANGE_STATUS = "/events/groups/actions/change-object-status"


@dataclass(frozen=True)
class Bodies:
    """Large response bodies as the emulator sent them, for the parse-only measures."""

    object_infos: bytes
    """`GET /events/{key}/objects` for `many_labels` labels."""
    object_info_count: int
    by_label: bytes
    """`GET /reports/events/{key}/byLabel` of the big event: one group per seat."""
    by_label_count: int


def sample_labels(world: World, count: int) -> list[str]:
    """`count` labels spread evenly over the big chart."""
    if not 0 < count <= len(world.labels):
        raise ValueError(f"between 1 and {len(world.labels)} labels, got {count}")
    return [world.labels[index * len(world.labels) // count] for index in range(count)]


def capture(url: str, world: World, answers: Path, *, many_labels: int, charts: int) -> Bodies:
    """Write ANSWERS.json for `bench._canned` and return the large bodies.

    The replayed routes are the small calls' (retrieve event, object infos, change status);
    `GET /charts` is computed by the canned server from one captured chart, `charts` in all.
    """
    event_path = f"/events/{quote(world.big_event, safe='')}"
    with httpx.Client(base_url=url, auth=(world.secret_key, ""), timeout=60.0) as http:
        event = _ok(http.get(event_path))
        one_info = _ok(http.get(f"{event_path}/objects", params={"label": world.labels[0]}))
        booking = {
            "objects": [{"objectId": world.labels[0]}],
            "type": "CHANGE_STATUS_TO",
            "status": "booked",
            "events": [world.big_event],
        }
        booked = _ok(http.post(CHANGE_STATUS, params={"expand": "objects"}, json=booking))
        release = {**booking, "type": "RELEASE"}
        release.pop("status")
        _ok(http.post(CHANGE_STATUS, params={"expand": "objects"}, json=release))
        first_page = as_object(json.loads(_ok(http.get("/charts"))))
        chart = as_array(first_page.get("items"))[0]
        infos = _ok(
            http.get(f"{event_path}/objects", params={"label": sample_labels(world, many_labels)})
        )
        by_label = _ok(http.get(f"/reports/events/{quote(world.big_event, safe='')}/byLabel"))
    document = {
        "answers": {
            f"GET {event_path}": {"status": 200, "body": event.decode()},
            f"GET {event_path}/objects": {"status": 200, "body": one_info.decode()},
            f"POST {CHANGE_STATUS}": {"status": 200, "body": booked.decode()},
        },
        "chart_pages": {
            "chart": json.dumps(chart, separators=(",", ":")),
            "total": charts,
            "page_size": world.charts_page_size,
        },
    }
    answers.write_text(json.dumps(document), encoding="utf-8")
    return Bodies(
        object_infos=infos,
        object_info_count=len(as_object(json.loads(infos))),
        by_label=by_label,
        by_label_count=len(as_object(json.loads(by_label))),
    )


def _ok(response: httpx.Response) -> bytes:
    if response.is_error:
        raise RuntimeError(
            f"capture: {response.request.method} {response.request.url.path} answered "
            f"HTTP {response.status_code}: {response.text[:300]}"
        )
    return response.content
