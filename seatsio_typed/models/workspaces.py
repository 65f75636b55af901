"""Workspaces: containers of charts and events inside a company (company admin key only)."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field, JsonValue

from seatsio_typed.models._base import RequestModel, ResponseModel
from seatsio_typed.models._constraints import Name
from seatsio_typed.models._enum import OpenEnum

__all__ = [
    "CreateWorkspaceRequest",
    "ForSaleMode",
    "RemoveSecretKeyRequest",
    "UpdateWorkspaceRequest",
    "Workspace",
    "WorkspaceSecretKey",
]


class ForSaleMode(OpenEnum):
    """How a workspace's for-sale calls are limited (official 83.21; meaning unverified).

    By their names: ``RATE_LIMITED`` keeps the per-event quota of the for-sale endpoints,
    ``UNLIMITED_BILLABLE`` lifts it and bills the calls. Other values are passed through.
    """

    RATE_LIMITED = "RATE_LIMITED"
    UNLIMITED_BILLABLE = "UNLIMITED_BILLABLE"


class Workspace(ResponseModel):
    """A workspace; its ``secret_key`` and ``secret_keys`` are left out of repr() and str()."""

    id: int
    """Numeric id, the pagination cursor of workspace lists."""
    name: str
    """Display name; any string."""
    key: str
    """Public workspace key: used in paths and in the ``X-Workspace-Key`` header."""
    secret_key: str = Field(repr=False)
    """Authenticates calls inside this workspace. Treat it like a password."""
    is_test: bool
    """A test workspace: not billed, its charts carry a watermark."""
    is_active: bool
    """False once deactivated: every call in it then fails, except activating it again."""
    is_default: bool
    """The company's default workspace (admin-key calls without ``X-Workspace-Key``)."""
    secret_keys: list[str | dict[str, JsonValue]] | None = Field(default=None, repr=False)
    """Every secret key of the workspace (official 83.21; shape unverified, None when absent)."""
    settings: dict[str, JsonValue] | None = None
    """Workspace settings as sent by the API (unverified shape), when present."""


class WorkspaceSecretKey(ResponseModel):
    """Result of regenerating a workspace's secret key (hidden from repr() and str())."""

    secret_key: str = Field(repr=False)
    """The new secret key. Treat it like a password."""


class CreateWorkspaceRequest(RequestModel):
    """Body of ``POST /workspaces``."""

    name: Name
    """Display name of the new workspace."""
    is_test: bool | None = None
    """A test workspace (not billed, watermarked charts); production when left out."""
    for_sale_mode: ForSaleMode | None = None
    """How for-sale calls are limited; the API's default when left out."""


class UpdateWorkspaceRequest(RequestModel):
    """Body of ``POST /workspaces/{key}``: the new name and, optionally, the for-sale mode."""

    name: Name
    """The new name (always sent, as the official client does)."""
    for_sale_mode: ForSaleMode | None = None
    """The new for-sale mode; unchanged when left out."""


class RemoveSecretKeyRequest(RequestModel):
    """Body of ``POST /workspaces/{key}/actions/remove-secret-key`` (hidden from repr())."""

    # A refused value (e.g. bytes instead of str) must not be echoed in the validation error.
    model_config = ConfigDict(hide_input_in_errors=True)

    secret_key: Annotated[str, Field(min_length=1)] = Field(repr=False)
    """The secret key to remove from the workspace."""
