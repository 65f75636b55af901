"""The Event resource as the API renders it (events.md §5.1 and the checklist in §6).

`event_to_json(event, chart)` is THE event serialiser: the events endpoints use it, and so does
`GET /charts/{key}?expand=events` (the charts endpoints pass the event's chart).

Every Event carries `id`, `key`, `chartKey`, `tableBookingConfig`, `supportsBestAvailable`,
`createdOn`, the four season flags (with `topLevelSeasonKey` and `partialSeasonKeysForEvent`
where they apply, `season_records.season_flags`) and `isInThePast`, because the official clients
dereference them. Optional parts are left out when unset: `name`, `date`, `forSaleConfig`,
`updatedOn`, `objectCategories` (also after they were removed), `channels` (when the event has
none, as in the docs' list example). `categories` are the chart's (chart order, original key
types) followed by the event-level ones.
"""

from __future__ import annotations

from seatsio_typed.testing._charts import CategoryDef
from seatsio_typed.testing._engine.records import Event
from seatsio_typed.testing._engine.season_records import season_flags
from seatsio_typed.testing._state.chart_store import Chart
from seatsio_typed.testing._state.clock import format_timestamp
from seatsio_typed.testing._wire.messages import JSON, JSONObject


def event_categories(event: Event, chart: Chart | None) -> tuple[CategoryDef, ...]:
    """The categories usable on an event: the chart's, then the event's own."""
    chart_categories = () if chart is None else chart.published.index.categories
    return (*chart_categories, *event.categories)


def event_to_json(event: Event, chart: Chart | None) -> JSONObject:
    """Render one event (`chart` is the event's chart, used for categories and best available)."""
    rendered: JSONObject = {"id": event.id, "key": event.key}
    if event.name is not None:
        rendered["name"] = event.name
    if event.date is not None:
        rendered["date"] = event.date
    rendered["chartKey"] = event.chart_key
    rendered["tableBookingConfig"] = event.table_booking.to_json()
    rendered["supportsBestAvailable"] = (
        False if chart is None else chart.published.index.supports_best_available
    )
    if event.for_sale is not None:
        rendered["forSaleConfig"] = event.for_sale.to_json()
    if event.channels:
        rendered["channels"] = [channel.to_json() for channel in event.channels]
    rendered["categories"] = [cat.to_json() for cat in event_categories(event, chart)]
    if event.object_categories:
        rendered["objectCategories"] = dict[str, JSON](event.object_categories)
    rendered["createdOn"] = format_timestamp(event.created_on)
    if event.updated_on is not None:
        rendered["updatedOn"] = format_timestamp(event.updated_on)
    rendered.update(season_flags(event))
    rendered["isInThePast"] = event.is_in_the_past
    return rendered
