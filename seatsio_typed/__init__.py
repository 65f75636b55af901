"""A strictly typed Python SDK for the Seats.io REST API.

    from seatsio_typed import Client, Region

    with Client(Region.EU(), secret_key="...") as client:
        chart = client.charts.create(name="My venue")

`AsyncClient` offers the same methods as coroutines (`async with` / `await` / `async for`).
"""

from seatsio_typed._async import (
    AsyncChartsClient,
    AsyncClient,
    AsyncEventsClient,
    AsyncHoldTokensClient,
    AsyncPageIterator,
    AsyncWorkspacesClient,
)
from seatsio_typed._config import NOT_GIVEN, NotGiven
from seatsio_typed._endpoints.events import ObjectOrObjects
from seatsio_typed._http import Timeout
from seatsio_typed._sync import (
    ChartsClient,
    Client,
    EventsClient,
    HoldTokensClient,
    PageIterator,
    WorkspacesClient,
)
from seatsio_typed._version import __version__
from seatsio_typed.errors import (
    AuthenticationException,
    BadRequestException,
    BestAvailableObjectsNotFoundException,
    ErrorDetail,
    NotFoundException,
    PermissionDeniedException,
    RateLimitExceededException,
    SeatsioConnectionError,
    SeatsioException,
    SeatsioTimeoutError,
    ServerException,
    UnexpectedResponseError,
)
from seatsio_typed.models import (
    Category,
    CategoryKey,
    ChangeObjectStatusResult,
    Channel,
    ChannelCreationParams,
    Chart,
    ChartStatus,
    ChartValidation,
    Event,
    EventObjectInfo,
    ForSaleConfig,
    HoldToken,
    ObjectProperties,
    ObjectStatus,
    ObjectType,
    Season,
    StatusChangeType,
    TableBookingConfig,
    TableBookingMode,
    TableMode,
    VenueType,
    Workspace,
    Zone,
)
from seatsio_typed.pagination import Page
from seatsio_typed.region import Region

__all__ = [
    "NOT_GIVEN",
    "AsyncChartsClient",
    "AsyncClient",
    "AsyncEventsClient",
    "AsyncHoldTokensClient",
    "AsyncPageIterator",
    "AsyncWorkspacesClient",
    "AuthenticationException",
    "BadRequestException",
    "BestAvailableObjectsNotFoundException",
    "Category",
    "CategoryKey",
    "ChangeObjectStatusResult",
    "Channel",
    "ChannelCreationParams",
    "Chart",
    "ChartStatus",
    "ChartValidation",
    "ChartsClient",
    "Client",
    "ErrorDetail",
    "Event",
    "EventObjectInfo",
    "EventsClient",
    "ForSaleConfig",
    "HoldToken",
    "HoldTokensClient",
    "NotFoundException",
    "NotGiven",
    "ObjectOrObjects",
    "ObjectProperties",
    "ObjectStatus",
    "ObjectType",
    "Page",
    "PageIterator",
    "PermissionDeniedException",
    "RateLimitExceededException",
    "Region",
    "Season",
    "SeatsioConnectionError",
    "SeatsioException",
    "SeatsioTimeoutError",
    "ServerException",
    "StatusChangeType",
    "TableBookingConfig",
    "TableBookingMode",
    "TableMode",
    "Timeout",
    "UnexpectedResponseError",
    "VenueType",
    "Workspace",
    "WorkspacesClient",
    "Zone",
    "__version__",
]
