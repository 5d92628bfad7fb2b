"""The live line of a chart: a pyqtgraph curve with a short path for a plain line, given only what is in view."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from domain.live_series import gap_breaks


class LiveCurve(pg.PlotCurveItem):
    """The live line. `LiveChart` hands it only what is in view (clipped to the time range and peak-
    downsampled to the plot's width, in NumPy) together with its bounds: pyqtgraph's general path
    (PlotDataItem clipping and downsampling, bounds recomputed with nanmin/nanmax several times per
    setData) cost most of a compact chart's frame in a 64-chart grid."""

    _boundingRect: QRectF | None  # pyqtgraph's cached rectangle (None: to be computed), reused below

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._bounds: tuple[tuple[float, float], tuple[float, float]] | None = None
        self._pixel_pad: tuple[float, float] | None = None  # the pen's margin in data units, per view transform
        self.opts["skipFiniteCheck"] = True  # as the curve was always drawn (no finiteness check per frame)

    def show_points(self, x: np.ndarray, y: np.ndarray) -> None:
        """What `setData(x, y, connect=..., skipFiniteCheck=True)` does for a plain line, without its
        argument checks and option handling (the arrays are 1-D floats of the same length here)."""
        self._bounds = ((float(x[0]), float(x[-1])), (float(y.min()), float(y.max()))) if len(x) else None
        breaks = gap_breaks(x)  # the line never bridges a stretch without data
        self.opts["connect"] = "all" if breaks is None else breaks  # "all": the fast path
        self.xData, self.yData = x, y
        self.path = self.fillPath = self._fillPathList = self._mouseShape = None
        self._lineSegmentsRendered = False
        self.invalidateBounds()
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.update()
        self.sigPlotChanged.emit(self)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange: object = None) -> tuple[float, float]:
        if self._bounds is None or frac != 1.0 or orthoRange is not None:
            return super().dataBounds(ax, frac, orthoRange)
        return self._bounds[ax]

    def boundingRect(self) -> QRectF:
        """pyqtgraph's rectangle (the data bounds plus the pen's width in pixels), but the pixel size is
        looked up only when the view transform changes, not with every new point."""
        if self._boundingRect is None and self._bounds is not None:
            if self._pixel_pad is None:
                pad = self.pixelPadding()
                px, py = self.pixelVectors() if pad > 0 else (None, None)
                self._pixel_pad = (0.0 if px is None else px.length() * pad, 0.0 if py is None else py.length() * pad)
            (x0, x1), (y0, y1) = self._bounds
            px, py = self._pixel_pad
            self._boundingRect = QRectF(x0 - px, y0 - py, x1 - x0 + 2 * px, y1 - y0 + 2 * py)
        return super().boundingRect()

    def viewTransformChanged(self) -> None:
        self._pixel_pad = None
        super().viewTransformChanged()

    def setPen(self, *args: object, **kwargs: object) -> None:
        self._pixel_pad = None  # the margin depends on the pen's width
        super().setPen(*args, **kwargs)

    def paint(self, painter: QPainter, option: object, widget: object) -> None:
        """The plain line (no fill, no shadow, not exporting) drawn directly: pyqtgraph's general paint
        (profiler, exception wrapper, fill and OpenGL checks) cost as much as the drawing."""
        pen = self.opts["pen"]
        if pen is None or self._exportOpts is not False or self.opts["shadowPen"] is not None or self.opts["fillLevel"] is not None \
                or self.opts["compositionMode"] is not None or self._shouldUseDrawLineSegments(pen):
            super().paint(painter, option, widget)
            return
        if self.xData is None or not len(self.xData):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.opts["antialias"])
        painter.setPen(pen)
        painter.drawPath(self.getPath())
