"""Workspace operations (workspaces.md); they need the company admin key."""

from __future__ import annotations

from seatsio_typed._endpoint import NO_CONTENT, Endpoint, json_response
from seatsio_typed.models import (
    CreateWorkspaceRequest,
    RemoveSecretKeyRequest,
    UpdateWorkspaceRequest,
    Workspace,
    WorkspaceSecretKey,
)
from seatsio_typed.pagination import Page

__all__ = [
    "ACTIVATE",
    "ADD_SECRET_KEY",
    "CREATE",
    "DEACTIVATE",
    "DELETE",
    "LIST",
    "LIST_ACTIVE",
    "LIST_INACTIVE",
    "REGENERATE_SECRET_KEY",
    "REMOVE_SECRET_KEY",
    "RETRIEVE",
    "SET_DEFAULT",
    "UPDATE",
]

# Query parameters of the three workspace lists.
LIST_QUERY = ("filter", "limit", "start_after_id", "end_before_id")

CREATE = Endpoint(
    name="workspaces.create",
    method="POST",
    path="/workspaces",
    response=json_response(Workspace),
    body=CreateWorkspaceRequest,
    summary="Create a workspace (company admin key).",
)
UPDATE = Endpoint(
    name="workspaces.update",
    method="POST",
    path="/workspaces/{key}",
    response=NO_CONTENT,
    body=UpdateWorkspaceRequest,
    summary="Rename a workspace and optionally change its for-sale mode.",
)
RETRIEVE = Endpoint(
    name="workspaces.retrieve",
    method="GET",
    path="/workspaces/{key}",
    response=json_response(Workspace),
    summary="Retrieve a workspace by its public key.",
)
LIST = Endpoint(
    name="workspaces.list",
    method="GET",
    path="/workspaces",
    response=json_response(Page[Workspace]),
    query=LIST_QUERY,
    summary="List the company's workspaces, newest first, one page at a time.",
)
LIST_ACTIVE = Endpoint(
    name="workspaces.active.list",
    method="GET",
    path="/workspaces/active",
    response=json_response(Page[Workspace]),
    query=LIST_QUERY,
    summary="List the company's active workspaces, newest first, one page at a time.",
)
LIST_INACTIVE = Endpoint(
    name="workspaces.inactive.list",
    method="GET",
    path="/workspaces/inactive",
    response=json_response(Page[Workspace]),
    query=LIST_QUERY,
    summary="List the company's deactivated workspaces, newest first, one page at a time.",
)
REGENERATE_SECRET_KEY = Endpoint(
    name="workspaces.regenerate_secret_key",
    method="POST",
    path="/workspaces/{key}/actions/regenerate-secret-key",
    response=json_response(WorkspaceSecretKey),
    summary="Replace a workspace's secret key with a new one.",
)
ADD_SECRET_KEY = Endpoint(
    name="workspaces.add_secret_key",
    method="POST",
    path="/workspaces/{key}/actions/add-secret-key",
    response=json_response(WorkspaceSecretKey),
    summary="Give a workspace one more secret key; the existing ones keep working.",
)
REMOVE_SECRET_KEY = Endpoint(
    name="workspaces.remove_secret_key",
    method="POST",
    path="/workspaces/{key}/actions/remove-secret-key",
    response=NO_CONTENT,
    body=RemoveSecretKeyRequest,
    summary="Remove one secret key of a workspace.",
)
ACTIVATE = Endpoint(
    name="workspaces.activate",
    method="POST",
    path="/workspaces/{key}/actions/activate",
    response=NO_CONTENT,
    summary="Activate a deactivated workspace.",
)
DEACTIVATE = Endpoint(
    name="workspaces.deactivate",
    method="POST",
    path="/workspaces/{key}/actions/deactivate",
    response=NO_CONTENT,
    summary="Deactivate a workspace: every call in it fails until it is activated again.",
)
DELETE = Endpoint(
    name="workspaces.delete",
    method="DELETE",
    path="/workspaces/{key}",
    response=NO_CONTENT,
    summary="Delete a (deactivated) workspace for good.",
)
SET_DEFAULT = Endpoint(
    name="workspaces.set_default",
    method="POST",
    path="/workspaces/actions/set-default/{key}",
    response=NO_CONTENT,
    summary="Make a workspace the company's default one.",
)
