"""Wall scene 3, the monitoring grid: the most urgent devices' live charts, as many as stay legible at 5 m."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from domain.live_series import SILENCE_S
from domain.monitoring_live import HistoryRequest, ReadingsPushed
from domain.monitoring_schemas import DeviceThresholds, ReadingHistory, WarningOut
from domain.wall import WallDevice
from widgets.wall.scene import WallScene
from widgets.wall.style import BAD, GOOD, MUTED, TEXT_PX, WallStyle
from widgets.wall.wall_chart import WallChart

GRID_COLUMNS = 3
GRID_ROWS = 3  # 9 charts at 1920x1080: a project name, a big value and 22 px ticks each
REDRAW_INTERVAL_MS = 1000  # a wall need not move faster than once a second
MAX_REMEMBERED_WARNINGS = 500


class GridScene(WallScene):
    """A fixed grid of `WallChart`s; the caller orders the devices, most urgent first."""

    scene_key = "grid"
    sig_history_wanted = Signal(object)  # list[HistoryRequest]: the stored readings new charts open with

    def __init__(self, style: WallStyle, parent: QWidget | None = None, *, columns: int = GRID_COLUMNS,
                 rows: int = GRID_ROWS, silence_s: float = SILENCE_S) -> None:
        super().__init__(style, QCoreApplication.translate("GridScene", "Live monitoring"), parent)
        self.columns = columns
        self.capacity = columns * rows
        self.silence_s = silence_s  # no reading for this long: a chart says its device is silent
        self.charts: dict[int, WallChart] = {}
        self._link_up = True
        self._thresholds: dict[int, DeviceThresholds] = {}  # device id -> limits, kept for charts made later
        self._warnings: dict[int, WarningOut] = {}  # warning id -> the latest state, for charts made later
        self.count_label = QLabel(self.tr("No devices to show"), self.content)
        self.count_label.setFont(style.font(TEXT_PX))
        self.count_label.setStyleSheet(f"color: {MUTED};")
        self.link_label = QLabel(self.content)
        self.link_label.setFont(style.font(TEXT_PX, bold=True))
        # The count and the link state share the title's line: every pixel of height goes to the charts.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeWidget(self.title_label)
        title_row = QHBoxLayout()
        title_row.setSpacing(style.px(24))
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        title_row.addWidget(self.link_label, 0, Qt.AlignmentFlag.AlignBottom)
        outer.insertLayout(0, title_row)
        self.canvas = QWidget(self.content)
        self.grid = QGridLayout(self.canvas)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(style.px(14))
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        for row in range(rows):
            self.grid.setRowStretch(row, 1)
        self.body.addWidget(self.canvas, 1)
        self.clock = QTimer(self)
        self.clock.setInterval(REDRAW_INTERVAL_MS)
        self.clock.timeout.connect(self.redraw)
        self.set_link_up(True)

    # --- data in ---------------------------------------------------------------------------------

    def show_devices(self, devices: Sequence[WallDevice]) -> None:
        """Chart the first devices that fit (the caller puts the most urgent first); counts all of them."""
        shown = list(devices)[:self.capacity]
        self._replace_charts(shown)
        if not devices:
            text = self.tr("No devices to show")
        elif len(devices) > len(shown):
            text = self.tr("Showing {0} of {1} devices, most urgent first").format(len(shown), len(devices))
        else:
            text = self.tr("All {0} devices").format(len(shown))
        self.count_label.setText(text)

    def _replace_charts(self, shown: Sequence[WallDevice]) -> None:
        """Charts of devices still shown are kept (with their buffered lines), only moved."""
        old = self.charts
        self.charts = {}
        opened: list[HistoryRequest] = []
        for position, wall_device in enumerate(shown):
            device_id = wall_device.device.id
            chart = old.pop(device_id, None)
            if chart is None:
                chart = WallChart(wall_device, self.wall_style, silence_s=self.silence_s, parent=self.canvas)
                chart.set_link_up(self._link_up)
                chart.add_warnings(w for w in self._warnings.values() if w.device_id == device_id)
                if device_id in self._thresholds:
                    chart.set_thresholds(self._thresholds[device_id])
                opened.append(chart.history_request(dt.datetime.now(dt.UTC)))
            else:
                self.grid.removeWidget(chart)
            self.grid.addWidget(chart, position // self.columns, position % self.columns)
            self.charts[device_id] = chart
        for chart in old.values():
            self.grid.removeWidget(chart)
            chart.deleteLater()
        if self.isVisible():
            self.redraw()
        if opened:  # a device that reports every few minutes would look silent until it next speaks
            self.sig_history_wanted.emit(opened)

    def add_readings(self, pushed: ReadingsPushed) -> None:
        chart = self.charts.get(pushed.device_id)
        if chart is not None:
            chart.add_readings(pushed.readings)

    def show_history(self, history: ReadingHistory) -> None:
        chart = self.charts.get(history.device_id)
        if chart is not None:
            chart.show_history(history)

    def set_thresholds(self, thresholds: Sequence[DeviceThresholds]) -> None:
        """Device limits: drawn on the charts shown now and remembered for those made later."""
        for limits in thresholds:
            self._thresholds[limits.device_id] = limits
            chart = self.charts.get(limits.device_id)
            if chart is not None:
                chart.set_thresholds(limits)

    def apply_warning(self, warning: WarningOut) -> None:
        self._warnings.pop(warning.id, None)
        self._warnings[warning.id] = warning  # the newest last: the oldest go first when over the bound
        while len(self._warnings) > MAX_REMEMBERED_WARNINGS:
            del self._warnings[next(iter(self._warnings))]
        chart = self.charts.get(warning.device_id)
        if chart is not None:
            chart.add_warnings([warning])

    def set_link_up(self, up: bool) -> None:
        self._link_up = up
        self.link_label.setText(self.tr("● Live") if up else self.tr("● Connection lost"))
        self.link_label.setStyleSheet(f"color: {GOOD if up else BAD};")
        for chart in self.charts.values():
            chart.set_link_up(up)

    def device_ids(self) -> list[int]:
        return list(self.charts)

    # --- the clock: runs only while the scene is on screen -----------------------------------------

    @Slot()
    def redraw(self) -> None:
        now = time.time()
        for chart in self.charts.values():
            chart.redraw(now)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()
        self.clock.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.clock.stop()
        super().hideEvent(event)
