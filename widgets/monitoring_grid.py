"""The control-room page: many devices' live streams at once, as a grid of compact charts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from domain.monitoring_live import ReadingsPushed
from domain.monitoring_schemas import DeviceOut, DeviceThresholds, ReadingHistory, WarningOut
from widgets.live_chart import LiveChart, RedrawClock, remember_thresholds

MAX_DEVICES = 64
DEFAULT_COLUMNS = 4
CHART_HEIGHT = 170


class MonitoringGrid(QWidget):
    sig_history_wanted = Signal(object)  # HistoryRequest

    def __init__(self, clock: RedrawClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._link_up = True
        self.charts: dict[int, LiveChart] = {}
        self._thresholds: dict[int, DeviceThresholds] = {}  # device id -> its limits, kept across set_devices
        self.summary_label = QLabel(self.tr("Loading devices…"), self)
        self.link_label = QLabel(self)
        self.columns_spin = QSpinBox(self)
        self.columns_spin.setRange(1, 8)
        self.columns_spin.setValue(DEFAULT_COLUMNS)
        self.columns_spin.setPrefix(self.tr("Columns: "))
        self.columns_spin.valueChanged.connect(self._arrange)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.link_label)
        bar.addWidget(self.columns_spin)
        self.canvas = QWidget(self)
        self.grid = QGridLayout(self.canvas)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.set_link_up(True)

    def set_devices(self, devices: Sequence[DeviceOut], warnings: Sequence[WarningOut] = ()) -> None:
        """Show the first MAX_DEVICES devices (the caller orders them: most urgent first)."""
        shown = list(devices)[:MAX_DEVICES]
        for chart in self.charts.values():
            self._clock.remove(chart)
            chart.deleteLater()
        self.charts = {}
        oldest_first = list(reversed(warnings))
        for device in shown:
            chart = LiveChart(device, self._clock, compact=True, parent=self.canvas)
            chart.setMinimumHeight(CHART_HEIGHT)
            chart.sig_history_wanted.connect(self.sig_history_wanted)
            chart.set_link_up(self._link_up)
            chart.add_warnings(oldest_first)
            if device.id in self._thresholds:
                chart.set_thresholds(self._thresholds[device.id])
            self.charts[device.id] = chart
        self._arrange()
        if len(devices) > len(shown):
            text = self.tr("Showing {0} of {1} devices in your scope.").format(len(shown), len(devices))
        else:
            text = self.tr("%n device(s) in your scope, live.", "", len(shown))
        self.summary_label.setText(text)

    def _arrange(self) -> None:
        columns = self.columns_spin.value()
        for chart in self.charts.values():
            self.grid.removeWidget(chart)
        for position, chart in enumerate(self.charts.values()):
            self.grid.addWidget(chart, position // columns, position % columns)

    def add_readings(self, pushed: ReadingsPushed) -> None:
        chart = self.charts.get(pushed.device_id)
        if chart is not None:
            chart.add_readings(pushed.readings)

    def set_thresholds(self, thresholds: Sequence[DeviceThresholds]) -> None:
        """Device limits from the server: drawn on the charts shown now and on those opened later."""
        remember_thresholds(self._thresholds, self.charts, thresholds)

    def apply_warning(self, warning: WarningOut) -> None:
        chart = self.charts.get(warning.device_id)
        if chart is not None:
            chart.add_warnings([warning])

    def show_history(self, history: ReadingHistory) -> None:
        chart = self.charts.get(history.device_id)
        if chart is not None:
            chart.show_history(history)

    def set_link_up(self, up: bool) -> None:
        self._link_up = up
        self.link_label.setText(self.tr("● Live") if up else self.tr("● Reconnecting…"))
        self.link_label.setStyleSheet(f"color: {'#1e8449' if up else '#c0392b'};")
        for chart in self.charts.values():
            chart.set_link_up(up)

    def device_ids(self) -> list[int]:
        return list(self.charts)
