"""What a response turns into: the parsed result, or an UnexpectedResponseError saying why not.

The parsers and their shared cache (`seatsio_typed._endpoint`): each is built at test time,
for types no endpoint uses yet, so that the building itself is what is tested.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Generator

import httpx
import pytest
from pydantic import ValidationError

from seatsio_typed import Event, Season, UnexpectedResponseError
from seatsio_typed._endpoint import JsonResponse, OptionalJsonResponse, json_response
from seatsio_typed.models import EventOrSeason, ResponseModel
from tests.reference import load_example
from tests.unit.support import FakeServer, Harness, Kind, json_reply, raw_reply

URL = "http://seatsio.test/hold-tokens/tok"


async def unexpected(kind: Kind, reply: httpx.Response) -> UnexpectedResponseError:
    h = Harness(kind, FakeServer(reply), max_retries=0)
    with pytest.raises(UnexpectedResponseError) as raised:
        await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    await h.close()
    return raised.value


async def test_a_redirect_is_an_error_naming_the_call_it_answered(kind: Kind) -> None:
    error = await unexpected(kind, httpx.Response(302, headers={"Location": "/elsewhere"}))

    assert str(error) == f"Unexpected HTTP 302 (Found) to GET {URL}"
    assert (error.status_code, error.method, error.url) == (302, "GET", URL)


async def test_a_body_that_does_not_fit_names_the_call_and_the_field(kind: Kind) -> None:
    body = {"holdToken": "tok", "expiresAt": "soon", "expiresInSeconds": 60}

    error = await unexpected(kind, json_reply(200, body))

    assert str(error).startswith(
        f"Unexpected response to GET {URL} (expected HoldToken): expiresAt: "
    )
    assert (error.status_code, error.method, error.url) == (200, "GET", URL)
    # The chained cause keeps where and why (an error reporter shows it), never the value.
    cause = error.__cause__
    assert isinstance(cause, ValidationError)
    [problem] = cause.errors(include_url=False)
    assert problem["loc"] == ("expiresAt",)
    assert problem["type"] == "datetime_from_date_parsing"
    assert problem["input"] is None
    assert "soon" not in str(cause)


async def test_a_csv_report_that_is_not_utf_8_reads_as_pydantics_refusal_of_a_str(
    kind: Kind,
) -> None:
    h = Harness(kind, FakeServer(raw_reply(200, "Balc\u00e3o-1".encode("latin-1"), "text/csv")))

    with pytest.raises(UnexpectedResponseError) as raised:
        await h.call(lambda c: c.events.reports.flat_list_csv("ev"))

    assert str(raised.value) == (
        "Unexpected response to GET http://seatsio.test/reports/events/ev.csv "
        "(expected str (UTF-8 text)): <body>: Input should be a valid string, "
        "unable to parse raw data as a unicode string"
    )
    cause = raised.value.__cause__
    assert isinstance(cause, ValidationError)
    assert cause.title == "str"
    assert str(cause).startswith("1 validation error for str\n")
    assert [(p["type"], p["loc"]) for p in cause.errors()] == [("string_unicode", ())]


class _Seat(ResponseModel):
    label: str


def test_a_json_parser_is_built_once_per_type_and_validates_as_that_type() -> None:
    # Types created by this test: no earlier call (not even this test's, in a process that
    # ran it before) has cached a parser for them.
    class Seat(ResponseModel):
        label: str

    class Table(ResponseModel):
        seats: int

    seats = json_response(Seat)
    tables = json_response(Table)

    assert seats.parse(b'{"label": "A-1"}') == Seat(label="A-1")
    assert tables.parse(b'{"seats": 8}') == Table(seats=8)
    assert (seats.description, tables.description) == ("Seat", "Table")
    assert json_response(Seat) is seats
    assert json_response(Table) is tables


def test_an_optional_json_body_is_parsed_or_gives_none() -> None:
    class Lounge(ResponseModel):
        name: str

    parser = OptionalJsonResponse(Lounge)

    assert parser.description == "Lounge or no content"
    assert parser.parse(b'{"name": "VIP"}') == Lounge(name="VIP")
    assert parser.parse(b"") is None
    assert parser.parse(b" \r\n") is None


def test_validate_as_decides_the_class_of_the_result() -> None:
    parser = JsonResponse(Event, validate_as=EventOrSeason)

    result = parser.parse(load_example("seasons.retrieve.response.json"))

    assert type(result) is Season
    assert parser.description == "Event"


def test_a_type_without_a_name_is_described_by_its_repr() -> None:
    assert JsonResponse(dict[str, int | None]).description == "dict[str, int | None]"


# --- the size from which the collector is paused (see seatsio_typed._gc) ------------------------


@pytest.fixture
def collector_on() -> Generator[None, None, None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def body_of(size: int) -> bytes:
    """A `_Seat` body of exactly `size` bytes."""
    body = json.dumps({"label": ""}).encode()
    return json.dumps({"label": "x" * (size - len(body))}).encode()


@pytest.mark.usefixtures("collector_on")
@pytest.mark.parametrize(("size", "paused"), [(65_535, False), (65_536, True)])
def test_a_body_of_64_kib_or_more_is_validated_with_the_collector_paused(
    size: int, paused: bool
) -> None:
    seen: list[bool] = []

    class Spy(_Seat):
        def model_post_init(self, context: object) -> None:
            seen.append(gc.isenabled())

    body = body_of(size)
    assert len(body) == size

    JsonResponse(Spy).parse(body)

    assert seen == [not paused]
    assert gc.isenabled()
