"""Workspaces: containers of charts and events inside a company (company admin key only)."""

from __future__ import annotations

from pydantic import Field, JsonValue

from seatsio_typed.models._base import RequestModel, ResponseModel
from seatsio_typed.models._constraints import Name

__all__ = ["CreateWorkspaceRequest", "UpdateWorkspaceRequest", "Workspace", "WorkspaceSecretKey"]


class Workspace(ResponseModel):
    """A workspace; its ``secret_key`` is left out of repr() and str()."""

    id: int
    name: str
    key: str
    """Public workspace key: used in paths and in the ``X-Workspace-Key`` header."""
    secret_key: str = Field(repr=False)
    """Authenticates calls inside this workspace. Treat it like a password."""
    is_test: bool
    is_active: bool
    is_default: bool
    settings: dict[str, JsonValue] | None = None


class WorkspaceSecretKey(ResponseModel):
    """Result of regenerating a workspace's secret key (hidden from repr() and str())."""

    secret_key: str = Field(repr=False)


class CreateWorkspaceRequest(RequestModel):
    """Body of ``POST /workspaces``."""

    name: Name
    is_test: bool | None = None
    """A test workspace (not billed, watermarked charts); production when left out."""


class UpdateWorkspaceRequest(RequestModel):
    """Body of ``POST /workspaces/{key}``: the new name."""

    name: Name
