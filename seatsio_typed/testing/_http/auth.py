"""Who is calling: HTTP Basic auth with a secret key (overview.md §2), checked per route.

Rules (where the reference is silent, the emulator's choice is marked *choice*):

- The Basic-auth user is the secret key; the password is ignored. No or unknown credentials:
  401 with an empty body.
- A company admin key acts on the company's default workspace, or on the workspace whose PUBLIC
  key is in `X-Workspace-Key`. *Choice:* a header naming no workspace of that company gives 401.
- A workspace secret key acts in its own workspace. *Choice:* `X-Workspace-Key` is accepted with
  it when it names that same workspace; naming any other workspace gives 403.
- Admin-only routes (`/workspaces...`, cross-workspace copies) refuse workspace secret keys with
  403 and an empty body (*choice*; the reference allows 401 or 403). They ignore an inactive
  selected workspace, so an admin client configured with that workspace can still re-activate it.
- Workspace-scoped routes on an INACTIVE workspace give 403 with an empty body (*choice*; the
  docs say an inactive workspace is "completely disabled", like a disabled account: 403).
- System routes need the emulator's system secret as the Basic-auth user.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hmac
from dataclasses import dataclass

from seatsio_typed.testing._state.companies import Company, EmulatorState, Workspace
from seatsio_typed.testing._wire.messages import AccessError, Request


class Access(enum.Enum):
    """Who may call a route."""

    PUBLIC = "public"
    """Anyone; no credentials are read."""
    SYSTEM = "system"
    """Basic auth with the emulator's system secret (seeding and `/_emulator` admin calls)."""
    ADMIN = "admin"
    """A company admin key only; workspace secret keys are refused with 403."""
    WORKSPACE = "workspace"
    """Inside one workspace: a workspace secret key, or the admin key (+ `X-Workspace-Key`)."""


WORKSPACE_KEY_HEADER = "x-workspace-key"


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: its company, the workspace it acts in, and its key type."""

    company: Company
    workspace: Workspace
    """The workspace the call acts in (the selected one for admin keys)."""
    is_admin: bool
    """True when the company admin key was used."""


def basic_auth_user(request: Request) -> str | None:
    """The user part of a Basic `Authorization` header, or None when absent or malformed."""
    header = request.header("authorization")
    if header is None:
        return None
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded.strip():
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, _, _password = decoded.partition(":")
    return user or None


def check_system_secret(request: Request, system_secret: str) -> None:
    """Pass when the Basic-auth user is the system secret; 401 otherwise."""
    user = basic_auth_user(request)
    if user is None or not hmac.compare_digest(user.encode(), system_secret.encode()):
        raise AccessError(401, "system secret required")


def authenticate(request: Request, access: Access, state: EmulatorState) -> Principal | None:
    """Check the request's credentials against a route's access level.

    Returns the principal for ADMIN and WORKSPACE routes, None for PUBLIC and SYSTEM ones
    (the system secret is checked by the dispatcher, which knows it).
    """
    if access in (Access.PUBLIC, Access.SYSTEM):
        return None
    user = basic_auth_user(request)
    owner = state.owner_of_secret(user) if user is not None else None
    if owner is None:
        raise AccessError(401, "missing or unknown secret key")
    header = request.header(WORKSPACE_KEY_HEADER)
    selected_key = header.strip() if header is not None and header.strip() else None
    if isinstance(owner, Workspace):
        if access is Access.ADMIN:
            raise AccessError(403, "a workspace secret key cannot call an admin-only endpoint")
        if selected_key is not None and selected_key != owner.key:
            raise AccessError(403, "X-Workspace-Key names another workspace than the secret key")
        return _in_workspace(owner.company, owner, is_admin=False, access=access)
    workspace = owner.default if selected_key is None else owner.workspaces.get(selected_key)
    if workspace is None:
        raise AccessError(401, "X-Workspace-Key names no workspace of this company")
    return _in_workspace(owner, workspace, is_admin=True, access=access)


def _in_workspace(
    company: Company, workspace: Workspace, *, is_admin: bool, access: Access
) -> Principal:
    if access is Access.WORKSPACE and not workspace.is_active:
        raise AccessError(403, "the workspace is inactive")
    return Principal(company, workspace, is_admin)
