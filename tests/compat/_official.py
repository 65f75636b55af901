"""A typed view of the official `seatsio` client, which ships no type information.

The Protocols state exactly what the compatibility tests rely on; `official_client` casts the
real client to them. Extend them (in this module or a sibling) as more of the API is covered.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar, cast

import seatsio
from seatsio.exceptions import SeatsioException

_T_co = TypeVar("_T_co", covariant=True)


class OfficialWorkspace(Protocol):
    """`seatsio.domain.Workspace`."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def secret_key(self) -> str: ...
    @property
    def is_test(self) -> bool: ...
    @property
    def is_active(self) -> bool: ...
    @property
    def is_default(self) -> bool: ...


class OfficialPage(Protocol[_T_co]):
    """`seatsio.pagination.page.Page`."""

    @property
    def items(self) -> Sequence[_T_co]: ...
    @property
    def next_page_starts_after(self) -> int | None: ...
    @property
    def previous_page_ends_before(self) -> int | None: ...


class OfficialLister(Protocol[_T_co]):
    """`seatsio.pagination.lister.Lister` (shared state between calls: use one per call)."""

    def list(self, filter: str | None = None) -> Iterator[_T_co]: ...
    def first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[_T_co]: ...
    def page_after(
        self, id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[_T_co]: ...
    def page_before(
        self, id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[_T_co]: ...


class OfficialWorkspaces(Protocol):
    """`client.workspaces`."""

    @property
    def active(self) -> OfficialLister[OfficialWorkspace]: ...
    @property
    def inactive(self) -> OfficialLister[OfficialWorkspace]: ...
    def create(self, name: str, is_test: bool | None = None) -> OfficialWorkspace: ...
    def retrieve(self, key: str) -> OfficialWorkspace: ...
    def update(self, key: str, name: str) -> None: ...
    def list(self, filter: str | None = None) -> Iterator[OfficialWorkspace]: ...
    def list_first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialWorkspace]: ...
    def list_page_after(
        self, after_id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialWorkspace]: ...
    def list_page_before(
        self, before_id: int, page_size: int | None = None, filter: str | None = None
    ) -> OfficialPage[OfficialWorkspace]: ...
    def activate(self, key: str) -> None: ...
    def deactivate(self, key: str) -> None: ...
    def delete(self, key: str) -> None: ...
    def set_default(self, key: str) -> None: ...
    def regenerate_secret_key(self, key: str) -> str: ...


class OfficialClient(Protocol):
    """`seatsio.Client`: the parts the compatibility tests use."""

    @property
    def workspaces(self) -> OfficialWorkspaces: ...


def official_client(
    url: str, secret_key: str, workspace_key: str | None = None, *, max_retries: int = 0
) -> OfficialClient:
    """The official client pointed at `url` (no retries by default: its back-off really sleeps)."""
    client = seatsio.Client(seatsio.Region(url), secret_key, workspace_key, max_retries=max_retries)
    return cast("OfficialClient", client)  # untyped library; the Protocol states what we use


class OfficialError(Protocol):
    """`seatsio.exceptions.SeatsioException`."""

    @property
    def message(self) -> str: ...
    @property
    def errors(self) -> list[dict[str, object]] | None: ...
    @property
    def requestId(self) -> str | None: ...


OFFICIAL_ERROR: type[Exception] = cast("type[Exception]", SeatsioException)  # untyped library


def official_error(caught: BaseException) -> OfficialError:
    """View an exception raised by the official client through its typed Protocol."""
    assert isinstance(caught, OFFICIAL_ERROR)
    return cast("OfficialError", caught)  # untyped library; the Protocol states what we use


def error_codes(caught: BaseException) -> list[str]:
    """The `code` of every error the official client's exception carries."""
    errors = official_error(caught).errors or []
    return [str(error.get("code")) for error in errors]
