"""Audit of the for-sale endpoints against events.md §3.13-§3.17, §4 and §5.4-§5.5: the confirmed
merge cases, what counts against the quota, the wire shape of every answer, and the effect on
object infos."""

from __future__ import annotations

from typing import cast

import pytest

from ._audit_events import change, changed_objects, object_info, parse_timestamp, post_json
from ._audit_wire import Caller, JsonBody, child, error_body, ok_json
from ._official import OfficialClient
from ._official_builders import for_sale_config
from ._official_company import event_log_of
from ._official_events import OfficialEvents, OfficialForSaleConfig
from ._official_sales import OfficialForSale, for_sale_of
from .conftest import UploadChart

FOUR_KEYS = {"forSale", "objects", "areaPlaces", "categories"}


@pytest.fixture
def for_sale(client: OfficialClient) -> OfficialForSale:
    return for_sale_of(client)


@pytest.fixture
def chart_key(upload_sample_chart: UploadChart) -> str:
    return upload_sample_chart("sampleChart.json")


@pytest.fixture
def event_key(events: OfficialEvents, chart_key: str) -> str:
    return events.create(chart_key, event_key="event1").key


def _parts(config: OfficialForSaleConfig | None) -> tuple[object, ...] | None:
    if config is None:
        return None
    return (config.for_sale, config.objects, config.area_places, config.categories)


def test_edit_removes_for_sale_items_from_a_not_for_sale_list(
    for_sale: OfficialForSale, event_key: str
) -> None:
    for_sale.replace_for_sale_config(event_key, False, ["A-1", "A-2", "A-3"])
    result = for_sale.edit_for_sale_config(
        event_key, for_sale=[{"object": "A-1"}, {"object": "A-2"}]
    )
    assert _parts(result.for_sale_config) == (False, ["A-3"], {}, [])


def test_a_first_edit_with_only_for_sale_items_is_counted(
    for_sale: OfficialForSale, event_key: str
) -> None:
    result = for_sale.edit_for_sale_config(event_key, for_sale=[{"object": "A-1"}])
    assert result.rate_limit_info.rate_limit_remaining_calls == 9


def test_creating_with_a_config_does_not_use_a_call(
    events: OfficialEvents, for_sale: OfficialForSale, chart_key: str
) -> None:
    created = events.create(chart_key, for_sale_config=for_sale_config(False, ["A-1"]))
    result = for_sale.edit_for_sale_config(created.key, not_for_sale=[{"object": "A-2"}])
    assert result.rate_limit_info.rate_limit_remaining_calls == 9
    assert _parts(result.for_sale_config) == (False, ["A-1", "A-2"], {}, [])


def test_edit_for_events_stores_each_events_config(
    events: OfficialEvents, for_sale: OfficialForSale, chart_key: str
) -> None:
    first = events.create(chart_key).key
    second = events.create(chart_key).key
    for_sale.edit_for_sale_config_for_events(
        {
            first: {"not_for_sale": [{"object": "A-1"}]},
            second: {"not_for_sale": [{"object": "B-1"}]},
        }
    )
    assert _parts(events.retrieve(first).for_sale_config) == (False, ["A-1"], {}, [])
    assert _parts(events.retrieve(second).for_sale_config) == (False, ["B-1"], {}, [])


def test_edit_answers_a_full_config_and_rate_limit_info(caller: Caller, event_key: str) -> None:
    body = {"notForSale": [{"object": "A-1"}]}
    answer = ok_json(post_json(caller, f"/events/{event_key}/actions/edit-for-sale-config", body))
    assert set(child(answer, "forSaleConfig")) == FOUR_KEYS
    info = child(answer, "rateLimitInfo")
    assert info["rateLimitRemainingCalls"] == 9
    parse_timestamp(info["rateLimitResetDate"])


def test_edit_for_events_answers_per_event(caller: Caller, event_key: str) -> None:
    body = {"events": {event_key: {"forSale": [{"object": "A-1"}]}}}
    answer = ok_json(post_json(caller, "/events/actions/edit-for-sale-config", body))
    assert set(answer) == {event_key}
    result = child(answer, event_key)
    assert set(child(result, "forSaleConfig")) == FOUR_KEYS
    assert set(child(result, "rateLimitInfo")) == {"rateLimitRemainingCalls", "rateLimitResetDate"}


@pytest.mark.parametrize("action", ["mark-as-not-for-sale", "mark-as-for-sale"])
def test_replace_answers_200_with_the_rate_limit(
    caller: Caller, event_key: str, action: str
) -> None:
    answer = ok_json(
        post_json(caller, f"/events/{event_key}/actions/{action}", {"objects": ["o1", "o2"]})
    )
    assert answer["rateLimitRemainingCalls"] == 9
    parse_timestamp(answer["rateLimitResetDate"])
    stored = caller.json(f"/events/{event_key}")["forSaleConfig"]
    assert stored == {
        "forSale": action == "mark-as-for-sale",
        "objects": ["o1", "o2"],
        "areaPlaces": {},
        "categories": [],
    }


def test_mark_everything_as_for_sale_answers_204(caller: Caller, event_key: str) -> None:
    post_json(caller, f"/events/{event_key}/actions/mark-as-not-for-sale", {"objects": ["A-1"]})
    assert (
        caller.post(f"/events/{event_key}/actions/mark-everything-as-for-sale").status_code == 204
    )
    assert "forSaleConfig" not in caller.json(f"/events/{event_key}") or (
        caller.json(f"/events/{event_key}")["forSaleConfig"] is None
    )


def test_not_for_sale_objects_report_why(caller: Caller, event_key: str) -> None:
    changed_objects(change(caller, event_key, ["A-2"]))
    body = {"objects": ["A-1", "A-2"]}
    post_json(caller, f"/events/{event_key}/actions/mark-as-not-for-sale", body)
    free = object_info(caller, event_key, "A-1")
    booked = object_info(caller, event_key, "A-2")
    assert (free["forSale"], free["isAvailable"], free["availabilityReason"]) == (
        False,
        False,
        "not_for_sale",
    )
    assert (booked["status"], booked["availabilityReason"]) == ("booked", "booked")


def test_a_quota_refusal_carries_retry_after(caller: Caller, event_key: str) -> None:
    path = f"/events/{event_key}/actions/mark-as-not-for-sale"
    for _ in range(10):
        ok_json(post_json(caller, path, {"objects": ["A-1"]}))
    refused = post_json(caller, path, {"objects": ["A-2"]})
    error_body(refused, 429)
    assert int(refused.headers["Retry-After"]) > 0
    stored = cast("JsonBody", caller.json(f"/events/{event_key}")["forSaleConfig"])
    assert stored["objects"] == ["A-1"]


def test_each_for_sale_change_writes_an_event_log_item(
    client: OfficialClient, for_sale: OfficialForSale, event_key: str
) -> None:
    for_sale.edit_for_sale_config(event_key, not_for_sale=[{"object": "A-1"}])
    for_sale.replace_for_sale_config(event_key, True, ["A-1"])
    for_sale.mark_everything_as_for_sale(event_key)
    logged = [item for item in event_log_of(client).list() if item.type.startswith("event.")]
    assert [item.type for item in logged] == ["event.for.sale.config.updated"] * 3
    assert {item.data["key"] for item in logged} == {event_key}
