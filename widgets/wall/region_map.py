"""The overview's map: the scope's child regions, every project a dot, the alarmed projects ringed and named.

Painted with QPainter, without QtWebEngine, tiles or network: a wall runs for days. Boundaries and dots
are drawn once into a cached pixmap (rebuilt on resize or new data); a repaint only blits it and draws
the few alarm rings and labels on top.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.enums import ProjectStatus
from domain.monitoring import Severity
from domain.schemas import MapFeatures
from domain.wall import WallAlarm
from widgets.wall.style import (
    BACKGROUND,
    MIN_TEXT_PX,
    MUTED,
    PANEL,
    SEVERITY_COLOURS,
    SEVERITY_ORDER,
    TEXT,
    WallStyle,
)

Ring = list[tuple[float, float]]  # (lon, lat) points of one closed ring

# Muted status colours: the dots are background; the alarm rings are what an operator must see.
DOT_COLOURS = {
    ProjectStatus.PLANNED: QColor(142, 154, 166, 110),
    ProjectStatus.UNDER_CONSTRUCTION: QColor(72, 190, 130, 150),
    ProjectStatus.SUSPENDED: QColor(224, 130, 70, 150),
    ProjectStatus.COMPLETED: QColor(100, 140, 220, 110),
    ProjectStatus.ACCEPTED: QColor(150, 120, 210, 110),
}
DOT_DRAW_ORDER = (ProjectStatus.ACCEPTED, ProjectStatus.COMPLETED, ProjectStatus.PLANNED,
                  ProjectStatus.SUSPENDED, ProjectStatus.UNDER_CONSTRUCTION)
REGION_FILL = QColor("#16293d")
REGION_EDGE = QColor("#4a6f94")
REGION_NAME_PX = MIN_TEXT_PX
ALARM_LABEL_PX = 24
LABEL_MAX_WIDTH_PX = 380  # at 1080p; longer project names are elided
# A polygon smaller than this share of its region's largest does not widen the map's frame: Shanwei's
# Dongsha islands, 250 km out at sea, would otherwise shrink the whole province.
MAIN_AREA_SHARE = 0.05


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    polygons: list[list[Ring]]  # each polygon: outer ring, then holes
    main_rings: list[Ring]  # outer rings of the polygons that frame the map (not a speck of a far island)
    label_at: tuple[float, float]  # (lon, lat) inside the largest polygon


@dataclass(frozen=True)
class AlarmMarker:
    """An alarmed project as drawn: where its ring is and where its name went (None: no room for it)."""

    project_id: int
    project_name: str
    severity: Severity
    point: QPointF
    label_rect: QRectF | None
    label_text: str


def parse_regions(collection: dict[str, Any]) -> list[Region]:
    """The Polygon/MultiPolygon features of a GeoJSON FeatureCollection (properties `adcode`, `name`)."""
    regions = []
    for feature in collection.get("features", []):
        geometry = feature.get("geometry") or {}
        properties = feature.get("properties") or {}
        if geometry.get("type") == "Polygon":
            polygons = [geometry["coordinates"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["coordinates"]
        else:
            continue
        rings = [[[(float(p[0]), float(p[1])) for p in ring] for ring in polygon] for polygon in polygons if polygon]
        if not rings:
            continue
        areas = [_ring_area(polygon[0]) for polygon in rings]
        largest = max(areas)
        main = [polygon[0] for polygon, area in zip(rings, areas, strict=True) if area >= MAIN_AREA_SHARE * largest]
        regions.append(Region(str(properties.get("adcode", "")), str(properties.get("name", "")), rings, main,
                              _inside_point(rings[areas.index(largest)][0])))
    return regions


def _ring_area(ring: Ring) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _inside_point(ring: Ring) -> tuple[float, float]:
    """A point inside the ring, near its middle: the midpoint of the widest span on the ring's middle latitude.
    (A centroid can fall outside a concave coastline city.)"""
    ys = [y for _x, y in ring]
    y = (min(ys) + max(ys)) / 2
    crossings = sorted(
        x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
        if (y0 <= y < y1) or (y1 <= y < y0)
    )
    spans = list(zip(crossings[::2], crossings[1::2], strict=False))
    if not spans:
        return ring[0]
    left, right = max(spans, key=lambda span: span[1] - span[0])
    return (left + right) / 2, y


def worst_alarm_per_project(alarms: Iterable[WallAlarm]) -> list[WallAlarm]:
    """One alarm per project, its most severe; most severe projects first (they get their labels first)."""
    rank = {severity: index for index, severity in enumerate(SEVERITY_ORDER)}
    worst: dict[int, WallAlarm] = {}
    for alarm in alarms:
        kept = worst.get(alarm.project_id)
        if kept is None or rank[alarm.severity] < rank[kept.severity]:
            worst[alarm.project_id] = alarm
    return sorted(worst.values(), key=lambda a: rank[a.severity])


class Projection:
    """Equirectangular lon/lat to pixels, x shrunk by cos(mid latitude), fitted into a rectangle."""

    def __init__(self, bounds: tuple[float, float, float, float], target: QRectF) -> None:
        west, south, east, north = bounds
        self._k = math.cos(math.radians((south + north) / 2))
        world_w = max(1e-9, (east - west) * self._k)
        world_h = max(1e-9, north - south)
        self._scale = min(target.width() / world_w, target.height() / world_h)
        self._x0 = target.left() + (target.width() - world_w * self._scale) / 2
        self._y0 = target.top() + (target.height() - world_h * self._scale) / 2
        self._west, self._north = west, north

    def point(self, lon: float, lat: float) -> QPointF:
        return QPointF(self._x0 + (lon - self._west) * self._k * self._scale,
                       self._y0 + (self._north - lat) * self._scale)


class RegionMap(QWidget):
    """Passive: `show_boundaries`, `show_projects`, `show_alarms`; `labelled_alarms()` tells what was placed."""

    def __init__(self, style: WallStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall_style = style
        self._regions: list[Region] = []
        self._projects: MapFeatures | None = None
        self._project_index: dict[int, int] = {}
        self._alarms: list[WallAlarm] = []
        self._base: QPixmap | None = None
        self._bounds: tuple[float, float, float, float] | None = None
        self._names: list[tuple[str, QRectF]] | None = None
        self._markers: list[AlarmMarker] | None = None
        self._name_font = style.font(REGION_NAME_PX)
        self._label_font = style.font(ALARM_LABEL_PX, bold=True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(self.wall_style.px(1100), self.wall_style.px(760))

    # --- data ---------------------------------------------------------------------------------------

    def show_boundaries(self, collection: dict[str, Any]) -> None:
        self._regions = parse_regions(collection)
        self._invalidate()

    def show_projects(self, projects: MapFeatures) -> None:
        self._projects = projects
        self._project_index = {project_id: index for index, project_id in enumerate(projects.ids)}
        self._invalidate()

    def show_alarms(self, alarms: Sequence[WallAlarm]) -> None:
        """The active alarms to ring (the summary's newest); the base layer stays cached."""
        self._alarms = list(alarms)
        self._markers = None
        self.update()

    def labelled_alarms(self) -> list[AlarmMarker]:
        """The alarmed projects found on the map, most severe first, with their ring's centre and label box."""
        if self._markers is None:
            self._markers = self._place_alarms()
        return list(self._markers)

    def region_names(self) -> list[str]:
        return [region.name for region in self._regions]

    def painted_fonts(self) -> list[QFont]:
        return [self._name_font, self._label_font]

    # --- geometry -----------------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._bounds = None
        self._relayout()

    def _data_bounds(self) -> tuple[float, float, float, float] | None:
        """West, south, east, north of the boundaries (of the projects when there are none); cached."""
        if self._bounds is None:
            lons = [lon for region in self._regions for ring in region.main_rings for lon, _lat in ring]
            lats = [lat for region in self._regions for ring in region.main_rings for _lon, lat in ring]
            if not lons and self._projects is not None:
                lons, lats = list(self._projects.lon), list(self._projects.lat)
            if lons:
                self._bounds = (min(lons), min(lats), max(lons), max(lats))
        return self._bounds

    def _projection(self) -> Projection | None:
        bounds = self._data_bounds()
        if bounds is None:
            return None
        margin = self.wall_style.px(16)
        return Projection(bounds, QRectF(self.rect()).adjusted(margin, margin, -margin, -margin))

    def _project_point(self, projection: Projection, project_id: int) -> QPointF | None:
        index = self._project_index.get(project_id)
        if index is None or self._projects is None:
            return None
        return projection.point(self._projects.lon[index], self._projects.lat[index])

    def _place_alarms(self) -> list[AlarmMarker]:
        """Ring every alarmed project; put its name beside the ring where it stays inside the widget and
        clear of the labels and rings already placed (most severe first), else leave the ring unnamed."""
        projection = self._projection()
        if projection is None:
            return []
        style = self.wall_style
        bounds = QRectF(self.rect()).adjusted(style.px(4), style.px(4), -style.px(4), -style.px(4))
        metrics = QFontMetricsF(self._label_font)
        radius = style.px(16)
        gap = style.px(8)
        pad_x, pad_y = style.px(10), style.px(4)
        located = [(alarm, self._project_point(projection, alarm.project_id))
                   for alarm in worst_alarm_per_project(self._alarms)]
        rings = [QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
                 for _alarm, point in located if point is not None]
        names = [box for _name, box in self._region_names()]
        taken: list[QRectF] = []
        markers = []
        for alarm, point in located:
            if point is None:
                continue
            text = metrics.elidedText(alarm.project_name, Qt.TextElideMode.ElideRight, style.px(LABEL_MAX_WIDTH_PX))
            w = metrics.horizontalAdvance(text) + 2 * pad_x
            h = metrics.height() + 2 * pad_y
            x, y = point.x(), point.y()
            beside = radius + gap
            candidates: list[tuple[float, QRectF]] = []  # (how far from the ring, in label rows; the box)
            for rows in (0.0, -1.0, 1.0, -2.0, 2.0):  # beside the ring, then stepping up and down from it
                top = y - h / 2 + rows * h + (rows > 0) * radius - (rows < 0) * radius
                candidates += [(abs(rows), QRectF(x + beside, top, w, h)), (abs(rows), QRectF(x - beside - w, top, w, h))]
                if rows:
                    candidates.append((abs(rows), QRectF(x - w / 2, top, w, h)))
            own_ring = QRectF(x - radius, y - radius, 2 * radius, 2 * radius)
            obstacles = taken + [ring for ring in rings if ring != own_ring]
            fits = [(rows, rect) for rows, rect in candidates
                    if bounds.contains(rect) and not any(rect.intersects(o) for o in obstacles)]
            # Nearest to the ring first; at the same distance, a spot that leaves the region names readable.
            best = min(fits, key=lambda fit: (fit[0], any(fit[1].intersects(n) for n in names)), default=None)
            placed = best[1] if best is not None else None
            if placed is not None:
                taken.append(placed)
            markers.append(AlarmMarker(alarm.project_id, alarm.project_name, alarm.severity, point, placed, text))
        return markers

    # --- painting -----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        self._base = None
        self._names = None
        self._markers = None
        self.update()

    def _build_base(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(PANEL))  # the map sits in a panel
        projection = self._projection()
        if projection is None:
            return pixmap
        style = self.wall_style
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(REGION_EDGE, style.px(1.5)))
        painter.setBrush(REGION_FILL)
        for region in self._regions:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for polygon in region.polygons:
                for ring in polygon:
                    path.addPolygon(QPolygonF([projection.point(lon, lat) for lon, lat in ring]))
                    path.closeSubpath()
            painter.drawPath(path)
        self._draw_dots(painter, projection)
        self._draw_region_names(painter)
        painter.end()
        return pixmap

    def _draw_dots(self, painter: QPainter, projection: Projection) -> None:
        projects = self._projects
        if projects is None:
            return
        by_status: dict[ProjectStatus, list[QPointF]] = {}
        for lon, lat, status in zip(projects.lon, projects.lat, projects.status, strict=True):
            by_status.setdefault(status, []).append(projection.point(lon, lat))
        for status in DOT_DRAW_ORDER:
            pen = QPen(DOT_COLOURS[status], self.wall_style.px(5))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(by_status.get(status, []))

    def _region_names(self) -> list[tuple[str, QRectF]]:
        """Where each region's name goes, skipping one that would overlap a name already placed."""
        if self._names is None:
            projection = self._projection()
            metrics = QFontMetricsF(self._name_font)
            placed: list[tuple[str, QRectF]] = []
            for region in self._regions:
                if projection is None:
                    break
                point = projection.point(*region.label_at)
                width = metrics.horizontalAdvance(region.name)
                box = QRectF(point.x() - width / 2, point.y() - metrics.height() / 2, width, metrics.height())
                if QRectF(self.rect()).contains(box) and not any(box.intersects(other) for _n, other in placed):
                    placed.append((region.name, box))
            self._names = placed
        return self._names

    def _draw_region_names(self, painter: QPainter) -> None:
        """Names with a halo of the panel's colour, legible over the dots."""
        metrics = QFontMetricsF(self._name_font)
        halo = QPen(QColor(PANEL), self.wall_style.px(4))
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for name, box in self._region_names():
            path = QPainterPath()
            path.addText(QPointF(box.left(), box.top() + metrics.ascent()), self._name_font, name)
            painter.strokePath(path, halo)
            painter.fillPath(path, QBrush(QColor(MUTED)))

    def _draw_leader(self, painter: QPainter, marker: AlarmMarker, radius: float) -> None:
        """A thin line from the ring to its label, so a label set further off still names its ring."""
        assert marker.label_rect is not None
        rect, centre = marker.label_rect, marker.point
        target = QPointF(min(max(centre.x(), rect.left()), rect.right()), min(max(centre.y(), rect.top()), rect.bottom()))
        dx, dy = target.x() - centre.x(), target.y() - centre.y()
        length = math.hypot(dx, dy)
        if length <= radius:
            return
        start = QPointF(centre.x() + dx / length * radius, centre.y() + dy / length * radius)
        painter.setPen(QPen(QColor(SEVERITY_COLOURS[marker.severity]), self.wall_style.px(2)))
        painter.drawLine(start, target)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._base is None or self._base.deviceIndependentSize().toSize() != self.size():
            self._base = self._build_base()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._base)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = self.wall_style
        radius = style.px(16)
        markers = self.labelled_alarms()
        for marker in markers:  # leader lines under the rings and labels
            if marker.label_rect is not None:
                self._draw_leader(painter, marker, radius)
        for marker in reversed(markers):  # most severe drawn last, on top
            colour = QColor(SEVERITY_COLOURS[marker.severity])
            painter.setPen(QPen(colour, style.px(5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(marker.point, radius, radius)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(marker.point, style.px(5), style.px(5))
        painter.setFont(self._label_font)
        for marker in markers:
            if marker.label_rect is None:
                continue
            colour = QColor(SEVERITY_COLOURS[marker.severity])
            fill = QColor(BACKGROUND)
            fill.setAlpha(225)
            painter.setPen(QPen(colour, style.px(2)))
            painter.setBrush(fill)
            painter.drawRoundedRect(marker.label_rect, style.px(6), style.px(6))
            painter.setPen(QColor(TEXT))
            painter.drawText(marker.label_rect, Qt.AlignmentFlag.AlignCenter, marker.label_text)
        painter.end()
