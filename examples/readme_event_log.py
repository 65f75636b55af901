"""The event log (what changed on charts and events) and the company's ticket buyer ids."""

from __future__ import annotations

from uuid import UUID

import seatsio_typed as seatsio


def recent_changes(client: seatsio.Client, key_part: str) -> list[str]:
    """The event log's items mentioning `key_part`: their type and the chart or event key."""
    return [
        f"{item.type} {item.data.key if item.data else ''}"
        for item in client.event_log.list_first_page(filter=key_part).items
    ]


def allow_buyers(admin: seatsio.Client, buyer_ids: list[UUID]) -> list[UUID]:
    """Add ticket buyer ids (company admin key); returns the ones that were new."""
    result = admin.ticket_buyers.add(buyer_ids)
    return result.added  # result.already_present lists the others


def all_buyers(admin: seatsio.Client) -> set[UUID]:
    """Every allowed ticket buyer id, fetched page by page as the loop goes."""
    return set(admin.ticket_buyers.list_all())
