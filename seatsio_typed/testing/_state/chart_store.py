"""Chart records: metadata plus a published drawing and an optional draft.

A drawing is stored as an immutable `ChartVersion`; what is derived from it (its `ChartIndex` of
bookable objects, the validators it fails, its thumbnail) is computed once per version on first
use and cached, never rebuilt per call. Changing a drawing means making a new `ChartVersion`
(`ChartVersion.of(new_drawing)`), which drops the caches along with the old version. The charts
routes extend these records; the seeding API (`POST /system/public/charts/{key}`) is the other
writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from seatsio_typed.testing._charts import ChartIndex, failed_validators, render_thumbnail
from seatsio_typed.testing._wire.messages import JSONObject, not_found

UNTITLED_CHART = "Untitled chart"


@dataclass(eq=False)
class ChartVersion:
    """One drawing of a chart (published or draft) and the facts derived from it, lazily."""

    drawing: JSONObject
    _index: ChartIndex | None = field(default=None, repr=False)
    _failed: tuple[str, ...] | None = field(default=None, repr=False)
    _thumbnail: bytes | None = field(default=None, repr=False)

    @classmethod
    def of(cls, drawing: JSONObject) -> ChartVersion:
        """A version holding that drawing."""
        return cls(drawing)

    @property
    def index(self) -> ChartIndex:
        """The drawing's bookable objects, categories and zones (built on first use)."""
        if self._index is None:
            self._index = ChartIndex.from_drawing(self.drawing)
        return self._index

    @property
    def failed_validators(self) -> tuple[str, ...]:
        """The validators the drawing fails, whatever their severity (computed on first use)."""
        if self._failed is None:
            self._failed = failed_validators(self.index)
        return self._failed

    @property
    def thumbnail(self) -> bytes:
        """The drawing as a PNG thumbnail (rendered on first use)."""
        if self._thumbnail is None:
            self._thumbnail = render_thumbnail(self.index)
        return self._thumbnail

    @property
    def name(self) -> str:
        """The name stored in the drawing, or `Untitled chart`."""
        name = self.drawing.get("name")
        return name if isinstance(name, str) and name else UNTITLED_CHART


@dataclass(eq=False)
class Chart:
    """A chart in a workspace."""

    id: int
    key: str
    published: ChartVersion
    created_on: datetime
    draft: ChartVersion | None = None
    tags: list[str] = field(default_factory=list[str])
    archived: bool = False

    @property
    def current(self) -> ChartVersion:
        """The version a reader of the chart sees: its draft while it has one, else published."""
        return self.draft or self.published

    @property
    def name(self) -> str:
        """The name the chart shows: its draft's while it has one (a rename goes to the draft,
        and discarding the draft brings the published name back, charts.md §3.10)."""
        return self.current.name


@dataclass
class ChartStore:
    """The charts of one workspace, by key."""

    by_key: dict[str, Chart] = field(default_factory=dict[str, Chart])

    def get(self, key: str) -> Chart | None:
        """The chart with that key, or None."""
        return self.by_key.get(key)

    def require(self, key: str, workspace_key: str) -> Chart:
        """The chart with that key, or the API's 404 `CHART_NOT_FOUND`."""
        chart = self.by_key.get(key)
        if chart is None:
            raise not_found(
                "CHART_NOT_FOUND",
                f"Chart not found: {key} was not found in workspace {workspace_key}",
            )
        return chart

    def add(self, chart: Chart) -> Chart:
        """Store a new chart."""
        self.by_key[chart.key] = chart
        return chart

    def newest_first(self) -> list[Chart]:
        """Every chart, most recently created first (list order)."""
        return sorted(self.by_key.values(), key=lambda chart: chart.id, reverse=True)
