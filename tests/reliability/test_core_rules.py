"""Rules of the SDK core that a mutation run showed untested (issue 10's blind spots).

Each test pins a literal value or a whole message, so a mutant that changes it fails here.
These are fast unit tests (fake transports, injected clock): `make mutate` runs them.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator

import httpx
import pytest
from pydantic import BaseModel, ValidationError

from seatsio_typed import (
    BestAvailableObjectsNotFoundException,
    ClientConfigurationError,
    Page,
    RateLimitExceededException,
    SeatsioConnectionError,
    SeatsioException,
    ServerException,
    UnexpectedResponseError,
)
from seatsio_typed._attempt import StalePooledConnection
from seatsio_typed._endpoint import Endpoint, JsonResponse
from seatsio_typed._http import request_headers
from seatsio_typed._retry import MAX_WAIT_SECONDS, RetryPolicy, TransportFailure, parse_retry_after
from seatsio_typed.errors import (
    BEST_AVAILABLE_OBJECTS_NOT_FOUND,
    exception_for_response,
    request_id_of,
)
from tests.unit.support import HOLD_TOKEN, FakeServer, Harness, Kind, json_reply, raw_reply

NOW = 1_700_000_000.0


@pytest.fixture
def new_york() -> Iterator[None]:
    """Run in a local time zone far from UTC (a naive date read as local time would be off)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_retry_after_is_capped_at_sixty_seconds() -> None:
    assert MAX_WAIT_SECONDS == 60.0
    assert RetryPolicy().wait(0, "3600", NOW) == 60.0
    assert RetryPolicy().wait(0, "59.5", NOW) == 59.5


def test_the_backoff_doubles_from_0_4_seconds_and_is_capped() -> None:
    policy = RetryPolicy(max_retries=12)
    assert [policy.backoff(i) for i in range(9)] == [
        0.4,
        0.8,
        1.6,
        3.2,
        6.4,
        12.8,
        25.6,
        51.2,
        60.0,
    ]


def test_a_naive_minus_0000_date_is_gmt_in_any_local_time_zone(new_york: None) -> None:
    assert parse_retry_after("Tue, 14 Nov 2023 22:13:32 -0000", NOW) == pytest.approx(12.0)
    assert parse_retry_after("Tue, 14 Nov 2023 17:13:32 -0500", NOW) == pytest.approx(12.0)


@pytest.mark.parametrize("value", ["", "soon", "nan", "inf", "-inf", "Tue, 99 Foo 2023"])
def test_an_unusable_retry_after_is_none(value: str) -> None:
    assert parse_retry_after(value, NOW) is None


def test_a_retry_after_in_the_past_or_negative_is_zero() -> None:
    assert parse_retry_after("-5", NOW) == 0.0
    assert parse_retry_after(" 3 ", NOW) == 3.0


@pytest.mark.parametrize(
    ("method", "status", "retried"),
    [
        ("GET", 429, True),
        ("POST", 429, True),
        ("GET", 500, True),
        ("GET", 599, True),
        ("POST", 500, False),
        ("GET", 499, False),
        ("GET", 404, False),
        ("head", 503, True),
        ("OPTIONS", 502, True),
        ("DELETE", 502, False),
    ],
)
def test_which_statuses_are_retried(method: str, status: int, retried: bool) -> None:
    assert RetryPolicy().retries_status(method, status) is retried


@pytest.mark.parametrize(
    ("method", "failure", "retried"),
    [
        ("POST", TransportFailure.NOT_SENT, True),
        ("POST", TransportFailure.STALE, True),
        ("POST", TransportFailure.MAYBE_SENT, False),
        ("get", TransportFailure.MAYBE_SENT, True),
        ("GET", None, False),
    ],
)
def test_which_failures_are_retried(
    method: str, failure: TransportFailure | None, retried: bool
) -> None:
    assert RetryPolicy().retries_failure(method, failure) is retried


def test_max_retries_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="max_retries must be 0 or more, got -1"):
        RetryPolicy(max_retries=-1)
    assert RetryPolicy(max_retries=0).max_retries == 0


class _Thing(BaseModel):
    a: int
    b: int
    c: int
    d: int
    e: int


THING: Endpoint[_Thing] = Endpoint(
    name="things.get", method="GET", path="/t", response=JsonResponse(_Thing)
)


@pytest.mark.parametrize("status", [300, 301, 304, 399, 100, 199])
def test_a_status_outside_2xx_and_4xx_5xx_is_unexpected_not_success(status: int) -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        THING.result(
            status_code=status, reason="Odd", content=b"{}", method="GET", url="http://x/t"
        )
    assert str(raised.value) == f"Unexpected HTTP {status} (Odd) to GET http://x/t"
    assert raised.value.status_code == status


def test_a_redirect_without_a_reason_says_so() -> None:
    with pytest.raises(
        UnexpectedResponseError, match=r"^Unexpected HTTP 302 \(no reason\) to GET u$"
    ):
        THING.result(status_code=302, reason="", content=b"", method="GET", url="u")


@pytest.mark.parametrize("status", [200, 201, 299])
def test_every_2xx_is_parsed(status: int) -> None:
    body = b'{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}'
    parsed = THING.result(status_code=status, reason="", content=body, method="GET", url="u")
    assert parsed.e == 5


def test_validation_problems_beyond_three_are_summarised() -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        THING.result(status_code=200, reason="OK", content=b"{}", method="GET", url="u")
    assert str(raised.value) == (
        "Unexpected response to GET u (expected _Thing): a: Field required; b: Field required; "
        "c: Field required (and 2 more)"
    )
    cause = raised.value.__cause__
    assert isinstance(cause, ValidationError)
    assert cause.error_count() == 5
    assert all("input" not in e or e["input"] is None for e in cause.errors())


def test_three_validation_problems_are_listed_without_a_summary() -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        THING.result(
            status_code=200, reason="OK", content=b'{"a": 1, "b": 2}', method="GET", url="u"
        )
    assert str(raised.value).endswith("c: Field required; d: Field required; e: Field required")


def test_a_body_that_is_not_json_names_the_body() -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        THING.result(status_code=200, reason="OK", content=b"<html>", method="GET", url="u")
    assert "(expected _Thing): <body>: Invalid JSON" in str(raised.value)


@pytest.mark.parametrize(
    ("raw", "cursor"), [("", None), (None, None), ("17", 17), (" 8 ", 8), (5, 5)]
)
def test_both_cursors_treat_an_empty_string_as_no_page(raw: object, cursor: int | None) -> None:
    page = Page[int].model_validate(
        {"items": [], "next_page_starts_after": raw, "previous_page_ends_before": raw}
    )
    assert page.next_page_starts_after == cursor
    assert page.previous_page_ends_before == cursor


async def test_a_non_json_error_response_has_a_message_naming_the_call(kind: Kind) -> None:
    h = Harness(
        kind, FakeServer(raw_reply(502, b"<html>Bad gateway</html>", "text/html")), max_retries=0
    )
    with pytest.raises(ServerException) as raised:
        await h.call(lambda c: c.hold_tokens.create())
    assert raised.value.message == (
        "Error while executing POST http://seatsio.test/hold-tokens: HTTP 502 Bad Gateway"
    )
    assert raised.value.errors == []
    assert raised.value.request_id is None


async def test_an_error_body_message_joins_the_messages(kind: Kind) -> None:
    body = {
        "errors": [{"code": "A", "message": "one"}, {"code": "B", "message": "two"}],
        "requestId": "r-9",
    }
    h = Harness(kind, FakeServer(json_reply(400, body)))
    with pytest.raises(SeatsioException) as raised:
        await h.call(lambda c: c.hold_tokens.create())
    assert raised.value.message == "one, two."
    assert raised.value.codes == ["A", "B"]
    assert raised.value.request_id == "r-9"


async def test_a_connection_error_message_names_the_error_the_call_and_the_detail(
    kind: Kind,
) -> None:
    h = Harness(kind, FakeServer(httpx.ConnectError("refused")), max_retries=0)
    with pytest.raises(SeatsioConnectionError) as raised:
        await h.call(lambda c: c.hold_tokens.create())
    assert raised.value.message == (
        "ConnectError while executing POST http://seatsio.test/hold-tokens: refused"
    )
    assert raised.value.method == "POST"
    assert raised.value.url == "http://seatsio.test/hold-tokens"


async def test_a_connection_error_without_detail_says_so(kind: Kind) -> None:
    h = Harness(kind, FakeServer(httpx.ReadError("")), max_retries=0)
    with pytest.raises(SeatsioConnectionError) as raised:
        await h.call(lambda c: c.hold_tokens.retrieve("t"))
    assert raised.value.message.endswith(": no detail")


async def test_each_attempt_is_logged_with_its_duration(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="seatsio_typed")
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))
    await h.call(lambda c: c.hold_tokens.retrieve("t"))
    lines = [r.getMessage() for r in caplog.records if r.name == "seatsio_typed"]
    assert len(lines) == 1
    took = float(lines[0].split(" in ")[1].split(" ms")[0])
    assert 0.0 <= took < 5000.0
    assert lines[0].startswith("GET /hold-tokens/t -> HTTP 200 in ")
    assert lines[0].endswith("(attempt 1, request id -)")


def test_extra_headers_replace_defaults_case_insensitively_and_add_the_rest() -> None:
    headers = request_headers(
        authorization="Basic x",
        workspace_key="wk",
        has_body=True,
        extra_headers={"user-agent": "mine", "X-Extra": "1", "content-type": "text/plain"},
    )
    assert headers == {
        "Authorization": "Basic x",
        "Accept": "application/json",
        "X-Client-Lib": "python-typed",
        "X-Workspace-Key": "wk",
        "user-agent": "mine",
        "X-Extra": "1",
        "content-type": "text/plain",
    }
    plain = request_headers(authorization="a", workspace_key=None, has_body=False, extra_headers={})
    assert set(plain) == {"Authorization", "Accept", "User-Agent", "X-Client-Lib"}


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"secret_key": ""}, "secret_key must be a non-empty string"),
        ({"max_retries": -2}, "max_retries must be 0 or more, got -2"),
        ({"workspace_key": ""}, "workspace_key must not be empty (None: no key)"),
        (
            {"extra_headers": {"Authorization": "x"}},
            "extra_headers must not set Authorization; pass secret_key instead",
        ),
        ({"timeout": 0}, "timeout (connect) must be a finite number of seconds above 0, got 0"),
    ],
)
def test_config_refusals_say_what_is_wrong(settings: dict[str, object], message: str) -> None:
    from seatsio_typed import Client, Region

    arguments: dict[str, object] = {"secret_key": "sk", **settings}
    with pytest.raises(ClientConfigurationError) as raised:
        Client(Region("http://x.test"), **arguments)  # type: ignore[arg-type]
    assert str(raised.value) == message


def test_an_exception_keeps_its_message_as_its_only_argument() -> None:
    error = SeatsioException("boom", status_code=400)
    assert error.args == ("boom",)
    assert str(error) == "boom"


def test_an_error_message_without_a_reason_has_no_trailing_space() -> None:
    error = exception_for_response(status_code=502, content=b"", method="GET", url="u")
    assert error.message == "Error while executing GET u: HTTP 502"


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (430, "X", SeatsioException),
        (429, BEST_AVAILABLE_OBJECTS_NOT_FOUND, RateLimitExceededException),
        (500, BEST_AVAILABLE_OBJECTS_NOT_FOUND, ServerException),
        (499, BEST_AVAILABLE_OBJECTS_NOT_FOUND, BestAvailableObjectsNotFoundException),
        (418, "X", SeatsioException),
    ],
)
def test_the_status_and_code_pick_the_exception_class(
    status: int, code: str, expected: type[SeatsioException]
) -> None:
    body = json.dumps({"errors": [{"code": code, "message": "m"}]}).encode()
    error = exception_for_response(status_code=status, content=body, method="GET", url="u")
    assert type(error) is expected


def test_the_request_id_of_an_error_body_is_read_from_400_up() -> None:
    body = b'{"errors": [], "requestId": "r-1"}'
    assert request_id_of(400, httpx.Headers(), body) == "r-1"
    assert request_id_of(399, httpx.Headers(), body) is None
    assert request_id_of(200, httpx.Headers({"X-Request-Id": "h-1"}), body) == "h-1"


def test_an_error_item_without_code_or_message_gets_empty_strings() -> None:
    body = b'{"errors": [{"data": {"a": 1}}, {"code": 5, "message": null}]}'
    error = exception_for_response(status_code=400, content=body, method="GET", url="u")
    assert [(e.code, e.message) for e in error.errors] == [("", ""), ("", "")]
    assert error.errors[0].data == {"a": 1}


async def test_a_stale_pooled_connection_is_retried_at_once_even_for_a_write(kind: Kind) -> None:
    stale = StalePooledConnection("the server had closed the pooled connection")
    h = Harness(kind, FakeServer(stale, json_reply(200, HOLD_TOKEN)))
    await h.call(lambda c: c.hold_tokens.create())
    assert len(h.server.requests) == 2
    assert h.sleeps.waits == [0.0]


async def test_a_nested_validation_problem_is_named_by_its_dotted_path(kind: Kind) -> None:
    body = {"holdToken": "t", "expiresAt": "2024-01-01T00:00:00Z", "expiresInSeconds": [1]}
    h = Harness(kind, FakeServer(json_reply(200, body)))
    with pytest.raises(UnexpectedResponseError) as raised:
        await h.call(lambda c: c.hold_tokens.create())
    assert str(raised.value).endswith(
        "(expected HoldToken): expiresInSeconds: Input should be a valid integer"
    )


def test_a_problem_deep_in_a_list_joins_its_location_with_dots() -> None:
    things: Endpoint[list[_Thing]] = Endpoint(
        name="things.list", method="GET", path="/t", response=JsonResponse(list[_Thing])
    )
    body = b'[{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}, {"a": 1, "b": 2, "c": 3, "d": 4}]'
    with pytest.raises(UnexpectedResponseError) as raised:
        things.result(status_code=200, reason="", content=body, method="GET", url="u")
    assert str(raised.value).endswith("(expected list[_Thing]): 1.e: Field required")


def test_the_chained_validation_error_keeps_title_locations_and_types_but_no_input() -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        THING.result(
            status_code=200,
            reason="",
            content=b'{"a": "x", "b": 2, "c": 3, "d": 4}',
            method="GET",
            url="u",
        )
    cause = raised.value.__cause__
    assert isinstance(cause, ValidationError)
    assert cause.title == "_Thing"
    assert [(e["loc"], e["type"]) for e in cause.errors()] == [
        (("a",), "int_parsing"),
        (("e",), "missing"),
    ]
    assert all(e["input"] is None for e in cause.errors())
    assert cause.__traceback__ is None


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"max_retries": True}, "max_retries must be an int"),
        ({"secret_key": "sk\ud800"}, "secret_key holds a lone surrogate"),
        (
            {"workspace_key": "w\nk"},
            "workspace_key: the value of header 'X-Workspace-Key' must be visible ASCII text "
            "(no CR, LF, NUL or non-ASCII characters)",
        ),
        (
            {"extra_headers": {"X-A": "é"}},
            "extra_headers: the value of header 'X-A' must be visible ASCII text "
            "(no CR, LF, NUL or non-ASCII characters)",
        ),
        ({"extra_headers": {"X A": "v"}}, "extra_headers: a header name is not an HTTP token"),
        ({"timeout": "5"}, "timeout must be seconds or a Timeout, not str"),
    ],
)
def test_more_config_refusals_say_what_is_wrong(settings: dict[str, object], message: str) -> None:
    from seatsio_typed import Client, Region

    arguments: dict[str, object] = {"secret_key": "sk", **settings}
    with pytest.raises(ClientConfigurationError) as raised:
        Client(Region("http://x.test"), **arguments)  # type: ignore[arg-type]
    assert str(raised.value) == message


def test_every_allowed_header_character_is_allowed() -> None:
    from seatsio_typed._http import check_header

    token = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    value = "".join(chr(code) for code in range(0x20, 0x7F)) + "\t"
    check_header(token, value, setting="extra_headers")  # no exception


def test_the_secret_key_shows_itself_masked_and_refuses_pickling() -> None:
    import pickle

    from seatsio_typed._config import NOT_GIVEN, SecretKey

    key = SecretKey("sk-1")
    assert repr(key) == str(key) == "SecretKey('**********')"
    assert key.authorization == "Basic c2stMTo="
    with pytest.raises(TypeError, match=r"^a SecretKey is not picklable$"):
        pickle.dumps(key)
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


def test_build_url_joins_without_a_query_and_refuses_over_8192_bytes() -> None:
    from seatsio_typed import RequestValidationError
    from seatsio_typed._http import MAX_URL_BYTES, build_url

    assert str(build_url("http://x.test/base/", "/p")) == "http://x.test/base/p"
    assert str(build_url("http://x.test", "/p", "a=1")) == "http://x.test/p?a=1"
    exact = "/" + "a" * (MAX_URL_BYTES - 1)
    assert str(build_url("http://x.test", exact)).endswith("a")
    with pytest.raises(RequestValidationError) as raised:
        build_url("http://x.test", exact + "a")
    assert str(raised.value) == (
        "the request URL would be 8193 bytes long; at most 8192 are sent "
        "(ask for fewer objects per call)"
    )


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("p", "path: must start with '/'"),
        (
            "/a b",
            "path: only percent-encoded ASCII path characters and {name} placeholders are "
            "allowed; pass values through path_params and the query through query",
        ),
        ("/a/{b", "path: a '{' or '}' does not belong to a {name} placeholder"),
    ],
)
def test_path_template_refusals_say_what_is_wrong(template: str, message: str) -> None:
    from seatsio_typed import RequestValidationError
    from seatsio_typed._http import check_path_template

    with pytest.raises(RequestValidationError) as raised:
        check_path_template(template)
    assert str(raised.value) == message
    assert raised.value.parameter == "path"


def test_a_body_gets_the_json_content_type_header_as_named() -> None:
    headers = request_headers(
        authorization="a", workspace_key=None, has_body=True, extra_headers={}
    )
    assert headers["Content-Type"] == "application/json"
    assert "Content-Type" in list(headers)


def test_a_decoding_failure_names_the_call() -> None:
    from seatsio_typed._http import connection_error

    request = httpx.Request("GET", "http://x.test/p")
    error = connection_error(
        httpx.DecodingError("bad gzip", request=request), "GET", "http://x.test/p"
    )
    assert isinstance(error, UnexpectedResponseError)
    assert error.url == "http://x.test/p"
    assert error.method == "GET"
    assert (
        str(error)
        == "the body of the response to GET http://x.test/p could not be decoded: bad gzip"
    )
