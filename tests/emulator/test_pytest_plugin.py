"""The pytest plugin's fixtures, as a user's suite gets them (the plugin loads automatically)."""

from __future__ import annotations

import subprocess
import sys

import httpx

from seatsio_typed.testing import Emulator, TestCompany


def test_emulator_fixture_is_fresh_and_deterministic(seatsio_emulator: Emulator) -> None:
    assert seatsio_emulator.deterministic
    other = Emulator(deterministic=True)
    assert seatsio_emulator.create_test_company() == other.create_test_company()


def test_company_fixture_lives_in_the_emulator_fixture(
    seatsio_emulator: Emulator, seatsio_company: TestCompany
) -> None:
    with httpx.Client(
        transport=seatsio_emulator.transport(),
        base_url="https://x",
        auth=(seatsio_company.admin_key, ""),
    ) as client:
        workspace = client.get(f"/workspaces/{seatsio_company.workspace.key}").json()
    assert workspace["name"] == "Production workspace"


def test_url_fixture_serves_the_same_emulator(
    seatsio_emulator_url: str, seatsio_company: TestCompany
) -> None:
    response = httpx.get(
        f"{seatsio_emulator_url}/workspaces", auth=(seatsio_company.admin_key, ""), timeout=10
    )
    assert response.json()["items"][0]["key"] == seatsio_company.workspace.key


def test_plugin_import_is_cheap() -> None:
    code = (
        "import sys, seatsio_typed.testing.pytest_plugin;"
        "print(sorted(m for m in sys.modules if m.startswith('seatsio_typed.testing.')))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "['seatsio_typed.testing.pytest_plugin']"
