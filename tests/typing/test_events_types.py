"""The static types of the events methods added for issue 7 (`assert_type`, run by pytest too).

Lines marked `# type: ignore[...]` are calls the type checkers must reject (mypy runs with
`warn_unused_ignores`, so an ignore that is no longer needed fails).
"""

from __future__ import annotations

import json

import httpx
from typing_extensions import assert_type

from seatsio_typed import (
    AsyncClient,
    AsyncPageIterator,
    AsyncStatusChangeLister,
    BestAvailableResult,
    ChangeObjectStatusResult,
    Client,
    Event,
    EventProperties,
    ObjectStatus,
    Page,
    PageIterator,
    Region,
    Season,
    StatusChange,
    StatusChangeLister,
    StatusChangeRequest,
)

INFO = {
    "label": "A-1",
    "labels": {"own": {"label": "1", "type": "seat"}},
    "ids": {"own": "1"},
    "status": "booked",
}
EVENT = {"id": 1, "key": "e"}
CHANGE = {
    "id": 1,
    "eventId": 1,
    "status": "booked",
    "objectLabel": "A-1",
    "date": "2024-01-01T00:00:00Z",
    "origin": {"type": "API_CALL"},
}
BEST = {"objects": ["A-1"], "objectDetails": {"A-1": INFO}}
BODIES: dict[tuple[str, str], object] = {
    ("GET", "/events"): {"items": [EVENT]},
    ("POST", "/events/actions/create-multiple"): {"events": [EVENT]},
    ("POST", "/events/e/actions/move-to-new-chart-copy"): EVENT,
    ("GET", "/events/e/status-changes"): {"items": [CHANGE]},
    ("GET", "/events/e/objects/A-1/status-changes"): {"items": [CHANGE]},
    ("POST", "/events/groups/actions/change-object-status"): {"objects": {"A-1": INFO}},
    ("POST", "/events/actions/change-object-status"): {"results": [{"objects": {"A-1": INFO}}]},
    ("POST", "/events/e/actions/change-object-status"): BEST,
}


def answer(request: httpx.Request) -> httpx.Response:
    body = BODIES.get((request.method, request.url.path))
    if body is None:
        return httpx.Response(204)
    return httpx.Response(200, content=json.dumps(body).encode())


def sync_client() -> Client:
    own = httpx.Client(transport=httpx.MockTransport(answer))
    return Client(Region("http://seatsio.test"), "sk", http_client=own)


def async_client() -> AsyncClient:
    own = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return AsyncClient(Region("http://seatsio.test"), "sk", http_client=own)


BATCH = [StatusChangeRequest("e", ["A-1"], ObjectStatus.BOOKED)]


def test_sync_events_results_are_typed() -> None:
    with sync_client() as client:
        events = client.events
        everything = events.list()
        assert_type(everything, PageIterator[Event | Season])
        for event in everything:
            assert_type(event, Event | Season)
        assert_type(events.list_first_page(10, "x"), Page[Event | Season])
        assert_type(events.list_page_after(1), Page[Event | Season])
        assert_type(events.list_page_before(1), Page[Event | Season])
        created = events.create_multiple("c", [EventProperties(event_key="e")])
        assert_type(created, list[Event | Season])
        assert_type(events.update("e", name="n"), None)
        assert_type(events.remove_object_categories("e"), None)
        assert_type(events.remove_categories("e"), None)
        assert_type(events.delete("e"), None)
        assert_type(events.move_event_to_new_chart_copy("e"), Event)
        assert_type(events.update_extra_data("e", "A-1", {"a": [1, None]}), None)
        assert_type(events.update_extra_datas("e", {"A-1": {"a": 1}}), None)
        lister = events.status_changes("e", "A", "objectLabel", "desc")
        assert_type(lister, StatusChangeLister)
        assert_type(lister.list(), PageIterator[StatusChange])
        assert_type(lister.first_page(2), Page[StatusChange])
        assert_type(lister.page_after(1, 2, "A"), Page[StatusChange])
        assert_type(lister.page_before(1), Page[StatusChange])
        assert_type(events.status_changes_for_object("e", "A-1"), StatusChangeLister)
        assert_type(events.put_up_for_resale("e", "A-1", "l"), ChangeObjectStatusResult)
        assert_type(events.change_object_status_in_batch(BATCH), list[ChangeObjectStatusResult])
        assert_type(events.book_best_available("e", 1), BestAvailableResult)
        assert_type(events.hold_best_available("e", 1, None, "token"), BestAvailableResult)
        best = events.change_best_available_object_status("e", 1, "custom")
        assert_type(best, BestAvailableResult)
        assert_type(events.override_season_object_status("e", ["A-1"]), None)
        assert_type(events.use_season_object_status("e", ["A-1"], "s"), None)


async def test_async_events_results_are_typed() -> None:
    async with async_client() as client:
        events = client.events
        everything = events.list()
        assert_type(everything, AsyncPageIterator[Event | Season])
        async for event in everything:
            assert_type(event, Event | Season)
        assert_type(await events.list_first_page(), Page[Event | Season])
        assert_type(await events.list_page_after(1, 2, "x"), Page[Event | Season])
        assert_type(await events.list_page_before(1), Page[Event | Season])
        created = await events.create_multiple("c", [EventProperties(name="n")])
        assert_type(created, list[Event | Season])
        assert_type(await events.update("e", is_in_the_past=True), None)
        assert_type(await events.remove_object_categories("e"), None)
        assert_type(await events.remove_categories("e"), None)
        assert_type(await events.delete("e"), None)
        assert_type(await events.move_event_to_new_chart_copy("e"), Event)
        assert_type(await events.update_extra_data("e", "A-1", {}), None)
        assert_type(await events.update_extra_datas("e", {}), None)
        lister = events.status_changes("e", sort_field="date")
        assert_type(lister, AsyncStatusChangeLister)
        assert_type(lister.list("A"), AsyncPageIterator[StatusChange])
        assert_type(await lister.first_page(), Page[StatusChange])
        assert_type(await lister.page_after(1), Page[StatusChange])
        assert_type(await lister.page_before(1), Page[StatusChange])
        for_object = events.status_changes_for_object("e", "A-1")
        assert_type(for_object, AsyncStatusChangeLister)
        assert_type(await events.put_up_for_resale("e", "A-1"), ChangeObjectStatusResult)
        batch = await events.change_object_status_in_batch(BATCH)
        assert_type(batch, list[ChangeObjectStatusResult])
        assert_type(await events.book_best_available("e", 1), BestAvailableResult)
        assert_type(await events.hold_best_available("e", 1, hold_token="t"), BestAvailableResult)
        best = await events.change_best_available_object_status("e", 1, "custom")
        assert_type(best, BestAvailableResult)
        assert_type(await events.override_season_object_status("e", ["A-1"]), None)
        assert_type(await events.use_season_object_status("e", ["A-1"]), None)


def rejected_calls(client: Client) -> None:
    """Never run: each line is a mistake the type checkers must catch."""
    client.events.status_changes("e", sort_field="price")  # type: ignore[arg-type]
    client.events.status_changes("e", sort_direction="up")  # type: ignore[arg-type]
    client.events.book_best_available("e", "2")  # type: ignore[arg-type]
    client.events.create_multiple("c", [{"eventKey": "e"}])  # type: ignore[list-item]
    client.events.change_object_status_in_batch([("e", "A-1")])  # type: ignore[list-item]
    StatusChangeRequest("e", ["A-1"], type="BOOK")  # type: ignore[arg-type]
    client.events.update_extra_data("e", "A-1", {"a": object()})  # type: ignore[dict-item]
