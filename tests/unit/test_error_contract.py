"""One error contract: every failure a call can produce is a SeatsioException subclass.

Walks each failure path with both clients: a refused setting when the client is built, a
refused argument, a closed client, every kind of transport error, every kind of error status,
and every kind of unreadable body. Each must raise the documented class with a readable
message that never holds the secret key or a header value.
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Callable, Mapping

import httpx
import pytest

from seatsio_typed import (
    AsyncClient,
    AuthenticationException,
    BadRequestException,
    BestAvailableObjectsNotFoundException,
    Client,
    ClientClosedError,
    ClientConfigurationError,
    NotFoundException,
    PermissionDeniedException,
    RateLimitExceededException,
    Region,
    RequestValidationError,
    SeatsioConnectionError,
    SeatsioException,
    SeatsioTimeoutError,
    ServerException,
    Timeout,
    UnexpectedResponseError,
)
from tests.unit.support import (
    HOLD_TOKEN,
    SECRET,
    FakeServer,
    Harness,
    Kind,
    error_body,
    json_reply,
    raw_reply,
)

HEADER_SECRET = "hv-7d1e9"
"""Part of a refused header value: it must not appear in the error."""


def readable(error: SeatsioException) -> str:
    """The message, checked to be a sentence of its own that holds no secret."""
    message = str(error)
    assert message.strip(), "an empty message"
    for secret in (SECRET, HEADER_SECRET):
        assert secret not in message
        assert secret not in repr(error)
    return message


def build(kind: Kind, **settings: object) -> Client | AsyncClient:
    url = settings.pop("base_url", "http://seatsio.test")
    assert isinstance(url, str)
    cls = Client if kind == "sync" else AsyncClient
    return cls(Region(url), SECRET, **settings)  # type: ignore[arg-type]


# --- refused when the client is built ---------------------------------------------------------

BAD_SETTINGS: list[tuple[str, dict[str, object], str]] = [
    ("negative timeout", {"timeout": -1}, "timeout"),
    ("zero timeout", {"timeout": 0}, "timeout"),
    ("NaN timeout", {"timeout": math.nan}, "timeout"),
    ("infinite timeout", {"timeout": math.inf}, "timeout"),
    ("text timeout", {"timeout": "10"}, "timeout"),
    ("boolean timeout", {"timeout": True}, "timeout"),
    ("negative read timeout", {"timeout": Timeout(5.0, read=-1.0)}, "read"),
    ("negative retry budget", {"max_retries": -1}, "max_retries"),
    ("fractional retry budget", {"max_retries": 1.5}, "max_retries"),
    ("boolean retry budget", {"max_retries": True}, "max_retries"),
    ("empty workspace key", {"workspace_key": ""}, "workspace_key"),
    (
        "workspace key with CR LF",
        {"workspace_key": f"ws\r\nX-Injected: {HEADER_SECRET}"},
        "workspace_key",
    ),
    ("header value with CR LF", {"extra_headers": {"X-A": f"v\r\nX-B: {HEADER_SECRET}"}}, "X-A"),
    ("header value with LF", {"extra_headers": {"X-A": f"{HEADER_SECRET}\n"}}, "X-A"),
    ("header value with NUL", {"extra_headers": {"X-A": f"{HEADER_SECRET}\0"}}, "X-A"),
    ("non-ASCII header value", {"extra_headers": {"X-A": f"{HEADER_SECRET}\u00e9"}}, "X-A"),
    ("header value not text", {"extra_headers": {"X-A": 3}}, "X-A"),
    ("header name with a space", {"extra_headers": {"X A": "v"}}, "header name"),
    ("empty header name", {"extra_headers": {"": "v"}}, "header name"),
    ("Authorization header", {"extra_headers": {"authorization": "Basic x"}}, "Authorization"),
    ("base URL not http", {"base_url": "ftp://seatsio.test"}, "https://"),
    ("base URL without host", {"base_url": "http://"}, "base URL"),
    ("base URL with a query", {"base_url": "https://seatsio.test/?a=1"}, "base URL"),
    (
        "base URL with credentials",
        {"base_url": f"https://user:{HEADER_SECRET}@seatsio.test"},
        "credentials",
    ),
]


@pytest.mark.parametrize(
    ("settings", "named"), [c[1:] for c in BAD_SETTINGS], ids=[c[0] for c in BAD_SETTINGS]
)
def test_a_bad_setting_is_refused_when_the_client_is_built(
    kind: Kind, settings: dict[str, object], named: str
) -> None:
    with pytest.raises(ClientConfigurationError) as raised:
        build(kind, **settings)
    assert isinstance(raised.value, ValueError)
    assert named in readable(raised.value)


def test_a_refused_base_url_is_never_repeated(kind: Kind) -> None:
    with pytest.raises(ClientConfigurationError) as raised:
        build(kind, base_url=f"https://user:{HEADER_SECRET}@seatsio.test/?token={HEADER_SECRET}")
    assert HEADER_SECRET not in readable(raised.value)


@pytest.mark.parametrize("secret_key", ["", None, "sk-\ud800"])
def test_an_unusable_secret_key_is_refused(kind: Kind, secret_key: object) -> None:
    cls = Client if kind == "sync" else AsyncClient
    with pytest.raises(ClientConfigurationError, match="secret_key"):
        cls(Region("http://seatsio.test"), secret_key)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "change",
    [
        {"timeout": -1.0},
        {"max_retries": -2},
        {"workspace_key": "a\nb"},
        {"extra_headers": {"X-A": f"{HEADER_SECRET}\r"}},
    ],
)
async def test_with_options_refuses_the_same_settings(
    kind: Kind, change: Mapping[str, object]
) -> None:
    h = Harness(kind, FakeServer())
    with pytest.raises(ClientConfigurationError) as raised:
        h.client.with_options(**change)  # type: ignore[arg-type]
    readable(raised.value)
    await h.close()


def test_a_timeout_without_a_limit_for_one_phase_is_accepted() -> None:
    client = Client(Region("http://seatsio.test"), SECRET, timeout=Timeout(5.0, pool=None))
    assert client.timeout.pool is None
    client.close()


# --- failures of a call -----------------------------------------------------------------------

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def gzip_reply(content: bytes) -> Callable[[httpx.Request], httpx.Response]:
    """A reply whose body says it is gzip-compressed; httpx decodes it as the client reads it."""

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            stream=httpx.ByteStream(content),
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )

    return reply


CALL_FAILURES: list[tuple[str, Reply, type[SeatsioException], str]] = [
    ("connection refused", httpx.ConnectError("refused"), SeatsioConnectionError, "ConnectError"),
    ("read timeout", httpx.ReadTimeout("slow"), SeatsioTimeoutError, "ReadTimeout"),
    ("pool timeout", httpx.PoolTimeout("busy"), SeatsioTimeoutError, "PoolTimeout"),
    ("dropped", httpx.RemoteProtocolError("dropped"), SeatsioConnectionError, "dropped"),
    ("network", httpx.ReadError("reset"), SeatsioConnectionError, "ReadError"),
    ("unsupported", httpx.UnsupportedProtocol("x"), SeatsioConnectionError, "Unsupported"),
    ("400", json_reply(400, error_body("Invalid key")), BadRequestException, "Invalid key"),
    (
        "best available",
        json_reply(400, error_body("none", code="BEST_AVAILABLE_OBJECTS_NOT_FOUND")),
        BestAvailableObjectsNotFoundException,
        "none",
    ),
    ("401", httpx.Response(401), AuthenticationException, "401"),
    ("403", httpx.Response(403), PermissionDeniedException, "403"),
    ("404", json_reply(404, error_body("Not found")), NotFoundException, "Not found"),
    ("418", httpx.Response(418), SeatsioException, "418"),
    ("429", httpx.Response(429), RateLimitExceededException, "429"),
    ("500", raw_reply(500, b"<html>oops</html>", "text/html"), ServerException, "500"),
    ("302", httpx.Response(302, headers={"Location": "/x"}), UnexpectedResponseError, "302"),
    ("not JSON", raw_reply(200, b"<html>hi</html>", "text/html"), UnexpectedResponseError, "JSON"),
    ("not UTF-8", raw_reply(200, b'{"holdToken": "\xff"}'), UnexpectedResponseError, "Unexpected"),
    ("wrong shape", json_reply(200, {"holdToken": 1}), UnexpectedResponseError, "expiresAt"),
    ("empty body", raw_reply(200, b""), UnexpectedResponseError, "Unexpected"),
    ("broken gzip", gzip_reply(b"not gzip at all"), UnexpectedResponseError, "decoded"),
]


@pytest.mark.parametrize(
    ("reply", "expected", "says"), [c[1:] for c in CALL_FAILURES], ids=[c[0] for c in CALL_FAILURES]
)
async def test_every_failure_of_a_call_is_a_seatsio_exception(
    kind: Kind, reply: Reply, expected: type[SeatsioException], says: str
) -> None:
    h = Harness(kind, FakeServer(reply), max_retries=0)
    with pytest.raises(SeatsioException) as raised:
        await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert type(raised.value) is expected
    assert says in readable(raised.value)
    assert raised.value.method == "GET"
    await h.close()


async def test_a_gzip_body_that_decodes_is_read(kind: Kind) -> None:
    import json

    h = Harness(kind, FakeServer(gzip_reply(gzip.compress(json.dumps(HOLD_TOKEN).encode()))))
    token = await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert token.hold_token == "tok"


async def test_a_refused_argument_is_a_seatsio_exception(kind: Kind) -> None:
    h = Harness(kind, FakeServer())
    with pytest.raises(SeatsioException) as raised:
        await h.call(lambda c: c.events.book("concert", []))
    assert isinstance(raised.value, RequestValidationError)
    assert "objects" in readable(raised.value)
    assert h.server.requests == []


async def test_a_closed_client_raises_client_closed(kind: Kind) -> None:
    h = Harness(kind, FakeServer(json_reply(200, HOLD_TOKEN)))
    # The harness hands the client its own httpx client, which the SDK never closes: close it.
    await h.close()
    with pytest.raises(ClientClosedError) as raised:
        await h.call(lambda c: c.hold_tokens.retrieve("tok"))
    assert isinstance(raised.value, RuntimeError)
    assert "closed" in readable(raised.value)
    assert h.server.requests == []


async def test_a_client_closed_by_its_own_close_raises_client_closed(kind: Kind) -> None:
    if kind == "sync":
        client = Client(Region("http://seatsio.test"), SECRET)
        client.close()
        with pytest.raises(ClientClosedError):
            client.hold_tokens.retrieve("tok")
        with pytest.raises(ClientClosedError):
            client.with_options(max_retries=0).hold_tokens.retrieve("tok")
    else:
        async_client = AsyncClient(Region("http://seatsio.test"), SECRET)
        await async_client.aclose()
        with pytest.raises(ClientClosedError):
            await async_client.hold_tokens.retrieve("tok")


EVERY_CLASS: list[Callable[[], type[SeatsioException]]] = [
    lambda: RequestValidationError,
    lambda: ClientConfigurationError,
    lambda: ClientClosedError,
    lambda: SeatsioConnectionError,
    lambda: SeatsioTimeoutError,
    lambda: UnexpectedResponseError,
]


def test_every_error_class_of_the_contract_is_exported_and_a_seatsio_exception() -> None:
    import seatsio_typed

    for get in EVERY_CLASS:
        cls = get()
        assert issubclass(cls, SeatsioException)
        assert getattr(seatsio_typed, cls.__name__) is cls
