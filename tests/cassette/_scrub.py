"""Keeping secrets out of cassettes: vcrpy hooks that scrub, and a scanner for the files.

`Scrubber.request` and `Scrubber.response` are the cassette's `before_record_request` and
`before_record_response` hooks. Every secret key they know (the keys the recording was given)
or find (the value of any secret-named JSON field, such as a workspace's `secretKey`) becomes a
numbered placeholder, `<secret-key-1>`, `<secret-key-2>`, ..., the same one for the same key
everywhere in the cassette, so that a replayed test that sends a key it read from a response
still matches. `Authorization` is never kept: only which key a request used, as a placeholder
in the `x-cassette-secret-key` header, which the matcher compares.

vcrpy runs `before_record_request` on the requests it replays too (before matching), so the
request hook must be idempotent; the placeholders it sees in replay are left as they are.

`find_secrets` reads a cassette file's text and reports anything secret-shaped that is left.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import quote

import yaml
from vcr.request import Request

from tests.cassette._yaml import load

PLACEHOLDER = re.compile(r"<secret-key-\d+(-basic)?>")
SECRET_FIELDS = frozenset(
    {"secretkey", "secretkeys", "adminkey", "systemsecret", "secret", "password", "authorization"}
)
"""Field names (lower-cased, without `-` and `_`) whose value is a secret."""
MIN_SUBSTRING_LENGTH = 8
"""Shorter secrets are replaced only where they are a whole value: replacing them inside any
text could mangle unrelated words."""
SECRET_KEY_HEADER = "x-cassette-secret-key"
"""Not sent on the wire: which key (as a placeholder) the request's `Authorization` carried."""
SETUP_HEADER = "x-cassette-setup"
"""Marks a request made to set a recording up (a test workspace, a seeded chart): never
recorded, never replayed."""
KEPT_REQUEST_HEADERS = ("accept", "content-type", "x-client-lib", "x-workspace-key")
KEPT_RESPONSE_HEADERS = ("content-type", "retry-after", "x-request-id")
"""Everything else varies between runs (date, server) or says nothing about the API."""

_BASIC = re.compile(r"\bBasic\s+[A-Za-z0-9+/]{4,}=*")
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{12,}={0,2}")


def basic_token(secret: str) -> str:
    """The base64 token of HTTP Basic auth with `secret` as user and an empty password."""
    return base64.b64encode(f"{secret}:".encode()).decode("ascii")


def is_secret_field(name: str) -> bool:
    """Whether a JSON field of this name holds a secret (`secretKey`, `admin-key`, ...)."""
    return name.replace("-", "").replace("_", "").lower() in SECRET_FIELDS


class Scrubber:
    """One cassette's scrubbing: secrets to stable numbered placeholders, the live server's
    base URL to the recorded one.

    Args:
        known: secrets to number first, in this order (the admin key is always the first).
        live_base_url: the URL of the server recorded against, replaced by `base_url`.
        base_url: the base URL written in the cassette (and given to the SDK in replay).
    """

    def __init__(
        self, known: Iterable[str] = (), *, live_base_url: str = "", base_url: str = ""
    ) -> None:
        self._placeholders: dict[str, str] = {}
        self._live_base_url = live_base_url
        self._base_url = base_url
        for secret in known:
            self.register(secret)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every secret met so far (the raw values; never write them anywhere)."""
        return tuple(self._placeholders)

    def placeholder(self, secret: str) -> str:
        """The placeholder of a secret (registering it), or the placeholder itself."""
        self.register(secret)
        return self._placeholders.get(secret, secret)

    def register(self, secret: str) -> None:
        """Remember a secret; it gets the next free number."""
        if secret and secret not in self._placeholders and not PLACEHOLDER.fullmatch(secret):
            self._placeholders[secret] = f"<secret-key-{len(self._placeholders) + 1}>"

    def request(self, request: Request) -> Request | None:
        """vcrpy's `before_record_request`: a scrubbed copy; None for a setup request."""
        headers = {name.lower(): value for name, value in request.headers.items()}
        if SETUP_HEADER in headers:
            return None
        kept = {name: headers[name] for name in KEPT_REQUEST_HEADERS if name in headers}
        kept = {name: self.text(str(value)) for name, value in kept.items()}
        used = headers.get("authorization", headers.get(SECRET_KEY_HEADER))
        if used is not None:
            kept[SECRET_KEY_HEADER] = self.authorization("authorization", str(used))
        body: Any = request.body
        if isinstance(body, bytes) and body:
            body = self.text(body.decode("utf-8", "surrogateescape")).encode(
                "utf-8", "surrogateescape"
            )
        return Request(request.method, self.text(request.uri, in_url=True), body, kept)

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """vcrpy's `before_record_response`: secret fields learned, then every secret replaced."""
        headers: dict[str, list[str]] = {
            name.lower(): [self.text(value) for value in values]
            for name, values in response["headers"].items()
            if name.lower() in KEPT_RESPONSE_HEADERS
        }
        body = response["body"]["string"]
        if isinstance(body, bytes) and body:
            try:
                for value in _secret_field_values(json.loads(body)):
                    self.register(value)
            except ValueError:
                pass  # not JSON (a thumbnail, a CSV): only known secrets are replaced
            body = self._bytes(body)
        return {**response, "headers": dict(sorted(headers.items())), "body": {"string": body}}

    def text(self, text: str, *, in_url: bool = False) -> str:
        """The text with every known secret (and its Basic token) replaced, base URL rewritten.

        In a URL the placeholder is percent-encoded, as the SDK sends it when a replayed test
        puts a key it read from a response into a path.
        """
        if self._live_base_url and self._live_base_url != self._base_url:
            text = text.replace(self._live_base_url, self._base_url)
        whole = self._placeholders.get(text)
        if whole is not None:
            return whole
        # Longest first, so that a secret containing another is replaced as a whole.
        for secret in sorted(self._placeholders, key=len, reverse=True):
            if len(secret) < MIN_SUBSTRING_LENGTH:
                continue
            placeholder = self._placeholders[secret]
            text = text.replace(secret, quote(placeholder, safe="") if in_url else placeholder)
            text = text.replace(basic_token(secret), f"{placeholder[:-1]}-basic>")
        return text

    def _bytes(self, body: bytes) -> bytes:
        try:
            return self.text(body.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:  # binary: replace in its bytes
            text = body.decode("latin-1")
            return self.text(text).encode("latin-1")

    def authorization(self, key: str, value: str, request: object = None) -> str:
        """A `filter_headers` replacement: the placeholder of the key an `Authorization`
        header carries (a placeholder is kept as it is)."""
        if PLACEHOLDER.fullmatch(value) or value.startswith("<"):
            return value
        scheme, _, token = value.partition(" ")
        if scheme.lower() != "basic":
            return "<not basic>"
        try:
            user = base64.b64decode(token, validate=True).decode("utf-8").partition(":")[0]
        except (binascii.Error, UnicodeDecodeError):
            return "<unreadable>"
        return self.placeholder(user)


@dataclass(frozen=True)
class Finding:
    """Something secret-shaped at a place in a cassette."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def find_secrets(text: str, known: Iterable[str] = ()) -> list[Finding]:
    """Everything secret-shaped in a cassette file's text (empty when it is clean).

    Looks for: a known test key or its Basic token anywhere; a `Basic` credential; the base64
    of `<key>:`; a secret-named field (a YAML key such as an `authorization` header, or a JSON
    field inside a body such as `secretKey`) whose value is not a placeholder. Findings name
    the place and the kind of secret, never the secret itself.
    """
    known_secrets = sorted({secret for secret in known if len(secret) >= MIN_SUBSTRING_LENGTH})
    findings = [
        Finding("file", f"holds a known test key ({_masked(secret)})")
        for secret in known_secrets
        if secret in text or basic_token(secret) in text
    ]
    try:
        document: object = load(text)
    except yaml.YAMLError:
        return [*findings, Finding("file", "is not YAML, so it cannot be checked")]
    for where, name, value in _walk(document, "$"):
        if name is not None and is_secret_field(name) and not _harmless(value):
            findings.append(Finding(where, f"field {name!r} holds a value, not a placeholder"))
        if isinstance(value, bytes):
            value = value.decode("latin-1")
            findings += [
                Finding(where, f"binary body holds a known test key ({_masked(secret)})")
                for secret in known_secrets
                if secret in value
            ]
        if isinstance(value, str):
            findings += [Finding(where, what) for what in _secret_shapes(value)]
            parsed = _json(value)
            if parsed is not None:
                findings += [
                    Finding(
                        f"{where} (JSON {inner})",
                        f"field {field!r} holds a value, not a placeholder",
                    )
                    for inner, field, item in _walk(parsed, "$")
                    if field is not None and is_secret_field(field) and not _harmless(item)
                ]
    return findings


def _json(text: str) -> object | None:
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        parsed: object = json.loads(text)
    except ValueError:
        return None
    return parsed


def _harmless(value: object) -> bool:
    if value is None or value == "" or isinstance(value, (bool, int, float)):
        return True
    if isinstance(value, str):
        return bool(PLACEHOLDER.fullmatch(value))
    if isinstance(value, list):
        return all(_harmless(item) for item in cast("list[object]", value))
    return isinstance(value, dict)  # its fields are walked one by one


def _walk(
    value: object, where: str, name: str | None = None
) -> Iterator[tuple[str, str | None, object]]:
    """Every value in the document with its path and the name of the field holding it."""
    yield where, name, value
    if isinstance(value, dict):
        for key, item in cast("dict[object, object]", value).items():
            yield where, None, key  # keys are text too, and may carry secrets
            yield from _walk(item, f"{where}.{key}", str(key))
    elif isinstance(value, list):
        for index, item in enumerate(cast("list[object]", value)):
            yield from _walk(item, f"{where}[{index}]", name)


def _secret_shapes(text: str) -> Iterator[str]:
    if _BASIC.search(text):
        yield "holds a `Basic` credential"
    for run in _BASE64_RUN.findall(text):
        decoded = _base64_text(run)
        if decoded is not None and decoded.endswith(":") and len(decoded) > MIN_SUBSTRING_LENGTH:
            yield "holds the base64 of `<key>:` (a Basic-auth token)"


def _base64_text(run: str) -> str | None:
    try:
        decoded = base64.b64decode(run, validate=True)
    except binascii.Error:
        return None
    try:
        text = decoded.decode("ascii")
    except UnicodeDecodeError:
        return None
    return text if text.isprintable() else None


def _masked(secret: str) -> str:
    return f"{secret[:4]}..."


def _secret_field_values(document: object) -> Iterator[str]:
    if isinstance(document, dict):
        for key, value in cast("dict[object, object]", document).items():
            secret = isinstance(key, str) and is_secret_field(key)
            if secret and isinstance(value, str):
                yield value
            elif secret and isinstance(value, list):
                yield from (item for item in cast("list[object]", value) if isinstance(item, str))
            else:
                yield from _secret_field_values(value)
    elif isinstance(document, list):
        for item in cast("list[object]", document):
            yield from _secret_field_values(item)
