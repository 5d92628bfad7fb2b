"""One dossier's Monitoring tab: its project's devices, their warnings, limits and transmission, their
history on demand, and their readings from the push stream while the tab exists (it dies with the tab)."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Slot

from app.monitoring_session import MonitoringSession
from domain.monitoring_live import HistoryRequest, ReadingsPushed, WarningFilter, WarningPushed
from domain.monitoring_schemas import DeviceOut
from widgets.monitoring_tab import MonitoringTab


class MonitoringTabController(QObject):
    def __init__(self, session: MonitoringSession, tab: MonitoringTab) -> None:
        super().__init__(tab)  # a child of its tab: deleted with it, and then its late answers are dropped
        self._session = session
        self._tab = tab
        self._key = f"tab-{id(tab)}"
        stream = session.stream
        tab.set_link_up(stream.is_connected)
        tab.sig_history_wanted.connect(self._fetch_history)
        tab.sig_transmission_wanted.connect(self._fetch_transmission)
        tab.destroyed.connect(partial(_unwatch, session, self._key))
        stream.sig_readings_received.connect(self._on_readings)
        stream.sig_warning_changed.connect(self._on_warning)
        stream.sig_connection_changed.connect(self._on_connection)
        client, project_id = session.client, tab.project_id
        session.submit(partial(client.warnings, WarningFilter(project_id=project_id)), tab.set_warnings,
                       channel=f"{self._key}-warnings")
        session.submit(partial(client.devices, project_id=project_id), self._on_devices,
                       channel=f"{self._key}-devices")

    def _on_devices(self, devices: list[DeviceOut]) -> None:
        self._tab.set_devices(devices)
        ids = [d.id for d in devices]
        self._session.watch(self._key, ids)  # a project has few devices: the table stays live too
        self._session.load_thresholds(ids, self._tab.set_thresholds, f"{self._key}-thresholds")

    @Slot(object)
    def _fetch_history(self, request: HistoryRequest) -> None:
        self._session.fetch_history(request, self._tab.show_history, self._key)

    @Slot(int)
    def _fetch_transmission(self, device_id: int) -> None:
        self._session.submit(partial(self._session.client.transmission, device_id), self._tab.show_transmission,
                             channel=f"{self._key}-transmission")

    @Slot(object)
    def _on_readings(self, pushed: ReadingsPushed) -> None:
        if pushed.project_id == self._tab.project_id:
            self._tab.add_readings(pushed)

    @Slot(object)
    def _on_warning(self, pushed: WarningPushed) -> None:
        self._tab.apply_warning(pushed.warning)

    @Slot(bool)
    def _on_connection(self, connected: bool) -> None:
        self._tab.set_link_up(connected)


def _unwatch(session: MonitoringSession, key: str, *_args: object) -> None:
    if shiboken6.isValid(session):
        session.watch(key, ())
