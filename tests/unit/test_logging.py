"""The `seatsio_typed` logger: a DEBUG line per attempt, a WARNING per retry, nothing else."""

from __future__ import annotations

import logging
import subprocess
import sys

import httpx
import pytest

from tests.unit.support import HOLD_TOKEN, FakeServer, Harness, Kind, error_body, json_reply


def sdk_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "seatsio_typed"]


async def test_one_debug_line_per_attempt(kind: Kind, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="seatsio_typed")
    reply = json_reply(200, HOLD_TOKEN, headers={"X-Request-Id": "req-42"})
    h = Harness(kind, FakeServer(reply))
    await h.call(lambda c: c.hold_tokens.retrieve("a b"))
    [record] = sdk_records(caplog)
    assert record.levelno == logging.DEBUG
    message = record.getMessage()
    assert message.startswith("GET /hold-tokens/a%20b -> HTTP 200 in ")
    assert message.endswith(" ms (attempt 1, request id req-42)")


async def test_the_request_id_of_an_error_body_is_logged(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="seatsio_typed")
    h = Harness(kind, FakeServer(json_reply(404, error_body("nope", request_id="r-404"))))
    with pytest.raises(Exception, match="nope"):
        await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    [record] = sdk_records(caplog)
    assert "HTTP 404" in record.getMessage()
    assert "request id r-404" in record.getMessage()


async def test_nothing_at_info_or_above_for_a_normal_call(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="seatsio_typed")
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))
    await h.call(lambda c: c.hold_tokens.create())
    assert sdk_records(caplog) == []


async def test_a_warning_per_retry_and_a_debug_line_per_attempt(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="seatsio_typed")
    h = Harness(
        kind,
        FakeServer(
            json_reply(429, error_body("slow")),
            httpx.ConnectError("refused"),
            json_reply(200, HOLD_TOKEN),
        ),
    )
    await h.call(lambda c: c.hold_tokens.create())
    records = sdk_records(caplog)
    summary = [(r.levelname, r.getMessage().split(" in ")[0]) for r in records]
    assert summary == [
        ("DEBUG", "POST /hold-tokens -> HTTP 429"),
        ("WARNING", "POST /hold-tokens failed with HTTP 429; retry 1 of 5"),
        ("DEBUG", "POST /hold-tokens -> ConnectError"),
        ("WARNING", "POST /hold-tokens failed with ConnectError; retry 2 of 5"),
        ("DEBUG", "POST /hold-tokens -> HTTP 200"),
    ]
    assert "(attempt 3," in records[-1].getMessage()
    assert records[1].getMessage().endswith("in 0.40 s")


async def test_query_strings_and_bodies_are_not_logged(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="seatsio_typed")
    h = Harness(kind, FakeServer(json_reply(200, {"items": []})))
    await h.call(lambda c: c.charts.list_first_page(filter="customer-name"))
    [record] = sdk_records(caplog)
    assert "customer-name" not in record.getMessage()
    assert record.getMessage().startswith("GET /charts -> HTTP 200")


def test_an_application_without_logging_config_sees_no_retry_warning_on_stderr() -> None:
    # Python's last-resort handler prints WARNINGs when a logger has no handler anywhere; a
    # library must stay quiet until the application configures logging.
    script = """
import httpx
from seatsio_typed import Client, Region

replies = iter([httpx.Response(429), httpx.Response(200, json={"holdToken": "t",
    "expiresAt": "2025-01-01T00:00:00.000Z", "expiresInSeconds": 900})])
http = httpx.Client(transport=httpx.MockTransport(lambda request: next(replies)))
client = Client(Region("http://127.0.0.1:9"), "key", http_client=http, sleep=lambda s: None)
print(client.hold_tokens.create().hold_token)
"""
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert completed.stdout.strip() == "t"
    assert completed.stderr == ""
