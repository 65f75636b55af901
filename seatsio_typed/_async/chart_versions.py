"""A chart's versions: drawings, thumbnails, copies, discard, publish and validate.

A chart has a published version and, once a chart with events is changed, a draft version.
These methods are part of `client.charts` (a mixin of `AsyncChartsClient`).
"""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import chart_versions as endpoints
from seatsio_typed.models import Chart, ChartDrawing, ChartValidation

__all__ = ["AsyncChartVersionMethods"]


class AsyncChartVersionMethods:
    """The version methods of `client.charts`."""

    _requester: AsyncRequester

    async def retrieve_published_version(self, key: str) -> ChartDrawing:
        """Retrieve the drawing of a chart's published version.

        Args:
            key: The chart key.

        Returns:
            The drawing as JSON (its format: chart-model.md).

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(
            endpoints.RETRIEVE_PUBLISHED_VERSION, path_params={"key": key}
        )

    async def retrieve_draft_version(self, key: str) -> ChartDrawing:
        """Retrieve the drawing of a chart's draft version.

        Args:
            key: The chart key.

        Returns:
            The draft drawing as JSON (its format: chart-model.md).

        Raises:
            NotFoundException: When there is no such chart, or it has no draft.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(
            endpoints.RETRIEVE_DRAFT_VERSION, path_params={"key": key}
        )

    async def retrieve_published_version_thumbnail(self, key: str) -> bytes:
        """Retrieve the thumbnail image of a chart's published version.

        Args:
            key: The chart key.

        Returns:
            The image bytes (PNG), as sent.

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(
            endpoints.RETRIEVE_PUBLISHED_VERSION_THUMBNAIL, path_params={"key": key}
        )

    async def retrieve_draft_version_thumbnail(self, key: str) -> bytes:
        """Retrieve the thumbnail image of a chart's draft version.

        Args:
            key: The chart key.

        Returns:
            The image bytes (PNG), as sent.

        Raises:
            NotFoundException: When there is no such chart, or it has no draft.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(
            endpoints.RETRIEVE_DRAFT_VERSION_THUMBNAIL, path_params={"key": key}
        )

    async def copy(self, key: str) -> Chart:
        """Copy a chart's published version into a new chart of the same workspace.

        Args:
            key: The chart key.

        Returns:
            The new chart (named after the original plus " (copy)"; no events).

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(endpoints.COPY, path_params={"key": key})

    async def copy_to_workspace(self, chart_key: str, to_workspace_key: str) -> Chart:
        """Copy a chart's published version into a new chart of another workspace.

        Args:
            chart_key: The chart key, in the workspace of this client.
            to_workspace_key: The public key of the workspace that receives the copy.

        Returns:
            The new chart, in the target workspace.

        Raises:
            NotFoundException: When there is no such chart or workspace.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(
            endpoints.COPY_TO_WORKSPACE,
            path_params={"key": chart_key, "to_workspace_key": to_workspace_key},
        )

    async def copy_from_workspace_to(
        self, chart_key: str, from_workspace_key: str, to_workspace_key: str
    ) -> Chart:
        """Copy a chart of one workspace into a new chart of another (company admin key).

        Args:
            chart_key: The chart key, in the source workspace.
            from_workspace_key: The public key of the workspace holding the chart.
            to_workspace_key: The public key of the workspace that receives the copy.

        Returns:
            The new chart, in the target workspace.

        Raises:
            NotFoundException: When there is no such chart or workspace.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(
            endpoints.COPY_FROM_WORKSPACE_TO,
            path_params={
                "key": chart_key,
                "from_workspace_key": from_workspace_key,
                "to_workspace_key": to_workspace_key,
            },
        )

    async def copy_draft_version(self, key: str) -> Chart:
        """Copy a chart's draft version into a new chart, where it is the published version.

        Args:
            key: The chart key.

        Returns:
            The new chart (named after the draft plus " (copy)").

        Raises:
            SeatsioException: When there is no such chart or it has no draft, or the request
                fails otherwise.
        """
        return await self._requester.request(endpoints.COPY_DRAFT_VERSION, path_params={"key": key})

    async def discard_draft_version(self, key: str) -> None:
        """Delete a chart's draft version for good; the published version stays.

        Args:
            key: The chart key.

        Raises:
            SeatsioException: When there is no such chart or it has no draft, or the request
                fails otherwise.
        """
        await self._requester.request(endpoints.DISCARD_DRAFT_VERSION, path_params={"key": key})

    async def publish_draft_version(self, chart_key: str) -> None:
        """Make a chart's draft version its published version (irreversible).

        Args:
            chart_key: The chart key.

        Raises:
            BadRequestException: When the draft fails a validator set to error level
                (`DRAWING_VALIDATION_FAILED`).
            SeatsioException: When there is no such chart or it has no draft, or the request
                fails otherwise.
        """
        await self._requester.request(
            endpoints.PUBLISH_DRAFT_VERSION, path_params={"key": chart_key}
        )

    async def validate_published_version(self, key: str) -> ChartValidation:
        """Run the company's validators on a chart's published version.

        Args:
            key: The chart key.

        Returns:
            The names of the failed validators, split into errors and warnings.

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        return await self._requester.request(
            endpoints.VALIDATE_PUBLISHED_VERSION, path_params={"key": key}
        )

    async def validate_draft_version(self, key: str) -> ChartValidation:
        """Run the company's validators on a chart's draft version.

        Args:
            key: The chart key.

        Returns:
            The names of the failed validators, split into errors and warnings.

        Raises:
            SeatsioException: When there is no such chart or it has no draft, or the request
                fails otherwise.
        """
        return await self._requester.request(
            endpoints.VALIDATE_DRAFT_VERSION, path_params={"key": key}
        )
