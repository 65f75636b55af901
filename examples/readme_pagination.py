"""Pagination: `list()` walks every page lazily; the `list_*_page` calls fetch one page.

A page is a `seatsio.Page[Chart]` with `items`, `next_page_starts_after` and
`previous_page_ends_before`; the cursors are ints, or None where there is no such page.
"""

from __future__ import annotations

from collections.abc import Iterator

import seatsio_typed as seatsio


def chart_names(client: seatsio.Client, name_filter: str) -> list[str]:
    """Every chart whose name contains `name_filter`, newest first, fetched as needed."""
    return [chart.name for chart in client.charts.list(chart_filter=name_filter)]


def first_chart_named(client: seatsio.Client, name_filter: str) -> seatsio.Chart | None:
    """Stop early: no page after the one holding the first match is fetched."""
    return next(iter(client.charts.list(chart_filter=name_filter)), None)


def page_sizes(client: seatsio.Client) -> list[int]:
    """The list page by page (`pages()`), e.g. to process charts in batches."""
    return [len(page.items) for page in client.charts.list().pages()]


def pages_of(client: seatsio.Client, page_size: int) -> Iterator[list[str]]:
    """Chart keys page by page with explicit cursors, as a dashboard's next button would."""
    page = client.charts.list_first_page(page_size=page_size)
    yield [chart.key for chart in page.items]
    while page.next_page_starts_after is not None:
        page = client.charts.list_page_after(page.next_page_starts_after, page_size=page_size)
        yield [chart.key for chart in page.items]


def previous_page(client: seatsio.Client, page: seatsio.Page[seatsio.Chart]) -> list[str] | None:
    """The page before `page`, or None on the first page."""
    if page.previous_page_ends_before is None:
        return None
    before = client.charts.list_page_before(page.previous_page_ends_before)
    return [chart.key for chart in before.items]
