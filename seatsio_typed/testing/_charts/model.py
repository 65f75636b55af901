"""The immutable chart-level facts of a drawing: categories, zones, floors, sections, labels.

Everything here is derived once by `ChartIndex.from_drawing` and never changes afterwards;
event state (status, holds, channels) lives elsewhere and refers to objects by label.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypedDict

from seatsio_typed.testing._wire.messages import JSONObject


@dataclass(frozen=True, slots=True)
class Point:
    """A position in chart units (a focal point, or an object's absolute position)."""

    x: float
    y: float


DEFAULT_COLORS = ("#87A9CD", "#5E42ED", "#AEDB54", "#FCA700", "#992C4E", "#4176A5")
"""Colours given to categories created without one, in turn (the API assigns "a default")."""


def default_color(position: int) -> str:
    """The colour of a category created without one, at `position` in its list."""
    return DEFAULT_COLORS[position % len(DEFAULT_COLORS)]


@dataclass(frozen=True, slots=True)
class CategoryDef:
    """A category of the drawing; `key` keeps its wire type (int or string)."""

    key: int | str
    label: str
    color: str
    accessible: bool

    @property
    def key_text(self) -> str:
        """The key as the API sends it in object infos and report groups ("9")."""
        return str(self.key)

    def to_json(self) -> JSONObject:
        """The category as charts and events list it: key in its original type."""
        return {
            "key": self.key,
            "label": self.label,
            "color": self.color,
            "accessible": self.accessible,
        }


@dataclass(frozen=True, slots=True)
class ZoneDef:
    """A zone of the drawing; sections name it by `key`."""

    key: str
    label: str
    focal_point: Point | None

    def to_json(self) -> JSONObject:
        """The zone as the Chart resource lists it (no focal point there)."""
        return {"key": self.key, "label": self.label}


@dataclass(frozen=True, slots=True)
class FloorDef:
    """A floor of a multi-floor chart."""

    name: str
    display_name: str

    def to_json(self) -> FloorJson:
        """The floor as object infos report it."""
        return {"name": self.name, "displayName": self.display_name}


class FloorJson(TypedDict):
    name: str
    displayName: str


@dataclass(frozen=True, slots=True)
class SectionDef:
    """A section: its labels and what its objects inherit (category, entrance, zone)."""

    label: str
    display_label: str
    category_key: str | None
    entrance: str | None
    zone: str | None
    floor: FloorDef | None
    top_left: Point


@dataclass(frozen=True, slots=True)
class LabelPart:
    """One displayed label level: `{label, type}`."""

    label: str
    type: str

    def to_json(self) -> LabelPartJson:
        """Wire form `{label, type}`."""
        return {"label": self.label, "type": self.type}


class LabelPartJson(TypedDict):
    """Wire form of one displayed label level."""

    label: str
    type: str


class EntranceJson(TypedDict):
    """Wire form of `labels.entrance`."""

    label: str


class _LabelsJsonBase(TypedDict):
    own: LabelPartJson


class LabelsJson(_LabelsJsonBase, total=False):
    """Wire form of `labels`; levels that do not apply are absent, never null."""

    parent: LabelPartJson
    section: str
    entrance: EntranceJson


@dataclass(frozen=True, slots=True)
class Labels:
    """Displayed labels of an object, its parent (row/table) and its section."""

    own: LabelPart
    parent: LabelPart | None
    section: str | None
    entrance: str | None

    def to_json(self) -> LabelsJson:
        """A fresh wire dict (callers may extend it without touching the index)."""
        result: LabelsJson = {"own": self.own.to_json()}
        if self.parent is not None:
            result["parent"] = self.parent.to_json()
        if self.section is not None:
            result["section"] = self.section
        if self.entrance is not None:
            result["entrance"] = {"label": self.entrance}
        return result


class _IdsJsonBase(TypedDict):
    own: str


class IdsJson(_IdsJsonBase, total=False):
    """Wire form of `ids`; levels that do not apply are absent, never null."""

    parent: str
    section: str


@dataclass(frozen=True, slots=True)
class Ids:
    """Technical label parts of an object: own, parent (row/table) and section."""

    own: str
    parent: str | None
    section: str | None

    def to_json(self) -> IdsJson:
        """A fresh wire dict."""
        result: IdsJson = {"own": self.own}
        if self.parent is not None:
            result["parent"] = self.parent
        if self.section is not None:
            result["section"] = self.section
        return result


@dataclass(frozen=True, slots=True)
class SeatGroup:
    """A row or a table: the seats in drawing order, which defines adjacency.

    Best available looks for adjacent seats inside one group. A round table's seats form a
    ring: its last seat sits next to its first (chart-model.md §2.8: only the first and last
    seats of one-sided rectangular tables are not neighbours; other shapes stay a line here,
    as a drawing does not say which sides of a rectangular table have seats).
    """

    id: int
    kind: Literal["row", "table"]
    label: str
    seat_labels: tuple[str, ...]
    seat_distances: tuple[float, ...]
    """Each seat's distance to its focal point, `inf` when it has none (best available)."""
    section: str | None
    zone: str | None
    floor: FloorDef | None
    ring: bool = False
    """Whether the last seat is next to the first (a round table)."""
