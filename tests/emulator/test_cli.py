"""`python -m seatsio_typed.testing serve`: starts, serves, stops cleanly on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import httpx
import pytest

from seatsio_typed.testing._cli import SYSTEM_SECRET_VARIABLE, main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")


def _start(
    *arguments: str, environment: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "seatsio_typed.testing", "serve", "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(environment or {})},
    )
    assert process.stdout is not None
    serving = process.stdout.readline()
    secret = process.stdout.readline()
    url = re.search(r"http://127\.0\.0\.1:\d+", serving)
    found_secret = re.search(r"System secret: (\S+)", secret)
    if url is None or found_secret is None:  # pragma: no cover - diagnostics on failure
        process.kill()
        _, errors = process.communicate()
        raise AssertionError(f"unexpected start output: {serving!r} {secret!r} {errors}")
    return process, url.group(0), found_secret.group(1)


def _stop(
    process: subprocess.Popen[str], signal_number: int = signal.SIGINT
) -> tuple[int, str, str]:
    process.send_signal(signal_number)
    try:
        out, errors = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:  # pragma: no cover - diagnostics on failure
        process.kill()
        raise
    return process.returncode, out, errors


def test_serve_answers_and_stops_cleanly_on_sigint() -> None:
    process, url, shown = _start("--system-secret", "cli-secret")
    try:
        assert shown == "(as"  # a chosen secret is not echoed: "(as given)"
        with httpx.Client(base_url=url, timeout=10) as client:
            created = client.post("/system/private/create-test-company", auth=("cli-secret", ""))
            assert created.status_code == 200
            admin_key = created.json()["admin"]["secretKey"]
            listed = client.get("/workspaces", auth=(admin_key, ""))
            assert listed.json()["items"][0]["name"] == "Production workspace"
    finally:
        code, out, errors = _stop(process)
    assert code == 0
    assert "Traceback" not in errors
    assert "Traceback" not in out
    assert "stopped" in out
    assert "cli-secret" not in out + errors


def test_deterministic_server_replays_the_same_keys() -> None:
    keys: list[str] = []
    for _ in range(2):
        process, url, secret = _start("--deterministic", "--seed", "5")
        try:
            response = httpx.post(f"{url}/system/private/create-test-company", auth=(secret, ""))
            keys.append(response.json()["admin"]["secretKey"])
        finally:
            assert _stop(process)[0] == 0
    assert keys[0] == keys[1]


def test_system_secret_from_the_environment_works_and_is_not_echoed() -> None:
    process, url, shown = _start(environment={SYSTEM_SECRET_VARIABLE: "env-secret"})
    try:
        assert shown == "(as"
        response = httpx.post(f"{url}/system/private/create-test-company", auth=("env-secret", ""))
        assert response.status_code == 200
    finally:
        code, out, errors = _stop(process)
    assert code == 0
    assert "env-secret" not in out + errors


def test_generated_system_secret_is_printed_and_works() -> None:
    process, url, secret = _start()
    try:
        response = httpx.post(f"{url}/system/private/create-test-company", auth=(secret, ""))
        assert response.status_code == 200
    finally:
        assert _stop(process)[0] == 0


def test_port_in_use_is_reported_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 1
    assert "cannot serve" in capsys.readouterr().err


def test_sigterm_also_stops_cleanly() -> None:
    process, _, _ = _start()
    code, out, errors = _stop(process, signal.SIGTERM)
    assert code == 0
    assert "Traceback" not in errors
    assert "stopped" in out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--port", "70000"], "port 70000 is out of range (0 to 65535)"),
        (["--port", "-1"], "port -1 is out of range"),
        (["--port", "http"], "not a port number: 'http'"),
        (["--log-level", "loud"], "invalid choice: 'loud'"),
        (["--host", "not a host"], "not an IP address or host name: 'not a host'"),
        (["--host", ""], "not an IP address or host name: ''"),
        (["--seed", "-3"], "seed -3 is negative"),
    ],
)
def test_bad_arguments_are_refused_like_argparse_without_traceback(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["serve", *arguments])
    assert exited.value.code == 2
    errors = capsys.readouterr().err
    assert "usage: python -m seatsio_typed.testing serve" in errors
    assert message in errors
    assert "Traceback" not in errors


def test_good_hosts_and_log_levels_are_accepted() -> None:
    from seatsio_typed.testing._cli import build_parser

    for host in ("127.0.0.1", "::1", "localhost", "my-host.example."):
        assert build_parser().parse_args(["serve", "--host", host]).host == host
    assert build_parser().parse_args(["serve", "--log-level", "DEBUG"]).log_level == "debug"


def test_deterministic_system_secret_follows_the_seed_and_the_start_says_how_to_call_it() -> None:
    secrets: list[str] = []
    for seed in ("5", "5", "6"):
        process, url, secret = _start("--deterministic", "--seed", seed)
        try:
            assert process.stdout is not None
            how = process.stdout.readline()
            assert f"curl -u {secret}: -X POST {url}/system/private/create-test-company" in how
            response = httpx.post(f"{url}/system/private/create-test-company", auth=(secret, ""))
            assert response.status_code == 200
            secrets.append(secret)
        finally:
            assert _stop(process)[0] == 0
    assert secrets[0] == secrets[1] != secrets[2]
