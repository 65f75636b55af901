"""How a replayed request is matched with a recorded one, with a readable diff when it is not.

vcrpy calls each matcher with the request sent (already through the scrubbing hook) and a
recorded one; a matcher raises `AssertionError` saying what differs, and vcrpy puts those
messages in the `CannotOverwriteExistingCassetteException` a request the cassette lacks raises.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

from vcr.request import Request

from tests.cassette._scrub import KEPT_REQUEST_HEADERS, SECRET_KEY_HEADER

MATCHED_HEADERS = (*KEPT_REQUEST_HEADERS, SECRET_KEY_HEADER)

Matcher = Callable[[Request, Request], None]


def raw_path(sent: Request, recorded: Request) -> None:
    """The path exactly as sent (percent-encoding included)."""
    assert _path(sent) == _path(recorded), f"path {_path(sent)!r} != recorded {_path(recorded)!r}"


def wire_query(sent: Request, recorded: Request) -> None:
    """The decoded query pairs, in wire order (repeated parameters included)."""
    ours, theirs = _query(sent), _query(recorded)
    assert ours == theirs, f"query {ours} != recorded {theirs}"


def json_body(sent: Request, recorded: Request) -> None:
    """The bodies, compared parsed when they are JSON (key order and layout do not matter)."""
    ours, theirs = _body(sent), _body(recorded)
    if ours == theirs:
        return
    raise AssertionError("body differs (- recorded, + sent):\n" + _diff(theirs, ours))


def headers(sent: Request, recorded: Request) -> None:
    """`Accept`, `Content-Type`, `X-Client-Lib`, `X-Workspace-Key` and the secret key used."""
    ours, theirs = _headers(sent), _headers(recorded)
    assert ours == theirs, f"headers {ours} != recorded {theirs}"


MATCHERS: dict[str, Matcher] = {
    "raw_path": raw_path,
    "wire_query": wire_query,
    "json_body": json_body,
    "headers_sent": headers,
}
MATCH_ON = ("method", *MATCHERS)


def _path(request: Request) -> str:
    return urlsplit(request.uri).path


def _query(request: Request) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(request.uri).query, keep_blank_values=True)


def _headers(request: Request) -> dict[str, str]:
    found = {name.lower(): value for name, value in request.headers.items()}
    return {name: str(found[name]) for name in MATCHED_HEADERS if name in found}


def _body(request: Request) -> object:
    body: object = request.body
    if body is None or body == b"" or body == "":
        return None
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    try:
        parsed: object = json.loads(text)
    except ValueError:
        return text
    return parsed


def _diff(recorded: object, sent: object) -> str:
    def lines(value: object) -> list[str]:
        return json.dumps(value, indent=2, sort_keys=True, default=str).splitlines()

    return "\n".join(
        difflib.unified_diff(lines(recorded), lines(sent), "recorded", "sent", lineterm="")
    )
