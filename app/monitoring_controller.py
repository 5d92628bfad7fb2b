"""Live monitoring of one session, as the rest of the application sees it: starts and stops the push
stream, and hands each monitoring view to its own controller (a dossier's tab, the control-room wall,
the warnings inbox); the projects' worst active warnings go to the map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.active_warnings import ActiveWarnings
from app.monitoring_grid_controller import MonitoringGridController
from app.monitoring_session import MonitoringSession
from app.monitoring_tab_controller import MonitoringTabController
from app.warnings_inbox_controller import WarningsInboxController
from app.worker import Worker
from domain.monitoring import Severity
from domain.monitoring_schemas import DeviceOut
from services.api_client import ApiClient
from widgets.live_chart import RedrawClock
from widgets.monitoring_grid import MonitoringGrid
from widgets.monitoring_tab import MonitoringTab
from widgets.warnings_inbox import WarningsInbox


class MonitoringController(QObject):
    sig_error = Signal(str)
    sig_active_warnings_changed = Signal(object)  # project id -> worst active Severity (only projects with one)
    sig_connection_changed = Signal(bool)
    sig_session_revoked = Signal(object)  # AuthenticationError from the push stream

    def __init__(self, api: ApiClient, worker: Worker, parent: QObject | None = None, *,
                 clock: RedrawClock | None = None) -> None:
        super().__init__(parent)
        self.session = MonitoringSession(api, worker, self, clock=clock)
        self.stream = self.session.stream
        self.clock = self.session.clock
        self.active = ActiveWarnings(self.session, self)
        self.grid = MonitoringGridController(self.session, self)
        self.inbox = WarningsInboxController(self.session, self)
        self.session.sig_error.connect(self.sig_error)
        self.active.sig_changed.connect(self.sig_active_warnings_changed)
        self.stream.sig_connection_changed.connect(self.sig_connection_changed)
        self.stream.sig_session_revoked.connect(self.sig_session_revoked)

    def start(self) -> None:
        self.stream.start()
        self.active.load()

    def stop(self) -> None:
        """Logout or exit: close the stream and join its thread; late results are ignored."""
        self.session.end()

    def active_warnings(self) -> dict[int, Severity]:
        return self.active.worst_by_project()

    # --- the views ------------------------------------------------------------------------------------

    def when_project_has_devices(self, project_id: int, then: Callable[[int], None]) -> None:
        """Call `then(project_id)` in the GUI thread if the project has monitoring devices."""
        def found(devices: list[DeviceOut]) -> None:
            if devices:
                then(project_id)
        self.session.submit(lambda: self.session.client.devices(project_id=project_id, limit=1), found,
                            channel=f"has-devices-{project_id}")

    def create_tab(self, project_id: int) -> MonitoringTab:
        """A dossier's Monitoring tab with its controller (which lives as long as the tab)."""
        tab = MonitoringTab(project_id, self.clock)
        MonitoringTabController(self.session, tab)
        return tab

    def attach_grid(self, grid: MonitoringGrid) -> None:
        self.grid.attach(grid)

    def load_grid(self) -> None:
        self.grid.load()

    def set_grid_visible(self, visible: bool) -> None:
        self.grid.set_visible(visible)

    def attach_inbox(self, inbox: WarningsInbox) -> None:
        self.inbox.attach(inbox)
