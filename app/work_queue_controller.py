""""My work" in the session: loads each tab of the work queue (notices and follow-ups waiting for the
signed-in user) in the worker. It is a child of the queue, so it lives exactly as long as the view."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.error_text import CASES, describe_error
from app.worker import Worker
from domain.case_schemas import FollowUpPage, NoticePage
from domain.schemas import UserOut
from services.cases_client import CasesClient
from services.cases_workflows import work_queue_page
from widgets.cases.work_queue import PAGE_SIZE, WorkQueue


class WorkQueueController(QObject):
    sig_error = Signal(str)  # for the status bar

    def __init__(self, cases: CasesClient, worker: Worker, user: UserOut, parent: QWidget | None = None) -> None:
        self.queue = WorkQueue(user, parent)
        super().__init__(self.queue)
        self._cases = cases
        self._worker = worker
        self.queue.sig_page_requested.connect(self.load)

    @Slot()
    def refresh(self) -> None:
        """Every tab again, at the page each one shows."""
        self.queue.refresh()

    @Slot(str, int)
    def load(self, key: str, page: int) -> None:
        self._worker.submit(partial(work_queue_page, self._cases, key, page, PAGE_SIZE), partial(self._on_page, key),
                            self._on_failure, channel=f"work-queue-{id(self)}-{key}")

    def _on_page(self, key: str, page: NoticePage | FollowUpPage) -> None:
        self.queue.show_page(key, page)

    def _on_failure(self, error: Exception) -> None:
        text = describe_error(error, CASES)
        self.queue.show_error(text)
        self.sig_error.emit(text)
