"""Request and response models of the Seats.io API, by domain.

Requests (``*Request``, ``ObjectProperties``, ``ChannelCreationParams``, ``EventProperties``,
``BestAvailable``, ``ObjectAndQuantity``) are strict and closed and serialise with ``to_wire()``;
responses are validated and open (unknown fields in ``model_extra``, unknown enum values kept).
See ``seatsio_typed.models._base`` for the rules.
"""

from seatsio_typed.models._base import RequestModel, ResponseModel
from seatsio_typed.models._enum import OpenEnum
from seatsio_typed.models._types import DecimalText, UtcDatetime
from seatsio_typed.models.best_available import (
    BestAvailable,
    BestAvailableResult,
    ChangeBestAvailableObjectStatusRequest,
)
from seatsio_typed.models.categories import Category, CategoryKey
from seatsio_typed.models.channels import (
    Channel,
    ChannelCreationParams,
    ChannelObjectsRequest,
    ReplaceChannelsRequest,
    UpdateChannelRequest,
)
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
    Event,
    EventProperties,
    TableBookingConfig,
    TableBookingMode,
    TableMode,
    UpdateEventRequest,
)
from seatsio_typed.models.for_sale import (
    EditForSaleConfigForEventsRequest,
    EditForSaleConfigRequest,
    EditForSaleConfigResult,
    ForSaleConfig,
    ObjectAndQuantity,
    RateLimitInfo,
    ReplaceForSaleConfigRequest,
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
    SeasonObjectStatusRequest,
    StatusChangeRequest,
    StatusChangeType,
    UpdateExtraDataRequest,
    UpdateExtraDatasRequest,
)
from seatsio_typed.models.seasons import (
    AddEventsToPartialSeasonRequest,
    CreateEventsInSeasonRequest,
    CreatePartialSeasonRequest,
    CreateSeasonRequest,
    EventOrSeason,
    Season,
    UpdateSeasonRequest,
)
from seatsio_typed.models.status_changes import (
    NotPresentOnChartReason,
    StatusChange,
    StatusChangeOrigin,
    StatusChangeOriginType,
)
from seatsio_typed.models.workspaces import (
    CreateWorkspaceRequest,
    UpdateWorkspaceRequest,
    Workspace,
    WorkspaceSecretKey,
)

__all__ = [
    "AddEventsToPartialSeasonRequest",
    "BestAvailable",
    "BestAvailableResult",
    "Category",
    "CategoryKey",
    "ChangeBestAvailableObjectStatusRequest",
    "ChangeObjectStatusInBatchRequest",
    "ChangeObjectStatusInBatchResult",
    "ChangeObjectStatusRequest",
    "ChangeObjectStatusResult",
    "Channel",
    "ChannelCreationParams",
    "ChannelObjectsRequest",
    "Chart",
    "ChartStatus",
    "ChartValidation",
    "CreateChartRequest",
    "CreateEventRequest",
    "CreateEventsInSeasonRequest",
    "CreateHoldTokenRequest",
    "CreateMultipleEventsRequest",
    "CreatePartialSeasonRequest",
    "CreateSeasonRequest",
    "CreateWorkspaceRequest",
    "DecimalText",
    "EditForSaleConfigForEventsRequest",
    "EditForSaleConfigRequest",
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
    "NotPresentOnChartReason",
    "ObjectAndQuantity",
    "ObjectIds",
    "ObjectLabels",
    "ObjectProperties",
    "ObjectStatus",
    "ObjectType",
    "ObjectsToChange",
    "OpenEnum",
    "RateLimitInfo",
    "ReplaceChannelsRequest",
    "ReplaceForSaleConfigRequest",
    "RequestModel",
    "ResponseModel",
    "Season",
    "SeasonObjectStatusRequest",
    "StatusChange",
    "StatusChangeOrigin",
    "StatusChangeOriginType",
    "StatusChangeRequest",
    "StatusChangeType",
    "TableBookingConfig",
    "TableBookingMode",
    "TableMode",
    "UpdateCategoryRequest",
    "UpdateChannelRequest",
    "UpdateChartRequest",
    "UpdateEventRequest",
    "UpdateExtraDataRequest",
    "UpdateExtraDatasRequest",
    "UpdateSeasonRequest",
    "UpdateWorkspaceRequest",
    "UtcDatetime",
    "VenueType",
    "Workspace",
    "WorkspaceSecretKey",
    "Zone",
]
