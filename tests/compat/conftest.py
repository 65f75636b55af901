"""Shared fixtures for the compatibility tests: the emulator served over HTTP on loopback, and
the official `seatsio` client set up the way its own test suite does (a fresh test company per
test through the seeding API, charts uploaded with `requests`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from seatsio_typed.testing import Emulator
from tests.reference import shared_path

from ._audit_wire import Caller
from ._official import OfficialClient, official_client
from ._official_charts import OfficialCharts, charts_of
from ._official_events import OfficialEvents, OfficialHoldTokens, events_of, hold_tokens_of
from ._official_sales import OfficialChannels, OfficialForSale, channels_of, for_sale_of
from ._official_seasons import OfficialSeasonEvents, OfficialSeasons, season_events_of, seasons_of

SYSTEM_SECRET = "compat-system-secret"
HERE = Path(__file__).parent

# The official client's body encoder (jsonpickle 4) warns on every call about a future default;
# pytest turns warnings into errors, so silence exactly that one, for these tests only.
JSONPICKLE_WARNING = "ignore:keys will default to True in jsonpickle:DeprecationWarning"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Apply the narrow warning filter to the tests of this directory."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.filterwarnings(JSONPICKLE_WARNING))


@dataclass(frozen=True)
class Server:
    """The emulator and the URL it is served on."""

    emulator: Emulator
    url: str


@dataclass(frozen=True)
class Company:
    """A company made through `POST /system/private/create-test-company`."""

    admin_key: str = field(repr=False)
    workspace_key: str
    workspace_secret_key: str = field(repr=False)
    raw: dict[str, dict[str, object]] = field(repr=False)


@pytest.fixture(scope="session")
def server() -> Generator[Server, None, None]:
    """One emulator served over HTTP for the whole session (every test has its own company)."""
    emulator = Emulator(system_secret=SYSTEM_SECRET)
    with emulator.serve() as url:
        yield Server(emulator, url)


@pytest.fixture
def server_url(server: Server) -> str:
    """The emulator's base URL (`seatsio.Region(server_url)`)."""
    return server.url


@pytest.fixture
def system_secret() -> str:
    """The emulator's system secret (Basic-auth user of the seeding API)."""
    return SYSTEM_SECRET


def create_test_company(url: str, secret: str) -> Company:
    """Create a company like the official test suite: a bare `requests.post`."""
    response = requests.post(
        f"{url}/system/private/create-test-company", auth=(secret, ""), timeout=10
    )
    assert response.ok, response.text
    body: dict[str, dict[str, object]] = response.json()
    return Company(
        admin_key=str(body["admin"]["secretKey"]),
        workspace_key=str(body["workspace"]["key"]),
        workspace_secret_key=str(body["workspace"]["secretKey"]),
        raw=body,
    )


@pytest.fixture
def company(server_url: str, system_secret: str) -> Company:
    """A fresh company in the served emulator."""
    return create_test_company(server_url, system_secret)


@pytest.fixture
def client(server_url: str, company: Company) -> OfficialClient:
    """The official client with the company admin key (acts on the default workspace)."""
    return official_client(server_url, company.admin_key)


@pytest.fixture
def charts(client: OfficialClient) -> OfficialCharts:
    """The official charts client with the company admin key."""
    return charts_of(client)


@pytest.fixture
def events(client: OfficialClient) -> OfficialEvents:
    """The official events client with the company admin key."""
    return events_of(client)


@pytest.fixture
def hold_tokens(client: OfficialClient) -> OfficialHoldTokens:
    """The official hold tokens client with the company admin key."""
    return hold_tokens_of(client)


@pytest.fixture
def channels(client: OfficialClient) -> OfficialChannels:
    """The official channels client (`client.events.channels`) with the company admin key."""
    return channels_of(client)


@pytest.fixture
def for_sale(client: OfficialClient) -> OfficialForSale:
    """The for-sale calls of the official events client with the company admin key."""
    return for_sale_of(client)


@pytest.fixture
def seasons(client: OfficialClient) -> OfficialSeasons:
    """The official seasons client with the company admin key."""
    return seasons_of(client)


@pytest.fixture
def season_events(client: OfficialClient) -> OfficialSeasonEvents:
    """The season calls of the official events client with the company admin key."""
    return season_events_of(client)


@pytest.fixture
def caller(server_url: str, company: Company) -> Caller:
    """Raw requests with the company admin key, shaped like the official client's."""
    return Caller(server_url, company.admin_key)


UploadChart = Callable[[str], str]


def upload_chart_file(url: str, secret_key: str, path: Path) -> str:
    """Upload a chart drawing like the official test suite; returns the new chart key."""
    data = path.read_text(encoding="utf-8").replace("\n", "")
    chart_key = str(uuid.uuid4())
    response = requests.post(
        f"{url}/system/public/charts/{chart_key}",
        headers={"Accept": "application/json"},
        data=data,
        auth=(secret_key, ""),
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return chart_key


@pytest.fixture
def upload_sample_chart(server_url: str, company: Company) -> UploadChart:
    """Upload one of ../shared/charts/ by file name into the company's default workspace."""

    def upload(name: str) -> str:
        return upload_chart_file(server_url, company.admin_key, shared_path("charts", name))

    return upload


@pytest.fixture
def chart_key(upload_sample_chart: UploadChart) -> str:
    """`sampleChart.json` uploaded into the company's default workspace."""
    return upload_sample_chart("sampleChart.json")
