"""Opens project dossiers (several at once, one per project) as docks of the main window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget

from app.error_text import describe_error
from app.main_window import MainWindow
from app.monitoring_controller import MonitoringController
from app.worker import Worker
from domain.schemas import ProjectDetail
from services.api_client import ApiClient
from widgets.locator_map import Ring
from widgets.project_dossier import ProjectDossier


class DossierController(QObject):
    sig_dossier_opened = Signal(int)
    sig_monitoring_tab_added = Signal(int)

    def __init__(self, api: ApiClient, worker: Worker, window: MainWindow,
                 district_rings: Callable[[str], Sequence[Ring]], parent: QObject | None = None, *,
                 monitoring: MonitoringController | None = None) -> None:
        super().__init__(parent)
        self._monitoring = monitoring
        self._api = api
        self._worker = worker
        self._window = window
        self._district_rings = district_rings
        self._docks: dict[int, QDockWidget] = {}

    def open(self, project_id: int) -> None:
        dock = self._docks.get(project_id)
        if dock is not None:
            dock.show()
            dock.raise_()
            self.sig_dossier_opened.emit(project_id)
            return
        self._worker.submit(partial(self._api.project, project_id), self._on_project, self._on_failure,
                            channel=f"dossier-{project_id}")

    def open_ids(self) -> list[int]:
        return list(self._docks)

    def dossier(self, project_id: int) -> ProjectDossier | None:
        dock = self._docks.get(project_id)
        widget = dock.widget() if dock is not None else None
        return widget if isinstance(widget, ProjectDossier) else None

    def _on_project(self, project: ProjectDetail) -> None:
        if project.id in self._docks:
            return
        dossier = ProjectDossier(project, self._district_rings(project.district_adcode))
        dock = self._window.add_dossier(dossier, project.name)
        dock.setToolTip(f"{project.name}\n{project.permit_no or ''}")
        self._docks[project.id] = dock
        dock.destroyed.connect(partial(self._forget, project.id))
        self.sig_dossier_opened.emit(project.id)
        if self._monitoring is not None:
            self._monitoring.when_project_has_devices(project.id, self._add_monitoring_tab)

    def _add_monitoring_tab(self, project_id: int) -> None:
        dossier = self.dossier(project_id)
        if dossier is None or dossier.monitoring is not None or self._monitoring is None:
            return
        dossier.add_monitoring_tab(self._monitoring.create_tab(project_id))
        self.sig_monitoring_tab_added.emit(project_id)

    def _forget(self, project_id: int, *_args: object) -> None:
        self._docks.pop(project_id, None)

    def _on_failure(self, error: Exception) -> None:
        self._window.show_error(describe_error(error))
