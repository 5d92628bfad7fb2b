"""Live charts of monitoring devices (pyqtgraph): one chart per device, one metric shown at a time.

The data and its arithmetic live in the chart's model, `domain.live_series.LiveSeries` (ring buffers,
threshold levels, markers, staleness, the followed window and value range, history wanted); this view only
draws what the model says. Readings are stored as they arrive; nothing is drawn then. One `RedrawClock`
(one QTimer for every chart of the application) asks each chart to redraw, and only charts with new data
call `setData` on their curves, which are created once. A chart whose device went silent (or whose stream
is down) says so instead of showing an old line as if it were live. Zooming or panning out past the
buffered data asks for the history (`sig_history_wanted`); the controller fetches it and calls
`show_history`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics
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

from domain.live_series import (
    BUFFER_CAPACITY,
    LIVE_WINDOW_S,
    SILENCE_S,
    Liveness,
    LiveSeries,
    Points,
    Range,
    followed_window,
    history_points,
    in_view,
    severity_band,
)
from domain.monitoring import Severity
from domain.monitoring_live import KIND_METRICS, LiveReading
from domain.monitoring_schemas import DeviceOut, DeviceThresholds, ReadingHistory, WarningOut
from widgets.labels import label
from widgets.live_curve import LiveCurve
from widgets.monitoring_text import display_unit, metric_text

REDRAW_INTERVAL_MS = 200
COMPACT_AXIS_WIDTH = 38  # the value axis of a grid chart, in pixels, unless its labels need more
HISTORY_DEBOUNCE_MS = 300
LIVE_PEN = "#1f6fd1"
HISTORY_PEN = "#8aa4c8"
STALE_PEN = "#9aa3ad"
LEVEL_COLOURS = {"warning": "#e08a00", "alarm": "#d9262e"}
_NO_POINTS: Points = (np.empty(0), np.empty(0))


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


class LiveChart(QWidget):
    """A live chart of one device; `compact` for the control-room grid (no metric choice, small header)."""

    sig_history_wanted = Signal(object)  # HistoryRequest

    def __init__(self, device: DeviceOut, clock: RedrawClock, *, compact: bool = False,
                 silence_s: float = SILENCE_S, window_s: float = LIVE_WINDOW_S,
                 capacity: int = BUFFER_CAPACITY, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = LiveSeries(device, silence_s=silence_s, window_s=window_s, capacity=capacity)
        self.compact = compact
        self._link_up = True
        self._paused = False
        self._following = True
        self._dirty = True
        self._stale = False
        self._setting_range = False
        self._followed_range: Range | None = None
        self._drawn: Points = _NO_POINTS  # the metric's data when last drawn (a pan while paused re-clips it)
        self._fitted_y: Range | None = None
        self._shown_crossing: Severity | None = None

        self._build()
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(HISTORY_DEBOUNCE_MS)
        self._history_timer.timeout.connect(self._ask_history)
        self._clock = clock
        clock.add(self)
        self._show_metric_frame()

    @property
    def device(self) -> DeviceOut:
        return self.series.device

    @property
    def shown_metric(self) -> str:
        return self.series.metric

    @property
    def silence_s(self) -> float:
        return self.series.silence_s

    @silence_s.setter
    def silence_s(self, seconds: float) -> None:
        self.series.silence_s = seconds

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
        metrics = self.series.add_readings(readings, time.time())
        for metric in metrics:
            if self.metric_combo.findData(metric) < 0:
                self.metric_combo.addItem(metric_text(metric), metric)
        if self.shown_metric in metrics:
            self._dirty = True
        self._update_value_label()

    def set_thresholds(self, thresholds: DeviceThresholds, now: dt.datetime | None = None) -> None:
        """The limits the server holds this device to, as lines from the start (not only once a warning
        has said so); noise gets the day or the night limits, whichever hold now."""
        self.series.set_thresholds(thresholds, now or dt.datetime.now(dt.UTC))
        self._show_levels()
        self._update_value_label()

    def add_warnings(self, warnings: Iterable[WarningOut]) -> None:
        """Threshold levels and markers from the device's warnings."""
        self.series.add_warnings(warnings)
        self._show_levels()
        self._show_markers()
        self._update_value_label()

    def show_history(self, history: ReadingHistory) -> None:
        """History fetched for this chart: raw readings join the live data, rollups form a curve below it."""
        if not self.series.add_history(history):
            return
        if history.resolution == "raw":
            self._update_value_label()
        else:
            self.history_curve.setData(*history_points(history))
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
        self.series.rollup = None
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
        if self.series.choose(self.metric_combo.itemData(index)):
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
        return self.series.rollup.resolution if self.series.rollup is not None else None

    def threshold_levels(self, metric: str | None = None) -> dict[Severity, float]:
        return self.series.levels(metric)

    def marker_count(self, metric: str | None = None) -> int:
        return len(self.series.markers(metric))

    def point_count(self, metric: str | None = None) -> int:
        return self.series.point_count(metric)

    def drawn_count(self) -> int:
        """Points of the metric drawn at the last redraw (those in view are on the live curve)."""
        return len(self._drawn[0])

    def latest(self, metric: str | None = None) -> float | None:
        return self.series.latest(metric)

    def crossed(self, metric: str | None = None) -> Severity | None:
        """The most severe known level the latest value has reached, or None."""
        return self.series.crossed(metric)

    # --- drawing -----------------------------------------------------------------------------------

    def redraw(self, now: float) -> None:
        """Called by the clock: refresh the silent/stale state; redraw only when something changed."""
        self._refresh_state(now)
        if not self._dirty or self._paused or self.visibleRegion().isEmpty():
            return  # a chart scrolled out of sight keeps its new data until it is shown again
        self._dirty = False
        self._drawn = self.series.points()
        if self._following:
            window = followed_window(self._followed_range, now, self.series.window_s)
            if window is not None:
                self._followed_range = window
                self._set_x_range(*window)
            assert self._followed_range is not None
            fitted = self.series.value_range(self._followed_range[0], self._fitted_y)
            if fitted is not None:
                self._set_y_range(fitted)
        self._show_in_view()

    def _show_in_view(self) -> None:
        """Put the drawn data that is in view on the live curve, about one run of points per pixel."""
        viewbox = self.plot_widget.getPlotItem().getViewBox()
        view = self._followed_range or viewbox.viewRange()[0]
        self.live_curve.show_points(*in_view(self._drawn, view, int(viewbox.width())))

    def _set_y_range(self, fitted: Range) -> None:
        self._fitted_y = fitted
        self._setting_range = True
        try:
            self.plot_widget.getPlotItem().setYRange(*fitted, padding=0)
        finally:
            self._setting_range = False
        if self.compact:
            self._fit_value_axis_width(*fitted)

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
        liveness = self.series.liveness(now, self._link_up)
        stale = liveness.is_stale
        if liveness is Liveness.LINK_DOWN:
            text = self.tr("Connection to the server lost: reconnecting. The chart is not live.")
        elif liveness is Liveness.NOTHING_YET:
            text = self.tr("No reading received since the chart opened.")
        elif liveness is Liveness.SILENT:
            last = dt.datetime.fromtimestamp(self.series.last_reading_ts or now).astimezone().strftime("%H:%M:%S")
            text = self.tr("Device silent for {0}; last reading at {1}. Data is stale.").format(
                self._duration(self.series.silent_for(now)), last)
        else:
            text = self.tr("Paused: readings keep arriving in the background.") if self._paused else ""
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
        levels = sorted(self.series.levels().items(), key=lambda item: item[1])
        warning_line, alarm_line = self.level_lines["warning"], self.level_lines["alarm"]
        warning_line.setVisible(len(levels) > 1 or (len(levels) == 1 and severity_band(levels[0][0]) == "warning"))
        alarm_line.setVisible(len(levels) > 1 or (len(levels) == 1 and severity_band(levels[0][0]) == "alarm"))
        if levels:
            warning_line.setValue(levels[0][1])
            alarm_line.setValue(levels[-1][1])
        for line, (severity, level) in zip((warning_line, alarm_line), (levels[0], levels[-1]) if levels else (),
                                           strict=False):
            line.setToolTip(self.tr("{0} level {1} {2}").format(label(severity), f"{level:g}",
                                                               display_unit(self.shown_metric)))

    def _show_markers(self) -> None:
        markers = self.series.markers()
        self.marker_item.setData(x=[m.ts for m in markers], y=[m.value for m in markers])
        self.marker_item.setVisible(bool(markers))  # an empty scatter item would still be painted every frame

    def _update_value_label(self) -> None:
        value = self.series.latest()
        unit = display_unit(self.shown_metric)
        self.value_label.setText("—" if value is None else f"{value:.4g} {unit}".strip())
        crossed = self.crossed()
        if crossed is self._shown_crossing:
            return  # restyling a widget is costly: only when the band changes
        self._shown_crossing = crossed
        self.value_label.setStyleSheet(
            "" if crossed is None else
            f"color: white; background: {LEVEL_COLOURS[severity_band(crossed)]};"
            " padding: 0 4px; border-radius: 3px;")
        self.value_label.setToolTip("" if crossed is None else self.tr("At or above the {0} level").format(
            label(crossed)))

    def _duration(self, seconds: float) -> str:
        minutes, secs = divmod(int(seconds), 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("{0} h {1} min").format(hours, minutes)
        return self.tr("{0} min {1} s").format(minutes, secs) if minutes else self.tr("{0} s").format(secs)

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
            view = (now - self.series.window_s, now)
        else:
            start, end = self.plot_widget.getPlotItem().getViewBox().viewRange()[0]
            view = (start, end)
        request = self.series.history_wanted(view, now)
        if request is not None:
            self.sig_history_wanted.emit(request)


def remember_thresholds(known: dict[int, DeviceThresholds], charts: Mapping[int, LiveChart],
                        thresholds: Sequence[DeviceThresholds]) -> None:
    """Keep each device's limits for charts opened later, and draw them on the charts shown now."""
    for limits in thresholds:
        known[limits.device_id] = limits
        chart = charts.get(limits.device_id)
        if chart is not None:
            chart.set_thresholds(limits)
