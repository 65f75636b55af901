"""A canary secret pushed through every path must never come out anywhere."""

from __future__ import annotations

import base64
import logging
import pickle
import traceback

import httpx
import pytest

from seatsio_typed import SeatsioException
from tests.unit.support import (
    HOLD_TOKEN,
    FakeServer,
    Harness,
    Kind,
    error_body,
    json_reply,
    raw_reply,
)

CANARY = "CANARY-7f3a9e21-secret"
ENCODED = base64.b64encode(f"{CANARY}:".encode()).decode()

# Each script, and whether the client ends it by raising (so that path is known to be covered).
SCRIPTS: dict[str, tuple[list[httpx.Response | Exception], bool]] = {
    "success": ([json_reply(200, HOLD_TOKEN)], False),
    "401 empty body": ([httpx.Response(401)], True),
    "403 html": ([raw_reply(403, b"<html>forbidden</html>")], True),
    "400 json": ([json_reply(400, error_body("bad request"))], True),
    "429 retried then success": (
        [json_reply(429, error_body("slow")), json_reply(200, HOLD_TOKEN)],
        False,
    ),
    "429 forever": ([json_reply(429, error_body("slow"))], True),
    "500 forever": ([json_reply(500, error_body("boom"))], True),
    "connect error retried": ([httpx.ConnectError("refused"), json_reply(200, HOLD_TOKEN)], False),
    "read timeout": ([httpx.ReadTimeout("timed out")], True),
    "malformed success": ([json_reply(200, {"holdToken": 5})], True),
}


def assert_no_secret(text: str) -> None:
    assert CANARY not in text
    assert ENCODED not in text


@pytest.mark.parametrize("script", SCRIPTS)
async def test_the_secret_never_reaches_logs_reprs_or_exceptions(
    kind: Kind, script: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    replies, fails = SCRIPTS[script]
    h = Harness(kind, FakeServer(*replies), secret_key=CANARY, max_retries=2)
    outputs: list[str] = [repr(h.client), repr(h.client.with_options(timeout=1.0))]
    raised = False
    try:
        for create in (False, True):
            if create:
                result: object = await h.call(lambda c: c.hold_tokens.create(3))
            else:
                result = await h.call(lambda c: c.hold_tokens.retrieve("tok"))
            outputs += [repr(result), str(result)]
    except SeatsioException as error:
        raised = True
        outputs += [
            str(error),
            repr(error),
            repr(vars(error)),
            "".join(traceback.format_exception(error)),
            repr(pickle.loads(pickle.dumps(error)).__dict__),
        ]
    assert raised is fails, "the script did not end as planned, so its path went unchecked"
    # The secret did go out, in the one place it belongs.
    assert h.server.requests[0].headers["Authorization"] == f"Basic {ENCODED}"
    assert caplog.records, "the client logged nothing, so the test proves nothing"
    outputs += [record.getMessage() for record in caplog.records]
    outputs += [repr(record.args) for record in caplog.records]
    for output in outputs:
        assert_no_secret(output)


def test_the_secret_key_object_refuses_to_be_shown_or_pickled() -> None:
    from seatsio_typed._config import SecretKey

    key = SecretKey(CANARY)
    assert_no_secret(repr(key))
    assert_no_secret(str(key))
    assert_no_secret(f"{key}")
    with pytest.raises(TypeError):
        pickle.dumps(key)
