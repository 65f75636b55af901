# mypy: enable-error-code="deprecated"
# pyright: reportDeprecated=error, reportUnnecessaryTypeIgnoreComment=error
"""Static types of events.channels, the for-sale methods of events and seasons (both clients).

Checked by mypy and pyright (`assert_type`) and run by pytest against a scripted transport.
`deprecated_calls` is never run: each of its lines calls a deprecated method, which both type
checkers must flag (mypy: `deprecated` is enabled for this file and `warn_unused_ignores` fails
an ignore that is no longer needed; pyright: `reportUnnecessaryTypeIgnoreComment`).
"""

from __future__ import annotations

import json
import warnings

import httpx
from typing_extensions import assert_type

from seatsio_typed import (
    AsyncClient,
    AsyncEventChannelsClient,
    AsyncSeasonsClient,
    ChannelCreationParams,
    Client,
    EditForSaleConfigResult,
    Event,
    EventChannelsClient,
    ForSaleConfig,
    ObjectAndQuantity,
    RateLimitInfo,
    Region,
    Season,
    SeasonsClient,
)

SEASON: dict[str, object] = {
    "id": 1,
    "key": "s",
    "isSeason": True,
    "events": [],
    "partialSeasonKeys": [],
}
RESULT: dict[str, dict[str, object]] = {
    "forSaleConfig": {"forSale": False, "objects": ["A-1"]},
    "rateLimitInfo": {"rateLimitRemainingCalls": 9, "rateLimitResetDate": "2021-10-01T23:00:00Z"},
}
BODIES: dict[tuple[str, str], object] = {
    ("POST", "/events/e/actions/edit-for-sale-config"): RESULT,
    ("POST", "/events/actions/edit-for-sale-config"): {"e": RESULT},
    ("POST", "/events/e/actions/mark-as-for-sale"): RESULT["rateLimitInfo"],
    ("POST", "/events/e/actions/mark-everything-as-not-for-sale"): RESULT["rateLimitInfo"],
    ("POST", "/seasons"): SEASON,
    ("POST", "/seasons/s/partial-seasons"): SEASON,
    ("POST", "/seasons/s/actions/create-events"): {"events": [{"id": 2, "key": "e"}]},
    ("POST", "/seasons/s/partial-seasons/p/actions/add-events"): SEASON,
    ("DELETE", "/seasons/s/partial-seasons/p/events/e"): SEASON,
    ("GET", "/events/s"): SEASON,
}
VIP = ChannelCreationParams("vip", "VIP", "red", 1, ["A-1"], {"GA1": 2})


def answer(request: httpx.Request) -> httpx.Response:
    body = BODIES.get((request.method, request.url.path))
    if body is None:
        return httpx.Response(204)
    return httpx.Response(200, content=json.dumps(body).encode())


def test_sync_results_are_typed() -> None:
    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Client(Region("http://seatsio.test"), "sk", http_client=http) as client:
        channels = client.events.channels
        assert_type(channels, EventChannelsClient)
        channels.add("e", "vip", "VIP", "red", 1, ["A-1"], {"GA1": 2})
        channels.add_multiple("e", [VIP])
        channels.remove("e", "vip")
        channels.update("e", "vip", "V", "blue", ["A-2"], {"GA1": 1})
        channels.add_objects("e", "vip", ["A-3"], {"GA1": 1})
        channels.remove_objects("e", "vip", ["A-3"], {"GA1": 1})
        channels.replace("e", [VIP])

        edited = client.events.edit_for_sale_config(
            "e", ["A-1", ObjectAndQuantity(object="GA1", quantity=2)], [{"object": "A-2"}]
        )
        assert_type(edited, EditForSaleConfigResult)
        assert_type(edited.for_sale_config, ForSaleConfig)
        assert_type(edited.rate_limit_info.rate_limit_remaining_calls, int)
        results = client.events.edit_for_sale_config_for_events({"e": {"for_sale": ["A-1"]}})
        assert_type(results, dict[str, EditForSaleConfigResult])
        info = client.events.replace_for_sale_config("e", True, ["A-1"], {"GA1": 1}, ["c"])
        assert_type(info, RateLimitInfo | None)
        client.events.mark_everything_as_for_sale("e")
        assert_type(client.events.mark_everything_as_not_for_sale("e"), RateLimitInfo | None)

        seasons = client.seasons
        assert_type(seasons, SeasonsClient)
        assert_type(seasons.create("chart", "s", "Season", event_keys=["e"]), Season)
        assert_type(seasons.create_partial_season("s", "p", "Part", ["e"]), Season)
        assert_type(seasons.create_events("s", ["e"]), list[Event | Season])
        assert_type(seasons.add_events_to_partial_season("s", "p", ["e"]), Season)
        assert_type(seasons.remove_event_from_partial_season("s", "p", "e"), Season)
        season = seasons.retrieve("s")
        assert_type(season, Season)
        assert_type(season.events, list[Event] | None)
        assert_type(season.partial_season_keys, list[str] | None)
        assert_type(season.for_sale_propagated, bool | None)
        seasons.update("s", "renamed", "Name", for_sale_propagated=True)


async def test_async_results_are_typed() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncClient(Region("http://seatsio.test"), "sk", http_client=http) as client:
        channels = client.events.channels
        assert_type(channels, AsyncEventChannelsClient)
        await channels.add("e", "vip", "VIP", "red")
        await channels.add_multiple("e", [VIP])
        await channels.remove("e", "vip")
        await channels.update("e", "vip", name="V")
        await channels.add_objects("e", "vip", ["A-3"])
        await channels.remove_objects("e", "vip", area_places={"GA1": 1})
        await channels.replace("e", [])

        edited = await client.events.edit_for_sale_config("e", not_for_sale=["A-1"])
        assert_type(edited, EditForSaleConfigResult)
        results = await client.events.edit_for_sale_config_for_events(
            {"e": {"not_for_sale": [{"object": "GA1", "quantity": 3}]}}
        )
        assert_type(results, dict[str, EditForSaleConfigResult])
        info = await client.events.replace_for_sale_config("e", True, ["A-1"])
        assert_type(info, RateLimitInfo | None)
        await client.events.mark_everything_as_for_sale("e")
        assert_type(await client.events.mark_everything_as_not_for_sale("e"), RateLimitInfo | None)

        seasons = client.seasons
        assert_type(seasons, AsyncSeasonsClient)
        assert_type(await seasons.create("chart", number_of_events=2), Season)
        assert_type(await seasons.create_partial_season("s"), Season)
        assert_type(await seasons.create_events("s", number_of_events=1), list[Event | Season])
        assert_type(await seasons.add_events_to_partial_season("s", "p", ["e"]), Season)
        assert_type(await seasons.remove_event_from_partial_season("s", "p", "e"), Season)
        assert_type(await seasons.retrieve("s"), Season)
        await seasons.update("s", name="Name")


def test_deprecated_aliases_keep_their_result_types() -> None:
    http = httpx.Client(transport=httpx.MockTransport(answer))
    with (
        Client(Region("http://seatsio.test"), "sk", http_client=http) as client,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore", DeprecationWarning)
        info = client.events.mark_as_for_sale("e", ["A-1"])  # type: ignore[deprecated]
        assert_type(info, RateLimitInfo | None)
        assert info is not None


def deprecated_calls(client: Client, aclient: AsyncClient) -> None:
    """Never run: each call is deprecated, and both type checkers must say so."""
    client.events.mark_as_for_sale("e")  # type: ignore[deprecated]
    client.events.mark_as_not_for_sale("e", ["A-1"])  # type: ignore[deprecated]
    client.events.mark_everything_as_for_not_sale("e")  # type: ignore[deprecated]
    aclient.events.mark_as_for_sale("e")  # type: ignore[deprecated, unused-coroutine]
    aclient.events.mark_as_not_for_sale("e")  # type: ignore[deprecated, unused-coroutine]
    aclient.events.mark_everything_as_for_not_sale("e")  # type: ignore[deprecated, unused-coroutine]


def rejected_calls(client: Client) -> None:
    """Never run: each line is a mistake the type checkers must catch."""
    client.events.channels.add("e", "k", "n")  # type: ignore[call-arg]
    client.events.channels.add_objects("e", "k", [1])  # type: ignore[list-item]
    client.events.edit_for_sale_config("e", for_sale=[1])  # type: ignore[list-item]
    client.events.edit_for_sale_config_for_events({"e": {"forSale": ["A-1"]}})  # type: ignore[typeddict-unknown-key]
    client.events.replace_for_sale_config("e", objects=["A-1"])  # type: ignore[call-arg]
    client.seasons.create("chart", number_of_events="2")  # type: ignore[arg-type]
    season: Event = client.seasons.retrieve("s")
    partial: Season = client.events.retrieve("s")  # type: ignore[assignment]
    del season, partial
