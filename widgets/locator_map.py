"""A small static locator map: the district outline with the project's position (no web view needed)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

Ring = Sequence[Sequence[float]]  # [[lon, lat], ...]
MARGIN = 10


class LocatorMap(QWidget):
    """Draws the outline and the point; with `pickable`, a click moves the point and reports where."""

    sig_picked = Signal(float, float)  # lon, lat (WGS-84) of a click inside the drawn area

    def __init__(self, parent: QWidget | None = None, *, pickable: bool = False) -> None:
        super().__init__(parent)
        self._rings: list[Ring] = []
        self._point: tuple[float, float] | None = None
        self._caption = ""
        self._pickable = pickable
        self._frame: tuple[float, float, float, float, float, float] | None = None  # west, north, x_scale, scale, left, top
        self.setMinimumSize(200, 150)
        if pickable:
            self.setCursor(Qt.CursorShape.CrossCursor)
            self.setToolTip(self.tr("Click to place the site"))

    def sizeHint(self) -> QSize:
        return QSize(280, 240)

    def set_location(self, rings: Sequence[Ring], lon: float, lat: float, caption: str) -> None:
        self._rings, self._point, self._caption = list(rings), (lon, lat), caption
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#eef2f5"))
        if self._point is None:
            return
        xs = [p[0] for ring in self._rings for p in ring] or [self._point[0]]
        ys = [p[1] for ring in self._rings for p in ring] or [self._point[1]]
        west, east, south, north = min(xs), max(xs), min(ys), max(ys)
        x_scale = math.cos(math.radians((south + north) / 2))  # keep the shape: degrees of longitude are shorter
        span_x, span_y = max((east - west) * x_scale, 1e-3), max(north - south, 1e-3)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN - 16)
        scale = min(area.width() / span_x, area.height() / span_y)
        left = area.left() + (area.width() - span_x * scale) / 2
        top = area.top() + (area.height() - span_y * scale) / 2
        self._frame = (west, north, x_scale, scale, left, top)

        def to_screen(lon: float, lat: float) -> QPointF:
            return QPointF(left + (lon - west) * x_scale * scale, top + (north - lat) * scale)

        path = QPainterPath()
        for ring in self._rings:
            if ring:
                path.moveTo(to_screen(*ring[0][:2]))
                for point in ring[1:]:
                    path.lineTo(to_screen(*point[:2]))
                path.closeSubpath()
        painter.setPen(QPen(QColor("#5d6d7e"), 1.2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPath(path)
        spot = to_screen(*self._point)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(QColor("#d9262e"))
        painter.drawEllipse(spot, 6, 6)
        painter.setPen(QColor("#2c3e50"))
        painter.drawText(QRectF(self.rect()).adjusted(MARGIN, 0, -MARGIN, -4),
                         int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter), self._caption)

    def to_lonlat(self, x: float, y: float) -> tuple[float, float] | None:
        """The WGS-84 position under widget point (x, y), as last drawn (None before the first paint)."""
        if self._frame is None:
            return None
        west, north, x_scale, scale, left, top = self._frame
        return west + (x - left) / (x_scale * scale), north - (y - top) / scale

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.to_lonlat(event.position().x(), event.position().y()) if self._pickable else None
        if position is None or event.button() is not Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._point = position
        self.update()
        self.sig_picked.emit(*position)
