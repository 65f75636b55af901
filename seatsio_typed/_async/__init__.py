"""The asynchronous client: the single source the sync client is generated from."""

from seatsio_typed._async._paging import AsyncPageIterator
from seatsio_typed._async.chart_organize import AsyncChartOrganizeMethods
from seatsio_typed._async.chart_reports import AsyncChartReports
from seatsio_typed._async.chart_versions import AsyncChartVersionMethods
from seatsio_typed._async.charts import AsyncChartsClient
from seatsio_typed._async.client import AsyncClient
from seatsio_typed._async.event_channels import AsyncEventChannelsClient
from seatsio_typed._async.event_for_sale import AsyncEventForSaleMethods
from seatsio_typed._async.event_log import AsyncEventLogClient
from seatsio_typed._async.event_report_summaries import AsyncEventReportSummaryMethods
from seatsio_typed._async.event_reports import AsyncEventReports
from seatsio_typed._async.events import AsyncEventsClient
from seatsio_typed._async.hold_tokens import AsyncHoldTokensClient
from seatsio_typed._async.listers import AsyncLister
from seatsio_typed._async.seasons import AsyncSeasonsClient
from seatsio_typed._async.status_changes import AsyncStatusChangeLister
from seatsio_typed._async.ticket_buyers import AsyncTicketBuyersClient
from seatsio_typed._async.usage_reports import AsyncUsageReports
from seatsio_typed._async.workspaces import AsyncWorkspacesClient

__all__ = [
    "AsyncChartOrganizeMethods",
    "AsyncChartReports",
    "AsyncChartVersionMethods",
    "AsyncChartsClient",
    "AsyncClient",
    "AsyncEventChannelsClient",
    "AsyncEventForSaleMethods",
    "AsyncEventLogClient",
    "AsyncEventReportSummaryMethods",
    "AsyncEventReports",
    "AsyncEventsClient",
    "AsyncHoldTokensClient",
    "AsyncLister",
    "AsyncPageIterator",
    "AsyncSeasonsClient",
    "AsyncStatusChangeLister",
    "AsyncTicketBuyersClient",
    "AsyncUsageReports",
    "AsyncWorkspacesClient",
]
