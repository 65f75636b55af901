"""Seasons as resources (seasons.md §2-3): create, partial seasons, events in a season,
retrieve, update, list and delete."""

from __future__ import annotations

import httpx
import pytest

from ._events_support import codes, create_event, ok
from ._seasons_support import create_partial, create_season, keys


def test_a_season_created_with_only_a_chart_is_an_empty_top_level_season(
    admin: httpx.Client, chart: str
) -> None:
    season = create_season(admin, chart)

    assert season["id"] > 0
    assert season["key"]
    assert season["isSeason"] is True
    assert season["isTopLevelSeason"] is True
    assert season["isPartialSeason"] is False
    assert season["isEventInSeason"] is False
    assert "topLevelSeasonKey" not in season
    assert season["events"] == []
    assert season["partialSeasonKeys"] == []
    assert season["tableBookingConfig"] == {"mode": "INHERIT"}
    assert "forSaleConfig" not in season
    assert "updatedOn" not in season
    assert "partialSeasonKeysForEvent" not in season


def test_event_keys_create_events_in_that_order(admin: httpx.Client, chart: str) -> None:
    season = create_season(admin, chart, key="s", name="Season", eventKeys=["e1", "e2"])

    assert (season["key"], season["name"]) == ("s", "Season")
    assert keys(season["events"]) == ["e1", "e2"]
    for event in season["events"]:
        assert event["isEventInSeason"] is True
        assert event["isSeason"] is False
        assert event["topLevelSeasonKey"] == "s"
        assert event["partialSeasonKeysForEvent"] == []
        assert event["chartKey"] == chart


def test_number_of_events_creates_events_with_generated_keys(
    admin: httpx.Client, chart: str
) -> None:
    season = create_season(admin, chart, numberOfEvents=3)

    assert len(set(keys(season["events"]))) == 3


def test_events_copy_the_season_table_booking_config(admin: httpx.Client, chart: str) -> None:
    config = {"mode": "ALL_BY_TABLE"}
    channel = {"key": "c1", "name": "Channel 1", "color": "#ff0000", "index": 1, "objects": ["A-1"]}
    season = create_season(
        admin,
        chart,
        key="s",
        eventKeys=["e1"],
        tableBookingConfig=config,
        channels=[channel],
        forSaleConfig={"forSale": False, "objects": ["A-2"]},
        forSalePropagated=False,
    )
    (event,) = season["events"]

    assert season["forSalePropagated"] is False
    assert season["channels"][0]["objects"] == ["A-1"]
    assert event["tableBookingConfig"] == config
    assert "channels" not in event  # the season's apply to it (test_seasons_status)
    assert "forSaleConfig" not in event


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"eventKeys": ["a"], "numberOfEvents": 2}, "VALIDATION_FAILED"),
        ({"eventKeys": ["a", "a"]}, "EVENT_KEY_ALREADY_EXISTS"),
        ({"eventKeys": ["taken"]}, "EVENT_KEY_ALREADY_EXISTS"),
        ({"key": "taken"}, "EVENT_KEY_ALREADY_EXISTS"),
        ({"key": "x", "eventKeys": ["x"]}, "EVENT_KEY_ALREADY_EXISTS"),
        ({"numberOfEvents": -1}, "VALIDATION_FAILED"),
    ],
)
def test_create_refusals_create_nothing(
    admin: httpx.Client, chart: str, fields: dict[str, object], code: str
) -> None:
    create_event(admin, chart, eventKey="taken")

    assert codes(admin.post("/seasons", json={"chartKey": chart, **fields})) == [code]
    assert keys(ok(admin.get("/events"))["items"]) == ["taken"]


def test_a_season_on_an_unknown_chart_is_404(admin: httpx.Client) -> None:
    assert codes(admin.post("/seasons", json={"chartKey": "nope"}), 404) == ["CHART_NOT_FOUND"]


def test_partial_season_links_both_ways(admin: httpx.Client, chart: str) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1", "e2", "e3"])

    partial = create_partial(admin, "s", "p", ["e3", "e1"])

    assert partial["isSeason"] is True
    assert partial["isPartialSeason"] is True
    assert partial["isTopLevelSeason"] is False
    assert partial["topLevelSeasonKey"] == "s"
    assert keys(partial["events"]) == ["e3", "e1"]
    assert "partialSeasonKeys" not in partial
    assert ok(admin.get("/events/s"))["partialSeasonKeys"] == ["p"]
    assert ok(admin.get("/events/e1"))["partialSeasonKeysForEvent"] == ["p"]
    assert ok(admin.get("/events/e2"))["partialSeasonKeysForEvent"] == []


def test_partial_season_refusals(admin: httpx.Client, chart: str) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1"])
    create_season(admin, chart, key="other", eventKeys=["o1"])
    create_partial(admin, "s", "p", ["e1"])

    assert codes(admin.post("/seasons/nope/partial-seasons", json={}), 404) == ["EVENT_NOT_FOUND"]
    assert codes(admin.post("/seasons/e1/partial-seasons", json={})) == ["NOT_A_TOP_LEVEL_SEASON"]
    assert codes(admin.post("/seasons/p/partial-seasons", json={})) == ["NOT_A_TOP_LEVEL_SEASON"]
    refused = admin.post("/seasons/s/partial-seasons", json={"eventKeys": ["o1"]})
    assert codes(refused) == ["EVENT_NOT_IN_SEASON"]
    taken = admin.post("/seasons/s/partial-seasons", json={"key": "e1"})
    assert codes(taken) == ["EVENT_KEY_ALREADY_EXISTS"]


def test_add_and_remove_events_of_a_partial_season(admin: httpx.Client, chart: str) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1", "e2"])
    create_partial(admin, "s", "p", [])

    added = ok(
        admin.post(
            "/seasons/s/partial-seasons/p/actions/add-events", json={"eventKeys": ["e1", "e2"]}
        )
    )
    removed = ok(admin.delete("/seasons/s/partial-seasons/p/events/e2"))

    assert keys(added["events"]) == ["e1", "e2"]
    assert keys(removed["events"]) == ["e1"]
    assert ok(admin.get("/events/e2"))["partialSeasonKeysForEvent"] == []
    assert ok(admin.get("/events/e2"))["topLevelSeasonKey"] == "s"
    again = admin.delete("/seasons/s/partial-seasons/p/events/e2")
    assert codes(again) == ["EVENT_NOT_IN_SEASON"]


def test_a_partial_season_of_another_season_is_refused(admin: httpx.Client, chart: str) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1"])
    create_season(admin, chart, key="t", eventKeys=["t1"])
    create_partial(admin, "t", "tp", ["t1"])

    response = admin.delete("/seasons/s/partial-seasons/tp/events/t1")

    assert codes(response) == ["NOT_A_PARTIAL_SEASON"]


def test_create_events_answers_newest_first(admin: httpx.Client, chart: str) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1"])

    created = ok(admin.post("/seasons/s/actions/create-events", json={"eventKeys": ["e2", "e3"]}))
    generated = ok(admin.post("/seasons/s/actions/create-events", json={"numberOfEvents": 2}))

    assert keys(created["events"]) == ["e3", "e2"]
    assert len(generated["events"]) == 2
    assert keys(ok(admin.get("/events/s"))["events"])[:3] == ["e1", "e2", "e3"]


def test_list_holds_seasons_without_their_events(admin: httpx.Client, chart: str) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1"])
    create_partial(admin, "s", "p", ["e1"])

    items = ok(admin.get("/events"))["items"]

    assert keys(items) == ["p", "e1", "s"]
    assert [item["isSeason"] for item in items] == [True, False, True]
    assert all("events" not in item and "partialSeasonKeys" not in item for item in items)


def test_update_renames_and_stores_for_sale_propagated(admin: httpx.Client, chart: str) -> None:
    season = create_season(admin, chart, key="s", eventKeys=["e1"])

    ok(admin.post("/events/s", json={"eventKey": "s2", "forSalePropagated": False, "name": "N"}))

    renamed = ok(admin.get("/events/s2"))
    assert (renamed["id"], renamed["name"], renamed["forSalePropagated"]) == (
        season["id"],
        "N",
        False,
    )
    assert "updatedOn" in renamed
    assert ok(admin.get("/events/e1"))["topLevelSeasonKey"] == "s2"


def test_a_season_cannot_be_in_the_past(admin: httpx.Client, chart: str) -> None:
    create_season(admin, chart, key="s")

    assert codes(admin.post("/events/s", json={"isInThePast": True})) == ["VALIDATION_FAILED"]


def test_deleting_an_event_takes_it_out_of_its_seasons(admin: httpx.Client, chart: str) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1", "e2"])
    create_partial(admin, "s", "p", ["e1", "e2"])

    admin.delete("/events/e1")

    assert keys(ok(admin.get("/events/s"))["events"]) == ["e2"]
    assert keys(ok(admin.get("/events/p"))["events"]) == ["e2"]


def test_deleting_a_season_deletes_its_partial_seasons_and_frees_its_events(
    admin: httpx.Client, chart: str
) -> None:
    create_season(admin, chart, key="s", eventKeys=["e1"])
    create_partial(admin, "s", "p", ["e1"])

    admin.delete("/events/s")

    assert codes(admin.get("/events/p"), 404) == ["EVENT_NOT_FOUND"]
    event = ok(admin.get("/events/e1"))
    assert event["isEventInSeason"] is False
    assert "topLevelSeasonKey" not in event
