"""The control-room wall: every device in scope, most urgent first, as compact live charts; readings are
streamed only while the wall is on screen."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Slot

from app.monitoring_session import MonitoringSession
from domain.monitoring_live import HistoryRequest, ReadingsPushed, WarningPushed
from domain.monitoring_schemas import DeviceOut, WarningOut
from services.monitoring_workflows import wall_devices
from widgets.monitoring_grid import MonitoringGrid

GRID_KEY = "grid"


class MonitoringGridController(QObject):
    def __init__(self, session: MonitoringSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._grid: MonitoringGrid | None = None
        self._visible = False
        stream = session.stream
        stream.sig_readings_received.connect(self._on_readings)
        stream.sig_warning_changed.connect(self._on_warning)
        stream.sig_connection_changed.connect(self._on_connection)

    def attach(self, grid: MonitoringGrid) -> None:
        self._grid = grid
        grid.set_link_up(self._session.stream.is_connected)
        grid.sig_history_wanted.connect(self._fetch_history)
        grid.destroyed.connect(self._forget)

    def load(self) -> None:
        self._session.submit(partial(wall_devices, self._session.client), self._on_devices, channel="grid")

    def reload(self) -> None:
        """The devices and their warnings again (after an outage), if the wall was ever loaded."""
        if self._grid is not None and (self._visible or self._grid.charts):
            self.load()

    def set_visible(self, visible: bool) -> None:
        """Readings of the wall's devices are streamed only while it is on screen."""
        self._visible = visible
        if visible and self._grid is not None and not self._grid.charts:
            self.load()
        self._session.watch(GRID_KEY, self._grid.device_ids() if visible and self._grid is not None else [])

    def _on_devices(self, data: tuple[list[DeviceOut], list[WarningOut]]) -> None:
        grid = self._grid
        if grid is None:
            return
        devices, warnings = data
        grid.set_devices(devices, warnings)  # the wall shows the first of them
        self._session.load_thresholds(grid.device_ids(), grid.set_thresholds, "grid-thresholds")
        if self._visible:
            self._session.watch(GRID_KEY, grid.device_ids())

    @Slot(object)
    def _fetch_history(self, request: HistoryRequest) -> None:
        if self._grid is not None:
            self._session.fetch_history(request, self._grid.show_history, GRID_KEY)

    @Slot(object)
    def _on_readings(self, pushed: ReadingsPushed) -> None:
        if self._grid is not None:
            self._grid.add_readings(pushed)

    @Slot(object)
    def _on_warning(self, pushed: WarningPushed) -> None:
        if self._grid is not None:
            self._grid.apply_warning(pushed.warning)

    @Slot(bool)
    def _on_connection(self, connected: bool) -> None:
        if self._grid is not None:
            self._grid.set_link_up(connected)

    @Slot()
    def _forget(self) -> None:
        self._grid = None
        self._session.watch(GRID_KEY, ())
