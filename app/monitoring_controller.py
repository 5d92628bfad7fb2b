"""Live monitoring wiring: API calls in the worker, the push stream in its thread, and the monitoring views
(dossier tabs, the control-room grid, the warnings inbox) fed from both."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from app.error_text import describe_error
from app.stream_worker import StreamWorker
from app.worker import Worker
from domain.monitoring import Severity, WarningState
from domain.monitoring_schemas import (
    DeviceOut,
    DeviceThresholds,
    ReadingHistory,
    TransmissionReport,
    WarningOut,
)
from domain.schemas import ProjectDetail
from services.api_client import ApiClient
from services.errors import NotFoundError
from services.monitoring_client import MonitoringClient, ReadingsPushed, WarningFilter, WarningPushed
from widgets.live_chart import SEVERITY_RANK, HistoryRequest, RedrawClock
from widgets.monitoring_grid import MAX_DEVICES, MonitoringGrid
from widgets.monitoring_tab import MonitoringTab
from widgets.warnings_inbox import ProjectInfo, WarningsInbox

ACTIVE = (WarningState.ACTIVE_UNACK, WarningState.ACTIVE_ACK)
GRID_KEY = "grid"
PROJECT_NAMES_AT_ONCE = 100  # the inbox names at most this many distinct projects per load


class MonitoringController(QObject):
    sig_error = Signal(str)
    sig_active_warnings_changed = Signal(object)  # project id -> worst active Severity (only projects with one)
    sig_connection_changed = Signal(bool)
    sig_session_revoked = Signal(object)  # AuthenticationError from the push stream

    def __init__(self, api: ApiClient, worker: Worker, parent: QObject | None = None, *,
                 clock: RedrawClock | None = None) -> None:
        super().__init__(parent)
        self.client = MonitoringClient(api)
        self._api = api
        self._worker = worker
        self.stream = StreamWorker(self.client, self)
        self.clock = clock or RedrawClock(self)  # the window's, when it already shows charts (the grid)
        self._tabs: dict[str, MonitoringTab] = {}
        self._thresholds: dict[int, DeviceThresholds] = {}  # device id -> its limits (they rarely change)
        self._grid: MonitoringGrid | None = None
        self._grid_visible = False
        self._inbox: WarningsInbox | None = None
        self._projects: dict[int, ProjectInfo] = {}
        self._active: dict[int, dict[int, Severity]] = {}  # project -> warning id -> severity
        self._ended = False
        self.stream.sig_readings_received.connect(self._on_readings)
        self.stream.sig_warning_changed.connect(self._on_warning)
        self.stream.sig_connection_changed.connect(self._on_connection)
        self.stream.sig_session_revoked.connect(self.sig_session_revoked)

    # --- lifecycle -----------------------------------------------------------------------------------

    def start(self) -> None:
        self.stream.start()
        self._submit(partial(self.client.warnings, WarningFilter(states=ACTIVE, limit=1000)), self._on_active_loaded,
                     channel="monitoring-active")

    def stop(self) -> None:
        """Logout or exit: close the stream and join its thread; late results are ignored."""
        self._ended = True
        self.stream.stop()
        self.clock.timer.stop()

    def active_warnings(self) -> dict[int, Severity]:
        return {project: max(found.values(), key=SEVERITY_RANK.__getitem__)
                for project, found in self._active.items() if found}

    # --- dossier tabs --------------------------------------------------------------------------------

    def when_project_has_devices(self, project_id: int, then: Callable[[int], None]) -> None:
        """Call `then(project_id)` in the GUI thread if the project has monitoring devices."""
        def done(devices: list[DeviceOut]) -> None:
            if devices and not self._ended:
                then(project_id)
        self._submit(partial(self.client.devices, project_id=project_id, limit=1), done,
                     channel=f"has-devices-{project_id}")

    def create_tab(self, project_id: int) -> MonitoringTab:
        tab = MonitoringTab(project_id, self.clock)
        self.attach_tab(tab)
        return tab

    def attach_tab(self, tab: MonitoringTab) -> None:
        key = f"tab-{id(tab)}"
        self._tabs[key] = tab
        tab.set_link_up(self.stream.is_connected)
        tab.destroyed.connect(partial(self._forget_tab, key))
        tab.sig_history_wanted.connect(partial(self._fetch_history, key))
        tab.sig_transmission_wanted.connect(partial(self._fetch_transmission, key))
        project_id = tab.project_id
        self._submit(partial(self.client.warnings, WarningFilter(project_id=project_id)),
                     partial(self._on_tab_warnings, key), channel=f"{key}-warnings")
        self._submit(partial(self.client.devices, project_id=project_id), partial(self._on_tab_devices, key),
                     channel=f"{key}-devices")

    def _forget_tab(self, key: str, *_args: object) -> None:
        self._tabs.pop(key, None)
        self.stream.unwatch(key)

    def _on_tab_devices(self, key: str, devices: list[DeviceOut]) -> None:
        tab = self._tabs.get(key)
        if tab is not None:
            tab.set_devices(devices)
            self._watch(key, [d.id for d in devices])  # a project has few devices: the table stays live too
            self._load_thresholds([d.id for d in devices], partial(self._on_tab_thresholds, key), f"{key}-thresholds")

    def _on_tab_thresholds(self, key: str, thresholds: list[DeviceThresholds]) -> None:
        tab = self._tabs.get(key)
        if tab is not None:
            tab.set_thresholds(thresholds)

    def _on_tab_warnings(self, key: str, warnings: list[WarningOut]) -> None:
        tab = self._tabs.get(key)
        if tab is not None:
            tab.set_warnings(warnings)

    def _fetch_transmission(self, key: str, device_id: int) -> None:
        self._submit(partial(self.client.transmission, device_id), partial(self._on_transmission, key),
                     channel=f"{key}-transmission")

    def _on_transmission(self, key: str, report: TransmissionReport) -> None:
        tab = self._tabs.get(key)
        if tab is not None:
            tab.show_transmission(report)

    # --- the control-room grid -----------------------------------------------------------------------

    def attach_grid(self, grid: MonitoringGrid) -> None:
        self._grid = grid
        grid.set_link_up(self.stream.is_connected)
        grid.sig_history_wanted.connect(partial(self._fetch_history, GRID_KEY))
        grid.destroyed.connect(self._forget_grid)

    def load_grid(self) -> None:
        def both() -> tuple[list[DeviceOut], list[WarningOut]]:
            return self.client.devices(limit=2000), self.client.warnings(WarningFilter(states=ACTIVE, limit=1000))
        self._submit(both, self._on_grid_data, channel="grid")

    def set_grid_visible(self, visible: bool) -> None:
        """Readings of the grid's devices are streamed only while the grid is on screen."""
        self._grid_visible = visible
        if visible and self._grid is not None and not self._grid.charts:
            self.load_grid()
        self._watch(GRID_KEY, self._grid.device_ids() if visible and self._grid is not None else [])

    def _on_grid_data(self, data: tuple[list[DeviceOut], list[WarningOut]]) -> None:
        grid = self._grid
        if grid is None:
            return
        devices, warnings = data
        worst: dict[int, int] = {}
        for warning in warnings:
            worst[warning.device_id] = max(worst.get(warning.device_id, 0), 1 + SEVERITY_RANK[warning.severity])
        never = dt.datetime.min.replace(tzinfo=dt.UTC)
        # Most urgent first: devices with the worst active warnings, then the most recently heard from.
        ordered = sorted(devices, key=lambda d: (-worst.get(d.id, 0), -(d.last_seen_at or never).timestamp()))
        grid.set_devices(ordered[:MAX_DEVICES], warnings)
        self._load_thresholds(grid.device_ids(), self._on_grid_thresholds, "grid-thresholds")
        if self._grid_visible:
            self._watch(GRID_KEY, grid.device_ids())

    def _on_grid_thresholds(self, thresholds: list[DeviceThresholds]) -> None:
        if self._grid is not None:
            self._grid.set_thresholds(thresholds)

    # --- device limits -------------------------------------------------------------------------------

    def _load_thresholds(self, device_ids: list[int], apply: Callable[[list[DeviceThresholds]], None],
                         channel: str) -> None:
        """Hand `apply` the limits of these devices: the known ones at once, the others from the server."""
        known = [self._thresholds[d] for d in device_ids if d in self._thresholds]
        if known:
            apply(known)
        missing = [d for d in device_ids if d not in self._thresholds]
        if missing:
            self._submit(partial(self._fetch_thresholds, missing), partial(self._on_thresholds, apply), channel=channel)

    def _fetch_thresholds(self, device_ids: list[int]) -> list[DeviceThresholds]:
        found = []
        for device_id in device_ids:
            try:
                found.append(self.client.thresholds(device_id))
            except NotFoundError:
                continue  # removed or moved out of scope since the list was read: nothing to draw
        return found

    def _on_thresholds(self, apply: Callable[[list[DeviceThresholds]], None], thresholds: list[DeviceThresholds]) -> None:
        self._thresholds.update((t.device_id, t) for t in thresholds)
        apply(thresholds)

    @Slot()
    def _forget_grid(self) -> None:
        self._grid = None
        self.stream.unwatch(GRID_KEY)

    # --- the warnings inbox --------------------------------------------------------------------------

    def attach_inbox(self, inbox: WarningsInbox) -> None:
        self._inbox = inbox
        inbox.sig_query_changed.connect(self.load_inbox)
        inbox.sig_acknowledge_requested.connect(self.acknowledge)
        inbox.destroyed.connect(self._forget_inbox)
        self.load_inbox(inbox.query())

    @Slot(object)
    def load_inbox(self, query: WarningFilter) -> None:
        self._submit(partial(self.client.warnings, query), self._on_inbox_warnings, channel="inbox")

    @Slot(int, str)
    def acknowledge(self, warning_id: int, comment: str) -> None:
        self._worker.submit(partial(self.client.acknowledge, warning_id, comment), self._on_acknowledged,
                            self._on_acknowledge_failed, channel=f"ack-{warning_id}")

    def _on_inbox_warnings(self, warnings: list[WarningOut]) -> None:
        if self._inbox is None:
            return
        self._inbox.set_warnings(warnings)
        self._name_projects({w.project_id for w in warnings})

    def _name_projects(self, project_ids: set[int]) -> None:
        missing = sorted(project_ids - set(self._projects))[:PROJECT_NAMES_AT_ONCE]
        if not missing:
            return

        def fetch() -> dict[int, ProjectInfo]:
            details: list[ProjectDetail] = [self._api.project(pid) for pid in missing]
            return {d.id: ProjectInfo(d.name, f"{d.city_name} {d.district_name}") for d in details}
        self._submit(fetch, self._on_project_names)

    def _on_project_names(self, names: dict[int, ProjectInfo]) -> None:
        self._projects.update(names)
        if self._inbox is not None:
            self._inbox.set_projects(names)

    def _on_acknowledged(self, warning: WarningOut) -> None:
        if self._inbox is not None and not self._ended:
            self._inbox.acknowledged(warning)

    def _on_acknowledge_failed(self, error: Exception) -> None:
        if self._inbox is not None and not self._ended:
            self._inbox.show_error(describe_error(error))

    @Slot()
    def _forget_inbox(self) -> None:
        self._inbox = None

    # --- shared ----------------------------------------------------------------------------------------

    def _watch(self, key: str, device_ids: list[int]) -> None:
        if not self._ended:
            self.stream.watch(key, device_ids)

    def _fetch_history(self, key: str, request: HistoryRequest) -> None:
        fetch = partial(self.client.history, request.device_id, request.metric, request.start, request.end,
                        request.resolution)
        self._submit(fetch, partial(self._on_history, key), channel=f"history-{key}-{request.device_id}")

    def _on_history(self, key: str, history: ReadingHistory) -> None:
        view = self._grid if key == GRID_KEY else self._tabs.get(key)
        if view is not None:
            view.show_history(history)

    @Slot(object)
    def _on_readings(self, pushed: ReadingsPushed) -> None:
        for tab in self._tabs.values():
            if tab.project_id == pushed.project_id:
                tab.add_readings(pushed)
        if self._grid is not None:
            self._grid.add_readings(pushed)

    @Slot(object)
    def _on_warning(self, pushed: WarningPushed) -> None:
        warning = pushed.warning
        for tab in self._tabs.values():
            tab.apply_warning(warning)
        if self._grid is not None:
            self._grid.apply_warning(warning)
        if self._inbox is not None:
            self._inbox.apply_warning(warning)
            self._name_projects({warning.project_id})
        self._track_active([warning])

    def _on_active_loaded(self, warnings: list[WarningOut]) -> None:
        self._track_active(reversed(warnings))

    def _track_active(self, warnings: Iterable[WarningOut]) -> None:
        before = self.active_warnings()
        for warning in warnings:
            found = self._active.setdefault(warning.project_id, {})
            if warning.state.is_active:
                found[warning.id] = warning.severity
            else:
                found.pop(warning.id, None)
        after = self.active_warnings()
        if after != before:
            self.sig_active_warnings_changed.emit(after)

    @Slot(bool)
    def _on_connection(self, connected: bool) -> None:
        for tab in self._tabs.values():
            tab.set_link_up(connected)
        if self._grid is not None:
            self._grid.set_link_up(connected)
        self.sig_connection_changed.emit(connected)

    def _submit(self, fn: Callable[[], object], on_result: Callable, *, channel: str | None = None) -> None:
        def deliver(result: object) -> None:
            if not self._ended:
                on_result(result)
        self._worker.submit(fn, deliver, self._on_failure, channel=channel)

    def _on_failure(self, error: Exception) -> None:
        if not self._ended:
            self.sig_error.emit(describe_error(error))
