"""charts.*: events of a chart, update, drafts (publish, discard, copy), copies, thumbnails and
validation, end to end on the emulator with both clients."""

from __future__ import annotations

import pytest

from seatsio_typed import Category, ChartDrawing, ChartStatus, NotFoundException
from seatsio_typed.testing import TestCompany
from tests.integration.conftest import Connector
from tests.integration.support import BALCONY, STALLS, VENUE_NAME
from tests.unit.support import Sdk

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


async def test_retrieve_with_events_lists_the_chart_events(
    sdk: Sdk, chart_key: str, event_key: str
) -> None:
    second = await sdk.create_event(chart_key, "matinee")
    chart = await sdk.call(lambda c: c.charts.retrieve_with_events(chart_key))
    assert chart.events is not None
    assert [event.key for event in chart.events] == [second.key, event_key]  # newest first
    assert (await sdk.call(lambda c: c.charts.retrieve(chart_key))).events is None


async def test_update_of_a_chart_without_events_changes_it_in_place(
    sdk: Sdk, chart_key: str
) -> None:
    categories = [Category(key="vip", label="VIP", color="#123456", accessible=True)]
    await sdk.call(lambda c: c.charts.update(chart_key, "Renamed hall", categories))
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert (chart.name, chart.status) == ("Renamed hall", ChartStatus.NOT_USED)
    assert await sdk.call(lambda c: c.charts.list_categories(chart_key)) == categories
    drawing: ChartDrawing = await sdk.call(lambda c: c.charts.retrieve_published_version(chart_key))
    assert drawing["name"] == "Renamed hall"


async def _draft_renamed(sdk: Sdk, chart_key: str, name: str = "Draft hall") -> None:
    """Rename a chart that has events: the change goes into a (new) draft version."""
    await sdk.call(lambda c: c.charts.update(chart_key, new_name=name))


@pytest.mark.usefixtures("event_key")
async def test_a_draft_is_readable_and_publishing_it_replaces_the_published_version(
    sdk: Sdk, chart_key: str
) -> None:
    await _draft_renamed(sdk, chart_key)
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert chart.status is ChartStatus.PUBLISHED_WITH_DRAFT
    # Annotated: pyright does not solve `Awaitable[T] | T` for a dict result on its own.
    draft: ChartDrawing = await sdk.call(lambda c: c.charts.retrieve_draft_version(chart_key))
    published: ChartDrawing = await sdk.call(
        lambda c: c.charts.retrieve_published_version(chart_key)
    )
    assert (draft["name"], published["name"]) == ("Draft hall", VENUE_NAME)
    validation = await sdk.call(lambda c: c.charts.validate_draft_version(chart_key))
    assert validation.errors == []

    await sdk.call(lambda c: c.charts.publish_draft_version(chart_key))

    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert (chart.name, chart.status) == ("Draft hall", ChartStatus.PUBLISHED)
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.retrieve_draft_version(chart_key))


@pytest.mark.usefixtures("event_key")
async def test_discarding_a_draft_brings_back_the_published_version(
    sdk: Sdk, chart_key: str
) -> None:
    await _draft_renamed(sdk, chart_key)
    await sdk.call(lambda c: c.charts.discard_draft_version(chart_key))
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert (chart.name, chart.status) == (VENUE_NAME, ChartStatus.PUBLISHED)
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.discard_draft_version(chart_key))


@pytest.mark.usefixtures("event_key")
async def test_copy_draft_version_publishes_the_draft_in_a_new_chart(
    sdk: Sdk, chart_key: str
) -> None:
    await _draft_renamed(sdk, chart_key)
    copy = await sdk.call(lambda c: c.charts.copy_draft_version(chart_key))
    assert copy.key != chart_key
    assert (copy.name, copy.status) == ("Draft hall (copy)", ChartStatus.NOT_USED)
    original = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert original.status is ChartStatus.PUBLISHED_WITH_DRAFT  # the draft stays


@pytest.mark.usefixtures("event_key")
async def test_thumbnails_are_png_bytes(sdk: Sdk, chart_key: str) -> None:
    published = await sdk.call(lambda c: c.charts.retrieve_published_version_thumbnail(chart_key))
    assert published.startswith(PNG_SIGNATURE)
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.retrieve_draft_version_thumbnail(chart_key))
    await _draft_renamed(sdk, chart_key)
    draft = await sdk.call(lambda c: c.charts.retrieve_draft_version_thumbnail(chart_key))
    assert draft.startswith(PNG_SIGNATURE)


async def test_copy_makes_a_new_chart_with_the_same_drawing(sdk: Sdk, chart_key: str) -> None:
    await sdk.call(lambda c: c.charts.add_tag(chart_key, "summer"))
    copy = await sdk.call(lambda c: c.charts.copy(chart_key))
    assert copy.key != chart_key
    assert (copy.name, copy.tags) == (f"{VENUE_NAME} (copy)", ["summer"])
    categories = await sdk.call(lambda c: c.charts.list_categories(copy.key))
    assert [category.key for category in categories] == [STALLS, BALCONY]


async def test_validate_published_version_of_a_valid_chart(sdk: Sdk, chart_key: str) -> None:
    validation = await sdk.call(lambda c: c.charts.validate_published_version(chart_key))
    assert validation.errors == []


async def test_copy_to_another_workspace(
    sdk: Sdk, chart_key: str, connect: Connector, company: TestCompany
) -> None:
    target = await sdk.call(lambda c: c.workspaces.create("Touring"))
    copy = await sdk.call(lambda c: c.charts.copy_to_workspace(chart_key, target.key))
    inside = connect(company.admin_key, workspace_key=target.key)
    assert [chart.key for chart in await inside.collect(lambda c: c.charts.list())] == [copy.key]
    assert copy.name == VENUE_NAME
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.retrieve(copy.key))  # not in the default workspace


async def test_copy_from_one_workspace_to_another(
    sdk: Sdk, chart_key: str, connect: Connector, company: TestCompany
) -> None:
    source = await sdk.call(lambda c: c.workspaces.create("Source"))
    moved = await sdk.call(lambda c: c.charts.copy_to_workspace(chart_key, source.key))
    target = await sdk.call(lambda c: c.workspaces.create("Target"))
    copy = await sdk.call(
        lambda c: c.charts.copy_from_workspace_to(moved.key, source.key, target.key)
    )
    inside = connect(company.admin_key, workspace_key=target.key)
    assert (await inside.call(lambda c: c.charts.retrieve(copy.key))).name == VENUE_NAME
