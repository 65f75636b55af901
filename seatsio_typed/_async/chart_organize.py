"""Organising charts: the archive, tags and categories.

These methods are part of `client.charts` (a mixin of `AsyncChartsClient`).
"""

from __future__ import annotations

from seatsio_typed._async._requester import AsyncRequester
from seatsio_typed._endpoints import charts as endpoints
from seatsio_typed.models import (
    AddCategoryRequest,
    Category,
    CategoryKey,
    UpdateCategoryRequest,
)

__all__ = ["AsyncChartOrganizeMethods"]


class AsyncChartOrganizeMethods:
    """The archive, tag and category methods of `client.charts`."""

    _requester: AsyncRequester

    async def move_to_archive(self, chart_key: str) -> None:
        """Move a chart to the archive (listed by `charts.archive`, no longer by `charts.list`).

        Args:
            chart_key: The chart key.

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        await self._requester.request(endpoints.MOVE_TO_ARCHIVE, path_params={"key": chart_key})

    async def move_out_of_archive(self, chart_key: str) -> None:
        """Move an archived chart back among the workspace's charts.

        Args:
            chart_key: The chart key.

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        await self._requester.request(endpoints.MOVE_OUT_OF_ARCHIVE, path_params={"key": chart_key})

    async def list_all_tags(self) -> list[str]:
        """List every tag used on a chart of the workspace.

        Returns:
            The tags, each once.

        Raises:
            SeatsioException: When the request fails.
        """
        result = await self._requester.request(endpoints.LIST_ALL_TAGS)
        return result.tags

    async def add_tag(self, key: str, tag: str) -> None:
        """Add a tag to a chart (adding a tag it already has changes nothing).

        Args:
            key: The chart key.
            tag: The tag.

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        await self._requester.request(endpoints.ADD_TAG, path_params={"key": key, "tag": tag})

    async def remove_tag(self, key: str, tag: str) -> None:
        """Remove a tag from a chart.

        Args:
            key: The chart key.
            tag: The tag.

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        await self._requester.request(endpoints.REMOVE_TAG, path_params={"key": key, "tag": tag})

    async def list_categories(self, chart_key: str) -> list[Category]:
        """List the categories of a chart, in drawing order.

        Args:
            chart_key: The chart key.

        Returns:
            The categories; each key keeps its type (int or str).

        Raises:
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        result = await self._requester.request(
            endpoints.LIST_CATEGORIES, path_params={"key": chart_key}
        )
        return result.categories

    async def add_category(self, chart_key: str, category: Category) -> None:
        """Add a category at the end of a chart's categories (in its draft if it has events).

        Args:
            chart_key: The chart key.
            category: The new category; `accessible` is always sent, `False` included.

        Raises:
            RequestValidationError: When the label is empty (nothing is sent).
            NotFoundException: When there is no such chart.
            SeatsioException: When the request fails otherwise.
        """
        body = AddCategoryRequest(
            key=category.key,
            label=category.label,
            color=category.color,
            accessible=category.accessible,
        )
        await self._requester.request(
            endpoints.ADD_CATEGORY, path_params={"key": chart_key}, body=body
        )

    async def remove_category(self, chart_key: str, category_key: CategoryKey) -> None:
        """Remove a category from a chart (from its draft if it has events).

        Args:
            chart_key: The chart key.
            category_key: The category key (an int is sent as its decimal text).

        Raises:
            NotFoundException: When there is no such chart or category.
            SeatsioException: When the request fails otherwise.
        """
        await self._requester.request(
            endpoints.REMOVE_CATEGORY,
            path_params={"key": chart_key, "category_key": category_key},
        )

    async def update_category(
        self,
        chart_key: str,
        category_key: CategoryKey,
        label: str | None,
        color: str | None,
        accessible: bool | None,
    ) -> None:
        """Change a category's label, colour and/or accessibility.

        Args:
            chart_key: The chart key.
            category_key: The category key.
            label: The new label; None leaves it as is.
            color: The new HTML colour (e.g. `#aaaaaa`); None leaves it as is.
            accessible: The new accessibility (`False` is sent); None leaves it as is.

        Raises:
            NotFoundException: When there is no such chart or category.
            SeatsioException: When the request fails otherwise.
        """
        body = UpdateCategoryRequest(label=label, color=color, accessible=accessible)
        await self._requester.request(
            endpoints.UPDATE_CATEGORY,
            path_params={"key": chart_key, "category_key": category_key},
            body=body,
        )
