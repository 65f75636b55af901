"""The cassette file: recorded exchanges as pretty, sorted, diff-friendly JSON.

One file per test, a JSON object:

    {
      "base_url": "https://api-emulator.seatsio.test",
      "exchanges": [{"request": {...}, "response": {...}}, ...],
      "fixtures": {"admin-key": "<secret-key-1>", "chart-1": "..."},
      "format": 1,
      "server": "emulator (deterministic, seed 2025)"
    }

A request holds `method`, `path` (as sent, percent-encoded), `query` (decoded pairs in wire
order), `headers` (only those in `REQUEST_HEADERS`; never `Authorization`), `secret_key` (the
Basic-auth user, i.e. which secret key was used: scrubbed to a placeholder before anything is
written, so replay can check the SDK authenticated with the right key) and its body. A
response holds `status`, `content_type`, `headers` (only `RESPONSE_HEADERS`) and its body. A
body is `body` (the JSON value, parsed) or `body_base64` (anything that is not JSON); an empty
body has neither key.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeAlias
from urllib.parse import parse_qsl

import httpx

Json: TypeAlias = "bool | int | float | str | list[Json] | dict[str, Json] | None"
JsonObject: TypeAlias = "dict[str, Json]"

FORMAT_VERSION = 1
REQUEST_HEADERS = ("accept", "content-type", "x-client-lib", "x-workspace-key")
"""Request headers that are part of the SDK's wire behaviour. `User-Agent` carries version
numbers (unstable) and `Authorization` carries the secret: neither is ever recorded."""
RESPONSE_HEADERS = ("retry-after", "x-request-id")
"""Response headers the SDK reads besides `Content-Type` (retries, request ids)."""


class CassetteFormatError(ValueError):
    """A cassette file that is not what this module writes."""


@dataclass(frozen=True)
class Payload:
    """A non-empty message body: a parsed JSON value, or raw bytes that are not JSON."""

    value: Json = None
    raw: bytes | None = None

    @classmethod
    def of(cls, content: bytes, *, as_json: bool = True) -> Payload | None:
        """The payload of these body bytes (JSON when they parse and `as_json`); None if empty."""
        if not content:
            return None
        if as_json:
            try:
                value: Json = json.loads(content)
            except ValueError:
                pass
            else:
                return cls(value=value)
        return cls(raw=content)

    @property
    def content(self) -> bytes:
        """The body bytes to put on the wire (compact JSON for a JSON payload)."""
        if self.raw is not None:
            return self.raw
        return json.dumps(
            self.value, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode()

    def to_json(self) -> JsonObject:
        """The `body` / `body_base64` entry of a message."""
        if self.raw is not None:
            return {"body_base64": base64.b64encode(self.raw).decode("ascii")}
        return {"body": self.value}

    @classmethod
    def from_json(cls, entry: JsonObject, where: str) -> Payload | None:
        """Read the body entry of a message (None when it has none)."""
        if "body" in entry:
            return cls(value=entry["body"])
        encoded = entry.get("body_base64")
        if encoded is None:
            return None
        text = _string(encoded, f"{where}.body_base64")
        try:
            return cls(raw=base64.b64decode(text, validate=True))
        except binascii.Error as error:
            raise CassetteFormatError(f"{where}.body_base64 is not base64: {error}") from None


@dataclass(frozen=True)
class RecordedRequest:
    """What the SDK put on the wire, in the form that is recorded and compared."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    payload: Payload | None = None
    secret_key: str | None = field(default=None, repr=False)
    """The key the request authenticated with (raw until the cassette is scrubbed)."""

    @classmethod
    def capture(cls, request: httpx.Request, content: bytes) -> RecordedRequest:
        """The recorded form of an httpx request whose body bytes are `content`."""
        target = request.url.raw_path.decode("ascii")
        path, _, query = target.partition("?")
        return cls(
            method=request.method,
            path=path,
            query=tuple(parse_qsl(query, keep_blank_values=True)),
            headers=_kept_headers(request.headers.multi_items(), REQUEST_HEADERS),
            payload=Payload.of(content),
            secret_key=_basic_user(request.headers.get("authorization")),
        )

    def to_json(self) -> JsonObject:
        """The request as it stands in a cassette."""
        entry: JsonObject = {
            "method": self.method,
            "path": self.path,
            "query": [[name, value] for name, value in self.query],
            "headers": dict(self.headers),
        }
        if self.secret_key is not None:
            entry["secret_key"] = self.secret_key
        if self.payload is not None:
            entry.update(self.payload.to_json())
        return entry

    @classmethod
    def from_json(cls, entry: JsonObject, where: str) -> RecordedRequest:
        """Read a request entry of a cassette."""
        return cls(
            method=_string(entry.get("method"), f"{where}.method"),
            path=_string(entry.get("path"), f"{where}.path"),
            query=tuple(_pairs(entry.get("query", []), f"{where}.query")),
            headers=_string_map(entry.get("headers", {}), f"{where}.headers"),
            payload=Payload.from_json(entry, where),
            secret_key=_optional_string(entry.get("secret_key"), f"{where}.secret_key"),
        )


@dataclass(frozen=True)
class RecordedResponse:
    """What the server answered, in the form that is recorded and served back."""

    status: int
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    payload: Payload | None = None

    @classmethod
    def capture(cls, response: httpx.Response, content: bytes) -> RecordedResponse:
        """The recorded form of a response whose (decoded) body bytes are `content`."""
        content_type = response.headers.get("content-type")
        return cls(
            status=response.status_code,
            content_type=content_type,
            headers=_kept_headers(response.headers.multi_items(), RESPONSE_HEADERS),
            payload=Payload.of(content, as_json=_is_json(content_type)),
        )

    def to_httpx(self) -> httpx.Response:
        """A fresh httpx response carrying this status, these headers and this body."""
        headers = [] if self.content_type is None else [("content-type", self.content_type)]
        headers += list(self.headers.items())
        content = b"" if self.payload is None else self.payload.content
        return httpx.Response(self.status, headers=headers, content=content)

    def to_json(self) -> JsonObject:
        """The response as it stands in a cassette."""
        entry: JsonObject = {
            "status": self.status,
            "content_type": self.content_type,
            "headers": dict(self.headers),
        }
        if self.payload is not None:
            entry.update(self.payload.to_json())
        return entry

    @classmethod
    def from_json(cls, entry: JsonObject, where: str) -> RecordedResponse:
        """Read a response entry of a cassette."""
        status = entry.get("status")
        if not isinstance(status, int) or isinstance(status, bool):
            raise CassetteFormatError(f"{where}.status must be an integer")
        return cls(
            status=status,
            content_type=_optional_string(entry.get("content_type"), f"{where}.content_type"),
            headers=_string_map(entry.get("headers", {}), f"{where}.headers"),
            payload=Payload.from_json(entry, where),
        )


@dataclass(frozen=True)
class Exchange:
    """One request and the response it got."""

    request: RecordedRequest
    response: RecordedResponse

    def to_json(self) -> JsonObject:
        """The exchange as it stands in a cassette."""
        return {"request": self.request.to_json(), "response": self.response.to_json()}


@dataclass(frozen=True)
class Cassette:
    """A whole recording: where it was made, the fixture values it used, its exchanges."""

    server: str
    base_url: str
    fixtures: Mapping[str, str] = field(default_factory=dict[str, str])
    exchanges: tuple[Exchange, ...] = ()

    def to_json(self) -> JsonObject:
        """The cassette as a JSON object (before scrubbing)."""
        return {
            "format": FORMAT_VERSION,
            "server": self.server,
            "base_url": self.base_url,
            "fixtures": dict(self.fixtures),
            "exchanges": [exchange.to_json() for exchange in self.exchanges],
        }

    @classmethod
    def from_json(cls, document: Json) -> Cassette:
        """Read a parsed cassette file."""
        if not isinstance(document, dict):
            raise CassetteFormatError("a cassette is a JSON object")
        if document.get("format") != FORMAT_VERSION:
            raise CassetteFormatError(f"unknown cassette format {document.get('format')!r}")
        exchanges = document.get("exchanges", [])
        if not isinstance(exchanges, list):
            raise CassetteFormatError("exchanges must be a list")
        return cls(
            server=_string(document.get("server"), "server"),
            base_url=_string(document.get("base_url"), "base_url"),
            fixtures=_string_map(document.get("fixtures", {}), "fixtures"),
            exchanges=tuple(
                _exchange(entry, f"exchanges[{index}]") for index, entry in enumerate(exchanges)
            ),
        )

    @classmethod
    def loads(cls, text: str) -> Cassette:
        """Parse the text of a cassette file."""
        try:
            document: Json = json.loads(text)
        except ValueError as error:
            raise CassetteFormatError(f"a cassette is JSON: {error}") from None
        return cls.from_json(document)


def dumps(document: Json) -> str:
    """The file text of a (scrubbed) cassette document: indented, keys sorted, final newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def pretty(value: Json) -> list[str]:
    """A JSON value as sorted, indented lines (what diffs are made of)."""
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).splitlines()


def _is_json(content_type: str | None) -> bool:
    if content_type is None:
        return False
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _kept_headers(pairs: Iterable[tuple[str, str]], kept: tuple[str, ...]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        if key in kept:
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


def _basic_user(authorization: str | None) -> str | None:
    """The user of a Basic `Authorization` value (the secret key); None for anything else."""
    if authorization is None:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        credentials = base64.b64decode(token.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    return credentials.partition(":")[0]


def _exchange(entry: Json, where: str) -> Exchange:
    if not isinstance(entry, dict):
        raise CassetteFormatError(f"{where} must be an object")
    request, response = entry.get("request"), entry.get("response")
    if not isinstance(request, dict) or not isinstance(response, dict):
        raise CassetteFormatError(f"{where} needs a request object and a response object")
    return Exchange(
        RecordedRequest.from_json(request, f"{where}.request"),
        RecordedResponse.from_json(response, f"{where}.response"),
    )


def _string(value: Json, where: str) -> str:
    if not isinstance(value, str):
        raise CassetteFormatError(f"{where} must be a string")
    return value


def _optional_string(value: Json, where: str) -> str | None:
    return None if value is None else _string(value, where)


def _string_map(value: Json, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise CassetteFormatError(f"{where} must be an object")
    return {name: _string(item, f"{where}.{name}") for name, item in value.items()}


def _pairs(value: Json, where: str) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        raise CassetteFormatError(f"{where} must be a list of [name, value] pairs")
    pairs: list[tuple[str, str]] = []
    for index, pair in enumerate(value):
        if not isinstance(pair, list) or len(pair) != 2:
            raise CassetteFormatError(f"{where}[{index}] must be a [name, value] pair")
        pairs.append((_string(pair[0], f"{where}[{index}]"), _string(pair[1], f"{where}[{index}]")))
    return pairs
