"""The emulator's state: companies, their workspaces, and the records inside them.

All of it is guarded by ONE lock held by `Emulator.handle` for a request's whole handling, so every
API call is atomic (N clients racing for one seat: exactly one succeeds). Code running inside a
handler therefore never locks anything itself.

Records are plain dataclasses. Per-workspace data of a domain lives in a store object the domain
defines itself and reaches through `workspace.store(MyStore)`: the store is created on first use
(its class must be constructible without arguments) and lives as long as the workspace::

    @dataclass
    class EventStore:
        by_key: dict[str, Event] = field(default_factory=dict[str, Event])

    events = ctx.workspace.store(EventStore)

Charts have a field of their own (`workspace.charts`, see `chart_store.py`), because the seeding
API creates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from seatsio_typed.testing._state.chart_store import ChartStore
from seatsio_typed.testing._state.clock import Clock
from seatsio_typed.testing._state.keys import IdCounters, KeyGenerator

_S = TypeVar("_S")

DEFAULT_WORKSPACE_NAME = "Production workspace"


class Stores:
    """Per-owner domain stores, keyed by their class and created on first use."""

    def __init__(self) -> None:
        self._stores: dict[type[object], object] = {}

    def get(self, kind: type[_S]) -> _S:
        """The owner's store of that class, created with `kind()` the first time."""
        existing = self._stores.get(kind)
        if existing is None:
            existing = kind()
            self._stores[kind] = existing
        if not isinstance(existing, kind):  # pragma: no cover - keyed by class, cannot happen
            raise TypeError(f"store registered under {kind.__name__} has the wrong type")
        return existing


@dataclass(eq=False)
class Workspace:
    """A workspace: a container of charts and events inside a company."""

    id: int
    key: str
    """The PUBLIC workspace key (used in paths and `X-Workspace-Key`)."""
    secret_keys: list[str] = field(repr=False)
    """Every secret key of the workspace, the primary one (`secretKey`) first."""
    name: str
    company: Company = field(repr=False)
    is_test: bool = False
    is_active: bool = True
    created_on: datetime | None = None
    charts: ChartStore = field(default_factory=ChartStore, repr=False)
    stores: Stores = field(default_factory=Stores, repr=False)

    @property
    def secret_key(self) -> str:
        """The primary secret key (the API's `secretKey`)."""
        return self.secret_keys[0]

    @property
    def is_default(self) -> bool:
        """Whether this is its company's default workspace."""
        return self.company.default_workspace is self

    def store(self, kind: type[_S]) -> _S:
        """This workspace's store of a domain (see the module docstring)."""
        return self.stores.get(kind)


@dataclass(eq=False)
class Company:
    """A company: an admin user with the company admin key, and its workspaces."""

    id: int
    admin_key: str = field(repr=False)
    admin_id: int
    admin_email: str
    workspaces: dict[str, Workspace] = field(default_factory=dict[str, Workspace], repr=False)
    """By public key, in creation order."""
    default_workspace: Workspace | None = field(default=None, repr=False)
    deleted_workspaces: list[Workspace] = field(default_factory=list[Workspace], repr=False)
    """Deleted workspaces: gone from every endpoint, but what they used still counts (usage)."""
    stores: Stores = field(default_factory=Stores, repr=False)

    @property
    def default(self) -> Workspace:
        """The default workspace (every company has one from its creation on)."""
        if self.default_workspace is None:  # pragma: no cover - set by EmulatorState
            raise RuntimeError(f"company {self.id} has no default workspace")
        return self.default_workspace

    def store(self, kind: type[_S]) -> _S:
        """This company's store of a domain (see the module docstring)."""
        return self.stores.get(kind)

    def workspaces_newest_first(self) -> list[Workspace]:
        """All workspaces, most recently created first (list order of `GET /workspaces`)."""
        return sorted(self.workspaces.values(), key=lambda workspace: workspace.id, reverse=True)


class EmulatorState:
    """Everything the emulator knows, plus the generators that make new records."""

    def __init__(self, *, clock: Clock, keys: KeyGenerator) -> None:
        self.clock = clock
        self.keys = keys
        self.ids = IdCounters()
        self.companies: dict[int, Company] = {}
        self._by_secret: dict[str, Company | Workspace] = {}

    def now(self) -> datetime:
        """The emulator clock's current instant."""
        return self.clock.now()

    def owner_of_secret(self, secret: str) -> Company | Workspace | None:
        """The company (admin key) or workspace (secret key) a secret key belongs to."""
        return self._by_secret.get(secret)

    def create_company(self) -> Company:
        """A new, isolated company with its admin key and a default `Production workspace`."""
        company_id = self.ids.next("company")
        admin_id = self.ids.next("user")
        company = Company(
            id=company_id,
            admin_key=self.keys.secret_key(),
            admin_id=admin_id,
            admin_email=f"admin-{admin_id}@company-{company_id}.emulator.seatsio.test",
        )
        self.companies[company.id] = company
        self._by_secret[company.admin_key] = company
        company.default_workspace = self.create_workspace(company, DEFAULT_WORKSPACE_NAME)
        return company

    def create_workspace(self, company: Company, name: str, *, is_test: bool = False) -> Workspace:
        """A new active, non-default workspace in a company."""
        workspace = Workspace(
            id=self.ids.next("workspace"),
            key=self.keys.public_key(),
            secret_keys=[self.keys.secret_key()],
            name=name,
            company=company,
            is_test=is_test,
            created_on=self.now(),
        )
        company.workspaces[workspace.key] = workspace
        self._by_secret[workspace.secret_key] = workspace
        return workspace

    def regenerate_secret_key(self, workspace: Workspace) -> str:
        """Replace a workspace's primary secret key; the old one stops working at once."""
        self._by_secret.pop(workspace.secret_key, None)
        workspace.secret_keys[0] = self.keys.secret_key()
        self._by_secret[workspace.secret_key] = workspace
        return workspace.secret_key

    def add_secret_key(self, workspace: Workspace) -> str:
        """Give a workspace one more secret key, valid at once next to the others."""
        secret = self.keys.secret_key()
        workspace.secret_keys.append(secret)
        self._by_secret[secret] = workspace
        return secret

    def remove_secret_key(self, workspace: Workspace, secret: str) -> None:
        """Revoke one of a workspace's secret keys (LookupError when it has no such key,
        ValueError when it is the last one: a workspace always keeps a secret key)."""
        if secret not in workspace.secret_keys:
            raise LookupError("not a secret key of this workspace")
        if len(workspace.secret_keys) == 1:
            raise ValueError("a workspace keeps at least one secret key")
        workspace.secret_keys.remove(secret)
        self._by_secret.pop(secret, None)

    def delete_workspace(self, workspace: Workspace) -> None:
        """Remove a workspace and everything in it; its secret keys stop working (only usage
        reports still count what it used)."""
        for secret in workspace.secret_keys:
            self._by_secret.pop(secret, None)
        if workspace.company.workspaces.pop(workspace.key, None) is not None:
            workspace.company.deleted_workspaces.append(workspace)
