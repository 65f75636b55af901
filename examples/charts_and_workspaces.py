"""Charts and workspaces: drafts, the archive, secret key rotation and hold token expiry."""

from __future__ import annotations

import seatsio_typed as seatsio


def rename_and_publish(client: seatsio.Client, chart_key: str, new_name: str) -> list[str]:
    """A chart with events is changed in a draft; publish it only when it validates."""
    client.charts.update(chart_key, new_name=new_name)
    validation = client.charts.validate_draft_version(chart_key)
    if validation.errors:
        client.charts.discard_draft_version(chart_key)
    else:
        client.charts.publish_draft_version(chart_key)
    return validation.errors


def archived_chart_names(client: seatsio.Client, name_part: str) -> list[str]:
    """The archive is iterated lazily; each call sends only its own filter."""
    return [chart.name for chart in client.charts.archive.list(filter=name_part)]


def rotate_secret_key(admin: seatsio.Client, workspace_key: str, old_secret: str) -> str:
    """Add a new secret key, move your servers to it, then remove the old one."""
    new_secret = admin.workspaces.add_secret_key(workspace_key)
    # ... deploy `new_secret` to every server using `old_secret` ...
    admin.workspaces.remove_secret_key(workspace_key, old_secret)
    return new_secret


def give_the_buyer_more_time(client: seatsio.Client, hold_token: str) -> int:
    """Extend a checkout: the token now expires 10 minutes from now."""
    token = client.hold_tokens.expire_in_minutes(hold_token, 10)
    return token.expires_in_seconds
