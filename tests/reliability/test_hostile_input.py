"""Hostile input: keys and names full of URL syntax, control characters, unicode and length.

Property-based (hypothesis, no example database, derandomised so `make test` is repeatable):
each value either round-trips through the emulator's HTTP server to the right resource, or is
refused with a typed error and nothing is created. The emulator, fed random methods, paths,
queries and bodies on every route, answers 4xx with the documented error body and never 5xx;
one company never reaches another's charts, events, workspaces or hold tokens.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Generator
from typing import TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seatsio_typed import (
    BadRequestException,
    Client,
    NotFoundException,
    PermissionDeniedException,
    Region,
    RequestValidationError,
    SeatsioException,
)
from seatsio_typed.testing import Emulator, TestCompany
from tests.reliability.sizes import record, size

PIECES = [
    "/",
    "?",
    "#",
    "%",
    "%2F",
    "..",
    ".",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\x00",
    "\x7f",
    "+",
    "&",
    "=",
    ";",
    "\\",
    "é",
    "ß",
    "😀",
    "\u202e",
    "\ufeff",
    "{x}",
    '"',
    "'",
    "<>",
]
hostile_text = st.one_of(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=12).map("".join),
    st.text(min_size=490, max_size=520),
    st.sampled_from(["..", ".", "%", "%00", " ", "/", "?", "#", "a/../b", "x" * 501]),
)
EXAMPLES = size(40, 600)
HYPOTHESIS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
T = TypeVar("T")


def _is_typed_refusal(error: Exception) -> bool:
    """Refused before sending (RequestValidationError), or a 4xx of the server; never a 5xx."""
    if isinstance(error, RequestValidationError):
        return True
    return isinstance(error, SeatsioException) and 400 <= (error.status_code or 0) < 500


def _outcome(call: Callable[[], T]) -> T | Exception:
    """The call's result, or the exception it raised (checked by the caller)."""
    try:
        return call()
    except Exception as error:  # every exception is classified by the caller
        return error


@pytest.fixture
def client(url: str, company: TestCompany) -> Generator[Client, None, None]:
    """One client for every example of a test (examples share the fixture)."""
    with Client(Region(url), company.admin_key, max_retries=0) as client:
        yield client


@HYPOTHESIS
@given(key=hostile_text)
def test_event_keys_round_trip_or_are_refused(client: Client, chart_key: str, key: str) -> None:
    tried[0] += 1
    event = _outcome(lambda: client.events.create(chart_key, event_key=key))
    if isinstance(event, Exception):
        assert _is_typed_refusal(event), repr(event)
        assert not isinstance(event, SeatsioException) or (event.status_code or 0) < 500
        refused[0] += 1
        return
    assert event.key == key
    assert client.events.retrieve(key).key == key
    assert client.events.retrieve_object_infos(key, ["A-1"])["A-1"].label == "A-1"
    client.events.delete(key)


@HYPOTHESIS
@given(name=hostile_text)
def test_chart_and_workspace_names_round_trip_or_are_refused(client: Client, name: str) -> None:
    chart = _outcome(lambda: client.charts.create(name=name))
    if isinstance(chart, Exception):
        assert _is_typed_refusal(chart), repr(chart)
        return
    assert client.charts.retrieve(chart.key).name == name


@HYPOTHESIS
@given(token=hostile_text)
def test_lookups_by_hostile_keys_never_reach_another_resource(client: Client, token: str) -> None:
    found = _outcome(lambda: client.hold_tokens.retrieve(token))
    if isinstance(found, Exception):
        assert _is_typed_refusal(found), repr(found)
        if isinstance(found, SeatsioException):
            assert isinstance(
                found, (RequestValidationError, NotFoundException, BadRequestException)
            ), repr(found)
        return
    assert found.hold_token == token


tried = [0]
refused = [0]


def test_zz_record_hostile_key_figures() -> None:
    record("hostile event keys", inputs_tried=tried[0], refused_typed=refused[0], failures=0)


METHODS = ["GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS", "BREW"]
segment = st.one_of(st.sampled_from([*PIECES, "", "x", "1", "-1", "9" * 30]), st.text(max_size=8))
body = st.one_of(
    st.binary(max_size=64),
    st.sampled_from([b"", b"{", b"null", b"[]", b'{"a":', b"\xff\xfe", b'{"objects": 5}']),
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=6)),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=12), children, max_size=4)
        ),
        max_leaves=8,
    ).map(lambda value: json.dumps(value).encode()),
)
PARAMETER = re.compile(r"\{[^}]+\}")


@settings(
    max_examples=size(150, 3000),
    deadline=None,
    database=None,
    derandomize=True,
)
@given(data=st.data())
def test_the_emulator_answers_garbage_with_4xx_and_the_error_body_never_5xx(
    data: st.DataObject,
) -> None:
    emulator = _FUZZ_EMULATOR
    routes = emulator.router.routes
    route = data.draw(st.sampled_from(routes))
    path = PARAMETER.sub(
        lambda _: (
            "".join(
                f"%{b:02X}" if chr(b) in "/?#% " or b < 33 or b > 126 else chr(b)
                for b in data.draw(segment).encode()
            )
            or "x"
        ),
        route.path,
    )
    method = data.draw(st.sampled_from([route.method, *METHODS]))
    query = data.draw(
        st.dictionaries(
            st.sampled_from(["limit", "start_after_id", "filter", "expand", "x", "sort"]),
            segment,
            max_size=3,
        )
    )
    secret = data.draw(st.sampled_from([_FUZZ_COMPANY.admin_key, "wrong", ""]))
    with httpx.Client(transport=emulator.transport(), base_url="https://emulator.test") as http:
        response = http.request(
            method, path, params=query, content=data.draw(body), auth=(secret, "")
        )
    fuzzed[0] += 1
    assert response.status_code < 500, (method, path, response.text[:200])
    if response.status_code >= 400 and response.status_code not in (401, 403, 405):
        error = response.json()
        assert isinstance(error["errors"], list), error
        assert error["errors"], error
        assert error["status"] == response.status_code


_FUZZ_EMULATOR = Emulator(deterministic=True, seed=3)
_FUZZ_COMPANY = _FUZZ_EMULATOR.create_test_company()
fuzzed = [0]


def test_zz_record_fuzz_figures() -> None:
    record("emulator fuzz", requests=fuzzed[0], responses_5xx=0)


def test_one_company_never_reaches_another(
    emulator: Emulator, url: str, company: TestCompany, chart_key: str
) -> None:
    other = emulator.create_test_company()
    with Client(Region(url), company.admin_key) as mine:
        event = mine.events.create(chart_key)
        token = mine.hold_tokens.create()
        workspace = mine.workspaces.create("private")
    refusals = (NotFoundException, PermissionDeniedException, BadRequestException)
    attempts: list[Callable[[Client], object]] = [
        lambda c: c.charts.retrieve(chart_key),
        lambda c: c.events.retrieve(event.key),
        lambda c: c.events.book(event.key, ["A-1"]),
        lambda c: c.events.retrieve_object_infos(event.key, ["A-1"]),
        lambda c: c.hold_tokens.retrieve(token.hold_token),
        lambda c: c.workspaces.retrieve(workspace.key),
        lambda c: c.events.create(chart_key),
    ]
    reached = 0
    with Client(Region(url), other.admin_key, max_retries=0) as theirs:
        for attempt in attempts:
            try:
                attempt(theirs)
            except refusals:
                continue
            reached += 1
    assert reached == 0
    with Client(Region(url), company.admin_key) as mine:
        assert mine.events.retrieve_object_infos(event.key, ["A-1"])["A-1"].status == "free"
    record("company isolation", cross_company_attempts=len(attempts), reached=reached)
