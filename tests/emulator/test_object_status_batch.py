"""Batch changes, the documented alias paths, and N clients racing for one seat (§3.2-3.3)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import (
    HELD,
    change,
    changed,
    codes,
    create_event,
    hold_token,
    ok,
    status_of,
    upload_hall,
)
from .conftest import client_for

BATCH = "/events/actions/change-object-status"


@pytest.fixture
def events(admin: httpx.Client, chart: str) -> tuple[str, str]:
    create_event(admin, chart, eventKey="e1")
    create_event(admin, chart, eventKey="e2")
    return "e1", "e2"


def batch(client: httpx.Client, *items: dict[str, object], expand: bool = True) -> httpx.Response:
    params = {"expand": "objects"} if expand else {}
    return client.post(BATCH, params=params, json={"statusChanges": list(items)})


def test_batch_results_mirror_the_items(admin: httpx.Client, events: tuple[str, str]) -> None:
    e1, e2 = events
    response = batch(
        admin,
        {"event": e1, "objects": ["A-1"], "status": "booked"},
        {
            "event": e2,
            "objects": [{"objectId": "A-2"}, "GA1"],
            "type": "CHANGE_STATUS_TO",
            "status": "custom",
        },
    )

    results = ok(response)["results"]
    assert [set(result["objects"]) for result in results] == [{"A-1"}, {"A-2", "GA1"}]
    assert results[1]["objects"]["A-2"]["status"] == "custom"
    assert status_of(admin, e1, "A-1") == "booked"
    assert status_of(admin, e2, "A-1") == "free"


def test_later_items_see_earlier_effects(admin: httpx.Client, events: tuple[str, str]) -> None:
    e1, _ = events
    changed(admin, e1, ["A-1"])
    token = hold_token(admin)

    results = ok(
        batch(
            admin,
            {"event": e1, "objects": ["A-1"], "type": "RELEASE"},
            {"event": e1, "objects": ["A-1"], "status": HELD, "holdToken": token},
            {"event": e1, "objects": ["A-2"], "status": "status1"},
            {"event": e1, "objects": ["A-2"], "status": "status2"},
        )
    )["results"]

    labels = ["A-1", "A-1", "A-2", "A-2"]
    statuses = [r["objects"][label]["status"] for r, label in zip(results, labels, strict=True)]
    assert statuses == ["free", HELD, "status1", "status2"]
    assert status_of(admin, e1, "A-1") == HELD
    records = ok(admin.get(f"/events/{e1}/status-changes", params={"filter": "A-2"}))["items"]
    assert [record["status"] for record in records] == ["status2", "status1"]


def test_a_failing_item_undoes_every_item(admin: httpx.Client, events: tuple[str, str]) -> None:
    e1, e2 = events
    changed(admin, e2, ["B-1"])

    response = batch(
        admin,
        {"event": e1, "objects": ["A-1"], "status": "booked"},
        {"event": e2, "objects": ["B-1"], "status": "booked"},
        {"event": e2, "objects": ["nope"], "status": "booked"},
    )

    assert codes(response) == ["ILLEGAL_STATUS_CHANGE", "OBJECT_NOT_FOUND"]
    assert status_of(admin, e1, "A-1") == "free"
    assert ok(admin.get(f"/events/{e1}/status-changes"))["items"] == []


def test_batch_items_may_use_different_charts(
    emulator: Emulator, company: TestCompany, admin: httpx.Client, events: tuple[str, str]
) -> None:
    from seatsio_typed.testing.builder import ChartBuilder

    other_chart = emulator.upload_chart(
        ChartBuilder("Small").row("X", seats=2).build(), secret_key=company.admin_key
    )
    create_event(admin, other_chart, eventKey="small")

    results = ok(
        batch(
            admin,
            {"event": events[0], "objects": ["A-1"], "status": "booked"},
            {"event": "small", "objects": ["X-2"], "status": "booked"},
        )
    )["results"]

    assert results[1]["objects"]["X-2"]["status"] == "booked"


def test_batch_without_expand_is_204(admin: httpx.Client, events: tuple[str, str]) -> None:
    response = batch(admin, {"event": events[0], "objects": ["A-1"], "status": "x"}, expand=False)

    assert response.status_code == 204


def test_batch_refuses_season_types_on_an_event_outside_seasons(
    admin: httpx.Client, events: tuple[str, str]
) -> None:
    response = batch(
        admin, {"event": events[0], "objects": ["A-1"], "type": "OVERRIDE_SEASON_STATUS"}
    )

    assert codes(response) == ["EVENT_NOT_IN_SEASON"]


def test_batch_on_an_unknown_event_is_404(admin: httpx.Client, events: tuple[str, str]) -> None:
    response = batch(admin, {"event": "nope", "objects": ["A-1"], "status": "booked"})

    assert codes(response, 404) == ["EVENT_NOT_FOUND"]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("book", "booked"), ("put-up-for-resale", "resale"), ("release", "free")],
)
def test_single_event_aliases(
    admin: httpx.Client, events: tuple[str, str], verb: str, expected: str
) -> None:
    response = admin.post(
        f"/events/{events[0]}/actions/{verb}",
        params={"expand": "objects"},
        json={"objects": ["A-1"], "status": "ignored"},
    )

    assert ok(response)["objects"]["A-1"]["status"] == expected


def test_single_event_change_object_status_and_hold_alias(
    admin: httpx.Client, events: tuple[str, str]
) -> None:
    token = hold_token(admin)
    e1 = events[0]

    held = admin.post(f"/events/{e1}/actions/hold", json={"objects": ["A-1"], "holdToken": token})
    custom = admin.post(
        f"/events/{e1}/actions/change-object-status",
        params={"expand": "objects"},
        json={"objects": ["A-2"], "status": "custom"},
    )

    assert held.status_code == 204
    assert status_of(admin, e1, "A-1") == HELD
    assert ok(custom)["objects"]["A-2"]["status"] == "custom"


@pytest.mark.parametrize("prefix", ["/events/groups/actions", "/seasons/actions"])
def test_group_aliases(admin: httpx.Client, events: tuple[str, str], prefix: str) -> None:
    response = admin.post(
        f"{prefix}/book",
        params={"expand": "objects"},
        json={"events": list(events), "objects": ["B-2"]},
    )

    assert ok(response)["objects"]["B-2"]["status"] == "booked"
    assert [status_of(admin, key, "B-2") for key in events] == ["booked", "booked"]


def race(post: Callable[[], httpx.Response], contenders: int) -> list[int]:
    with ThreadPoolExecutor(max_workers=contenders) as pool:
        futures = [pool.submit(post) for _ in range(contenders)]
        return sorted(future.result().status_code for future in futures)


def test_racing_clients_in_process_one_wins(
    emulator: Emulator, company: TestCompany, chart: str, admin: httpx.Client
) -> None:
    create_event(admin, chart, eventKey="race")
    payload = {"events": ["race"], "objects": ["A-1"], "status": "booked"}

    def post() -> httpx.Response:
        return admin.post("/events/groups/actions/change-object-status", json=payload)

    assert race(post, 12) == [204] + [400] * 11
    records = ok(admin.get("/events/race/status-changes"))["items"]
    assert len(records) == 1


def test_racing_clients_over_http_one_wins(
    emulator: Emulator, company: TestCompany, chart: str, admin: httpx.Client
) -> None:
    create_event(admin, chart, eventKey="race")
    # GA1 holds 10 places: ask for all of them, so that only one request can get them.
    payload = {
        "events": ["race"],
        "objects": [{"objectId": "GA1", "quantity": 10}],
        "status": "booked",
    }

    with emulator.serve() as url, httpx.Client(base_url=url, auth=(company.admin_key, "")) as http:

        def post() -> httpx.Response:
            return http.post("/events/groups/actions/change-object-status", json=payload)

        outcomes = race(post, 10)

    assert outcomes == [204] + [400] * 9
    area = ok(admin.get("/events/race/objects", params={"label": "GA1"}))["GA1"]
    assert area["numBooked"] == 10


def _script(emulator: Emulator) -> list[bytes]:
    company = emulator.create_test_company()
    chart = upload_hall(emulator, company)
    with client_for(emulator, company.admin_key) as client:
        responses = [client.post("/events", json={"chartKey": chart})]
        key = responses[0].json()["key"]
        responses.append(client.post("/hold-tokens", json={}))
        token = responses[-1].json()["holdToken"]
        responses.append(change(client, key, ["A-1", "GA1"], HELD, holdToken=token))
        responses.append(change(client, key, ["A-1"], "booked"))
        emulator.clock.advance(20 * 60)
        responses.append(client.get(f"/events/{key}/status-changes"))
        responses.append(client.get(f"/events/{key}/objects", params={"label": ["A-1", "GA1"]}))
        responses.append(change(client, key, ["nope"]))
    return [response.content for response in responses]


def test_deterministic_emulators_replay_byte_identical_answers() -> None:
    first = _script(Emulator(deterministic=True, seed=3))
    second = _script(Emulator(deterministic=True, seed=3))

    assert first == second
    assert b"HOLD_EXPIRED" in first[4]
