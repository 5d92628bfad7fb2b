"""Supervisor verification in the session: the verification queue as a page of the main window (for
supervisor roles), the monthly review dialog, and the Quality, Safety and Progress tabs of every opened
project dossier (read-only lists; anyone who may open the dossier sees them, scoped by the server).
Each view has its own small controller; this one places them in the window and keeps them in step."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDockWidget

from app.dossier_controller import DossierController
from app.main_window import MainWindow
from app.monthly_review_controller import open_monthly_review
from app.reporting_tabs_controller import ReportingTabsController
from app.verification_queue_controller import VerificationQueueController
from app.worker import Worker
from domain.schemas import UserOut
from services.api_client import ApiClient
from services.reporting_client import ReportingClient
from widgets.reporting.common import ListsTab
from widgets.reporting.monthly_review import MonthlyReviewDialog
from widgets.reporting.verification_queue import VerificationQueue


class VerificationController(QObject):
    sig_reporting_tabs_added = Signal(int)  # project id
    sig_monthly_review_opened = Signal(object)  # the MonthlyReviewDialog

    def __init__(self, api: ApiClient, worker: Worker, window: MainWindow, user: UserOut,
                 dossiers: DossierController, open_project: Callable[[int], None],
                 parent: QObject | None = None) -> None:
        """`open_project` selects a project everywhere (table, map, dossier): MainController.open_project."""
        super().__init__(parent)
        self.client = ReportingClient(api)
        self._worker = worker
        self._window = window
        self._dossiers = dossiers
        self._tabs: dict[int, ReportingTabsController] = {}
        self.queue_controller: VerificationQueueController | None = None
        self.queue: VerificationQueue | None = None
        self.queue_dock: QDockWidget | None = None
        if user.role.is_supervisor:
            self.queue_controller = controller = VerificationQueueController(self.client, worker)
            self.queue = controller.queue
            self.queue_dock = window.add_page(self.queue, self.tr("Verification"), "VerificationQueueDock",
                                              menu_text=self.tr("&Verification queue"), shortcut="Ctrl+Shift+V")
            self.queue.sig_project_open_requested.connect(open_project)
            self.queue.sig_monthly_review_requested.connect(self.open_monthly_review)
            self.queue.sig_queue_loaded.connect(self._show_count)
            controller.sig_error.connect(window.show_error)
            controller.sig_submission_decided.connect(self._on_decided)
            controller.refresh()
        window.sig_refresh_requested.connect(self.refresh)
        dossiers.sig_dossier_opened.connect(self._add_tabs)

    @Slot()
    def refresh(self) -> None:
        if self.queue_controller is not None:
            self.queue_controller.refresh()
        for tabs in self._tabs.values():
            tabs.load()

    @Slot(int)
    def _show_count(self, total: int) -> None:
        if self.queue_dock is not None:
            self.queue_dock.setWindowTitle(self.tr("Verification ({0})").format(total))

    # --- the queue ----------------------------------------------------------------------------------

    @Slot(int, str)
    def open_monthly_review(self, project_id: int, project_name: str) -> MonthlyReviewDialog:
        dialog = open_monthly_review(self.client, self._worker, project_id, project_name, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.sig_monthly_review_opened.emit(dialog)
        return dialog

    @Slot(int)
    def show_submission(self, submission_id: int) -> None:
        """Raise the queue with one submission in its detail pane (from a dossier row)."""
        if self.queue_controller is None or self.queue_dock is None:
            return
        self.queue_dock.show()
        self.queue_dock.raise_()
        self.queue_controller.open_submission(submission_id)

    @Slot(int, int)
    def _on_decided(self, _submission_id: int, project_id: int) -> None:
        tabs = self._tabs.get(project_id)
        if tabs is not None:
            tabs.load()

    # --- dossier tabs ---------------------------------------------------------------------------------

    @Slot(int)
    def _add_tabs(self, project_id: int) -> None:
        dossier = self._dossiers.dossier(project_id)
        if dossier is None or project_id in self._tabs:
            return
        controller = ReportingTabsController(self.client, self._worker, project_id)
        for tab, title in zip(controller.tabs, (self.tr("Quality"), self.tr("Safety"), self.tr("Progress")),
                              strict=True):
            dossier.addTab(tab, title)
            tab.sig_submission_open_requested.connect(self.show_submission)
        controller.quality.destroyed.connect(partial(self._forget_tabs, project_id))
        self._tabs[project_id] = controller
        controller.load()
        self.sig_reporting_tabs_added.emit(project_id)

    def reporting_tabs(self, project_id: int) -> list[ListsTab]:
        controller = self._tabs.get(project_id)
        return controller.tabs if controller is not None else []

    def _forget_tabs(self, project_id: int, *_args: object) -> None:
        self._tabs.pop(project_id, None)
