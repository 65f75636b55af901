"""A recorded test's handle on its vcrpy cassette: clients, seeded charts, keys.

A recorded test is an async function of a `Recording` (the `rec` fixture) in a module marked
`pytestmark = pytest.mark.vcr`:

    async def test_book(rec: Recording) -> None:
        chart_key = rec.seed_chart(venue())     # uploaded while recording, read back in replay
        sdk = rec.sdk()                         # the company admin key, in the home workspace
        await sdk.call(lambda c: c.events.create(chart_key, event_key="concert"))

While recording, the SDK talks over HTTP to the server (the deterministic emulator on a
loopback port, or Seats.io) and vcrpy records; in replay vcrpy answers from the cassette. Setup
made outside the SDK (the home workspace, the seeded charts) is never recorded: its results
(public keys only) are kept in the cassette's metadata, which replay reads back.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, cast

import httpx

from seatsio_typed import Region
from seatsio_typed.testing import Emulator
from tests.cassette._scrub import SETUP_HEADER, Scrubber
from tests.unit.support import Kind, Sdk

RECORDED_BASE_URL = "https://api-emulator.seatsio.test"
"""The base URL written in emulator cassettes (in place of the loopback port, which changes
from run to run) and given to the SDK in replay."""
RECORDING_SEED = 2025
EMULATOR_SERVER = f"emulator (deterministic, seed {RECORDING_SEED})"
UNKNOWN_KEY = "0f0f0f0f-no-such-secret-key"
"""A secret key no company has; like every key, it is a placeholder in the cassette."""
ADMIN_PLACEHOLDER, HOME_SECRET_PLACEHOLDER, UNKNOWN_PLACEHOLDER = (
    "<secret-key-1>",
    "<secret-key-2>",
    "<secret-key-3>",
)
"""Known keys are numbered first, in this order, so replay knows their placeholders."""
REGION_IDS = ("eu", "na", "sa", "oc")


@dataclass(frozen=True)
class Home:
    """Where a recording acts: the admin key, the workspace it selects, its secret key."""

    admin_key: str
    workspace_key: str
    workspace_secret: str

    @property
    def secrets(self) -> tuple[str, str, str]:
        """The keys to number first (see `ADMIN_PLACEHOLDER`)."""
        return (self.admin_key, self.workspace_secret, UNKNOWN_KEY)


class Backend(Protocol):
    """A server to record against."""

    @property
    def server(self) -> str:
        """What the recording was made against, as written in the cassette's metadata."""
        ...

    @property
    def live_base_url(self) -> str:
        """The base URL the SDK is given while recording."""
        ...

    @property
    def recorded_base_url(self) -> str:
        """The base URL written in the cassette."""
        ...

    def open_home(self, label: str) -> Home:
        """Set up a fresh, isolated place for one recording named `label`."""
        ...

    def upload_chart(self, drawing: Mapping[str, object], home: Home) -> str:
        """Store a drawing as a published chart in the home workspace; returns its key."""
        ...


class EmulatorBackend:
    """The deterministic emulator served over loopback HTTP; reset before every recording, so
    the same flow gives byte-identical cassettes."""

    def __init__(self, emulator: Emulator, url: str) -> None:
        self._emulator = emulator
        self._url = url

    @property
    def server(self) -> str:
        """`emulator (deterministic, seed N)`."""
        return EMULATOR_SERVER

    @property
    def live_base_url(self) -> str:
        """The loopback URL the emulator is served on."""
        return self._url

    @property
    def recorded_base_url(self) -> str:
        """The fixed `RECORDED_BASE_URL`."""
        return RECORDED_BASE_URL

    def open_home(self, label: str) -> Home:
        """A new test company in a freshly reset emulator; recordings act in its default
        workspace (set up in-process: nothing of it goes over HTTP)."""
        self._emulator.reset()
        company = self._emulator.create_test_company()
        return Home(company.admin_key, company.workspace.key, company.workspace.secret_key)

    def known_secrets(self, workspaces: int = 10) -> tuple[str, ...]:
        """The secret keys a recording can meet: those of the company a reset emulator makes
        first, its default workspace and the next `workspaces` workspaces created in it."""
        emulator = Emulator(deterministic=True, seed=RECORDING_SEED)
        company = emulator.create_test_company()
        secrets = [emulator.system_secret, company.admin_key, company.workspace.secret_key]
        with httpx.Client(
            transport=emulator.transport(),
            base_url=RECORDED_BASE_URL,
            auth=httpx.BasicAuth(company.admin_key, ""),
        ) as admin:
            for number in range(workspaces):
                created = admin.post("/workspaces", json={"name": f"w{number}"})
                secrets.append(str(cast("dict[str, Any]", created.json())["secretKey"]))
        return tuple(secrets)

    def upload_chart(self, drawing: Mapping[str, object], home: Home) -> str:
        """Upload in-process (the key comes from the seed)."""
        return self._emulator.upload_chart(
            drawing, secret_key=home.admin_key, workspace_key=home.workspace_key
        )


class SeatsioBackend:
    """The real Seats.io with a company admin key: a new test workspace per recording.

    Never run here (no network, never in CI); its setup requests carry `SETUP_HEADER`, so the
    scrubbing hook keeps them out of the cassette.
    """

    def __init__(self, base_url: str, admin_key: str) -> None:
        self._base_url = Region(base_url).url
        self._admin_key = admin_key

    @property
    def server(self) -> str:
        """`seats.io at <base URL>`."""
        return f"seats.io at {self._base_url}"

    @property
    def live_base_url(self) -> str:
        """The region's base URL."""
        return self._base_url

    @property
    def recorded_base_url(self) -> str:
        """The region's base URL (kept as it is)."""
        return self._base_url

    def open_home(self, label: str) -> Home:
        """A new test workspace of the company, named after the recording."""
        created = self._setup(
            "POST", "/workspaces", json={"name": f"seatsio-typed cassette {label}", "isTest": True}
        )
        body = cast("dict[str, Any]", created.json())
        return Home(self._admin_key, str(body["key"]), str(body["secretKey"]))

    def upload_chart(self, drawing: Mapping[str, object], home: Home) -> str:
        """`POST /system/public/charts/{new UUID}` into the home workspace."""
        key = str(uuid.uuid4())
        self._setup(
            "POST",
            f"/system/public/charts/{key}",
            content=json.dumps(dict(drawing)).encode(),
            headers={"X-Workspace-Key": home.workspace_key},
        )
        return key

    def _setup(self, method: str, path: str, **options: Any) -> httpx.Response:
        headers = {SETUP_HEADER: "1", "Accept": "application/json", **options.pop("headers", {})}
        with httpx.Client(base_url=self._base_url, auth=(self._admin_key, "")) as admin:
            response = admin.request(method, path, headers=headers, **options)
        if response.status_code not in (200, 201, 204):
            # Never echo the request: its Authorization header holds the admin key.
            raise RuntimeError(f"{method} {path} failed with HTTP {response.status_code}")
        return response


def live_backend(env: Mapping[str, str]) -> SeatsioBackend | None:
    """Seats.io when `SEATSIO_SECRET_KEY` and `SEATSIO_REGION` are both set, else None.

    `SEATSIO_REGION` is a region id (`eu`, `na`, `sa`, `oc`) or a base URL.
    """
    secret_key = env.get("SEATSIO_SECRET_KEY", "").strip()
    region = env.get("SEATSIO_REGION", "").strip()
    if not (secret_key and region):
        return None
    base_url = Region.url_for_id(region.lower()) if region.lower() in REGION_IDS else region
    return SeatsioBackend(base_url, secret_key)


class Recording:
    """One test's cassette in use, recording or replaying.

    Args:
        kind: which client the test drives.
        metadata: the cassette's `get_metadata(key, default)`.
        backend: the server recorded against, None in replay.
        home: where the recording acts, None in replay.
        scrubber: the cassette's scrubber (it learns every key a client is given).
    """

    def __init__(
        self,
        kind: Kind,
        metadata: Callable[[str, str], str],
        *,
        backend: Backend | None = None,
        home: Home | None = None,
        scrubber: Scrubber | None = None,
    ) -> None:
        self.kind: Kind = kind
        self._metadata = metadata
        self._backend = backend
        self._home = home
        self._scrubber = scrubber or Scrubber()
        self._sdks: list[Sdk] = []
        self._charts = 0
        recording = backend is not None and home is not None
        self.base_url = backend.live_base_url if backend is not None else ""
        """The base URL the clients are given."""
        server = metadata("server", backend.server if backend is not None else "")
        recorded_url = metadata("base-url", backend.recorded_base_url if backend else "")
        if not recording:
            self.base_url = recorded_url
        self.server = server
        """What the cassette was recorded against."""
        self.admin_key = home.admin_key if home is not None else ADMIN_PLACEHOLDER
        """The company admin key (its placeholder in replay)."""
        self.workspace_key = metadata(
            "home-workspace-key", home.workspace_key if home is not None else ""
        )
        """The public key of the workspace this recording acts in."""

    @property
    def recording(self) -> bool:
        """Whether this test records (rather than replays)."""
        return self._backend is not None

    def seed_chart(self, drawing: Mapping[str, object]) -> str:
        """Upload a drawing (made with the `ChartBuilder`) as a published chart in the home
        workspace; returns its key (kept in the cassette's metadata for replay)."""
        self._charts += 1
        name = f"chart-{self._charts}"
        if self._backend is None or self._home is None:
            return self._metadata(name, "")
        return self._metadata(name, self._backend.upload_chart(drawing, self._home))

    def unknown_key(self) -> str:
        """A secret key no company has (its placeholder in replay)."""
        return UNKNOWN_KEY if self.recording else UNKNOWN_PLACEHOLDER

    def sdk(self) -> Sdk:
        """A client with the company admin key, acting in this recording's home workspace."""
        return self.sdk_with(self.admin_key, workspace_key=self.workspace_key)

    def sdk_with(self, secret_key: str, *, workspace_key: str | None = None) -> Sdk:
        """A client with a secret key (and optionally `X-Workspace-Key`) on this cassette.

        The key must come from the recording (`admin_key`, `unknown_key()`) or from a recorded
        response (a workspace's `secret_key`): the matcher compares which key each request used.
        """
        self._scrubber.register(secret_key)
        sdk = Sdk(
            self.kind,
            self.base_url,
            secret_key,
            workspace_key,
            transport=httpx.HTTPTransport,
            async_transport=httpx.AsyncHTTPTransport,
        )
        self._sdks.append(sdk)
        return sdk

    async def close(self) -> None:
        """Close every client made for this test."""
        for sdk in self._sdks:
            await sdk.close()
