"""Cursor pagination exactly as `overview.md` §9 describes it, shared by every list endpoint.

The caller passes the items already filtered and in list order (newest first for most lists);
`paginate` cuts one page out of them::

    page = PageRequest.from_request(ctx.request, default_limit=20, max_limit=20)
    return json_response(paginate(items, page, item_id=lambda c: c.id, render=render_chart))

Cursors are the numeric ids of the items, emitted as JSON strings, and the cursor keys are left
out when there is no such page. `start_after_id` selects the items after that item in list order,
`end_before_id` the `limit` items right before it. When the cursor's item is not in the list any
more (deleted, or filtered out) its position is found from the id itself, assuming the list is
ordered by id (`order`), which is how the real server's id-ordered lists behave.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from seatsio_typed.testing._wire.messages import JSON, JSONObject, Request
from seatsio_typed.testing._wire.query import query_error, query_int

_T = TypeVar("_T")

DEFAULT_LIMIT = 1000
"""The API's default and maximum page size unless an endpoint says otherwise."""


@dataclass(frozen=True)
class PageRequest:
    """The page a list request asks for: a size and at most one cursor."""

    limit: int
    start_after_id: int | None = None
    end_before_id: int | None = None

    @classmethod
    def from_request(
        cls, request: Request, *, default_limit: int = DEFAULT_LIMIT, max_limit: int = DEFAULT_LIMIT
    ) -> PageRequest:
        """Read `limit`, `start_after_id` and `end_before_id`; 400 when both cursors are given.

        A `limit` above the endpoint's maximum is clamped to it, the way the docs describe a cap.
        """
        limit = query_int(request, "limit", default=default_limit, minimum=1)
        after = query_int(request, "start_after_id")
        before = query_int(request, "end_before_id")
        if after is not None and before is not None:
            raise query_error("start_after_id and end_before_id cannot be combined")
        return cls(min(limit or default_limit, max_limit), after, before)


def paginate(
    items: Sequence[_T],
    page: PageRequest,
    *,
    item_id: Callable[[_T], int],
    render: Callable[[_T], JSON],
    order: Literal["id-desc", "id-asc", "other"] = "id-desc",
) -> JSONObject:
    """Cut one page out of `items` (already in list order) and render the page body."""
    start, stop = _bounds(items, page, item_id, order)
    chosen = items[start:stop]
    body: JSONObject = {"items": [render(item) for item in chosen]}
    if chosen and stop < len(items):
        body["next_page_starts_after"] = str(item_id(chosen[-1]))
    if chosen and start > 0:
        body["previous_page_ends_before"] = str(item_id(chosen[0]))
    return body


def _bounds(
    items: Sequence[_T],
    page: PageRequest,
    item_id: Callable[[_T], int],
    order: Literal["id-desc", "id-asc", "other"],
) -> tuple[int, int]:
    if page.start_after_id is not None:
        cursor = _position(items, page.start_after_id, item_id, order, after=True)
        if cursor is None:
            return 0, 0
        return cursor, min(cursor + page.limit, len(items))
    if page.end_before_id is not None:
        cursor = _position(items, page.end_before_id, item_id, order, after=False)
        if cursor is None:
            return 0, 0
        return max(cursor - page.limit, 0), cursor
    return 0, min(page.limit, len(items))


def _position(
    items: Sequence[_T],
    cursor_id: int,
    item_id: Callable[[_T], int],
    order: Literal["id-desc", "id-asc", "other"],
    *,
    after: bool,
) -> int | None:
    """The index where the page starts (after=True) or ends (after=False), or None if unknown."""
    ids = [item_id(item) for item in items]
    if cursor_id in ids:
        index = ids.index(cursor_id)
        return index + 1 if after else index
    if order == "other":
        return None
    # The cursor's item is gone: place the cursor where its id would sit in the ordering.
    keys = [-value for value in ids] if order == "id-desc" else ids
    return bisect.bisect_left(keys, -cursor_id if order == "id-desc" else cursor_id)
