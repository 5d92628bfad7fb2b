"""The dossier's Monitoring tab: the project's devices (kind, code, online state, last values) above live
charts of the selected devices. Data comes from the monitoring controller; this view only shows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.monitoring import DeviceKind
from domain.monitoring_live import ReadingsPushed
from domain.monitoring_schemas import (
    DeviceOut,
    DeviceThresholds,
    ReadingHistory,
    TransmissionReport,
    WarningOut,
)
from widgets.common.table_model import record_table
from widgets.device_table_model import DeviceTableModel
from widgets.live_chart import LiveChart, RedrawClock, remember_thresholds

TABLE_SHARE = 28  # percent of the tab's height for the device table until the devices are known
TABLE_ROWS_SHOWN = 6  # the table is sized for up to this many devices; more scroll
MAX_CHARTS = 4  # charts shown at once; more would be too small to read in a dossier dock


class MonitoringTab(QWidget):
    sig_history_wanted = Signal(object)  # HistoryRequest, relayed from the charts
    sig_transmission_wanted = Signal(int)

    def __init__(self, project_id: int, clock: RedrawClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self._clock = clock
        self._link_up = True
        self.charts: dict[int, LiveChart] = {}
        self._thresholds: dict[int, DeviceThresholds] = {}  # device id -> its limits, for charts opened later
        self._warnings: list[WarningOut] = []

        self.model = DeviceTableModel(self)
        self.table = record_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several charts at once
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.summary_label = QLabel(self.tr("Loading devices…"), self)
        self.transmission_label = QLabel(self)
        self.transmission_label.setWordWrap(True)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary_label)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.transmission_label)
        self.chart_panel = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_panel)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = QLabel(self.tr("Select one or more devices (Ctrl/Shift) to chart them."), self.chart_panel)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.hint_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.chart_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)  # the charts take what the window gains
        self.splitter.setSizes([TABLE_SHARE, 100 - TABLE_SHARE])  # proportions until the devices are known
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    # --- data in -----------------------------------------------------------------------------------

    def set_devices(self, devices: Sequence[DeviceOut]) -> None:
        self.model.set_devices(devices)
        for warning in self._warnings:
            self.model.apply_warning(warning)
        self.summary_label.setText(self.tr("%n monitoring device(s) on this project.", "", len(devices)))
        self._fit_table(len(devices))
        if devices and not self.table.selectionModel().hasSelection():
            self._select_one_of_each_kind(devices)

    def _fit_table(self, rows: int) -> None:
        """A project has a handful of devices: give the table their rows, and the charts the rest."""
        shown = min(rows, TABLE_ROWS_SHOWN)
        height = (self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
                  + shown * self.table.verticalHeader().defaultSectionSize())
        top = height + self.summary_label.sizeHint().height() + 2 * self.transmission_label.sizeHint().height()
        total = sum(self.splitter.sizes()) or self.height()
        self.splitter.setSizes([top, max(total - top, top)])

    def _select_one_of_each_kind(self, devices: Sequence[DeviceOut]) -> None:
        """Start with a chart of the first device of each kind (dust/noise, crane, pit...)."""
        selection = QItemSelection()
        kinds: set[DeviceKind] = set()
        for row, device in enumerate(devices):
            if device.kind not in kinds and len(kinds) < MAX_CHARTS:
                kinds.add(device.kind)
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)

    def set_warnings(self, warnings: Sequence[WarningOut]) -> None:
        """The project's warnings (newest first): device states, chart thresholds and markers."""
        self._warnings = list(reversed(warnings))  # oldest first, so the newest level of a severity wins
        for warning in self._warnings:
            self.model.apply_warning(warning)
        for chart in self.charts.values():
            chart.add_warnings(self._warnings)

    def set_thresholds(self, thresholds: Sequence[DeviceThresholds]) -> None:
        """Device limits from the server: drawn on the charts shown now and on those opened later."""
        remember_thresholds(self._thresholds, self.charts, thresholds)

    def apply_warning(self, warning: WarningOut) -> None:
        if warning.project_id != self.project_id:
            return
        self._warnings.append(warning)
        self.model.apply_warning(warning)
        chart = self.charts.get(warning.device_id)
        if chart is not None:
            chart.add_warnings([warning])

    def add_readings(self, pushed: ReadingsPushed) -> None:
        self.model.add_readings(pushed.device_id, pushed.readings)
        chart = self.charts.get(pushed.device_id)
        if chart is not None:
            chart.add_readings(pushed.readings)

    def show_history(self, history: ReadingHistory) -> None:
        chart = self.charts.get(history.device_id)
        if chart is not None:
            chart.show_history(history)

    def show_transmission(self, report: TransmissionReport) -> None:
        row = self.model.row_of(report.device_id)
        if row is None:
            return
        verdict = self.tr("transmitting") if report.transmitting else self.tr("NOT transmitting")
        self.transmission_label.setText(self.tr(
            "{0}: {1}; last 24 h: {2} readings, data in {3:.1%} of the minutes, {4} silent stretch(es) of 10 min or more."
        ).format(row.device.code, verdict, report.readings, report.coverage, len(report.gaps)))

    def set_link_up(self, up: bool) -> None:
        self._link_up = up
        for chart in self.charts.values():
            chart.set_link_up(up)

    def device_ids(self) -> list[int]:
        return [d.id for d in self.model.devices]

    # --- selection -> charts -------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        wanted = [self.model.row_at(r).device.id for r in rows][:MAX_CHARTS]
        for device_id in [d for d in self.charts if d not in wanted]:
            chart = self.charts.pop(device_id)
            self._clock.remove(chart)
            self.chart_layout.removeWidget(chart)
            chart.deleteLater()
        for device_id in wanted:
            if device_id in self.charts:
                continue
            row = self.model.row_of(device_id)
            if row is None:
                continue
            chart = LiveChart(row.device, self._clock, parent=self.chart_panel)
            chart.sig_history_wanted.connect(self.sig_history_wanted)
            chart.set_link_up(self._link_up)
            chart.add_warnings(self._warnings)
            if device_id in self._thresholds:
                chart.set_thresholds(self._thresholds[device_id])
            self.charts[device_id] = chart
            self.chart_layout.addWidget(chart, 1)
        self.hint_label.setVisible(not self.charts)
        if wanted:
            self.sig_transmission_wanted.emit(wanted[0])
