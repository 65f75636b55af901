"""Where a recording is made: the deterministic in-process emulator, or the real Seats.io.

Each recording gets a home of its own: a fresh company (emulator) or a fresh test workspace of
the company whose admin key is given (Seats.io), so that lists and keys never meet another
recording's data. The SDK then acts there with the company admin key and `X-Workspace-Key`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

import httpx

from seatsio_typed import Region
from seatsio_typed.testing import Emulator

EMULATOR_BASE_URL = "https://api-emulator.seatsio.test"
"""Any URL works in-process; this one ends up in recorded bodies (thumbnail URLs), so it is
fixed to keep recordings byte-stable."""
RECORDING_SEED = 2025
EMULATOR_SERVER_PREFIX = "emulator"
REGION_IDS = ("eu", "na", "sa", "oc")


@dataclass(frozen=True)
class Home:
    """Where a recording acts: the admin key, the workspace it selects, the secrets involved."""

    admin_key: str
    workspace_key: str
    secrets: tuple[str, ...]
    """Every secret key the setup produced (the admin key first), so that all are scrubbed."""


class Backend(Protocol):
    """A server to record against."""

    @property
    def server(self) -> str:
        """What the recording was made against, as written in the cassette."""
        ...

    @property
    def base_url(self) -> str:
        """The base URL the SDK is given."""
        ...

    def open_home(self, label: str) -> Home:
        """Set up a fresh, isolated place for one recording named `label`."""
        ...

    def transport(self) -> httpx.BaseTransport:
        """A sync transport to the server."""
        ...

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async transport to the server."""
        ...

    def upload_chart(self, drawing: Mapping[str, object], *, home: Home) -> str:
        """Store a drawing as a published chart in the home workspace; returns its key."""
        ...


class EmulatorBackend:
    """A fresh deterministic emulator: the same flow gives byte-identical recordings."""

    def __init__(self, seed: int = RECORDING_SEED) -> None:
        self._seed = seed
        self._emulator = Emulator(deterministic=True, seed=seed)

    @property
    def server(self) -> str:
        """`emulator (deterministic, seed N)`."""
        return f"{EMULATOR_SERVER_PREFIX} (deterministic, seed {self._seed})"

    @property
    def base_url(self) -> str:
        """The fixed in-process URL."""
        return EMULATOR_BASE_URL

    def open_home(self, label: str) -> Home:
        """A new test company; the recording acts in its default workspace."""
        company = self._emulator.create_test_company()
        return Home(
            admin_key=company.admin_key,
            workspace_key=company.workspace.key,
            secrets=(company.admin_key, company.workspace.secret_key),
        )

    def transport(self) -> httpx.BaseTransport:
        """The emulator's in-process transport."""
        return self._emulator.transport()

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The emulator's in-process async transport."""
        return self._emulator.async_transport()

    def upload_chart(self, drawing: Mapping[str, object], *, home: Home) -> str:
        """Upload through the emulator's seeding endpoint (the key comes from the seed)."""
        return self._emulator.upload_chart(
            drawing, secret_key=home.admin_key, workspace_key=home.workspace_key
        )

    def known_secrets(self, workspaces: int = 10) -> tuple[str, ...]:
        """The secret keys recordings made with this seed can meet: those of the first company,
        its default workspace and the next `workspaces` workspaces created in it."""
        emulator = Emulator(deterministic=True, seed=self._seed)
        company = emulator.create_test_company()
        secrets = [emulator.system_secret, company.admin_key, company.workspace.secret_key]
        with httpx.Client(
            transport=emulator.transport(),
            base_url=EMULATOR_BASE_URL,
            auth=httpx.BasicAuth(company.admin_key, ""),
        ) as admin:
            for number in range(workspaces):
                created = admin.post("/workspaces", json={"name": f"w{number}"})
                created.raise_for_status()
                secrets.append(_field(created, "secretKey"))
        return tuple(secrets)


class SeatsioBackend:
    """The real Seats.io, with a company admin key (UNTESTED against the real service here:
    its tests drive it against the emulator's transport, which speaks the same API)."""

    def __init__(
        self,
        base_url: str,
        admin_key: str,
        *,
        transport: Callable[[], httpx.BaseTransport] = httpx.HTTPTransport,
        async_transport: Callable[[], httpx.AsyncBaseTransport] = httpx.AsyncHTTPTransport,
    ) -> None:
        self._base_url = Region(base_url).url
        self._admin_key = admin_key
        self._transport = transport
        self._async_transport = async_transport

    @property
    def server(self) -> str:
        """`seats.io at <base URL>`."""
        return f"seats.io at {self._base_url}"

    @property
    def base_url(self) -> str:
        """The region's base URL."""
        return self._base_url

    def open_home(self, label: str) -> Home:
        """A new test workspace of the company, named after the recording."""
        with self._admin() as admin:
            created = admin.post(
                "/workspaces",
                json={"name": f"seatsio-typed cassette {label}", "isTest": True},
            )
        _expect(created, "creating the recording's workspace", 200, 201)
        return Home(
            admin_key=self._admin_key,
            workspace_key=_field(created, "key"),
            secrets=(self._admin_key, _field(created, "secretKey")),
        )

    def transport(self) -> httpx.BaseTransport:
        """A network transport."""
        return self._transport()

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async network transport."""
        return self._async_transport()

    def upload_chart(self, drawing: Mapping[str, object], *, home: Home) -> str:
        """`POST /system/public/charts/{new UUID}` into the home workspace (answers 201)."""
        key = str(uuid.uuid4())
        with self._admin() as admin:
            response = admin.post(
                f"/system/public/charts/{key}",
                headers={"Accept": "application/json", "X-Workspace-Key": home.workspace_key},
                content=json.dumps(dict(drawing)).encode(),
            )
        _expect(response, "uploading a chart", 201)
        return key

    def _admin(self) -> httpx.Client:
        return httpx.Client(
            transport=self._transport(),
            base_url=self._base_url,
            auth=httpx.BasicAuth(self._admin_key, ""),
        )


def backend_from_env(env: Mapping[str, str]) -> Backend:
    """Seats.io when `SEATSIO_SECRET_KEY` and `SEATSIO_REGION` are both set, else the emulator.

    `SEATSIO_REGION` is a region id (`eu`, `na`, `sa`, `oc`) or a base URL.
    """
    secret_key = env.get("SEATSIO_SECRET_KEY", "").strip()
    region = env.get("SEATSIO_REGION", "").strip()
    if not (secret_key and region):
        return EmulatorBackend()
    base_url = Region.url_for_id(region.lower()) if region.lower() in REGION_IDS else region
    return SeatsioBackend(base_url, secret_key)


def _expect(response: httpx.Response, what: str, *statuses: int) -> None:
    # Never echo the request: its Authorization header holds the admin key.
    if response.status_code not in statuses:
        raise RuntimeError(f"{what} failed with HTTP {response.status_code}: {response.text}")


def _field(response: httpx.Response, name: str) -> str:
    value: object = response.json().get(name)
    if not isinstance(value, str):
        raise RuntimeError(f"the response has no string {name!r}")
    return value
