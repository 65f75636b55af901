"""Keeping secrets out of cassettes: a scrubber used while recording, a scanner for the files.

The scrubber replaces every secret it knows (the keys a recording used) or finds (the value of
any secret-named field, such as a workspace's `secretKey`) by a numbered placeholder,
`<secret-key-1>`, `<secret-key-2>`, ..., the same placeholder for the same secret everywhere
in a cassette, so that a replayed test that sends a key it read from a response still matches.

The scanner reads a cassette file and reports anything secret-shaped that is left: a
secret-named field whose value is not a placeholder, a `Basic` credential, the base64 of
`<key>:` (the Basic-auth token), or a known test key anywhere.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from tests.cassette._format import Json

PLACEHOLDER = re.compile(r"<secret-key-\d+>")
SECRET_FIELDS = frozenset(
    {"secretkey", "adminkey", "systemsecret", "secret", "password", "authorization"}
)
"""Field names (lower-cased, without `-` and `_`) whose value is a secret."""
MIN_SUBSTRING_LENGTH = 8
"""Shorter secrets are replaced only where they are a whole value: replacing them inside any
text could mangle unrelated words."""

_BASIC = re.compile(r"\bBasic\s+[A-Za-z0-9+/]{4,}=*")
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{12,}={0,2}")


def basic_token(secret: str) -> str:
    """The base64 token of HTTP Basic auth with `secret` as user and an empty password."""
    return base64.b64encode(f"{secret}:".encode()).decode("ascii")


def is_secret_field(name: str) -> bool:
    """Whether a JSON field of this name holds a secret (`secretKey`, `admin-key`, ...)."""
    return name.replace("-", "").replace("_", "").lower() in SECRET_FIELDS


class Scrubber:
    """Replaces secrets by stable numbered placeholders, in the order they were met."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self._placeholders: dict[str, str] = {}
        for secret in known:
            self.register(secret)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every secret met so far (the raw values; never write them anywhere)."""
        return tuple(self._placeholders)

    def register(self, secret: str) -> None:
        """Remember a secret; it gets the next free number."""
        if secret and secret not in self._placeholders and not PLACEHOLDER.fullmatch(secret):
            self._placeholders[secret] = f"<secret-key-{len(self._placeholders) + 1}>"

    def scrub(self, document: Json) -> Json:
        """The document with every secret replaced (secret fields are learned first)."""
        for value in _secret_field_values(document):
            self.register(value)
        return self._replace(document)

    def _replace(self, value: Json) -> Json:
        if isinstance(value, str):
            return self._replace_text(value)
        if isinstance(value, list):
            return [self._replace(item) for item in value]
        if isinstance(value, dict):
            return {self._replace_text(key): self._replace(item) for key, item in value.items()}
        return value

    def _replace_text(self, text: str) -> str:
        whole = self._placeholders.get(text)
        if whole is not None:
            return whole
        # Longest first, so that a secret containing another is replaced as a whole.
        for secret in sorted(self._placeholders, key=len, reverse=True):
            if len(secret) < MIN_SUBSTRING_LENGTH:
                continue
            placeholder = self._placeholders[secret]
            text = text.replace(secret, placeholder)
            text = text.replace(basic_token(secret), f"{placeholder[:-1]}-basic>")
        return text


@dataclass(frozen=True)
class Finding:
    """Something secret-shaped at a place in a cassette."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def find_secrets(text: str, known: Iterable[str] = ()) -> list[Finding]:
    """Everything secret-shaped in a cassette file's text (empty when it is clean).

    Findings name the place and the kind of secret, never the secret itself.
    """
    known_secrets = sorted({secret for secret in known if len(secret) >= MIN_SUBSTRING_LENGTH})
    findings = [
        Finding("file", f"holds a known test key ({_masked(secret)})")
        for secret in known_secrets
        if secret in text or basic_token(secret) in text
    ]
    try:
        document: Json = json.loads(text)
    except ValueError:
        return [*findings, Finding("file", "is not JSON, so it cannot be checked")]
    for where, name, value in _walk(document, "$"):
        if _is_exposed_secret_field(name, value):
            findings.append(Finding(where, f"field {name!r} holds a value, not a placeholder"))
        if isinstance(value, str):
            findings += [Finding(where, what) for what in _secret_shapes(value)]
            if name == "body_base64":
                findings += _binary_findings(where, value, known_secrets)
    return findings


def _is_exposed_secret_field(name: str | None, value: Json) -> bool:
    if name is None or not is_secret_field(name) or value is None:
        return False
    if isinstance(value, (list, dict)):
        return False  # its items are walked and checked one by one
    return not (isinstance(value, str) and PLACEHOLDER.fullmatch(value))


def _secret_shapes(text: str) -> Iterator[str]:
    if _BASIC.search(text):
        yield "holds a `Basic` credential"
    for run in _BASE64_RUN.findall(text):
        decoded = _base64_text(run)
        if decoded is not None and decoded.endswith(":") and len(decoded) > MIN_SUBSTRING_LENGTH:
            yield "holds the base64 of `<key>:` (a Basic-auth token)"


def _binary_findings(where: str, encoded: str, known: list[str]) -> list[Finding]:
    try:
        body = base64.b64decode(encoded, validate=True).decode("latin-1")
    except binascii.Error:
        return []
    findings = [Finding(where, f"decoded body {what}") for what in _secret_shapes(body)]
    findings += [
        Finding(where, f"decoded body holds a known test key ({_masked(secret)})")
        for secret in known
        if secret in body
    ]
    return findings


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


def _secret_field_values(document: Json) -> Iterator[str]:
    for _, name, value in _walk(document, "$"):
        if name is not None and is_secret_field(name) and isinstance(value, str):
            yield value


def _walk(
    value: Json, where: str, name: str | None = None
) -> Iterator[tuple[str, str | None, Json]]:
    """Every value in the document with its path and the name of the field holding it."""
    yield where, name, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield where, None, key  # keys are text too, and may carry secrets
            yield from _walk(item, f"{where}.{key}", key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{where}[{index}]", name)
