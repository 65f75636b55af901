"""Workspaces of the company (company admin key)."""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import workspaces as endpoints
from seatsio_typed.models import CreateWorkspaceRequest, Workspace

__all__ = ["AsyncWorkspacesClient"]


class AsyncWorkspacesClient:
    """Workspaces of the company (`client.workspaces`); needs the company admin key."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(self, name: str, is_test: bool | None = None) -> Workspace:
        """Create a workspace (`POST /workspaces`; needs the company admin key).

        Args:
            name: The workspace's name.
            is_test: Create a test workspace (not billed, watermarked charts).

        Returns:
            The new workspace, with its secret key.

        Raises:
            RequestValidationError: an argument was refused; nothing was sent.
            SeatsioException: the API answered with an error, or the request failed.
        """
        body = CreateWorkspaceRequest(name=name, is_test=is_test)
        return await self._requester.request(endpoints.CREATE, body=body)
