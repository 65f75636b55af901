"""Error mapping: status and Seats.io code pick the class; bodies of any shape are survivable."""

from __future__ import annotations

import pickle

import httpx
import pydantic
import pytest

from seatsio_typed import (
    AuthenticationException,
    BadRequestException,
    BestAvailableObjectsNotFoundException,
    ErrorDetail,
    NotFoundException,
    PermissionDeniedException,
    RateLimitExceededException,
    SeatsioException,
    ServerException,
    UnexpectedResponseError,
)
from tests.reference import load_example
from tests.unit.support import (
    HOLD_TOKEN,
    FakeServer,
    Harness,
    Kind,
    error_body,
    json_reply,
    raw_reply,
)

URL = "http://seatsio.test/hold-tokens/tok"


async def retrieve_failing_with(kind: Kind, reply: httpx.Response) -> SeatsioException:
    h = Harness(kind, FakeServer(reply), max_retries=0)
    with pytest.raises(SeatsioException) as raised:
        await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    return raised.value


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestException),
        (401, AuthenticationException),
        (403, PermissionDeniedException),
        (404, NotFoundException),
        (409, SeatsioException),
        (429, RateLimitExceededException),
        (500, ServerException),
        (502, ServerException),
        (503, ServerException),
    ],
)
@pytest.mark.parametrize("body", ["json", "empty", "html"])
async def test_the_status_picks_the_class_whatever_the_body(
    kind: Kind, status: int, expected: type[SeatsioException], body: str
) -> None:
    replies = {
        "json": json_reply(status, error_body("It failed", code="X", request_id="r-9")),
        "empty": httpx.Response(status),
        "html": raw_reply(status, b"<html><body>502 Bad Gateway</body></html>"),
    }
    error = await retrieve_failing_with(kind, replies[body])
    assert type(error) is expected
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == URL
    if body == "json":
        assert error.errors == [ErrorDetail(code="X", message="It failed")]
        assert error.request_id == "r-9"
        assert error.message == "It failed."
    else:
        assert error.errors == []
        assert error.request_id is None
        assert error.message.startswith(f"Error while executing GET {URL}: HTTP {status}")


async def test_the_message_joins_every_error_message_like_the_official_client(kind: Kind) -> None:
    error = await retrieve_failing_with(
        kind, json_reply(400, error_body("first problem", "second problem"))
    )
    assert str(error) == "first problem, second problem."
    assert error.codes == ["SOME_ERROR", "SOME_ERROR"]


async def test_error_data_is_kept(kind: Kind) -> None:
    body = {
        "errors": [
            {
                "code": "DRAWING_VALIDATION_FAILED",
                "message": "Validation failed",
                "data": {"failedValidations": ["VALIDATE_FOCAL_POINT"]},
            }
        ],
        "requestId": "r-1",
    }
    error = await retrieve_failing_with(kind, json_reply(400, body))
    assert error.errors[0].data == {"failedValidations": ["VALIDATE_FOCAL_POINT"]}


async def test_best_available_not_found_has_its_own_class_and_is_a_bad_request(
    kind: Kind,
) -> None:
    body = error_body("Best available objects not found", code="BEST_AVAILABLE_OBJECTS_NOT_FOUND")
    error = await retrieve_failing_with(kind, json_reply(400, body))
    assert isinstance(error, BestAvailableObjectsNotFoundException)
    assert isinstance(error, BadRequestException)
    assert error.message == "Best available objects not found."


async def test_the_reference_not_found_body(kind: Kind) -> None:
    reply = raw_reply(404, load_example("errors.not-found.response.json"), "application/json")
    error = await retrieve_failing_with(kind, reply)
    assert isinstance(error, NotFoundException)
    assert error.errors == [
        ErrorDetail(code="EVENT_NOT_FOUND", message="Event not found: event-key-123", data={})
    ]
    assert error.request_id == "27378c14-ae6a-46a4-ada4-9c745a45e018"


@pytest.mark.parametrize(
    "content",
    [
        b"[1, 2]",
        b'{"errors": "nope"}',
        b'{"errors": [1, {"code": 5}], "requestId": 7}',
        b"\xff\xfe not utf-8",
        b'{"message": "no errors key"}',
    ],
)
async def test_odd_error_bodies_still_give_the_right_class(kind: Kind, content: bytes) -> None:
    error = await retrieve_failing_with(kind, raw_reply(404, content, "application/json"))
    assert isinstance(error, NotFoundException)
    assert error.request_id is None
    assert all(isinstance(item, ErrorDetail) for item in error.errors)


async def test_a_json_error_body_without_json_content_type_is_still_read(kind: Kind) -> None:
    reply = raw_reply(400, b'{"errors": [{"code": "C", "message": "M"}], "requestId": "r"}')
    error = await retrieve_failing_with(kind, reply)
    assert error.message == "M."


async def test_a_malformed_success_body_names_the_failing_field(kind: Kind) -> None:
    body = {"holdToken": "tok", "expiresAt": "not a date", "expiresInSeconds": "many"}
    error = await retrieve_failing_with(kind, json_reply(200, body))
    assert type(error) is UnexpectedResponseError
    assert isinstance(error.__cause__, pydantic.ValidationError)
    assert "expiresAt" in error.message
    assert "expiresInSeconds" in error.message
    assert "HoldToken" in error.message
    # The offending values are not echoed (a body may hold a workspace secret key).
    assert "not a date" not in error.message
    assert "many" not in error.message
    assert error.status_code == 200


async def test_a_success_body_that_is_not_json_is_unexpected(kind: Kind) -> None:
    error = await retrieve_failing_with(kind, raw_reply(200, b"<html>maintenance</html>"))
    assert isinstance(error, UnexpectedResponseError)
    assert isinstance(error.__cause__, pydantic.ValidationError)


async def test_an_unexpected_redirect_is_an_error(kind: Kind) -> None:
    reply = httpx.Response(301, headers={"Location": "https://seatsio.test/"})
    error = await retrieve_failing_with(kind, reply)
    assert isinstance(error, UnexpectedResponseError)
    assert error.status_code == 301


async def test_201_is_success_too(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(201, HOLD_TOKEN)))
    token = await h.call(lambda c: c.hold_tokens.create())
    assert token.hold_token == "tok"


def test_exceptions_survive_pickling() -> None:
    original = BestAvailableObjectsNotFoundException(
        "Nothing found.",
        errors=[ErrorDetail("BEST_AVAILABLE_OBJECTS_NOT_FOUND", "Nothing found")],
        request_id="r-1",
        status_code=400,
        method="POST",
        url="http://seatsio.test/events/e/actions/change-object-status",
    )
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is BestAvailableObjectsNotFoundException
    assert vars(copy) == vars(original)
    assert str(copy) == "Nothing found."


def test_repr_names_status_request_id_and_url() -> None:
    error = NotFoundException(
        "Chart not found.", request_id="r-2", status_code=404, method="GET", url="http://x/charts/k"
    )
    assert repr(error) == (
        "NotFoundException(message='Chart not found.', status_code=404, request_id='r-2', "
        "method='GET', url='http://x/charts/k')"
    )
