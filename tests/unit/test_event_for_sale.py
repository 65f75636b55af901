"""events' for-sale methods: the wire, the rate-limit results, the deprecated aliases."""

from __future__ import annotations

import datetime
import inspect
import json
import re
from collections.abc import Callable

import httpx
import pytest
from pydantic import TypeAdapter

from seatsio_typed import (
    AsyncClient,
    Client,
    EditForSaleConfigResult,
    ForSaleConfig,
    ObjectAndQuantity,
    RateLimitInfo,
    UnexpectedResponseError,
)
from seatsio_typed._async.event_for_sale import AsyncEventForSaleMethods
from seatsio_typed._sync.event_for_sale import EventForSaleMethods
from tests.reference import load_example
from tests.unit.support import (
    FakeServer,
    Harness,
    Kind,
    assert_refused_before_sending,
    example_reply,
    json_reply,
    undeclared_fields,
)

RESET = datetime.datetime(2021, 10, 1, 23, 0, tzinfo=datetime.timezone.utc)
RATE_LIMIT = {"rateLimitRemainingCalls": 9, "rateLimitResetDate": "2021-10-01T23:00:00Z"}


async def test_edit_for_sale_config_sends_the_documented_body_and_reads_the_result(
    kind: Kind,
) -> None:
    h = Harness(kind, FakeServer(example_reply("events.edit-for-sale-config.response.json")))
    result = await h.call(
        lambda c: c.events.edit_for_sale_config(
            "event 34",
            for_sale=["A-6", ObjectAndQuantity(object="A-7")],
            not_for_sale=[{"object": "GA1", "quantity": 5}],
        )
    )
    assert h.server.wire() == ("POST", b"/events/event%2034/actions/edit-for-sale-config")
    assert h.server.body() == json.loads(load_example("events.edit-for-sale-config.request.json"))
    assert result == EditForSaleConfigResult(
        for_sale_config=ForSaleConfig(for_sale=False, objects=["A-1"]),
        rate_limit_info=RateLimitInfo(rate_limit_remaining_calls=9, rate_limit_reset_date=RESET),
    )
    await h.close()


async def test_edit_for_sale_config_for_events_keeps_the_official_dict_shape(kind: Kind) -> None:
    h = Harness(
        kind, FakeServer(example_reply("events.edit-for-sale-config-for-events.response.json"))
    )
    results = await h.call(
        lambda c: c.events.edit_for_sale_config_for_events(
            {
                "event34": {
                    "for_sale": [{"object": "A-6"}, "A-7"],
                    "not_for_sale": [ObjectAndQuantity(object="GA1", quantity=5)],
                }
            }
        )
    )
    assert h.server.wire() == ("POST", b"/events/actions/edit-for-sale-config")
    expected = json.loads(load_example("events.edit-for-sale-config-for-events.request.json"))
    assert h.server.body() == expected
    assert list(results) == ["event34"]
    assert results["event34"].for_sale_config.objects == ["A-1"]
    assert results["event34"].rate_limit_info.rate_limit_reset_date == RESET
    await h.close()


def test_the_documented_edit_results_parse_with_every_field() -> None:
    single = EditForSaleConfigResult.model_validate_json(
        load_example("events.edit-for-sale-config.response.json")
    )
    several = TypeAdapter(dict[str, EditForSaleConfigResult]).validate_json(
        load_example("events.edit-for-sale-config-for-events.response.json")
    )
    replaced = RateLimitInfo.model_validate_json(
        load_example("events.replace-for-sale-config.response.json")
    )
    assert undeclared_fields([single, several, replaced]) == []
    assert list(several) == ["event34"]
    assert undeclared_fields(single) == []


@pytest.mark.parametrize(
    ("for_sale", "action"), [(True, "mark-as-for-sale"), (False, "mark-as-not-for-sale")]
)
async def test_replace_for_sale_config_picks_the_action_and_returns_the_rate_limit(
    kind: Kind, for_sale: bool, action: str
) -> None:
    h = Harness(kind, FakeServer(example_reply("events.replace-for-sale-config.response.json")))
    info = await h.call(
        lambda c: c.events.replace_for_sale_config(
            "e/1", for_sale, ["A-1", "A-2"], {"GA1": 3}, ["category1", "category2"]
        )
    )
    assert h.server.wire() == ("POST", f"/events/e%2F1/actions/{action}".encode())
    assert h.server.body() == json.loads(
        load_example("events.replace-for-sale-config.request.json")
    )
    assert info == RateLimitInfo(rate_limit_remaining_calls=9, rate_limit_reset_date=RESET)
    await h.close()


@pytest.mark.parametrize(
    ("example", "area_places", "categories"),
    [
        ("events.mark-as-not-for-sale.request.area-places.json", {"GA1": 10}, None),
        ("events.mark-as-not-for-sale.request.categories.json", None, ["category1"]),
    ],
)
async def test_replace_sends_only_the_parts_given(
    kind: Kind, example: str, area_places: dict[str, int] | None, categories: list[str] | None
) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    info = await h.call(
        lambda c: c.events.replace_for_sale_config(
            "e", False, area_places=area_places, categories=categories
        )
    )
    assert h.server.body() == json.loads(load_example(example))
    assert info is None, "a 204 (the 2021 API) has no rate-limit info to give"
    await h.close()


async def test_mark_everything_as_for_sale_sends_no_body(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.Response(204)))
    await h.call(lambda c: c.events.mark_everything_as_for_sale("a b"))
    assert h.server.wire() == ("POST", b"/events/a%20b/actions/mark-everything-as-for-sale")
    assert h.server.last.content == b""
    await h.close()


async def test_mark_everything_as_not_for_sale_returns_the_rate_limit(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, RATE_LIMIT)))
    info = await h.call(lambda c: c.events.mark_everything_as_not_for_sale("e"))
    assert h.server.wire() == ("POST", b"/events/e/actions/mark-everything-as-not-for-sale")
    assert h.server.last.content == b""
    assert info is not None
    assert info.rate_limit_remaining_calls == 9
    await h.close()


async def test_a_malformed_rate_limit_body_is_an_unexpected_response(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"rateLimitRemainingCalls": "many"})))
    with pytest.raises(UnexpectedResponseError, match="RateLimitInfo or no content"):
        await h.call(lambda c: c.events.mark_everything_as_not_for_sale("e"))
    await h.close()


DEPRECATED: list[tuple[str, Callable[[Client | AsyncClient], object], str, str]] = [
    (
        "mark_as_for_sale",
        lambda c: c.events.mark_as_for_sale("e", ["A-1"]),  # pyright: ignore[reportDeprecated]
        "/events/e/actions/mark-as-for-sale",
        "replace_for_sale_config(event_key, True",
    ),
    (
        "mark_as_not_for_sale",
        lambda c: c.events.mark_as_not_for_sale("e", ["A-1"]),  # pyright: ignore[reportDeprecated]
        "/events/e/actions/mark-as-not-for-sale",
        "replace_for_sale_config(event_key, False",
    ),
    (
        "mark_everything_as_for_not_sale",
        lambda c: c.events.mark_everything_as_for_not_sale("e"),  # pyright: ignore[reportDeprecated]
        "/events/e/actions/mark-everything-as-not-for-sale",
        "mark_everything_as_not_for_sale(key)",
    ),
]


@pytest.mark.parametrize(
    ("name", "call", "path", "replacement"), DEPRECATED, ids=[d[0] for d in DEPRECATED]
)
async def test_deprecated_aliases_warn_and_make_the_same_call(
    kind: Kind,
    name: str,
    call: Callable[[Client | AsyncClient], object],
    path: str,
    replacement: str,
) -> None:
    h = Harness(kind, FakeServer(json_reply(200, RATE_LIMIT)))
    with pytest.warns(DeprecationWarning, match=re.escape(replacement)) as caught:
        info = await h.call(call)
    # It points at the caller's line (the awaiting one for the async client), not at the SDK.
    assert "seatsio_typed" not in caught[0].filename
    assert isinstance(info, RateLimitInfo)
    assert h.server.wire() == ("POST", path.encode())
    # Type checkers read the same marker (typing_extensions.deprecated) and flag the calls.
    for cls in (AsyncEventForSaleMethods, EventForSaleMethods):
        assert replacement in getattr(cls, name).__deprecated__
    await h.close()


def test_the_deprecated_aliases_stay_coroutine_functions_on_the_async_client() -> None:
    for name in ("mark_as_for_sale", "mark_as_not_for_sale", "mark_everything_as_for_not_sale"):
        assert inspect.iscoroutinefunction(getattr(AsyncEventForSaleMethods, name))
        assert not inspect.iscoroutinefunction(getattr(EventForSaleMethods, name))


REFUSED: dict[str, Callable[[Client | AsyncClient], object]] = {
    "edit with nothing": lambda c: c.events.edit_for_sale_config("e"),
    "edit with an empty list": lambda c: c.events.edit_for_sale_config("e", for_sale=[]),
    "edit an empty label": lambda c: c.events.edit_for_sale_config("e", not_for_sale=[""]),
    "edit zero places": lambda c: c.events.edit_for_sale_config(
        "e", not_for_sale=[{"object": "GA1", "quantity": 0}]
    ),
    "edit no events": lambda c: c.events.edit_for_sale_config_for_events({}),
    "edit an event with nothing": lambda c: c.events.edit_for_sale_config_for_events({"e": {}}),
    "edit an empty event key": lambda c: c.events.edit_for_sale_config_for_events(
        {"": {"for_sale": ["A-1"]}}
    ),
    "replace with an empty label": lambda c: c.events.replace_for_sale_config("e", True, [""]),
    "replace with a bare string": lambda c: c.events.replace_for_sale_config("e", True, "A-1"),
    "replace with negative places": lambda c: c.events.replace_for_sale_config(
        "e", False, area_places={"GA1": -1}
    ),
    "replace with an empty category": lambda c: c.events.replace_for_sale_config(
        "e", False, categories=[""]
    ),
}


@pytest.mark.parametrize("mistake", sorted(REFUSED))
async def test_bad_input_is_refused_before_sending(kind: Kind, mistake: str) -> None:
    await assert_refused_before_sending(kind, REFUSED[mistake])
