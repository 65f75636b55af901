"""Bad input is refused before anything is sent: RequestValidationError names the parameter.

Every case runs on both clients through a fake server and checks that the server received
nothing, that the error is a `SeatsioException` and a `ValueError`, that it names the parameter
by its Python name, and that it does not repeat the refused value.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from seatsio_typed import (
    AsyncClient,
    Client,
    ObjectProperties,
    RequestValidationError,
    SeatsioException,
    StatusChangeRequest,
)
from seatsio_typed._http import MAX_URL_BYTES
from seatsio_typed.models import CreateEventRequest
from seatsio_typed.models._constraints import MAX_KEY_LENGTH
from tests.unit.support import HOLD_TOKEN, FakeServer, Harness, Kind, json_reply

Call = Callable[[Client | AsyncClient], Awaitable[object] | object]
LONE = "\ud800"
"""A lone surrogate: a valid Python str that has no UTF-8 form."""
MARK = "PRIVATE"
"""Part of each refused value; the error must not repeat it."""

CASES: list[tuple[str, Call, str | None]] = [
    ("empty object list", lambda c: c.events.book("concert", []), "objects"),
    ("empty event key", lambda c: c.events.book("", ["A-1"]), "events.0"),
    ("empty key in a list", lambda c: c.events.book(["concert", ""], ["A-1"]), "events.1"),
    ("empty chart key", lambda c: c.events.create(""), "chart_key"),
    ("empty new event key", lambda c: c.events.create("chart", event_key=""), "event_key"),
    ("empty event name", lambda c: c.events.create("chart", name=""), "name"),
    ("empty workspace name", lambda c: c.workspaces.create(""), "name"),
    ("empty chart name", lambda c: c.charts.create(name=""), "name"),
    ("empty object label", lambda c: c.events.book("concert", [""]), "objects.0.object_id"),
    ("empty status", lambda c: c.events.change_object_status("concert", ["A-1"], ""), "status"),
    ("empty hold token", lambda c: c.events.book("concert", ["A-1"], hold_token=""), "hold_token"),
    (
        "zero quantity",
        lambda c: c.events.book("concert", [ObjectProperties("GA1", quantity=0)]),
        "quantity",
    ),
    (
        "negative quantity",
        lambda c: c.events.book("concert", [ObjectProperties("GA1", quantity=-2)]),
        "quantity",
    ),
    ("zero hold token lifetime", lambda c: c.hold_tokens.create(0), "expires_in_minutes"),
    (
        "malformed colour",
        lambda c: c.charts.update_category("chart", 1, "Stalls", f"#{MARK}", None),
        "color",
    ),
    (
        "malformed channel colour",
        lambda c: c.events.channels.add("concert", "vip", "VIP", f"#{MARK}"),
        "color",
    ),
    (
        "over-long channel key",
        lambda c: c.events.channels.add(
            "concert", MARK * (MAX_KEY_LENGTH // len(MARK) + 1), "VIP", "red"
        ),
        "key",
    ),
    (
        "over-long season event key",
        lambda c: c.seasons.create_events(
            "season", event_keys=[MARK * (MAX_KEY_LENGTH // len(MARK) + 1)]
        ),
        "event_keys.0",
    ),
    (
        "over-long batch event key",
        lambda c: c.events.change_object_status_in_batch(
            [StatusChangeRequest(MARK * (MAX_KEY_LENGTH // len(MARK) + 1), "A-1", status="booked")]
        ),
        "event_key",
    ),
    (
        "empty season of an override",
        lambda c: c.events.override_season_object_status("concert", ["A-1"], season=""),
        "season",
    ),
    (
        "empty label of an override",
        lambda c: c.events.use_season_object_status("concert", [""]),
        "objects.0",
    ),
    (
        "over-long new event key",
        lambda c: c.events.create("chart", event_key=MARK * (MAX_KEY_LENGTH // len(MARK) + 1)),
        "event_key",
    ),
    (
        "lone surrogate in a label",
        lambda c: c.events.book("concert", [f"A-{MARK}{LONE}"]),
        "objects.0.object_id",
    ),
    (
        "lone surrogate in extra data",
        lambda c: c.events.book(
            "concert", [ObjectProperties("A-1", extra_data={"note": [f"{MARK}{LONE}"]})]
        ),
        "objects.0.extra_data.note.0",
    ),
    (
        "lone surrogate in an extra data key",
        lambda c: c.events.book(
            "concert", [ObjectProperties("A-1", extra_data={f"{MARK}{LONE}": 1})]
        ),
        "objects.0.extra_data.<key>",
    ),
    (
        "None where a key is required",
        lambda c: c.events.create(None),  # type: ignore[arg-type]
        "chart_key",
    ),
    ("empty path key", lambda c: c.charts.retrieve(""), "key"),
    ("None as a path key", lambda c: c.charts.retrieve(None), "key"),  # type: ignore[arg-type]
    ("bool as a path key", lambda c: c.hold_tokens.retrieve(True), "hold_token"),  # type: ignore[arg-type]
    ("lone surrogate in a path key", lambda c: c.charts.retrieve(f"{MARK}{LONE}"), "key"),
    (
        "over-long path key",
        lambda c: c.hold_tokens.retrieve(MARK * (MAX_KEY_LENGTH // len(MARK) + 1)),
        "hold_token",
    ),
    (
        "lone surrogate in a query value",
        lambda c: c.events.retrieve_object_infos("concert", [f"{MARK}{LONE}"]),
        "label",
    ),
    (
        "None among query values",
        lambda c: c.events.retrieve_object_infos("concert", ["A-1", None]),  # type: ignore[list-item]
        "label",
    ),
    # A str is a Sequence[str] to a type checker; copied with list() it became one item per
    # character and was sent. The request models refuse it.
    (
        "a bare string as channel keys",
        lambda c: c.events.book("concert", ["A-1"], channel_keys=f"vip{MARK}"),
        "channel_keys",
    ),
    (
        "a bare string as season override objects",
        lambda c: c.events.override_season_object_status("concert", f"A-1{MARK}"),
        "objects",
    ),
    (
        "a bare string as season status objects",
        lambda c: c.events.use_season_object_status("concert", f"A-1{MARK}"),
        "objects",
    ),
    (
        "a URL longer than a server takes",
        lambda c: c.events.retrieve_object_infos("concert", [f"{MARK}-1"] * MAX_URL_BYTES),
        None,
    ),
]


@pytest.mark.parametrize(
    ("call", "parameter"), [case[1:] for case in CASES], ids=[c[0] for c in CASES]
)
async def test_refused_before_sending_naming_the_parameter(
    kind: Kind, call: Call, parameter: str | None
) -> None:
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))

    with pytest.raises(RequestValidationError) as raised:
        await h.call(call)

    error = raised.value
    assert isinstance(error, SeatsioException)
    assert isinstance(error, ValueError)
    assert error.parameter == parameter
    if parameter is not None:
        assert parameter.split(".")[0] in str(error)
    assert MARK not in str(error)
    assert MARK not in repr(error)
    assert h.server.requests == []


def test_a_refusal_names_python_names_not_wire_names() -> None:
    with pytest.raises(RequestValidationError) as raised:
        CreateEventRequest(chart_key="chart", event_key="", table_booking_config=None)

    assert raised.value.parameter == "event_key"
    assert "eventKey" not in str(raised.value)


def test_several_problems_are_all_listed() -> None:
    with pytest.raises(RequestValidationError) as raised:
        CreateEventRequest(chart_key="", event_key="", name="")

    message = str(raised.value)
    assert all(name in message for name in ("chart_key", "event_key", "name"))
    assert raised.value.parameter is None


@pytest.mark.parametrize("color", ["#abc", "#a1b2c3", "#A1B2C3D4", "red", "rgb(1, 2, 3)"])
async def test_css_colours_are_sent(kind: Kind, color: str) -> None:
    h = Harness(kind, FakeServer())
    await h.call(lambda c: c.charts.update_category("chart", 1, "Stalls", color, None))
    assert h.server.body() == {"label": "Stalls", "color": color}


@pytest.mark.parametrize("color", ["", "#12", "#12345", "#ggg", "12 34", "red;"])
def test_other_colours_are_refused(color: str) -> None:
    from seatsio_typed.models import UpdateCategoryRequest

    with pytest.raises(RequestValidationError, match="colour"):
        UpdateCategoryRequest(color=color)


def test_a_channel_colour_is_checked_like_a_category_colour() -> None:
    from seatsio_typed import ChannelCreationParams
    from seatsio_typed.models import UpdateCategoryRequest

    with pytest.raises(RequestValidationError) as category:
        UpdateCategoryRequest(color="#12")
    with pytest.raises(RequestValidationError) as channel:
        ChannelCreationParams("vip", "VIP", "#12")
    assert str(channel.value) == str(category.value)
    assert "not a CSS colour" in str(channel.value)


async def test_the_longest_key_still_fits_and_is_sent(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))
    key = "\u00e9" * MAX_KEY_LENGTH
    await h.call(lambda c: c.hold_tokens.retrieve(key))
    assert h.server.last.url.raw_path == b"/hold-tokens/" + b"%C3%A9" * MAX_KEY_LENGTH


async def test_a_real_replacement_character_is_sent_untouched(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, {"objects": {}})))
    await h.call(
        lambda c: c.events.book(
            "concert", [ObjectProperties("A-1", extra_data={"\ufffd": "\ufffd"})]
        )
    )
    body = h.server.body()
    assert body["objects"] == [{"objectId": "A-1", "extraData": {"\ufffd": "\ufffd"}}]  # type: ignore[index]


def test_an_error_survives_pickling_with_its_parameter() -> None:
    import pickle

    error = RequestValidationError("event_key: too short", parameter="event_key")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.parameter, str(copy)) == (
        RequestValidationError,
        "event_key",
        str(error),
    )
