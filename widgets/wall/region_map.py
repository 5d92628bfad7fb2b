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

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
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
RING_RADIUS_PX = 16
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
    """An alarmed project as drawn: where its ring is and where its name went (None: no room anywhere)."""

    project_id: int
    project_name: str
    severity: Severity
    point: QPointF
    label_rect: QRectF | None  # beside the ring, or its row in the corner list
    label_text: str
    number: int | None = None  # set when named in the corner list: the ring shows the same number


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


def _union(rects: list[QRectF]) -> QRectF | None:
    if not rects:
        return None
    union = QRectF(rects[0])
    for rect in rects[1:]:
        union = union.united(rect)
    return union


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
        self._laid_out_size = QSize()
        self._markers: list[AlarmMarker] | None = None
        self._name_font = style.font(REGION_NAME_PX)
        self._label_font = style.font(ALARM_LABEL_PX, bold=True)
        self._number_font = style.font(MIN_TEXT_PX, bold=True)
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
        self._follow_size()
        if self._markers is None:
            self._markers = self._place_alarms()
        return list(self._markers)

    def region_names(self) -> list[str]:
        return [region.name for region in self._regions]

    def painted_fonts(self) -> list[QFont]:
        return [self._name_font, self._label_font, self._number_font]

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
        """Ring every alarmed project and name it beside its ring where the name stays inside the widget and
        clear of the names and rings already placed (most severe first). A project left without room is
        numbered, and the number and name go into a list in the map's bottom-right corner, which the
        names beside rings then keep clear of."""
        projection = self._projection()
        if projection is None:
            return []
        located = [(alarm, point) for alarm in worst_alarm_per_project(self._alarms)
                   if (point := self._project_point(projection, alarm.project_id)) is not None]
        metrics = QFontMetricsF(self._label_font)
        limit = self.wall_style.px(LABEL_MAX_WIDTH_PX)
        texts = [metrics.elidedText(alarm.project_name, Qt.TextElideMode.ElideRight, limit) for alarm, _p in located]
        reserved: QRectF | None = None
        for _attempt in range(3):  # reserving the corner can push another name out, which grows the corner
            beside = self._place_beside([point for _a, point in located], texts, reserved)
            listed = [index for index, box in enumerate(beside) if box is None]
            rows = self._corner_rows([texts[index] for index in listed])
            corner = _union(rows)
            if corner is None or (reserved is not None and reserved.contains(corner)):
                break
            reserved = corner
        numbers = {index: number for number, index in enumerate(listed[: len(rows)], start=1)}
        markers = []
        for index, ((alarm, point), text) in enumerate(zip(located, texts, strict=True)):
            number = numbers.get(index)
            box = rows[number - 1] if number is not None else beside[index]
            markers.append(AlarmMarker(alarm.project_id, alarm.project_name, alarm.severity, point, box, text, number))
        return markers

    def _label_size(self, text: str) -> tuple[float, float]:
        metrics = QFontMetricsF(self._label_font)
        style = self.wall_style
        return metrics.horizontalAdvance(text) + 2 * style.px(10), metrics.height() + 2 * style.px(4)

    def _place_beside(self, points: list[QPointF], texts: list[str], reserved: QRectF | None) -> list[QRectF | None]:
        style = self.wall_style
        bounds = QRectF(self.rect()).adjusted(style.px(4), style.px(4), -style.px(4), -style.px(4))
        radius = style.px(RING_RADIUS_PX)
        beside = radius + style.px(8)
        rings = [QRectF(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius) for p in points]
        names = [box for _name, box in self._region_names()]
        taken: list[QRectF] = [reserved] if reserved is not None else []
        placed: list[QRectF | None] = []
        for index, (point, text) in enumerate(zip(points, texts, strict=True)):
            w, h = self._label_size(text)
            x, y = point.x(), point.y()
            candidates: list[tuple[float, QRectF]] = []  # (how far from the ring, in label rows; the box)
            for rows in (0.0, -1.0, 1.0, -2.0, 2.0):  # beside the ring, then stepping up and down from it
                top = y - h / 2 + rows * h + (rows > 0) * radius - (rows < 0) * radius
                candidates += [(abs(rows), QRectF(x + beside, top, w, h)), (abs(rows), QRectF(x - beside - w, top, w, h))]
                if rows:
                    candidates.append((abs(rows), QRectF(x - w / 2, top, w, h)))
            obstacles = taken + rings[:index] + rings[index + 1:]
            fits = [(rows, rect) for rows, rect in candidates
                    if bounds.contains(rect) and not any(rect.intersects(o) for o in obstacles)]
            # Nearest to the ring first; at the same distance, a spot that leaves the region names readable.
            best = min(fits, key=lambda fit: (fit[0], any(fit[1].intersects(n) for n in names)), default=None)
            placed.append(best[1] if best is not None else None)
            if best is not None:
                taken.append(best[1])
        return placed

    def _corner_rows(self, texts: list[str]) -> list[QRectF]:
        """Rows of the corner list, numbered from the top, bottom-right, as many as fit in the map's lower half."""
        style = self.wall_style
        gap = style.px(6)
        right, bottom = self.width() - style.px(4), self.height() - style.px(4)
        sizes = [self._label_size(text) for text in texts]
        step = (sizes[0][1] + gap) if sizes else 0.0
        count = max(0, min(len(sizes), int((bottom - self.height() / 2 + gap) // step) if step else 0))
        rows = []
        for index, (w, h) in enumerate(sizes[:count]):
            w += h + gap  # the numbered disc before the name
            rows.append(QRectF(right - w, bottom - (count - index) * step + gap, w, h))
        return rows

    # --- painting -----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _follow_size(self) -> None:
        """A hidden widget gets its resize event only when shown: compare sizes instead of trusting it."""
        if self.size() != self._laid_out_size:
            self._laid_out_size = self.size()
            self._base = self._names = self._markers = None

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
        if projection is None or self.width() <= 0 or self.height() <= 0:
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

    def _draw_number(self, painter: QPainter, marker: AlarmMarker, disc: QRectF) -> None:
        """A filled disc in the severity's colour with the marker's number: ties a ring to its corner row."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SEVERITY_COLOURS[marker.severity]))
        painter.drawEllipse(disc)
        painter.setFont(self._number_font)
        painter.setPen(QColor(BACKGROUND))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(marker.number))

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
        self._follow_size()
        if self._base is None:
            self._base = self._build_base()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._base)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = self.wall_style
        radius = style.px(RING_RADIUS_PX)
        markers = self.labelled_alarms()
        for marker in markers:  # leader lines under the rings and labels
            if marker.label_rect is not None and marker.number is None:
                self._draw_leader(painter, marker, radius)
        for marker in reversed(markers):  # most severe drawn last, on top
            colour = QColor(SEVERITY_COLOURS[marker.severity])
            painter.setPen(QPen(colour, style.px(5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(marker.point, radius, radius)
            if marker.number is None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawEllipse(marker.point, style.px(5), style.px(5))
            else:
                self._draw_number(painter, marker, QRectF(marker.point.x() - radius, marker.point.y() - radius,
                                                          2 * radius, 2 * radius))
        for marker in markers:
            if marker.label_rect is None:
                continue
            colour = QColor(SEVERITY_COLOURS[marker.severity])
            fill = QColor(BACKGROUND)
            fill.setAlpha(225)
            painter.setPen(QPen(colour, style.px(2)))
            painter.setBrush(fill)
            painter.drawRoundedRect(marker.label_rect, style.px(6), style.px(6))
            text_box = QRectF(marker.label_rect)
            if marker.number is not None:
                disc = QRectF(text_box.topLeft(), QSizeF(text_box.height(), text_box.height()))
                self._draw_number(painter, marker, disc.adjusted(style.px(3), style.px(3), -style.px(3), -style.px(3)))
                text_box.setLeft(disc.right() + style.px(6) - style.px(10))
            painter.setFont(self._label_font)
            painter.setPen(QColor(TEXT))
            painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, marker.label_text)
        painter.end()
