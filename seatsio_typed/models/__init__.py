"""Request and response models of the Seats.io API, by domain.

Requests (``*Request``, ``ObjectProperties``, ``ChannelCreationParams``, ``EventProperties``)
are strict and closed and serialise with ``to_wire()``; responses are validated and open
(unknown fields in ``model_extra``, unknown enum values kept). See ``_base`` for the rules.
"""

from seatsio_typed.models._base import RequestModel, ResponseModel
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._types import DecimalText, UtcDatetime
from seatsio_typed.models.categories import Category, CategoryKey
from seatsio_typed.models.channels import Channel, ChannelCreationParams
from seatsio_typed.models.charts import (
    Chart,
    ChartStatus,
    ChartValidation,
    CreateChartRequest,
    UpdateCategoryRequest,
    UpdateChartRequest,
    VenueType,
    Zone,
)
from seatsio_typed.models.events import (
    CreateEventRequest,
    CreateMultipleEventsRequest,
    EditForSaleConfigResult,
    Event,
    EventProperties,
    ForSaleConfig,
    RateLimitInfo,
    TableBookingConfig,
    TableBookingMode,
    TableMode,
    UpdateEventRequest,
)
from seatsio_typed.models.hold_tokens import (
    CreateHoldTokenRequest,
    ExpireHoldTokenRequest,
    HoldToken,
)
from seatsio_typed.models.object_info import (
    EntranceLabel,
    EventObjectInfo,
    Floor,
    LabelAndType,
    ObjectIds,
    ObjectLabels,
    ObjectStatus,
    ObjectType,
)
from seatsio_typed.models.object_status import (
    ChangeObjectStatusInBatchRequest,
    ChangeObjectStatusInBatchResult,
    ChangeObjectStatusRequest,
    ChangeObjectStatusResult,
    ObjectProperties,
    ObjectsToChange,
    StatusChangeRequest,
    StatusChangeType,
)
from seatsio_typed.models.seasons import EventOrSeason, Season
from seatsio_typed.models.workspaces import (
    CreateWorkspaceRequest,
    UpdateWorkspaceRequest,
    Workspace,
    WorkspaceSecretKey,
)

__all__ = [
    "Category",
    "CategoryKey",
    "ChangeObjectStatusInBatchRequest",
    "ChangeObjectStatusInBatchResult",
    "ChangeObjectStatusRequest",
    "ChangeObjectStatusResult",
    "Channel",
    "ChannelCreationParams",
    "Chart",
    "ChartStatus",
    "ChartValidation",
    "CreateChartRequest",
    "CreateEventRequest",
    "CreateHoldTokenRequest",
    "CreateMultipleEventsRequest",
    "CreateWorkspaceRequest",
    "DecimalText",
    "EditForSaleConfigResult",
    "EntranceLabel",
    "Event",
    "EventObjectInfo",
    "EventOrSeason",
    "EventProperties",
    "ExpireHoldTokenRequest",
    "Floor",
    "ForSaleConfig",
    "HoldToken",
    "LabelAndType",
    "ObjectIds",
    "ObjectLabels",
    "ObjectProperties",
    "ObjectStatus",
    "ObjectType",
    "ObjectsToChange",
    "OpenEnum",
    "RateLimitInfo",
    "RequestModel",
    "ResponseModel",
    "Season",
    "StatusChangeRequest",
    "StatusChangeType",
    "TableBookingConfig",
    "TableBookingMode",
    "TableMode",
    "UpdateCategoryRequest",
    "UpdateChartRequest",
    "UpdateEventRequest",
    "UpdateWorkspaceRequest",
    "UtcDatetime",
    "VenueType",
    "Workspace",
    "WorkspaceSecretKey",
    "Zone",
]
