"""Drives the supervisor's verification queue: loads its pages in the worker and shows the selected
submission in the detail pane beside the list; a decision taken there reloads the queue. It lives
as long as the queue (its child), so a late answer never reaches a deleted view."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from app.error_text import describe_error
from app.submission_controller import SubmissionController
from app.worker import Worker
from domain.reporting import SubmissionKind
from domain.reporting_schemas import SubmissionPage
from services.reporting_client import ReportingClient
from services.verification_workflows import queue_page
from widgets.reporting.verification_queue import VerificationQueue

PAGE_SIZE = 50


class VerificationQueueController(QObject):
    sig_submission_decided = Signal(int, int)  # submission id, its project id: verified or returned
    sig_error = Signal(str)  # for the status bar

    def __init__(self, client: ReportingClient, worker: Worker) -> None:
        details = SubmissionController(client, worker)
        detail = details.detail
        queue = VerificationQueue(detail)
        super().__init__(queue)
        self.detail, self.queue = detail, queue
        self._details = details
        self._client = client
        self._worker = worker
        self.queue.sig_page_requested.connect(self.load_page)
        self.queue.sig_submission_selected.connect(self.show_submission)
        self.detail.sig_submission_changed.connect(self._on_decided)
        self.detail.sig_error.connect(self.sig_error)

    @Slot()
    def refresh(self) -> None:
        self.load_page(self.queue.kind, self.queue.page)

    @Slot(object, int)
    def load_page(self, kind: SubmissionKind | None, page: int) -> None:
        self._worker.submit(partial(queue_page, self._client, kind=kind, page=page, page_size=PAGE_SIZE),
                            self._on_page, self._on_failure, channel=f"verification-queue-{id(self)}")

    @Slot(int)
    def show_submission(self, submission_id: int) -> None:
        """The detail pane loads one submission (the queue's selection, or a dossier row's)."""
        self._details.show_submission(submission_id)

    def open_submission(self, submission_id: int) -> None:
        """A submission in the detail pane, selected in the list when it is on the page shown."""
        self.queue.open_submission(submission_id)

    def _on_page(self, page: SubmissionPage) -> None:
        self.queue.show_page(page)

    def _on_failure(self, error: Exception) -> None:
        message = describe_error(error)
        self.queue.show_error(message)
        self.sig_error.emit(message)

    @Slot(int, int)
    def _on_decided(self, submission_id: int, project_id: int) -> None:
        """A decision leaves the detail showing the outcome; the queue reloads without it."""
        self.refresh()
        self.sig_submission_decided.emit(submission_id, project_id)
