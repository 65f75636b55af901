"""The checks around the cassettes can fail: secrets found, mismatches and unsent requests named."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
from vcr import VCR
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.request import Request

from tests.cassette._currency import staleness
from tests.cassette._recording import EmulatorBackend, live_backend
from tests.cassette._scrub import SECRET_KEY_HEADER, SETUP_HEADER, Scrubber, find_secrets
from tests.cassette._vcr import cassette_options, cassette_path, configure
from tests.cassette._venue import VENUE_NAME, venue
from tests.cassette.conftest import unplayed

HOLD_TOKENS = cassette_path("test_hold_tokens", "test_create_and_retrieve_hold_tokens")
ADMIN = "admin-secret-0123456789"


def _replay() -> VCR:
    vcr = VCR(record_mode="none")
    configure(vcr)
    return vcr


def test_the_scan_finds_a_planted_workspace_secret() -> None:
    clean = HOLD_TOKENS.read_text(encoding="utf-8")
    assert find_secrets(clean) == []
    planted = clean.replace('"holdToken": ', '"secretKey": "wk-live-4f1c2b9a", "holdToken": ', 1)
    assert [finding.what for finding in find_secrets(planted)] == [
        "field 'secretKey' holds a value, not a placeholder"
    ]


def test_the_scan_finds_basic_credentials_and_known_keys() -> None:
    token = base64.b64encode(f"{ADMIN}:".encode()).decode()
    found = find_secrets(f"headers:\n  authorization:\n  - Basic {token}\n", known=[ADMIN])
    assert {finding.what for finding in found} >= {
        "holds a `Basic` credential",
        "holds a known test key (admi...)",
        "field 'authorization' holds a value, not a placeholder",
    }


def test_secrets_become_numbered_placeholders_that_replay_still_matches() -> None:
    scrubber = Scrubber([ADMIN], live_base_url="http://127.0.0.1:5", base_url="https://x.test")
    body = {"key": "public", "secretKey": "workspace-secret-999", "url": "http://127.0.0.1:5/a"}
    response = scrubber.response(
        {
            "status": {"code": 200, "message": "OK"},
            "headers": {"Content-Type": ["application/json"], "Date": ["today"]},
            "body": {"string": json.dumps(body).encode()},
        }
    )
    assert json.loads(response["body"]["string"]) == {
        "key": "public",
        "secretKey": "<secret-key-2>",
        "url": "https://x.test/a",
    }
    assert response["headers"] == {"content-type": ["application/json"]}
    auth = "Basic " + base64.b64encode(b"workspace-secret-999:").decode()
    sent = Request("GET", "http://127.0.0.1:5/charts", b"", {"Authorization": auth})
    scrubbed = scrubber.request(sent)
    assert scrubbed is not None
    assert scrubbed.uri == "https://x.test/charts"
    assert dict(scrubbed.headers) == {SECRET_KEY_HEADER: "<secret-key-2>"}
    assert scrubber.request(scrubbed) is not None  # vcrpy hooks a request twice: idempotent
    assert dict(scrubbed.headers) == {SECRET_KEY_HEADER: "<secret-key-2>"}


def test_a_request_the_cassette_lacks_fails_with_the_body_diff() -> None:
    vcr = _replay()
    options = cassette_options(Scrubber())
    with (
        vcr.use_cassette(str(HOLD_TOKENS), **options),
        httpx.Client() as http,
        pytest.raises(CannotOverwriteExistingCassetteException) as raised,
    ):
        http.post(
            "https://api-emulator.seatsio.test/hold-tokens",
            json={"expiresInMinutes": 6},
            headers={"Accept": "application/json", "X-Client-Lib": "python-typed"},
        )
    message = str(raised.value)
    assert "/hold-tokens" in message
    assert '-  "expiresInMinutes": 5' in message
    assert '+  "expiresInMinutes": 6' in message


def test_recorded_requests_never_sent_are_listed() -> None:
    vcr = _replay()
    with vcr.use_cassette(str(HOLD_TOKENS), **cassette_options(Scrubber())) as cassette:
        listed = unplayed(cassette)
    assert listed[:2] == [
        "#1 POST https://api-emulator.seatsio.test/hold-tokens",
        "#2 POST https://api-emulator.seatsio.test/hold-tokens",
    ]
    assert listed[2].startswith("#3 GET https://api-emulator.seatsio.test/hold-tokens/")
    assert len(listed) == 3


def test_a_stale_cassette_is_reported_with_its_diff() -> None:
    assert staleness("c.yaml", "a\nb\n", "a\nb\n") is None
    problem = staleness("c.yaml", "a\nb\n", "a\nc\n")
    assert problem is not None
    assert "make record" in problem
    assert "-b" in problem
    assert "+c" in problem


def test_setup_requests_are_never_recorded() -> None:
    setup = Request("POST", "https://x.test/workspaces", b"{}", {SETUP_HEADER: "1"})
    assert Scrubber().request(setup) is None


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_the_live_backend_makes_a_test_workspace_and_seeds_charts_there(
    emulator_backend: EmulatorBackend,
) -> None:
    # Seats.io itself is never reached from here: the emulator speaks the same API.
    admin_key = emulator_backend.open_home("live check").admin_key
    live = live_backend(
        {"SEATSIO_SECRET_KEY": admin_key, "SEATSIO_REGION": emulator_backend.live_base_url}
    )
    assert live is not None
    home = live.open_home("test_module/test_name")
    assert (home.admin_key, home.workspace_secret != admin_key) == (admin_key, True)
    chart_key = live.upload_chart(venue(), home)
    with httpx.Client(
        base_url=live.live_base_url,
        auth=(home.workspace_secret, ""),
    ) as inside:
        response = inside.get(f"/charts/{chart_key}")
    assert response.json()["name"] == VENUE_NAME
    assert live_backend({"SEATSIO_SECRET_KEY": admin_key}) is None  # both variables, or none
