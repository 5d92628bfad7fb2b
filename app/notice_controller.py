"""One rectification notice window: loads the notice and its evidence documents, uploads the evidence
of feedback with progress and then submits it, sends the other moves, fetches the official PDF. It is a
child of the window, so a window closed mid-request simply loses the answer."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.error_text import CASES, describe_error
from app.evidence_flow import bind_evidence
from app.progress_relay import ProgressRelay
from app.thumbnail_flow import bind_thumbnails
from app.worker import Worker
from domain.case_schemas import NoticeOut
from domain.cases import NoticeAction
from domain.schemas import UserOut
from services.cases_client import CasesClient
from services.cases_workflows import UploadFailed, submit_feedback
from widgets.cases.notice_detail import NoticeDetail


class NoticeController(QObject):
    sig_error = Signal(str)  # for the status bar

    def __init__(self, cases: CasesClient, worker: Worker, user: UserOut, notice_id: int,
                 parent: QWidget | None = None) -> None:
        self.detail = NoticeDetail(user, notice_id, parent)
        super().__init__(self.detail)
        self._cases = cases
        self._worker = worker
        self._relay = ProgressRelay(self)
        self._relay.sig_progress.connect(self.detail.show_upload_progress)
        bind_thumbnails(worker, self.detail, cases.document_content)
        bind_evidence(worker, self.detail.evidence)
        self.detail.sig_action_requested.connect(self._act)
        self.detail.sig_pdf_requested.connect(self._fetch_pdf)

    @property
    def notice_id(self) -> int:
        return self.detail.notice_id

    @Slot()
    def load(self) -> None:
        self._worker.submit(partial(self._cases.notice, self.notice_id), self.detail.show_notice, self._on_failure,
                            channel=f"notice-{id(self)}")

    @Slot(object, object, str)
    def _act(self, notice: NoticeOut, action: NoticeAction, comment: str) -> None:
        if action is NoticeAction.SUBMIT_FEEDBACK:
            call = partial(submit_feedback, self._cases, notice, comment, list(self.detail.evidence.files),
                           on_progress=self._relay.report)
        else:
            call = partial(self._cases.act_on_notice, notice.id, action, comment=comment)
        self._worker.submit(call, partial(self._on_acted, action), self._on_action_failed)

    def _on_acted(self, action: NoticeAction, notice: NoticeOut) -> None:
        self.detail.show_acted(action, notice)

    def _on_action_failed(self, error: Exception) -> None:
        if isinstance(error, UploadFailed):
            text = describe_error(error.cause, CASES)
            self.detail.show_upload_failed(text)
        else:
            text = describe_error(error, CASES)
            self.detail.show_error(text)
        self.sig_error.emit(text)

    @Slot(int)
    def _fetch_pdf(self, notice_id: int) -> None:
        self._worker.submit(partial(self._cases.notice_pdf, notice_id), self._on_pdf, self._on_failure,
                            channel=f"notice-{id(self)}-pdf")

    def _on_pdf(self, data: bytes) -> None:
        self.detail.show_pdf(data)

    def _on_failure(self, error: Exception) -> None:
        text = describe_error(error, CASES)
        self.detail.show_error(text)
        self.sig_error.emit(text)
