"""A live chart for the control-room wall: one device, read from 5 m.

The workstation's chart (widgets/live_chart.py) is titled by device code and fits its value axis to the data,
which on a wall zooms onto noise with the limit lines out of view. This one is titled by project, writes the
latest value large against its next limit ("12 mm of 30 mm"), and its value axis always reaches the limits
(`domain.wall_axis.wall_value_range`), which are drawn and labelled. A silent device or a lost stream is
said in big text over a greyed line. The data and its liveness come from `domain.live_series.LiveSeries`;
no mouse interaction (kiosk). A clock calls `redraw(now)`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from domain.live_series import SILENCE_S, Liveness, LiveSeries, followed_window, in_view, severity_band
from domain.monitoring import Severity
from domain.monitoring_live import HistoryRequest, LiveReading
from domain.monitoring_schemas import DeviceThresholds, ReadingHistory, WarningOut
from domain.wall import WallDevice
from domain.wall_axis import AXIS_MARGIN, Range, next_limit, number_text, wall_value_range
from widgets.labels import metric_label
from widgets.live_curve import LiveCurve
from widgets.monitoring_text import display_unit
from widgets.wall.style import BAD, MIN_TEXT_PX, MUTED, PANEL, PANEL_EDGE, TEXT, WARN, WallStyle

WALL_WINDOW_S = 1800.0  # a wall chart shows the last half hour: trends, not seconds
PROJECT_PX = 30
DEVICE_PX = 24
VALUE_PX = 60
UNIT_PX = 28
HEADROOM_PX = 26
STATE_PX = 40
LIVE_PEN = "#4fb3ff"
STALE_PEN = "#5c6f82"
TICK_STEPS_S = (60, 120, 300, 600, 900, 1800, 3600, 7200)
BAND_COLOURS = {"warning": WARN, "alarm": BAD}
LABEL_FILL = "#132335c0"  # a limit's label over the line: the panel colour, a little see-through


def time_ticks(window: Range) -> list[tuple[float, str]]:
    """Clock-time ticks at round minutes, about three over the window (pyqtgraph's date axis shows a single
    one at wall font sizes)."""
    span = window[1] - window[0]
    step = next((s for s in TICK_STEPS_S if span / s <= 4), TICK_STEPS_S[-1])
    first = (int(window[0]) // step + 1) * step
    return [(float(t), dt.datetime.fromtimestamp(t).strftime("%H:%M")) for t in range(first, int(window[1]) + 1, step)]


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when it does not fit (a project name is often longer than a chart)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = QFontMetrics(self.font()).elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)

    def shown_text(self) -> str:
        return QFontMetrics(self.font()).elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())


class WallChart(QFrame):
    """One device's live line on the wall: project as title, value against its limit, limits always in view."""

    def __init__(self, wall_device: WallDevice, style: WallStyle, *, silence_s: float = SILENCE_S,
                 window_s: float = WALL_WINDOW_S, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall_device = wall_device
        self.wall_style = style
        self.series = LiveSeries(wall_device.device, silence_s=silence_s, window_s=window_s)
        self._link_up = True
        self._dirty = True
        self._liveness: Liveness | None = None
        self._x_range: Range | None = None
        self._y_range: Range | None = None
        self._levels_shown: dict[Severity, float] = {}
        self._build()
        self._show_value()
        self._refresh_state(time.time())

    @property
    def device_id(self) -> int:
        return self.wall_device.device.id

    # --- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.wall_style
        device = self.wall_device.device
        self.setObjectName("wallPanel")
        self.setStyleSheet(style.panel_sheet())
        self.project_label = ElidedLabel(self.wall_device.project_name or device.code, self)
        self.project_label.setFont(style.font(PROJECT_PX, bold=True))
        self.project_label.setStyleSheet(f"color: {TEXT}; background: transparent;")
        self.project_label.setFixedHeight(QFontMetrics(self.project_label.font()).height())
        metric = metric_label(self.series.metric)
        self.device_label = ElidedLabel(" · ".join(part for part in (device.name, device.code, metric) if part), self)
        self.device_label.setFont(style.font(DEVICE_PX))
        self.device_label.setStyleSheet(f"color: {MUTED}; background: transparent;")
        self.device_label.setFixedHeight(QFontMetrics(self.device_label.font()).height())
        self.value_label = QLabel(self)
        self.value_label.setTextFormat(Qt.TextFormat.RichText)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.value_label.setFont(style.font(VALUE_PX, bold=True))
        self.value_label.setStyleSheet("background: transparent;")
        self.headroom_label = QLabel(self)
        self.headroom_label.setFont(style.font(HEADROOM_PX, bold=True))
        self.headroom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.headroom_label.setStyleSheet(f"color: {MUTED}; background: transparent;")

        lines = QVBoxLayout()
        lines.setSpacing(style.px(2))
        lines.addStretch(1)
        lines.addWidget(self.device_label)
        lines.addWidget(self.headroom_label, 0, Qt.AlignmentFlag.AlignLeft)
        header = QGridLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setHorizontalSpacing(style.px(12))
        header.setVerticalSpacing(0)
        header.addWidget(self.project_label, 0, 0, 1, 2)  # the project name gets the chart's whole width
        header.addLayout(lines, 1, 0)
        header.addWidget(self.value_label, 1, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        header.setColumnStretch(0, 1)

        self.plot_widget = self._build_plot()
        self.state_label = QLabel(self)  # "device silent for 8 min" / "connection lost", over the plot
        self.state_label.setFont(style.font(STATE_PX, bold=True))
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setWordWrap(True)
        self.state_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.state_label.setStyleSheet(f"color: {WARN}; background: rgba(11, 22, 34, 200);"
                                       f" border-radius: {style.px(8)}px; padding: {style.px(8)}px;")
        self.state_label.hide()
        stack = QGridLayout()
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.plot_widget, 0, 0)
        stack.addWidget(self.state_label, 0, 0, Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        margin = style.px(12)
        layout.setContentsMargins(margin, style.px(8), margin, style.px(6))
        layout.setSpacing(style.px(4))
        layout.addLayout(header)
        layout.addLayout(stack, 1)

    def _build_plot(self) -> pg.PlotWidget:
        style = self.wall_style
        plot = pg.PlotWidget(self)
        plot.setBackground(PANEL)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a kiosk: nothing to pan or zoom
        plot.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        item = plot.getPlotItem()
        item.hideButtons()
        item.disableAutoRange()
        viewbox = item.getViewBox()
        viewbox.border = None
        viewbox.borderRect.hide()
        tick_font = style.font(MIN_TEXT_PX)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=tick_font, tickTextOffset=style.px(6), tickLength=-style.px(6))
            axis.setTextPen(pg.mkPen(MUTED))
            axis.setPen(pg.mkPen(PANEL_EDGE, width=style.px(2)))
        item.getAxis("bottom").setHeight(QFontMetrics(tick_font).height() + style.px(10))
        item.showGrid(x=False, y=True, alpha=0.12)
        self.live_curve = LiveCurve(pen=pg.mkPen(LIVE_PEN, width=style.px(3)), antialias=True)
        item.addItem(self.live_curve)
        self.marker_item = pg.ScatterPlotItem(size=style.px(16), symbol="t", pen=pg.mkPen(TEXT), brush=pg.mkBrush(BAD))
        self.marker_item.hide()
        viewbox.addItem(self.marker_item)
        self.level_lines: dict[Severity, pg.InfiniteLine] = {}
        return plot

    # --- data in ---------------------------------------------------------------------------------

    def add_readings(self, readings: Sequence[LiveReading]) -> None:
        """Readings of this device from the stream; drawn at the next `redraw`."""
        if readings:
            self.series.add_readings(readings, time.time())
            self._dirty = True

    def set_thresholds(self, thresholds: DeviceThresholds, now: dt.datetime | None = None) -> None:
        """The limits the server holds this device to (noise: the day or the night ones, whichever hold now)."""
        self.series.set_thresholds(thresholds, now or dt.datetime.now(dt.UTC))
        self._show_levels()

    def add_warnings(self, warnings: Iterable[WarningOut]) -> None:
        """Levels and markers from the device's warnings (others' warnings are ignored)."""
        self.series.add_warnings(warnings)
        self._show_levels()

    def show_history(self, history: ReadingHistory) -> None:
        """Stored raw readings of the shown metric (the controller fills the window when the chart opens, so a
        device that reports every few minutes is not blank until it next speaks); rollups are not drawn."""
        if history.resolution == "raw" and self.series.add_history(history):
            self._dirty = True

    def history_request(self, now: dt.datetime) -> HistoryRequest:
        """The stored raw readings this chart's window shows (asked for when the chart opens)."""
        return HistoryRequest(device_id=self.series.device.id, metric=self.series.metric,
                              start=now - dt.timedelta(seconds=self.series.window_s), end=now, resolution="raw")

    def set_link_up(self, up: bool) -> None:
        """The push stream's state: while it is down the chart must not look live."""
        self._link_up = up
        self._refresh_state(time.time())

    # --- read-only state (tests, the scene) ------------------------------------------------------

    def y_range(self) -> Range | None:
        return self._y_range

    def headroom_text(self) -> str:
        return self.headroom_label.text()

    def state_text(self) -> str:
        return self.state_label.text() if not self.state_label.isHidden() else ""

    def is_stale(self) -> bool:
        return self._liveness is not None and self._liveness.is_stale

    def gap_count(self) -> int:
        """Breaks in the line as last drawn (stretches without data are not bridged)."""
        connect = self.live_curve.opts.get("connect")
        return int(np.count_nonzero(~connect[:-1])) if isinstance(connect, np.ndarray) else 0

    def drawn_count(self) -> int:
        return 0 if self.live_curve.xData is None else len(self.live_curve.xData)

    # --- drawing -----------------------------------------------------------------------------------

    def redraw(self, now: float) -> None:
        """Called by the scene's clock: the state text, the time window, and the line when data came."""
        self._refresh_state(now)
        window = followed_window(self._x_range, now, self.series.window_s)
        if window is not None:
            self._x_range = window
            self.plot_widget.getPlotItem().setXRange(*window, padding=0)
            self.plot_widget.getPlotItem().getAxis("bottom").setTicks([time_ticks(window)])
            self._dirty = True
        if not self._dirty:
            return
        self._dirty = False
        assert self._x_range is not None
        x, y = self.series.points()
        shown = x >= self._x_range[0]
        visible = y[shown]
        self._fit_values(float(visible.min()) if len(visible) else None,
                         float(visible.max()) if len(visible) else None)
        bins = max(int(self.plot_widget.getPlotItem().getViewBox().width()), 100)
        self.live_curve.show_points(*in_view((x, y), self._x_range, bins))
        self._show_markers()
        self._show_value()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._dirty = True  # the room above the highest line for its label depends on the plot's height

    def _fit_values(self, low: float | None, high: float | None) -> None:
        fitted = wall_value_range(low, high, self.series.levels(), margin=self._top_margin())
        if fitted == self._y_range:
            return
        self._y_range = fitted
        item = self.plot_widget.getPlotItem()
        item.setYRange(*fitted, padding=0)
        axis = item.getAxis("left")
        metrics = QFontMetrics(axis.style["tickFont"])
        widest = max(metrics.horizontalAdvance(number_text(bound)) for bound in fitted)
        axis.setWidth(widest + self.wall_style.px(18))

    def _top_margin(self) -> float:
        """Room above the highest line for its label (a share of the axis, from the plot's height)."""
        label_height = QFontMetrics(self.wall_style.font(MIN_TEXT_PX, bold=True)).height() + self.wall_style.px(6)
        plot_height = self.plot_widget.getPlotItem().getViewBox().height()
        if not self.series.levels() or plot_height < 4 * label_height:
            return AXIS_MARGIN
        return max(AXIS_MARGIN, label_height / (plot_height - label_height))

    def _refresh_state(self, now: float) -> None:
        liveness = self.series.liveness(now, self._link_up)
        if liveness is Liveness.LINK_DOWN:
            text = self.tr("Connection lost")
        elif liveness is Liveness.NOTHING_YET:
            text = self.tr("No reading yet")
        elif liveness is Liveness.SILENT:
            text = self._silent_text(self.series.silent_for(now))
        else:
            text = ""
        if liveness is not self._liveness:
            stale_before = self._liveness is not None and self._liveness.is_stale
            self._liveness = liveness
            if liveness.is_stale != stale_before or self.live_curve.opts["pen"] is None:
                self.live_curve.setPen(pg.mkPen(STALE_PEN if liveness.is_stale else LIVE_PEN,
                                                width=self.wall_style.px(3)))
                self._show_value()
        if text != self.state_label.text():
            self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _silent_text(self, seconds: float) -> str:
        minutes = max(1, int(seconds // 60))
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("Device silent for {0} h {1} min").format(hours, minutes)
        return self.tr("Device silent for {0} min").format(minutes)

    def _show_value(self) -> None:
        value = self.series.latest()
        unit = display_unit(self.series.metric)
        crossed = self.series.crossed()
        stale = self.is_stale()
        band_colour = BAND_COLOURS[severity_band(crossed)] if crossed is not None else None
        colour = MUTED if stale else band_colour or TEXT
        number = "—" if value is None else number_text(value)
        unit_html = f"<span style='font-size:{self.wall_style.px(UNIT_PX)}px; font-weight:400'>&nbsp;{unit}</span>" \
            if unit and value is not None else ""
        self.value_label.setText(f"<span style='color:{colour}'>{number}{unit_html}</span>")
        limit = next_limit(value, self.series.levels()) if value is not None else None
        if limit is None:
            self.headroom_label.setText("")
            return
        self.headroom_label.setText(self.tr("{0} of {1}").format(
            f"{number_text(value or 0.0)} {unit}".strip(), f"{number_text(limit[1])} {unit}".strip()))
        self.headroom_label.setStyleSheet(f"color: {band_colour or MUTED}; background: transparent;")

    def _show_levels(self) -> None:
        levels = self.series.levels()
        if levels == self._levels_shown:
            return
        self._levels_shown = levels
        item = self.plot_widget.getPlotItem()
        for line in self.level_lines.values():
            item.removeItem(line)
        self.level_lines = {}
        unit = display_unit(self.series.metric)
        for severity, level in sorted(levels.items(), key=lambda entry: entry[1]):
            band = severity_band(severity)
            colour = BAND_COLOURS[band]
            name = self.tr("Alarm") if band == "alarm" else self.tr("Warning")
            anchor = (0, 1) if band == "alarm" else (0, 0)  # above the alarm line, below the warning line
            line = pg.InfiniteLine(pos=level, angle=0, movable=False,
                                   pen=pg.mkPen(colour, width=self.wall_style.px(2), style=Qt.PenStyle.DashLine),
                                   label=f"{name} {number_text(level)} {unit}".strip(),
                                   labelOpts={"position": 0.02, "anchors": [anchor, anchor], "color": colour,
                                              "fill": pg.mkBrush(LABEL_FILL)})
            line.label.setFont(self.wall_style.font(MIN_TEXT_PX, bold=True))
            item.addItem(line, ignoreBounds=True)
            self.level_lines[severity] = line
        self._dirty = True
        self._show_value()

    def _show_markers(self) -> None:
        markers = [m for m in self.series.markers()
                   if self._x_range is not None and m.ts >= self._x_range[0]]
        self.marker_item.setData(x=[m.ts for m in markers], y=[m.value for m in markers])
        self.marker_item.setVisible(bool(markers))
