"""Recorded: drafts (read, validate, thumbnails, publish, discard, copy), copies elsewhere."""

from __future__ import annotations

import pytest

from seatsio_typed import ChartDrawing, ChartStatus, NotFoundException
from tests.cassette._recording import Recording
from tests.cassette._venue import BALCONY, STALLS, VENUE_NAME, venue

pytestmark = pytest.mark.vcr

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


async def test_a_draft_is_read_validated_copied_discarded_and_published(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    event = await sdk.call(lambda c: c.events.create(chart_key, event_key="premiere"))
    with_events = await sdk.call(lambda c: c.charts.retrieve_with_events(chart_key))
    assert [listed.key for listed in with_events.events or []] == [event.key]
    published_png = await sdk.call(
        lambda c: c.charts.retrieve_published_version_thumbnail(chart_key)
    )
    assert published_png.startswith(PNG_SIGNATURE)
    valid = await sdk.call(lambda c: c.charts.validate_published_version(chart_key))
    assert valid.errors == []

    await sdk.call(lambda c: c.charts.update(chart_key, new_name="Draft hall"))  # has events
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert chart.status is ChartStatus.PUBLISHED_WITH_DRAFT
    draft: ChartDrawing = await sdk.call(lambda c: c.charts.retrieve_draft_version(chart_key))
    published: ChartDrawing = await sdk.call(
        lambda c: c.charts.retrieve_published_version(chart_key)
    )
    assert (draft["name"], published["name"]) == ("Draft hall", VENUE_NAME)
    assert (await sdk.call(lambda c: c.charts.validate_draft_version(chart_key))).errors == []
    draft_png = await sdk.call(lambda c: c.charts.retrieve_draft_version_thumbnail(chart_key))
    assert draft_png.startswith(PNG_SIGNATURE)
    copy = await sdk.call(lambda c: c.charts.copy_draft_version(chart_key))
    assert (copy.name, copy.status) == ("Draft hall (copy)", ChartStatus.NOT_USED)

    await sdk.call(lambda c: c.charts.discard_draft_version(chart_key))
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert (chart.name, chart.status) == (VENUE_NAME, ChartStatus.PUBLISHED)
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.retrieve_draft_version(chart_key))

    await sdk.call(lambda c: c.charts.update(chart_key, new_name="Final hall"))
    await sdk.call(lambda c: c.charts.publish_draft_version(chart_key))
    chart = await sdk.call(lambda c: c.charts.retrieve(chart_key))
    assert (chart.name, chart.status) == ("Final hall", ChartStatus.PUBLISHED)


async def test_copies_in_the_workspace_and_to_other_workspaces(rec: Recording) -> None:
    chart_key = rec.seed_chart(venue())
    sdk = rec.sdk()
    await sdk.call(lambda c: c.charts.add_tag(chart_key, "summer"))
    copy = await sdk.call(lambda c: c.charts.copy(chart_key))
    assert (copy.name, copy.tags) == (f"{VENUE_NAME} (copy)", ["summer"])
    categories = await sdk.call(lambda c: c.charts.list_categories(copy.key))
    assert [category.key for category in categories] == [STALLS, BALCONY]

    source = await sdk.call(lambda c: c.workspaces.create("Source"))
    moved = await sdk.call(lambda c: c.charts.copy_to_workspace(chart_key, source.key))
    target = await sdk.call(lambda c: c.workspaces.create("Target"))
    copied = await sdk.call(
        lambda c: c.charts.copy_from_workspace_to(moved.key, source.key, target.key)
    )
    inside = rec.sdk_with(rec.admin_key, workspace_key=target.key)
    assert (await inside.call(lambda c: c.charts.retrieve(copied.key))).name == VENUE_NAME
    with pytest.raises(NotFoundException):
        await sdk.call(lambda c: c.charts.retrieve(moved.key))  # not in the home workspace
