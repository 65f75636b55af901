"""The emulator's chart model: a drawing read into bookable objects (chart-model.md).

`ChartIndex.from_drawing(drawing)` reads a drawing once; `index.objects_for(mode, tables)`
gives the objects an event can book under its table booking config; `validate_drawing` runs
the chart validators; `render_thumbnail` draws a PNG. Nothing here imports the SDK.
"""

from seatsio_typed.testing._charts.index import (
    TABLE_BOOKING_MODES,
    BookableObjects,
    ChartIndex,
    TableBookingMode,
)
from seatsio_typed.testing._charts.model import (
    CategoryDef,
    FloorDef,
    Ids,
    LabelPart,
    Labels,
    Point,
    SeatGroup,
    SectionDef,
    ZoneDef,
    default_color,
)
from seatsio_typed.testing._charts.objects import (
    OBJECT_TYPES,
    Accessibility,
    Extras,
    ObjectCategory,
    ObjectDef,
    ObjectType,
    Parent,
    Placement,
)
from seatsio_typed.testing._charts.thumbnail import (
    THUMBNAIL_HEIGHT,
    THUMBNAIL_WIDTH,
    render_thumbnail,
)
from seatsio_typed.testing._charts.validation import (
    DEFAULT_SEVERITIES,
    VALIDATORS,
    ChartValidation,
    Severity,
    failed_validators,
    validate_drawing,
)
from seatsio_typed.testing._charts.venue import api_venue_type

__all__ = [
    "DEFAULT_SEVERITIES",
    "OBJECT_TYPES",
    "TABLE_BOOKING_MODES",
    "THUMBNAIL_HEIGHT",
    "THUMBNAIL_WIDTH",
    "VALIDATORS",
    "Accessibility",
    "BookableObjects",
    "CategoryDef",
    "ChartIndex",
    "ChartValidation",
    "Extras",
    "FloorDef",
    "Ids",
    "LabelPart",
    "Labels",
    "ObjectCategory",
    "ObjectDef",
    "ObjectType",
    "Parent",
    "Placement",
    "Point",
    "SeatGroup",
    "SectionDef",
    "Severity",
    "TableBookingMode",
    "ZoneDef",
    "api_venue_type",
    "default_color",
    "failed_validators",
    "render_thumbnail",
    "validate_drawing",
]
