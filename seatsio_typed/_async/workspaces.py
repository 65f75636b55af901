"""Workspaces of the company (company admin key): CRUD, listing, secret keys, (de)activation.

Results carry workspace secret keys: `Workspace` keeps them out of repr() and str(), and the
secret-key methods return a plain `str` that the SDK never logs.
"""

from __future__ import annotations

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._async.listers import AsyncLister
from seatsio_typed._endpoints import workspaces as endpoints
from seatsio_typed.models import (
    CreateWorkspaceRequest,
    ForSaleMode,
    RemoveSecretKeyRequest,
    UpdateWorkspaceRequest,
    Workspace,
)
from seatsio_typed.pagination import Page

__all__ = ["AsyncWorkspacesClient"]


class AsyncWorkspacesClient:
    """Workspaces of the company (`client.workspaces`); needs the company admin key."""

    active: AsyncLister[Workspace]
    """The active workspaces (`list`, `first_page`, `page_after`, `page_before`)."""
    inactive: AsyncLister[Workspace]
    """The deactivated workspaces (`list`, `first_page`, `page_after`, `page_before`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self._all = AsyncLister(requester, endpoints.LIST)
        self.active = AsyncLister(requester, endpoints.LIST_ACTIVE)
        self.inactive = AsyncLister(requester, endpoints.LIST_INACTIVE)

    async def create(
        self, name: str, is_test: bool | None = None, for_sale_mode: ForSaleMode | None = None
    ) -> Workspace:
        """Create a workspace.

        Args:
            name: The workspace's name.
            is_test: True for a test workspace (not billed, watermarked charts); None or
                False for a production one.
            for_sale_mode: How for-sale calls are limited; the API's default when None.

        Returns:
            The new workspace, with its public key and secret key.

        Raises:
            PermissionDeniedException: When the client does not use the company admin key.
            SeatsioException: When the request fails otherwise.
        """
        body = CreateWorkspaceRequest(name=name, is_test=is_test, for_sale_mode=for_sale_mode)
        return await self._requester.request(endpoints.CREATE, body=body)

    async def update(self, key: str, name: str, for_sale_mode: ForSaleMode | None = None) -> None:
        """Rename a workspace and optionally change its for-sale mode.

        Args:
            key: The public workspace key.
            name: The new name (required, as by the official client).
            for_sale_mode: The new for-sale mode; None leaves it as is.

        Raises:
            NotFoundException: When there is no such workspace.
            SeatsioException: When the request fails otherwise.
        """
        body = UpdateWorkspaceRequest(name=name, for_sale_mode=for_sale_mode)
        await self._requester.request(endpoints.UPDATE, path_params={"key": key}, body=body)

    async def retrieve(self, key: str) -> Workspace:
        """Retrieve a workspace (a deactivated one too).

        Args:
            key: The public workspace key.

        Returns:
            The workspace.

        Raises:
            NotFoundException: When there is no such workspace.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(endpoints.RETRIEVE, path_params={"key": key})

    def list(self, filter: str | None = None) -> AsyncPageIterator[Workspace]:
        """Iterate over every workspace, active or not, newest first, fetching pages as needed.

        Args:
            filter: Keep only workspaces whose name or public key contains this.

        Returns:
            A lazy iterator; nothing is requested before iteration starts.

        Raises:
            SeatsioException: During iteration, when a page request fails.
        """
        return self._all.list(filter)

    async def list_first_page(
        self, page_size: int | None = None, filter: str | None = None
    ) -> Page[Workspace]:
        """Fetch the first page of workspaces.

        Args:
            page_size: How many workspaces per page (the server's default when None).
            filter: Keep only workspaces whose name or public key contains this.

        Returns:
            The page, with the cursor of the next one when there is more.

        Raises:
            SeatsioException: When the request fails.
        """
        return await self._all.first_page(page_size, filter)

    async def list_page_after(
        self, after_id: int, page_size: int | None = None, filter: str | None = None
    ) -> Page[Workspace]:
        """Fetch the page after the workspace with id `after_id` (a `next_page_starts_after`).

        Args:
            after_id: The cursor: the id of the last workspace of the previous page.
            page_size: How many workspaces per page (the server's default when None).
            filter: Keep only workspaces whose name or public key contains this.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            SeatsioException: When the request fails.
        """
        return await self._all.page_after(after_id, page_size, filter)

    async def list_page_before(
        self, before_id: int, page_size: int | None = None, filter: str | None = None
    ) -> Page[Workspace]:
        """Fetch the page before the workspace with id `before_id`.

        Args:
            before_id: The cursor: the id of the first workspace of the following page.
            page_size: How many workspaces per page (the server's default when None).
            filter: Keep only workspaces whose name or public key contains this.

        Returns:
            The page, with the cursors of its neighbours.

        Raises:
            SeatsioException: When the request fails.
        """
        return await self._all.page_before(before_id, page_size, filter)

    async def regenerate_secret_key(self, key: str) -> str:
        """Replace a workspace's secret key; the old one stops working.

        Args:
            key: The public workspace key.

        Returns:
            The new secret key. Treat it like a password.

        Raises:
            NotFoundException: When there is no such workspace.
            SeatsioException: When the request fails otherwise.
        """
        result = await self._requester.request(
            endpoints.REGENERATE_SECRET_KEY, path_params={"key": key}
        )
        return result.secret_key

    async def add_secret_key(self, key: str) -> str:
        """Give a workspace one more secret key; the existing ones keep working.

        Rotate a key by adding a new one, moving your clients to it, then removing the old.

        Args:
            key: The public workspace key.

        Returns:
            The new secret key. Treat it like a password.

        Raises:
            NotFoundException: When there is no such workspace.
            SeatsioException: When the request fails otherwise.
        """
        result = await self._requester.request(endpoints.ADD_SECRET_KEY, path_params={"key": key})
        return result.secret_key

    async def remove_secret_key(self, key: str, secret_key_to_remove: str) -> None:
        """Remove one secret key of a workspace; it stops authenticating.

        Args:
            key: The public workspace key.
            secret_key_to_remove: The secret key to remove.

        Raises:
            RequestValidationError: When `secret_key_to_remove` is empty (nothing is sent).
            NotFoundException: When there is no such workspace (or, on the emulator, no
                such secret key in it).
            SeatsioException: When the request fails otherwise (e.g. removing the last key).
        """
        body = RemoveSecretKeyRequest(secret_key=secret_key_to_remove)
        await self._requester.request(
            endpoints.REMOVE_SECRET_KEY, path_params={"key": key}, body=body
        )

    async def activate(self, key: str) -> None:
        """Activate a deactivated workspace.

        Args:
            key: The public workspace key.

        Raises:
            NotFoundException: When there is no such workspace.
            SeatsioException: When the request fails otherwise.
        """
        await self._requester.request(endpoints.ACTIVATE, path_params={"key": key})

    async def deactivate(self, key: str) -> None:
        """Deactivate a workspace: every call in it fails until it is activated again.

        Args:
            key: The public workspace key.

        Raises:
            NotFoundException: When there is no such workspace.
            SeatsioException: When the request fails otherwise (e.g. the default workspace).
        """
        await self._requester.request(endpoints.DEACTIVATE, path_params={"key": key})

    async def delete(self, key: str) -> None:
        """Delete a deactivated workspace for good.

        Args:
            key: The public workspace key.

        Raises:
            NotFoundException: When there is no such workspace.
            SeatsioException: When the request fails otherwise (e.g. the workspace is active).
        """
        await self._requester.request(endpoints.DELETE, path_params={"key": key})

    async def set_default(self, key: str) -> None:
        """Make a workspace the company's default (for admin-key calls without a workspace).

        Args:
            key: The public workspace key.

        Raises:
            NotFoundException: When there is no such workspace.
            SeatsioException: When the request fails otherwise (e.g. the workspace is inactive).
        """
        await self._requester.request(endpoints.SET_DEFAULT, path_params={"key": key})
