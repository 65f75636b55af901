"""Workspace operations (workspaces.md); they need the company admin key."""

from __future__ import annotations

from seatsio_typed._endpoint import Endpoint, JsonResponse
from seatsio_typed.models import CreateWorkspaceRequest, Workspace

__all__ = ["CREATE"]

CREATE = Endpoint(
    name="workspaces.create",
    method="POST",
    path="/workspaces",
    response=JsonResponse(Workspace),
    body=CreateWorkspaceRequest,
    summary="Create a workspace (company admin key).",
)
