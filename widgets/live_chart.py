"""Live charts of monitoring devices (pyqtgraph): one chart per device, one metric shown at a time.

Readings go into NumPy ring buffers as they arrive; nothing is drawn then. One `RedrawClock` (one QTimer
for every chart of the application) asks each chart to redraw, and only charts with new data call
`setData` on their curves, which are created once. Threshold lines and warning markers come from the
warnings of the device; a chart whose device went silent (or whose stream is down) says so instead of
showing an old line as if it were live. Zooming or panning out past the buffered data asks for the
history (`sig_history_wanted`); the controller fetches rollups in the worker and calls `show_history`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.hj212 import CHINA_TZ
from domain.monitoring import METRIC_UNITS, DeviceKind, Severity
from domain.monitoring_schemas import DeviceOut, DeviceThresholds, ReadingHistory, WarningOut
from domain.rules import is_night
from services.monitoring_client import LiveReading, plot_level, plot_value, resolution_for
from widgets.labels import label, metric_label

REDRAW_INTERVAL_MS = 200
LIVE_WINDOW_S = 600.0  # the live view shows the last ten minutes
BUFFER_CAPACITY = 7200  # points per metric kept in memory (two hours at one reading per second)
SILENCE_S = 60.0  # no reading for this long: the device is shown as silent
GAP_S = 120.0  # readings further apart than this are not joined by a line
Y_MARGIN = 0.15  # head room above and below the data when the value axis is refitted
Y_EDGE = 0.04  # ... which happens when the data comes this close to the frame
COMPACT_AXIS_WIDTH = 38  # the value axis of a grid chart, in pixels, unless its labels need more
FOLLOW_STEP = 0.1  # share of the window the view jumps ahead when the newest reading reaches its edge
HISTORY_DEBOUNCE_MS = 300

# What a chart shows first for each kind of device (the combo lists every metric that arrives).
KIND_METRICS: dict[DeviceKind, tuple[str, ...]] = {
    DeviceKind.DUST_NOISE: ("pm10", "pm25", "noise", "tsp", "wind_speed", "temperature", "humidity"),
    DeviceKind.TOWER_CRANE: ("moment_pct", "load_t", "wind_speed", "radius_m", "height_m", "tilt_x", "tilt_y"),
    DeviceKind.DEEP_PIT: ("cumulative", "rate"),
    DeviceKind.HIGH_FORMWORK: ("cumulative", "rate"),
}
DISPLAY_UNITS = {"ug/m3": "µg/m³", "degC": "°C", "deg": "°", "%RH": "%RH", "mm/d": "mm/d"}
LIVE_PEN = "#1f6fd1"
HISTORY_PEN = "#8aa4c8"
STALE_PEN = "#9aa3ad"
LEVEL_COLOURS = {"warning": "#e08a00", "alarm": "#d9262e"}
SEVERITY_RANK = {Severity.INDETERMINATE: 0, Severity.WARNING: 1, Severity.MINOR: 2, Severity.MAJOR: 3,
                 Severity.CRITICAL: 4}


def display_unit(metric: str) -> str:
    unit = METRIC_UNITS.get(metric, "")
    return DISPLAY_UNITS.get(unit, unit)


def metric_text(metric: str) -> str:
    """Metric name with its unit, e.g. "PM10 (µg/m³)": the chart's axes carry numbers only."""
    unit = display_unit(metric)
    return f"{metric_label(metric)} ({unit})" if unit else metric_label(metric)


class RingBuffer:
    """Time-ordered (x, y) samples, the newest `capacity` kept; views are contiguous without copying.

    The storage is twice the capacity: appends go to the end, and only when the end is reached are the
    live samples moved back to the start (amortised O(1) per sample)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._x = np.empty(2 * capacity)
        self._y = np.empty(2 * capacity)
        self._start = 0
        self._end = 0

    def __len__(self) -> int:
        return self._end - self._start

    @property
    def x(self) -> np.ndarray:
        return self._x[self._start:self._end]

    @property
    def y(self) -> np.ndarray:
        return self._y[self._start:self._end]

    def extend(self, xs: np.ndarray, ys: np.ndarray) -> None:
        if not len(xs):
            return
        if len(self) and xs[0] <= self._x[self._end - 1]:  # late or repeated samples: merge in order
            xs, ys = _merged(self.x, self.y, xs, ys)
            self._start = self._end = 0
        xs, ys = xs[-self.capacity:], ys[-self.capacity:]
        n = len(xs)
        if self._end + n > len(self._x):
            keep = min(len(self), self.capacity - n)
            self._x[:keep] = self._x[self._end - keep:self._end]
            self._y[:keep] = self._y[self._end - keep:self._end]
            self._start, self._end = 0, keep
        self._x[self._end:self._end + n] = xs
        self._y[self._end:self._end + n] = ys
        self._end += n
        self._start = max(self._start, self._end - self.capacity)


def _merged(x1: np.ndarray, y1: np.ndarray, x2: np.ndarray, y2: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    xs = np.concatenate([x1, x2])
    ys = np.concatenate([y1, y2])
    order = np.argsort(xs, kind="stable")
    xs, ys = xs[order], ys[order]
    keep = np.ones(len(xs), dtype=bool)
    keep[:-1] = xs[1:] != xs[:-1]  # one value per timestamp (readings are idempotent per timestamp)
    return xs[keep], ys[keep]


def peak_downsampled(x: np.ndarray, y: np.ndarray, bins: int) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) as they draw with about 2 * `bins` points: each run of points becomes its minimum and its
    maximum at the run's first time, so no peak is lost. The oldest `len(x) % run` points stay as they are
    (the newest ones are never folded away). Up to 4 points per bin are left alone: a few points per pixel
    rasterise faster than the zig-zag that replaces them."""
    run = len(x) // bins
    if run < 4:
        return x, y
    rest = len(x) % run
    xs = x[rest:].reshape(-1, run)[:, 0]
    ys = y[rest:].reshape(-1, run)
    peaks = np.empty((len(xs), 2))
    np.min(ys, axis=1, out=peaks[:, 0])
    np.max(ys, axis=1, out=peaks[:, 1])
    return np.concatenate([x[:rest], np.repeat(xs, 2)]), np.concatenate([y[:rest], peaks.ravel()])


class LiveCurve(pg.PlotCurveItem):
    """The live line. `LiveChart` hands it only what is in view (clipped to the time range and peak-
    downsampled to the plot's width, in NumPy) together with its bounds: pyqtgraph's general path
    (PlotDataItem clipping and downsampling, bounds recomputed with nanmin/nanmax several times per
    setData) cost most of a compact chart's frame in a 64-chart grid."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._bounds: tuple[tuple[float, float], tuple[float, float]] | None = None
        self._pixel_pad: tuple[float, float] | None = None  # the pen's margin in data units, per view transform
        self.opts["skipFiniteCheck"] = True  # as the curve was always drawn (no finiteness check per frame)

    def show_points(self, x: np.ndarray, y: np.ndarray) -> None:
        """What `setData(x, y, connect=..., skipFiniteCheck=True)` does for a plain line, without its
        argument checks and option handling (the arrays are 1-D floats of the same length here)."""
        self._bounds = ((float(x[0]), float(x[-1])), (float(y.min()), float(y.max()))) if len(x) else None
        gaps = np.diff(x) > GAP_S  # the line never bridges a stretch without data
        connect: str | np.ndarray = "all"  # the fast path
        if gaps.any():
            connect = np.ones(len(x), dtype=bool)
            np.logical_not(gaps, out=connect[:-1])
        self.opts["connect"] = connect
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


class RedrawClock(QObject):
    """The one timer that drives every live chart's redraw."""

    sig_tick = Signal()

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = REDRAW_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._charts: list[LiveChart] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def add(self, chart: LiveChart) -> None:
        self._charts.append(chart)
        if not self.timer.isActive():
            self.timer.start()

    def remove(self, chart: LiveChart) -> None:
        if chart in self._charts:
            self._charts.remove(chart)
        if not self._charts:
            self.timer.stop()

    @Slot()
    def tick(self) -> None:
        now = time.time()
        # Charts die with their tab or dock (a closed dossier); their wrappers are dropped here.
        self._charts = [chart for chart in self._charts if shiboken6.isValid(chart)]
        for chart in self._charts:
            chart.redraw(now)
        if not self._charts:
            self.timer.stop()
        self.sig_tick.emit()


@dataclass(frozen=True)
class Marker:
    ts: float
    value: float
    severity: Severity


class LiveChart(QWidget):
    """A live chart of one device; `compact` for the control-room grid (no metric choice, small header)."""

    sig_history_wanted = Signal(object)  # HistoryRequest

    def __init__(self, device: DeviceOut, clock: RedrawClock, *, compact: bool = False,
                 silence_s: float = SILENCE_S, window_s: float = LIVE_WINDOW_S,
                 capacity: int = BUFFER_CAPACITY, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.compact = compact
        self.silence_s = silence_s
        self.window_s = window_s
        self._capacity = capacity
        self._buffers: dict[str, RingBuffer] = {}
        self._latest: dict[str, float] = {}
        self._levels: dict[str, dict[Severity, float]] = {}
        self._markers: dict[str, dict[tuple[int, int], Marker]] = {}
        self._history: ReadingHistory | None = None
        self._last_arrival: float | None = None  # time.time() when the last reading arrived
        self._last_reading_ts: float | None = None
        self._link_up = True
        self._paused = False
        self._following = True
        self._dirty = True
        self._stale = False
        self._setting_range = False
        self._followed_range: tuple[float, float] | None = None
        self._drawn: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))  # the metric's data when drawn
        self._fitted_y: tuple[float, float] | None = None
        self._shown_crossing: Severity | None = None
        self.shown_metric = KIND_METRICS.get(device.kind, ("",))[0]

        self._build()
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(HISTORY_DEBOUNCE_MS)
        self._history_timer.timeout.connect(self._ask_history)
        self._clock = clock
        clock.add(self)
        self._show_metric_frame()

    # --- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(f"{self.device.code} · {self.device.name}", self)
        self.title_label.setToolTip(f"{label(self.device.kind)}\n{self.device.install_position}")
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value_label = QLabel("—", self)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label = QLabel(self)  # the banner: device silent / stream down / paused
        self.state_label.setWordWrap(True)
        self.state_label.hide()
        self.metric_combo = QComboBox(self)
        for metric in KIND_METRICS.get(self.device.kind, ()):
            self.metric_combo.addItem(metric_text(metric), metric)
        self.metric_combo.currentIndexChanged.connect(self._on_metric_chosen)
        self.pause_button = QToolButton(self)
        self.pause_button.setCheckable(True)
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Freeze the chart; readings keep arriving in the background"))
        self.pause_button.toggled.connect(self.set_paused)
        self.follow_button = QToolButton(self)
        self.follow_button.setText(self.tr("Live"))
        self.follow_button.setToolTip(self.tr("Back to the last ten minutes, following new readings"))
        self.follow_button.clicked.connect(self.follow_live)
        self.follow_button.setEnabled(False)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_label, 1)
        if not self.compact:
            header.addWidget(self.metric_combo)
            header.addWidget(self.pause_button)
            header.addWidget(self.follow_button)
        else:
            self.metric_combo.hide()
            self.pause_button.hide()
            self.follow_button.hide()
        header.addWidget(self.value_label)

        self.plot_widget = pg.PlotWidget(self, axisItems={"bottom": pg.DateAxisItem(utcOffset=None)})
        self.plot_widget.setBackground("w")
        self.plot_widget.setMenuEnabled(False)
        # Nothing in the plot is antialiased: the repainted area need not be widened for it.
        self.plot_widget.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        # No border around the plot area: pyqtgraph would still stroke an invisible one twice per frame (in the
        # ViewBox's paint and with its border item).
        viewbox = self.plot_widget.getPlotItem().getViewBox()
        viewbox.border = None
        viewbox.borderRect.hide()
        # The plot item and the view box paint nothing themselves (their children do): flagged so, the scene
        # does not ask them (in Python) for their bounding rectangles with every repaint. Mouse handling (pan,
        # zoom, scroll-back) does not depend on the flag.
        for painting_nothing in (self.plot_widget.getPlotItem(), viewbox):
            painting_nothing.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        item = self.plot_widget.getPlotItem()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        # The time axis is ours (following, or the user's zoom): pyqtgraph's auto-range would move it on the
        # first data and look like a user's zoom.
        item.disableAutoRange(axis=pg.ViewBox.XAxis)
        if not self.compact:  # grid lines are painted by the axes, which then repaint with every new point
            item.showGrid(x=True, y=True, alpha=0.15)
        item.hideButtons()
        for axis in ("left", "bottom"):  # repainted from a pixmap unless their ticks change
            item.getAxis(axis).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if self.compact:
            item.getAxis("bottom").setStyle(tickTextOffset=2)
            item.getAxis("left").setWidth(COMPACT_AXIS_WIDTH)
        self.history_curve = item.plot(pen=pg.mkPen(HISTORY_PEN, width=1), skipFiniteCheck=True)
        self.live_curve = LiveCurve(pen=pg.mkPen(LIVE_PEN, width=1))
        item.addItem(self.live_curve)
        self.level_lines = {name: pg.InfiniteLine(angle=0, movable=False,
                                                  pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine))
                            for name, colour in LEVEL_COLOURS.items()}
        for line in self.level_lines.values():
            line.hide()
            item.addItem(line, ignoreBounds=True)
        self.marker_item = pg.ScatterPlotItem(size=9, symbol="t", pen=pg.mkPen("#7b1b1b"), brush=pg.mkBrush("#d9262e"))
        item.getViewBox().addItem(self.marker_item)  # not a "curve": PlotItem would try to downsample it
        item.getViewBox().sigXRangeChanged.connect(self._on_x_range_changed)

        layout = QVBoxLayout(self)
        margin = 2 if self.compact else 4
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.state_label)
        layout.addWidget(self.plot_widget, 1)

    # --- data in ---------------------------------------------------------------------------------

    def add_readings(self, readings: Sequence[LiveReading]) -> None:
        """Readings of this device from the stream; drawn at the next clock tick."""
        if not readings:
            return
        by_metric: dict[str, tuple[list[float], list[float]]] = {}
        for reading in readings:
            xs, ys = by_metric.setdefault(reading.metric, ([], []))
            xs.append(reading.ts)
            ys.append(reading.value)
        for metric, (xs, ys) in by_metric.items():
            x = np.asarray(xs, dtype=float)
            y = np.asarray(ys, dtype=float)
            if len(x) > 1 and np.any(np.diff(x) < 0):
                order = np.argsort(x, kind="stable")
                x, y = x[order], y[order]
            self._buffer(metric).extend(x, y)
            self._latest[metric] = float(self._buffer(metric).y[-1])
            if self.metric_combo.findData(metric) < 0:
                self.metric_combo.addItem(metric_text(metric), metric)
        self._last_arrival = time.time()
        newest = max(r.ts for r in readings)
        self._last_reading_ts = max(newest, self._last_reading_ts or newest)
        if self.shown_metric in by_metric:
            self._dirty = True
        self._update_value_label()

    def set_thresholds(self, thresholds: DeviceThresholds, now: dt.datetime | None = None) -> None:
        """The limits the server holds this device to, as lines from the start (not only once a warning
        has said so); noise gets the day or the night limits, whichever hold now."""
        local = (now or dt.datetime.now(dt.UTC)).astimezone(CHINA_TZ).time()
        period = "night" if is_night(local, thresholds.day_start, thresholds.night_start) else "day"
        for line in thresholds.lines:
            if line.period in ("", period):
                self._levels.setdefault(line.metric, {})[line.severity] = line.level
        self._show_levels()
        self._update_value_label()

    def add_warnings(self, warnings: Iterable[WarningOut]) -> None:
        """Threshold levels and markers from the device's warnings (the API states the level reached in
        each warning; the region profile behind it is not exposed)."""
        for warning in warnings:
            if warning.device_id != self.device.id or not warning.metric:
                continue
            level = plot_level(warning, self.device)
            if level is not None:
                self._levels.setdefault(warning.metric, {})[warning.severity] = level
            value = plot_value(warning, self.device)
            if value is not None and warning.state.is_active:
                markers = self._markers.setdefault(warning.metric, {})
                markers[(warning.id, warning.count)] = Marker(warning.last_at.timestamp(), value, warning.severity)
        self._show_levels()
        self._show_markers()
        self._update_value_label()

    def show_history(self, history: ReadingHistory) -> None:
        """History fetched for this chart: raw readings join the live buffer, rollups form a curve below it."""
        if history.device_id != self.device.id or history.metric != self.shown_metric:
            return
        xs = np.fromiter((p.ts.timestamp() for p in history.points), dtype=float, count=len(history.points))
        ys = np.fromiter((p.value for p in history.points), dtype=float, count=len(history.points))
        if history.resolution == "raw":
            self._buffer(history.metric).extend(xs, ys)
            if len(ys) and history.metric not in self._latest:
                self._latest[history.metric] = float(ys[-1])
                self._last_reading_ts = float(xs[-1])
                # A reading stored moments ago is as good as one pushed: not "nothing received" then.
                self._last_arrival = max(self._last_arrival or 0.0, float(xs[-1]))
            self._update_value_label()
        else:
            self._history = history
            self.history_curve.setData(xs, ys)
        self._dirty = True

    def set_link_up(self, up: bool) -> None:
        """The push stream's state: while it is down no chart may look live."""
        self._link_up = up
        self._refresh_state(time.time())

    # --- controls ----------------------------------------------------------------------------------

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        if self.pause_button.isChecked() != paused:
            self.pause_button.setChecked(paused)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self._dirty = True
        self._refresh_state(time.time())

    @Slot()
    def follow_live(self) -> None:
        self._following = True
        self._followed_range = self._fitted_y = None
        self.follow_button.setEnabled(False)
        self.history_curve.setData([], [])
        self._history = None
        self._dirty = True
        self.redraw(time.time())

    def select_metric(self, metric: str) -> None:
        index = self.metric_combo.findData(metric)
        if index < 0:
            self.metric_combo.addItem(metric_text(metric), metric)
            index = self.metric_combo.count() - 1
        self.metric_combo.setCurrentIndex(index)

    @Slot(int)
    def _on_metric_chosen(self, index: int) -> None:
        metric = self.metric_combo.itemData(index)
        if metric and metric != self.shown_metric:
            self.shown_metric = metric
            self._history = None
            self.history_curve.setData([], [])
            self._show_metric_frame()

    # --- state for views and tests ---------------------------------------------------------------

    @property
    def is_stale(self) -> bool:
        return self._stale

    @property
    def is_paused(self) -> bool:
        return self._paused

    @property
    def is_following(self) -> bool:
        return self._following

    @property
    def history_resolution(self) -> str | None:
        """The resolution of the rollup curve on screen (None: only live data)."""
        return self._history.resolution if self._history is not None else None

    def threshold_levels(self, metric: str | None = None) -> dict[Severity, float]:
        return dict(self._levels.get(metric or self.shown_metric, {}))

    def marker_count(self, metric: str | None = None) -> int:
        return len(self._markers.get(metric or self.shown_metric, {}))

    def point_count(self, metric: str | None = None) -> int:
        buffer = self._buffers.get(metric or self.shown_metric)
        return len(buffer) if buffer is not None else 0

    def drawn_count(self) -> int:
        """Points of the metric drawn at the last redraw (those in view are on the live curve)."""
        return len(self._drawn[0])

    def latest(self, metric: str | None = None) -> float | None:
        return self._latest.get(metric or self.shown_metric)

    def crossed(self, metric: str | None = None) -> Severity | None:
        """The most severe known level the latest value has reached, or None."""
        value = self.latest(metric)
        if value is None:
            return None
        reached = [severity for severity, level in self._levels.get(metric or self.shown_metric, {}).items()
                   if abs(value) >= level]
        return max(reached, key=SEVERITY_RANK.__getitem__, default=None)

    # --- drawing -----------------------------------------------------------------------------------

    def redraw(self, now: float) -> None:
        """Called by the clock: refresh the silent/stale state; redraw only when something changed."""
        self._refresh_state(now)
        if not self._dirty or self._paused or self.visibleRegion().isEmpty():
            return  # a chart scrolled out of sight keeps its new data until it is shown again
        self._dirty = False
        buffer = self._buffers.get(self.shown_metric)
        # A copy: the ring buffer moves its samples, and a pan while paused re-clips what was drawn.
        self._drawn = (buffer.x.copy(), buffer.y.copy()) if buffer is not None else (np.empty(0), np.empty(0))
        if self._following:
            self._follow(now)
            if buffer is not None and len(buffer):
                self._fit_y(buffer)
        self._show_in_view()

    def _show_in_view(self) -> None:
        """Put the drawn data that is in view (and one point beyond each edge, so the line reaches the
        frame) on the live curve, peak-downsampled to about one run per pixel."""
        x, y = self._drawn
        viewbox = self.plot_widget.getPlotItem().getViewBox()
        start, end = self._followed_range or viewbox.viewRange()[0]
        first = max(int(np.searchsorted(x, start)) - 1, 0)
        last = int(np.searchsorted(x, end, side="right")) + 1
        self.live_curve.show_points(*peak_downsampled(x[first:last], y[first:last], max(int(viewbox.width()), 1)))

    def _follow(self, now: float) -> None:
        """Keep the newest reading in view by jumping a tenth of the window at a time (not every frame):
        between jumps the time axis stays still instead of re-rendering its tick text for every point."""
        view = self._followed_range
        if view is None or not view[0] <= now <= view[1]:
            start = now - self.window_s * (1 - FOLLOW_STEP)
            view = self._followed_range = (start, start + self.window_s)
            self._set_x_range(*view)

    def _fit_y(self, buffer: RingBuffer) -> None:
        """Fit the value axis to what is in view, changing it only when the data leaves it or shrinks well
        inside it (pyqtgraph's auto-range would re-range, and re-render the axis, with every new point)."""
        assert self._followed_range is not None
        first = int(np.searchsorted(buffer.x, self._followed_range[0]))
        visible = buffer.y[first:]
        if not len(visible):
            return
        low, high = float(visible.min()), float(visible.max())
        levels = self._levels.get(self.shown_metric, {}).values()
        if levels:  # keep the lowest threshold line in sight when the data comes near it
            nearest = min(levels)
            if nearest <= high * 1.5:
                high = max(high, nearest)
        span = max(high - low, abs(high) * 0.05, 1e-6)
        current = self._fitted_y
        edge = span * Y_EDGE  # refit before the data (and its markers) touch the frame
        if current is not None and current[0] + edge <= low and high <= current[1] - edge \
                and current[1] - current[0] <= 3 * span:
            return
        self._fitted_y = (low - span * Y_MARGIN, high + span * Y_MARGIN)
        self._setting_range = True
        try:
            self.plot_widget.getPlotItem().setYRange(*self._fitted_y, padding=0)
        finally:
            self._setting_range = False
        if self.compact:
            self._fit_value_axis_width(*self._fitted_y)

    def _fit_value_axis_width(self, low: float, high: float) -> None:
        """Grid charts fix the value axis' width (aligned plots, no relayout at each refit), but pyqtgraph
        silently drops every tick label that does not fit in it ("11.95" for a pit point steady at 12 mm):
        widen the axis when the labels of the new range need it, back to the standard width when not."""
        axis = self.plot_widget.getPlotItem().getAxis("left")
        levels = axis.tickValues(low, high, max(axis.geometry().height(), 100.0))
        strings = [text for spacing, values in levels[:2]
                   for text in axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)]
        metrics = QFontMetrics(axis.style["tickFont"] or self.plot_widget.font())
        text = max((metrics.boundingRect(text).width() for text in strings), default=0)
        needed = text + max(0, axis.style["tickLength"]) + axis.style["tickTextOffset"][0] + 4
        width = max(COMPACT_AXIS_WIDTH, needed)
        if width != axis.width():
            axis.setWidth(width)

    def _set_x_range(self, start: float, end: float) -> None:
        self._setting_range = True
        try:
            self.plot_widget.getPlotItem().setXRange(start, end, padding=0)
        finally:
            self._setting_range = False

    def _refresh_state(self, now: float) -> None:
        silent_for = None if self._last_arrival is None else now - self._last_arrival
        if not self._link_up:
            text = self.tr("Connection to the server lost: reconnecting. The chart is not live.")
            stale = True
        elif silent_for is None:
            text = self.tr("No reading received since the chart opened.")
            stale = True
        elif silent_for > self.silence_s:
            last = dt.datetime.fromtimestamp(self._last_reading_ts or now).astimezone().strftime("%H:%M:%S")
            text = self.tr("Device silent for {0}; last reading at {1}. Data is stale.").format(
                self._duration(silent_for), last)
            stale = True
        else:
            text = self.tr("Paused: readings keep arriving in the background.") if self._paused else ""
            stale = False
        if stale != self._stale:
            self._stale = stale
            self.live_curve.setPen(pg.mkPen(STALE_PEN if stale else LIVE_PEN, width=1))
        if text != self.state_label.text():
            self.state_label.setText(text)
            colour = "#fdecea; color: #922b21" if stale else "#eef3fb; color: #1b4f8a"
            self.state_label.setStyleSheet(f"background: {colour}; padding: 2px 4px; border-radius: 3px;")
        self.state_label.setVisible(bool(text))

    def _show_metric_frame(self) -> None:
        self._fitted_y = None
        if self.compact:
            self.title_label.setText(f"{self.device.code} · {metric_text(self.shown_metric)}")
        self._show_levels()
        self._show_markers()
        self._update_value_label()
        self._dirty = True
        self._ask_history_soon()

    def _show_levels(self) -> None:
        levels = sorted(self._levels.get(self.shown_metric, {}).items(), key=lambda item: item[1])
        warning_line, alarm_line = self.level_lines["warning"], self.level_lines["alarm"]
        warning_line.setVisible(len(levels) > 1 or (len(levels) == 1 and SEVERITY_RANK[levels[0][0]] <= 2))
        alarm_line.setVisible(len(levels) > 1 or (len(levels) == 1 and SEVERITY_RANK[levels[0][0]] > 2))
        if levels:
            warning_line.setValue(levels[0][1])
            alarm_line.setValue(levels[-1][1])
        for line, (severity, level) in zip((warning_line, alarm_line), (levels[0], levels[-1]) if levels else (),
                                           strict=False):
            line.setToolTip(self.tr("{0} level {1} {2}").format(label(severity), f"{level:g}",
                                                               display_unit(self.shown_metric)))

    def _show_markers(self) -> None:
        markers = list(self._markers.get(self.shown_metric, {}).values())
        self.marker_item.setData(x=[m.ts for m in markers], y=[m.value for m in markers])
        self.marker_item.setVisible(bool(markers))  # an empty scatter item would still be painted every frame

    def _update_value_label(self) -> None:
        value = self._latest.get(self.shown_metric)
        unit = display_unit(self.shown_metric)
        self.value_label.setText("—" if value is None else f"{value:.4g} {unit}".strip())
        crossed = self.crossed()
        if crossed is self._shown_crossing:
            return  # restyling a widget is costly: only when the band changes
        self._shown_crossing = crossed
        self.value_label.setStyleSheet(
            "" if crossed is None else
            f"color: white; background: {LEVEL_COLOURS['alarm' if SEVERITY_RANK[crossed] > 2 else 'warning']};"
            " padding: 0 4px; border-radius: 3px;")
        self.value_label.setToolTip("" if crossed is None else self.tr("At or above the {0} level").format(
            label(crossed)))

    def _duration(self, seconds: float) -> str:
        minutes, secs = divmod(int(seconds), 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("{0} h {1} min").format(hours, minutes)
        return self.tr("{0} min {1} s").format(minutes, secs) if minutes else self.tr("{0} s").format(secs)

    def _buffer(self, metric: str) -> RingBuffer:
        buffer = self._buffers.get(metric)
        if buffer is None:
            buffer = self._buffers[metric] = RingBuffer(self._capacity)
        return buffer

    # --- scroll-back into history ------------------------------------------------------------------

    @Slot(object, object)
    def _on_x_range_changed(self, _viewbox: object, _range: object) -> None:
        if self._setting_range:
            return
        self._following = False  # the user panned or zoomed: stop jumping to the newest data
        self._followed_range = None
        self._fitted_y = None
        self._show_in_view()  # even while paused: the line follows the view over what was drawn
        self.plot_widget.getPlotItem().enableAutoRange(y=True)  # the user's view: pyqtgraph fits the values
        self.follow_button.setEnabled(True)
        self._ask_history_soon()

    def _ask_history_soon(self) -> None:
        self._history_timer.start()

    @Slot()
    def _ask_history(self) -> None:
        now = time.time()
        if self._following:
            start, end = now - self.window_s, now
        else:
            start, end = self.plot_widget.getPlotItem().getViewBox().viewRange()[0]
            end = min(end, now)
        if end <= start:
            return
        buffer = self._buffers.get(self.shown_metric)
        covered_from = buffer.x[0] if buffer is not None and len(buffer) else now
        history = self._history
        if start >= covered_from or (history is not None and history.start.timestamp() <= start
                                     and history.end.timestamp() >= min(end, covered_from)):
            return  # what is on screen is already in memory
        span = dt.timedelta(seconds=end - start)
        self.sig_history_wanted.emit(HistoryRequest(self.device.id, self.shown_metric,
                                                    dt.datetime.fromtimestamp(start, dt.UTC),
                                                    dt.datetime.fromtimestamp(end, dt.UTC), resolution_for(span)))


@dataclass(frozen=True)
class HistoryRequest:
    device_id: int
    metric: str
    start: dt.datetime
    end: dt.datetime
    resolution: str


def remember_thresholds(known: dict[int, DeviceThresholds], charts: Mapping[int, LiveChart],
                        thresholds: Sequence[DeviceThresholds]) -> None:
    """Keep each device's limits for charts opened later, and draw them on the charts shown now."""
    for limits in thresholds:
        known[limits.device_id] = limits
        chart = charts.get(limits.device_id)
        if chart is not None:
            chart.set_thresholds(limits)
