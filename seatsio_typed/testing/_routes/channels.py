"""Channel endpoints (channels.md §2): every call answers 204 No Content.

The rules live in `_engine/channels.py`; the handlers read bodies and find the event. A body of
`POST /events/{key}/channels` may be one channel object or an array of them (add-multiple). The
literal `replace` in `POST /events/{key}/channels/replace` beats a channel key `replace` (the
router prefers literal segments), so a channel keyed `replace` cannot be updated by key; this
is how the API's paths are laid out.
"""

from __future__ import annotations

from seatsio_typed.testing._engine.channels import (
    ChannelUpdate,
    add_channels,
    add_objects,
    remove_channel,
    remove_objects,
    replace_channels,
    update_channel,
)
from seatsio_typed.testing._engine.event_input import (
    read_area_places,
    read_channel,
    read_channels,
)
from seatsio_typed.testing._engine.event_log import EVENT_CHANNELS_UPDATED, log_change
from seatsio_typed.testing._engine.records import Event
from seatsio_typed.testing._http.context import RequestContext
from seatsio_typed.testing._http.router import Access, Route
from seatsio_typed.testing._routes._access import require_event, workspace_now
from seatsio_typed.testing._wire.body import JsonArray, JsonObject, json_type_name, schema_error
from seatsio_typed.testing._wire.messages import Response, no_content


def _event(ctx: RequestContext) -> Event:
    workspace_now(ctx)
    return require_event(ctx, ctx.param("key"))


def _changed(ctx: RequestContext, event: Event) -> Response:
    """Log the change of the event's channels (`event.channels.updated`) and answer 204."""
    log_change(ctx.workspace, EVENT_CHANNELS_UPDATED, event.key, ctx.now())
    return no_content()


def _new_id(ctx: RequestContext) -> str:
    return ctx.state.keys.uuid("channel-id")


def add_channel_or_channels(ctx: RequestContext) -> Response:
    """POST /events/{key}/channels (an object: add; an array: add-multiple)"""
    event = _event(ctx)
    body = ctx.json()
    if isinstance(body, list):
        specs = read_channels(JsonArray(body))
    elif isinstance(body, dict):
        specs = (read_channel(JsonObject(body)),)
    else:
        found = json_type_name(body)
        raise schema_error(f"#: expected type: JSONObject or JSONArray, found: {found}")
    add_channels(event, specs, lambda: _new_id(ctx))
    return _changed(ctx, event)


def replace_all_channels(ctx: RequestContext) -> Response:
    """POST /events/{key}/channels/replace"""
    event = _event(ctx)
    items = ctx.body().optional_array("channels")
    specs = () if items is None else read_channels(items)
    replace_channels(event, specs, lambda: _new_id(ctx))
    return _changed(ctx, event)


def delete_channel(ctx: RequestContext) -> Response:
    """DELETE /events/{key}/channels/{channelKey}"""
    event = _event(ctx)
    remove_channel(event, ctx.param("channelKey"))
    return _changed(ctx, event)


def update_channel_route(ctx: RequestContext) -> Response:
    """POST /events/{key}/channels/{channelKey}"""
    event = _event(ctx)
    body = ctx.body()
    objects = body.optional_array("objects")
    update = ChannelUpdate(
        name=body.optional_string("name"),
        color=body.optional_string("color"),
        index=body.optional_integer("index"),
        objects=None if objects is None else tuple(objects.strings()),
        area_places=read_area_places(body) if body.raw("areaPlaces") is not None else None,
    )
    update_channel(event, ctx.param("channelKey"), update)
    return _changed(ctx, event)


def _objects_and_places(body: JsonObject) -> tuple[list[str], tuple[tuple[str, int], ...]]:
    objects = body.optional_array("objects")
    return ([] if objects is None else objects.strings()), read_area_places(body)


def add_channel_objects(ctx: RequestContext) -> Response:
    """POST /events/{key}/channels/{channelKey}/objects"""
    event = _event(ctx)
    objects, places = _objects_and_places(ctx.body())
    add_objects(event, ctx.param("channelKey"), objects, places)
    return _changed(ctx, event)


def remove_channel_objects(ctx: RequestContext) -> Response:
    """DELETE /events/{key}/channels/{channelKey}/objects (the body says what leaves)"""
    event = _event(ctx)
    objects, places = _objects_and_places(ctx.body())
    remove_objects(event, ctx.param("channelKey"), objects, places)
    return _changed(ctx, event)


_CHANNEL = "/events/{key}/channels/{channelKey}"

ROUTES = (
    Route("POST", "/events/{key}/channels", add_channel_or_channels, Access.WORKSPACE),
    Route("POST", "/events/{key}/channels/replace", replace_all_channels, Access.WORKSPACE),
    Route("POST", _CHANNEL, update_channel_route, Access.WORKSPACE),
    Route("DELETE", _CHANNEL, delete_channel, Access.WORKSPACE),
    Route("POST", f"{_CHANNEL}/objects", add_channel_objects, Access.WORKSPACE),
    Route("DELETE", f"{_CHANNEL}/objects", remove_channel_objects, Access.WORKSPACE),
)
