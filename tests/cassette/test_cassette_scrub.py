"""Scrubbing replaces secrets consistently; the scanner catches whatever secret is left."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tests.cassette._backends import EmulatorBackend
from tests.cassette._format import Json
from tests.cassette._scrub import Scrubber, basic_token, find_secrets, is_secret_field
from tests.cassette._tape import Tape, play

ADMIN = "a4d1c9e0-admin-key-0001"
WORKSPACE = "77e0b2aa-workspace-secret"


def test_known_secrets_are_numbered_in_order_and_found_ones_follow() -> None:
    scrubber = Scrubber([ADMIN])
    document: Json = {
        "workspace": {"key": "public", "secretKey": WORKSPACE},
        "later": {"adminKey": ADMIN},
    }
    assert scrubber.scrub(document) == {
        "workspace": {"key": "public", "secretKey": "<secret-key-2>"},
        "later": {"adminKey": "<secret-key-1>"},
    }
    assert scrubber.secrets == (ADMIN, WORKSPACE)


def test_a_secret_is_the_same_placeholder_everywhere_it_appears() -> None:
    scrubber = Scrubber([ADMIN])
    document: Json = [
        {"response": {"secretKey": WORKSPACE}},
        {"request": {"secret_key": WORKSPACE, "path": f"/workspaces/{WORKSPACE}/x"}},
        {"message": f"key {WORKSPACE} was rotated", WORKSPACE: "as a key"},
        {"header": f"Basic {basic_token(WORKSPACE)}"},
    ]
    text = json.dumps(scrubber.scrub(document))
    assert WORKSPACE not in text
    assert basic_token(WORKSPACE) not in text
    assert text.count("<secret-key-2>") == 5
    assert "Basic <secret-key-2-basic>" in text


def test_scrubbing_is_stable_and_leaves_placeholders_and_public_values_alone() -> None:
    document: Json = {"secretKey": "<secret-key-7>", "key": "public-key", "n": 3, "ok": True}
    assert Scrubber([ADMIN]).scrub(document) == document
    assert Scrubber([ADMIN]).scrub(Scrubber([ADMIN]).scrub({"a": ADMIN})) == {"a": "<secret-key-1>"}


def test_a_short_secret_is_replaced_only_as_a_whole_value() -> None:
    scrubber = Scrubber(["abc"])
    assert scrubber.scrub({"secret": "abc", "word": "abcdef"}) == {
        "secret": "<secret-key-1>",
        "word": "abcdef",
    }


@pytest.mark.parametrize("name", ["secretKey", "secret_key", "admin-key", "password", "Secret"])
def test_secret_fields_are_recognised_by_name(name: str) -> None:
    assert is_secret_field(name)


def test_public_fields_are_not_secret() -> None:
    assert not any(is_secret_field(name) for name in ("key", "workspaceKey", "holdToken"))


@pytest.fixture
async def recorded_text(tmp_path: Path) -> str:
    """A real recording: a workspace is created and its secret key is used."""

    async def flow(tape: Tape) -> None:
        workspace = await tape.sdk().call(lambda c: c.workspaces.create("Box office"))
        await tape.sdk_with(workspace.secret_key).call(lambda c: c.charts.create(name="Hall"))

    text = await play(flow, Tape.record(tmp_path / "w.json", "sync", EmulatorBackend()))
    assert text is not None
    return text


def test_a_scrubbed_recording_is_clean(recorded_text: str) -> None:
    assert '"secretKey": "<secret-key-3>"' in recorded_text
    assert find_secrets(recorded_text, EmulatorBackend().known_secrets()) == []


def _planted(text: str, tmp_path: Path, edit: dict[str, Json]) -> str:
    """The recording with `edit` merged into the first response body, written and read back."""
    document = json.loads(text)
    document["exchanges"][0]["response"]["body"].update(edit)
    path = tmp_path / "planted" / "cassette.json"
    path.parent.mkdir()
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "what"),
    [
        ({"secretKey": "d2f0c1b4-real-secret"}, "field 'secretKey' holds a value"),
        ({"nested": {"admin_key": "raw"}}, "field 'admin_key' holds a value"),
        ({"note": "Authorization: Basic c2VjcmV0LWtleS0xMjM0Og=="}, "`Basic` credential"),
        ({"token": basic_token("d2f0c1b4-real-secret")}, "base64 of `<key>:`"),
    ],
)
def test_the_scanner_catches_a_planted_secret(
    recorded_text: str, tmp_path: Path, edit: dict[str, Json], what: str
) -> None:
    findings = find_secrets(_planted(recorded_text, tmp_path, edit))
    assert [str(finding) for finding in findings if what in str(finding)], findings
    assert all(finding.where.startswith("$.exchanges[0].response.body") for finding in findings)


def test_the_scanner_catches_a_known_test_key_anywhere_without_showing_it(
    recorded_text: str, tmp_path: Path
) -> None:
    known = EmulatorBackend().known_secrets()
    text = _planted(recorded_text, tmp_path, {"name": f"Hall of {known[1]}"})
    findings = [str(finding) for finding in find_secrets(text, known)]
    assert any("known test key" in finding for finding in findings)
    assert not any(known[1] in finding for finding in findings)


def test_the_scanner_looks_inside_binary_bodies(recorded_text: str) -> None:
    document = json.loads(recorded_text)
    hidden = base64.b64encode(f"\x89PNG {ADMIN} Basic {basic_token(ADMIN)}".encode("latin-1"))
    document["exchanges"][0]["response"].pop("body")
    document["exchanges"][0]["response"]["body_base64"] = hidden.decode()
    findings = [str(finding) for finding in find_secrets(json.dumps(document), [ADMIN])]
    assert any("decoded body holds a known test key" in finding for finding in findings)
    assert any("decoded body holds a `Basic` credential" in finding for finding in findings)


def test_placeholders_and_empty_secret_fields_pass_the_scanner() -> None:
    text = json.dumps({"secretKey": "<secret-key-12>", "adminKey": None, "key": "public"})
    assert find_secrets(text) == []


def test_a_file_that_is_not_json_cannot_pass_the_scanner() -> None:
    assert [str(finding) for finding in find_secrets("secretKey: x")] == [
        "file: is not JSON, so it cannot be checked"
    ]
