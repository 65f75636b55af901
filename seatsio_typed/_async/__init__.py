"""The asynchronous client: the single source the sync client is generated from."""

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async.charts import AsyncChartsClient
from seatsio_typed._async.client import AsyncClient
from seatsio_typed._async.event_channels import AsyncEventChannelsClient
from seatsio_typed._async.events import AsyncEventsClient
from seatsio_typed._async.hold_tokens import AsyncHoldTokensClient
from seatsio_typed._async.seasons import AsyncSeasonsClient
from seatsio_typed._async.workspaces import AsyncWorkspacesClient

__all__ = [
    "AsyncChartsClient",
    "AsyncClient",
    "AsyncEventChannelsClient",
    "AsyncEventsClient",
    "AsyncHoldTokensClient",
    "AsyncPageIterator",
    "AsyncSeasonsClient",
    "AsyncWorkspacesClient",
]
