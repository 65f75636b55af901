"""seasons.*: the exact request on the wire and the reference season bodies parsed."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from seatsio_typed import (
    AsyncClient,
    Category,
    ChannelCreationParams,
    Client,
    Event,
    ForSaleConfig,
    Season,
    TableBookingConfig,
    TableMode,
    UnexpectedResponseError,
)
from tests.reference import load_example
from tests.unit.support import (
    FakeServer,
    Harness,
    Kind,
    assert_refused_before_sending,
    example_reply,
    json_reply,
)

CUSTOM_TABLES = TableBookingConfig.custom({"T1": TableMode.BY_TABLE, "T2": TableMode.BY_SEAT})
PARTIAL = "/seasons/a%20season/partial-seasons"


async def test_create_with_event_keys_sends_the_documented_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("seasons.retrieve.response.json")))
    season = await h.call(
        lambda c: c.seasons.create(
            "4250fffc-e41f-c7cb-986a-2c5e728b8c28",
            key="aSeason",
            event_keys=["event1", "event2"],
            table_booking_config=CUSTOM_TABLES,
            for_sale_config=ForSaleConfig(
                for_sale=False,
                objects=["section1", "section2"],
                area_places={"GA1": 3},
                categories=["eventCategory1", "eventCategory2"],
            ),
        )
    )
    assert h.server.wire() == ("POST", b"/seasons")
    assert h.server.body() == json.loads(load_example("seasons.create.request.event-keys.json"))
    assert type(season) is Season
    assert season.partial_season_keys == ["partialSeason1", "partialSeason2"]
    await h.close()


async def test_create_with_a_number_of_events_and_every_other_field(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"id": 1, "key": "s", "isSeason": True})))
    await h.call(
        lambda c: c.seasons.create(
            "chart",
            name="Season",
            number_of_events=2,
            object_categories={"A-1": 1},
            categories=[Category(key="c", label="C", color="#000000")],
            channels=[ChannelCreationParams("vip", "VIP", "red", objects=["A-1"])],
            for_sale_propagated=False,
        )
    )
    assert h.server.body() == {
        "chartKey": "chart",
        "name": "Season",
        "numberOfEvents": 2,
        "objectCategories": {"A-1": 1},
        "categories": [{"key": "c", "label": "C", "color": "#000000", "accessible": False}],
        "channels": [{"key": "vip", "name": "VIP", "color": "red", "objects": ["A-1"]}],
        "forSalePropagated": False,
    }
    await h.close()


async def test_create_partial_season_sends_key_and_events(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("seasons.create-partial-season.response.json")))
    season = await h.call(
        lambda c: c.seasons.create_partial_season(
            "a season", "aPartialSeason", event_keys=["event1", "event2"]
        )
    )
    assert h.server.wire() == ("POST", PARTIAL.encode())
    assert h.server.body() == json.loads(load_example("seasons.create-partial-season.request.json"))
    assert (season.is_partial_season, season.top_level_season_key) == (True, "aSeason")
    await h.close()


async def test_create_partial_season_with_nothing_but_the_parent(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("seasons.create-partial-season.response.json")))
    await h.call(lambda c: c.seasons.create_partial_season("a season"))
    assert h.server.body() == {}
    await h.close()


@pytest.mark.parametrize(
    ("example", "event_keys", "number_of_events"),
    [
        ("seasons.create-events.request.event-keys.json", ["event1", "event2"], None),
        ("seasons.create-events.request.number-of-events.json", None, 2),
    ],
)
async def test_create_events_sends_keys_or_a_number_and_returns_the_events(
    kind: Kind, example: str, event_keys: list[str] | None, number_of_events: int | None
) -> None:
    h = Harness(kind, FakeServer(example_reply("seasons.create-events.response.json")))
    events = await h.call(
        lambda c: c.seasons.create_events("a season", event_keys, number_of_events)
    )
    assert h.server.wire() == ("POST", b"/seasons/a%20season/actions/create-events")
    assert h.server.body() == json.loads(load_example(example))
    assert [(type(event), event.key) for event in events] == [(Event, "event2"), (Event, "event1")]
    await h.close()


async def test_add_events_to_partial_season(kind: Kind) -> None:
    reply = example_reply("seasons.add-events-to-partial-season.response.json")
    h = Harness(kind, FakeServer(reply))
    season = await h.call(
        lambda c: c.seasons.add_events_to_partial_season("a season", "part/1", ["event1", "event2"])
    )
    assert h.server.wire() == ("POST", f"{PARTIAL}/part%2F1/actions/add-events".encode())
    assert h.server.body() == json.loads(
        load_example("seasons.add-events-to-partial-season.request.json")
    )
    assert season.events is not None
    assert [event.key for event in season.events] == ["event1"]
    await h.close()


async def test_remove_event_from_partial_season_is_a_delete(kind: Kind) -> None:
    reply = example_reply("seasons.remove-event-from-partial-season.response.json")
    h = Harness(kind, FakeServer(reply))
    season = await h.call(
        lambda c: c.seasons.remove_event_from_partial_season("a season", "part", "event 1")
    )
    assert h.server.wire() == ("DELETE", f"{PARTIAL}/part/events/event%201".encode())
    assert h.server.last.content == b""
    assert isinstance(season, Season)
    await h.close()


async def test_retrieve_gives_the_season(kind: Kind) -> None:
    h = Harness(kind, FakeServer(example_reply("seasons.retrieve.response.json")))
    season = await h.call(lambda c: c.seasons.retrieve("a season"))
    assert h.server.wire() == ("GET", b"/events/a%20season")
    assert (season.key, season.is_top_level_season, season.is_partial_season) == (
        "aSeason",
        True,
        False,
    )
    assert season.events is not None
    assert [event.key for event in season.events] == ["event1"]
    await h.close()


async def test_retrieve_of_a_plain_event_is_refused(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"id": 1, "key": "e", "isSeason": False})))
    with pytest.raises(UnexpectedResponseError, match="'e' is an event, not a season"):
        await h.call(lambda c: c.seasons.retrieve("e"))
    await h.close()


async def test_update_posts_to_the_event_endpoint(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(
        lambda c: c.seasons.update(
            "a season",
            event_key="newEventKey",
            name="new event name",
            table_booking_config=TableBookingConfig.custom(
                {"T1": TableMode.BY_TABLE, "T2": TableMode.BY_SEAT, "T3": TableMode.BY_TABLE}
            ),
            object_categories={"A-1": "category1", "A-2": "category2"},
            categories=[
                Category(key="eventCategory1", label="Event Category 1", color="#AAABBB"),
                Category(
                    key="eventCategory2", label="Event Category 2", color="#CCCDDD", accessible=True
                ),
            ],
            for_sale_propagated=True,
        )
    )
    assert h.server.wire() == ("POST", b"/events/a%20season")
    expected = json.loads(load_example("seasons.update.request.json"))
    expected["categories"][0]["accessible"] = False  # the API's default, sent explicitly
    assert h.server.body() == expected
    await h.close()


async def test_update_with_only_for_sale_propagated_false(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.seasons.update("s", for_sale_propagated=False))
    assert h.server.body() == {"forSalePropagated": False}
    await h.close()


REFUSED: dict[str, Callable[[Client | AsyncClient], object]] = {
    "empty chart key": lambda c: c.seasons.create(""),
    "empty season key": lambda c: c.seasons.create("chart", key=""),
    "no event keys": lambda c: c.seasons.create("chart", event_keys=[]),
    "an empty event key": lambda c: c.seasons.create("chart", event_keys=["e1", ""]),
    "zero events": lambda c: c.seasons.create("chart", number_of_events=0),
    "both ways of making events": lambda c: c.seasons.create(
        "chart", number_of_events=2, event_keys=["a", "b"]
    ),
    "partial season with an empty key": lambda c: c.seasons.create_partial_season("s", ""),
    "partial season with no events": lambda c: c.seasons.create_partial_season("s", event_keys=[]),
    "create no events": lambda c: c.seasons.create_events("s"),
    "create a negative number of events": lambda c: c.seasons.create_events(
        "s", number_of_events=-1
    ),
    "add no events": lambda c: c.seasons.add_events_to_partial_season("s", "p", []),
    "rename to an empty key": lambda c: c.seasons.update("s", event_key=""),
}


@pytest.mark.parametrize("mistake", sorted(REFUSED))
async def test_bad_input_is_refused_before_sending(kind: Kind, mistake: str) -> None:
    await assert_refused_before_sending(kind, REFUSED[mistake])
