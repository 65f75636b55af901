"""Workspace endpoints (workspaces.md): all of them need the company admin key.

Choices where the reference is silent (all unverified for the real server):
- create answers 200; a new workspace is never the default (the company's first one is);
- `filter` is a case-insensitive substring match on the name or the public key;
- deactivating the default workspace, deleting an active workspace and making an inactive
  workspace the default are refused with 400;
- activate/deactivate are idempotent;
- a workspace may hold several secret keys (`add-secret-key` / `remove-secret-key`, which newer
  official clients call; not in the reference): all of them authenticate, `secretKey` is the
  primary one, regenerating replaces the primary, removing an unknown key is 404
  `SECRET_KEY_NOT_FOUND` and removing the last one 400 `LAST_SECRET_KEY`;
- the workspace object also lists every secret key in `secretKeys` (plain strings, the primary
  one first; the shape is unverified) and carries `forSaleMode`: `RATE_LIMITED` (the default)
  or `UNLIMITED_BILLABLE`, set on create and update; any other string is stored as given (the
  official client passes values through) and counts as rate limited; it decides whether the
  for-sale endpoints count against the per-event quota (`_engine/for_sale.py`);
- page size: default and maximum 1000.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.for_sale import ForSaleQuotas
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._state.companies import Workspace
from seatsio_typed.testing._wire.messages import (
    JSON,
    JSONObject,
    Response,
    bad_request,
    json_response,
    no_content,
    not_found,
)
from seatsio_typed.testing._wire.pagination import PageRequest, paginate
from seatsio_typed.testing._wire.query import query_string


def workspace_json(workspace: Workspace) -> JSONObject:
    """A workspace as the API renders it to the company admin."""
    return {
        "id": workspace.id,
        "name": workspace.name,
        "key": workspace.key,
        "secretKey": workspace.secret_key,
        "isDefault": workspace.is_default,
        "isTest": workspace.is_test,
        "isActive": workspace.is_active,
        "secretKeys": list[JSON](workspace.secret_keys),
        "forSaleMode": workspace.store(ForSaleQuotas).mode,
    }


def find_workspace(ctx: RequestContext, key: str) -> Workspace:
    """A workspace of the caller's company by public key, or 404 `WORKSPACE_NOT_FOUND`."""
    workspace = ctx.company.workspaces.get(key)
    if workspace is None:
        raise not_found("WORKSPACE_NOT_FOUND", f"Workspace not found: {key}")
    return workspace


def create_workspace(ctx: RequestContext) -> Response:
    """POST /workspaces"""
    body = ctx.body()
    name = body.string("name")
    is_test = body.optional_boolean("isTest") or False
    mode = body.optional_string("forSaleMode")
    workspace = ctx.state.create_workspace(ctx.company, name, is_test=is_test)
    if mode is not None:
        workspace.store(ForSaleQuotas).mode = mode
    return json_response(workspace_json(workspace))


def retrieve_workspace(ctx: RequestContext) -> Response:
    """GET /workspaces/{key}"""
    return json_response(workspace_json(find_workspace(ctx, ctx.param("key"))))


def update_workspace(ctx: RequestContext) -> Response:
    """POST /workspaces/{key}"""
    workspace = find_workspace(ctx, ctx.param("key"))
    body = ctx.body()
    name = body.string("name")
    mode = body.optional_string("forSaleMode")
    workspace.name = name
    if mode is not None:
        workspace.store(ForSaleQuotas).mode = mode
    return no_content()


def _list(ctx: RequestContext, active: bool | None) -> Response:
    page = PageRequest.from_request(ctx.request)
    needle = (query_string(ctx.request, "filter") or "").lower()
    items = [
        workspace
        for workspace in ctx.company.workspaces_newest_first()
        if (active is None or workspace.is_active == active)
        and (needle in workspace.name.lower() or needle in workspace.key.lower())
    ]
    return json_response(
        paginate(items, page, item_id=lambda workspace: workspace.id, render=workspace_json)
    )


def list_workspaces(ctx: RequestContext) -> Response:
    """GET /workspaces"""
    return _list(ctx, None)


def list_active_workspaces(ctx: RequestContext) -> Response:
    """GET /workspaces/active"""
    return _list(ctx, True)


def list_inactive_workspaces(ctx: RequestContext) -> Response:
    """GET /workspaces/inactive"""
    return _list(ctx, False)


def activate_workspace(ctx: RequestContext) -> Response:
    """POST /workspaces/{key}/actions/activate"""
    find_workspace(ctx, ctx.param("key")).is_active = True
    return no_content()


def deactivate_workspace(ctx: RequestContext) -> Response:
    """POST /workspaces/{key}/actions/deactivate"""
    workspace = find_workspace(ctx, ctx.param("key"))
    if workspace.is_default:
        raise bad_request(
            "CANNOT_DEACTIVATE_DEFAULT_WORKSPACE", "The default workspace cannot be deactivated"
        )
    workspace.is_active = False
    return no_content()


def delete_workspace(ctx: RequestContext) -> Response:
    """DELETE /workspaces/{key}"""
    workspace = find_workspace(ctx, ctx.param("key"))
    if workspace.is_active:
        raise bad_request(
            "WORKSPACE_IS_ACTIVE", "Only an inactive workspace can be deleted; deactivate it first"
        )
    ctx.state.delete_workspace(workspace)
    return no_content()


def set_default_workspace(ctx: RequestContext) -> Response:
    """POST /workspaces/actions/set-default/{key}"""
    workspace = find_workspace(ctx, ctx.param("key"))
    if not workspace.is_active:
        raise bad_request(
            "WORKSPACE_IS_INACTIVE", "An inactive workspace cannot be the default workspace"
        )
    ctx.company.default_workspace = workspace
    return no_content()


def regenerate_secret_key(ctx: RequestContext) -> Response:
    """POST /workspaces/{key}/actions/regenerate-secret-key"""
    workspace = find_workspace(ctx, ctx.param("key"))
    return json_response({"secretKey": ctx.state.regenerate_secret_key(workspace)})


def add_secret_key(ctx: RequestContext) -> Response:
    """POST /workspaces/{key}/actions/add-secret-key"""
    workspace = find_workspace(ctx, ctx.param("key"))
    return json_response({"secretKey": ctx.state.add_secret_key(workspace)})


def remove_secret_key(ctx: RequestContext) -> Response:
    """POST /workspaces/{key}/actions/remove-secret-key"""
    workspace = find_workspace(ctx, ctx.param("key"))
    secret = ctx.body().string("secretKey")
    try:
        ctx.state.remove_secret_key(workspace, secret)
    except LookupError:
        # The message never repeats the key: secrets stay out of responses and logs.
        raise not_found("SECRET_KEY_NOT_FOUND", "The workspace has no such secret key") from None
    except ValueError:
        raise bad_request(
            "LAST_SECRET_KEY", "The last secret key of a workspace cannot be removed"
        ) from None
    return no_content()


ROUTES = (
    Route("POST", "/workspaces", create_workspace, Access.ADMIN),
    Route("GET", "/workspaces", list_workspaces, Access.ADMIN),
    Route("GET", "/workspaces/active", list_active_workspaces, Access.ADMIN),
    Route("GET", "/workspaces/inactive", list_inactive_workspaces, Access.ADMIN),
    Route("GET", "/workspaces/{key}", retrieve_workspace, Access.ADMIN),
    Route("POST", "/workspaces/{key}", update_workspace, Access.ADMIN),
    Route("DELETE", "/workspaces/{key}", delete_workspace, Access.ADMIN),
    Route("POST", "/workspaces/{key}/actions/activate", activate_workspace, Access.ADMIN),
    Route("POST", "/workspaces/{key}/actions/deactivate", deactivate_workspace, Access.ADMIN),
    Route(
        "POST",
        "/workspaces/{key}/actions/regenerate-secret-key",
        regenerate_secret_key,
        Access.ADMIN,
    ),
    Route("POST", "/workspaces/{key}/actions/add-secret-key", add_secret_key, Access.ADMIN),
    Route("POST", "/workspaces/{key}/actions/remove-secret-key", remove_secret_key, Access.ADMIN),
    Route("POST", "/workspaces/actions/set-default/{key}", set_default_workspace, Access.ADMIN),
)
