"""The enterprise workspace page: load what the server computed for it (one request per 500 projects),
resubmit what a supervisor returned, and say why when either fails."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.error_text import describe_error
from app.worker import Worker
from domain.enterprise_workspace import WorkspaceOut
from domain.reporting import SubmissionAction
from domain.reporting_schemas import SubmissionOut
from domain.schemas import ProjectSummary, UserOut
from services.enterprise_workspace import load_workspace
from services.reporting_client import ReportingClient
from widgets.reporting.workspace import EnterpriseWorkspace


class WorkspaceController(QObject):
    sig_error = Signal(str)  # loading or resubmitting failed, in words

    def __init__(self, client: ReportingClient, worker: Worker, user: UserOut, view_parent: QWidget | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._worker = worker
        self.view = EnterpriseWorkspace(user, view_parent)
        self.view.sig_reload_requested.connect(self.load)
        self.view.sig_resubmit_requested.connect(self.resubmit)

    def _view_alive(self) -> bool:
        return shiboken6.isValid(self.view)

    @Slot()
    def load(self) -> None:
        self._worker.submit(partial(load_workspace, self._client), self._loaded, self._failed,
                            channel=f"enterprise-workspace-{id(self)}")

    def project(self, project_id: int) -> ProjectSummary | None:
        """The project's summary as the workspace last showed it, if it did."""
        shown = self.view.workspace if self._view_alive() else None
        return next((s.project for s in shown.projects if s.project.id == project_id), None) if shown else None

    @Slot(int, str)
    def resubmit(self, submission_id: int, comment: str) -> None:
        call = partial(self._client.act_on_submission, submission_id, SubmissionAction.RESUBMIT, comment=comment)
        self._worker.submit(call, self._resubmitted, self._failed)

    def _resubmitted(self, _submission: SubmissionOut) -> None:
        self.load()

    def _loaded(self, workspace: WorkspaceOut) -> None:
        if self._view_alive():
            self.view.show_workspace(workspace)

    def _failed(self, error: Exception) -> None:
        text = describe_error(error)
        if self._view_alive():
            self.view.show_error(text)
        self.sig_error.emit(text)
