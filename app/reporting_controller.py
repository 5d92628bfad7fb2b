"""Enterprise reporting in the session: the enterprise workspace page (raised first for enterprise
accounts, app/workspace_controller.py), the report forms opened from it or from a project's dossier
(app/report_forms_controller.py), and refreshing the workspace with what they change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QPushButton

from app.dossier_controller import DossierController
from app.error_text import describe_error
from app.main_window import MainWindow
from app.report_forms_controller import ReportFormsController
from app.worker import Worker
from app.workspace_controller import WorkspaceController
from domain.schemas import ProjectSummary, UserOut
from services.api_client import ApiClient
from services.reporting_client import ReportingClient
from widgets.locator_map import Ring
from widgets.reporting.report_menu import FormKey, report_menu
from widgets.reporting.workspace import EnterpriseWorkspace


class ReportingController(QObject):
    sig_form_opened = Signal(object)  # the form dialog, once it is showing
    sig_report_button_added = Signal(int)  # project id of the dossier that got its "Report…" button

    def __init__(self, api: ApiClient, worker: Worker, window: MainWindow, user: UserOut,
                 dossiers: DossierController, district_rings: Callable[[str], Sequence[Ring]],
                 open_project: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = ReportingClient(api)
        self._worker = worker
        self._window = window
        self._dossiers = dossiers
        self.forms = ReportFormsController(self.client, worker, district_rings, window, self)
        self.forms.sig_form_opened.connect(self.sig_form_opened)
        self.workspace_controller: WorkspaceController | None = None
        self.workspace: EnterpriseWorkspace | None = None
        self.workspace_dock: QDockWidget | None = None
        if not user.role.is_enterprise:  # supervisors verify; their views live in the verification controller
            return
        self.workspace_controller = WorkspaceController(self.client, worker, user, window, self)
        self.workspace = self.workspace_controller.view
        self.workspace_dock = window.add_page(self.workspace, self.tr("Enterprise workspace"), "EnterpriseWorkspaceDock",
                                              menu_text=self.tr("&Enterprise workspace"), shortcut="Ctrl+Shift+E",
                                              first=True)
        self.workspace.sig_project_open_requested.connect(open_project)
        self.workspace.sig_report_requested.connect(self.open_form)
        self.workspace_controller.sig_error.connect(window.show_error)
        self.forms.sig_reported.connect(self._on_reported)
        dossiers.sig_dossier_opened.connect(self._add_report_button)

    def start(self) -> None:
        if self.workspace_controller is not None:
            self.workspace_controller.load()

    def refresh(self) -> None:
        self.start()

    # --- forms ------------------------------------------------------------------------------------

    @Slot(int, str)
    def open_form(self, project_id: int, key: str) -> None:
        """Open a report form for the project; its summary comes from the dossier or the workspace when known."""
        known = self._known_project(project_id)
        if known is not None:
            self.forms.open(FormKey(key), known)
            return
        self._worker.submit(partial(self.client.api.project, project_id), partial(self._open_for, FormKey(key)),
                            self._on_failure, channel=f"report-form-{project_id}")

    def _open_for(self, key: FormKey, project: ProjectSummary) -> None:
        self.forms.open(key, project)

    def _known_project(self, project_id: int) -> ProjectSummary | None:
        dossier = self._dossiers.dossier(project_id)
        if dossier is not None:
            return dossier.project
        return self.workspace_controller.project(project_id) if self.workspace_controller is not None else None

    def _on_reported(self, _answer: object) -> None:
        self.refresh()

    def _on_failure(self, error: Exception) -> None:
        self._window.show_error(describe_error(error))

    # --- the dossier ------------------------------------------------------------------------------

    @Slot(int)
    def _add_report_button(self, project_id: int) -> None:
        """The enterprise reports from the dossier too: a "Report…" menu in its tab bar's corner."""
        dossier = self._dossiers.dossier(project_id)
        if dossier is None or dossier.cornerWidget(Qt.Corner.TopRightCorner) is not None:
            return
        button = QPushButton(self.tr("Report…"), dossier)
        button.setMenu(report_menu(button, lambda key: self.open_form(project_id, key.value)))
        dossier.setCornerWidget(button, Qt.Corner.TopRightCorner)
        button.show()
        self.sig_report_button_added.emit(project_id)
