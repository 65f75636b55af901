"""Fixtures for the emulator's own tests: an emulator, a company, and httpx clients on it."""

from __future__ import annotations

from collections.abc import Generator

import httpx
import pytest

from seatsio_typed.testing import Emulator, TestCompany

from ._events_support import create_event, upload_hall

BASE_URL = "https://api-emulator.seatsio.test"


def client_for(
    emulator: Emulator, secret: str | None, workspace_key: str | None = None
) -> httpx.Client:
    """An httpx client on the emulator's in-process transport, authenticated with `secret`."""
    headers = {} if workspace_key is None else {"X-Workspace-Key": workspace_key}
    return httpx.Client(
        transport=emulator.transport(),
        base_url=BASE_URL,
        auth=None if secret is None else httpx.BasicAuth(secret, ""),
        headers=headers,
    )


@pytest.fixture
def emulator() -> Emulator:
    """A fresh deterministic emulator."""
    return Emulator(deterministic=True, seed=7, system_secret="system-secret-for-tests")


@pytest.fixture
def company(emulator: Emulator) -> TestCompany:
    """A fresh company in the emulator."""
    return emulator.create_test_company()


@pytest.fixture
def admin(emulator: Emulator, company: TestCompany) -> Generator[httpx.Client, None, None]:
    """A client authenticated with the company admin key (default workspace)."""
    with client_for(emulator, company.admin_key) as client:
        yield client


@pytest.fixture
def anonymous(emulator: Emulator) -> Generator[httpx.Client, None, None]:
    """A client without credentials."""
    with client_for(emulator, None) as client:
        yield client


@pytest.fixture
def chart(emulator: Emulator, company: TestCompany) -> str:
    """The key of the hall chart (`hall_drawing()`) in the company's default workspace."""
    return upload_hall(emulator, company)


@pytest.fixture
def event(emulator: Emulator, company: TestCompany, admin: httpx.Client) -> str:
    """The key ("e1") of an event on a freshly uploaded hall chart."""
    create_event(admin, upload_hall(emulator, company), eventKey="e1")
    return "e1"
