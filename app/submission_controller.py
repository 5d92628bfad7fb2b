"""Drives the submission detail pane (widgets.reporting.submission_detail.SubmissionDetail): loads a
submission with what it proposes in one request, fetches its progress photos, and sends Verify /
Return. It is a child of the pane, so it lives exactly as long as the pane."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.error_text import describe_error
from app.thumbnail_flow import bind_photo_strip
from app.worker import Worker
from domain.reporting import SubmissionAction
from domain.reporting_schemas import SubmissionContextOut, SubmissionOut
from services.reporting_client import ReportingClient
from widgets.reporting.submission_detail import SubmissionDetail


class SubmissionController(QObject):
    def __init__(self, client: ReportingClient, worker: Worker, parent: QWidget | None = None) -> None:
        """`parent` is the pane's parent (the queue places the pane later otherwise)."""
        self.detail = SubmissionDetail(parent)
        super().__init__(self.detail)
        self._client = client
        self._worker = worker
        bind_photo_strip(worker, self.detail.photos, client)
        self.detail.sig_submission_requested.connect(self._load)
        self.detail.sig_action_requested.connect(self._act)

    def show_submission(self, submission_id: int) -> None:
        """Show one submission in the pane (the queue's selection, a dossier row's)."""
        self.detail.request_submission(submission_id)

    @Slot(int)
    def _load(self, submission_id: int) -> None:
        self._worker.submit(partial(self._client.submission_context, submission_id), self.detail.show_context,
                            self._on_load_failed, channel=f"submission-detail-{id(self)}")

    def _on_load_failed(self, error: Exception) -> None:
        self.detail.show_error(describe_error(error))

    @Slot(object, object, str)
    def _act(self, context: SubmissionContextOut, action: SubmissionAction, comment: str) -> None:
        call = partial(self._client.act_on_submission, context.submission.id, action, comment=comment)
        self._worker.submit(call, partial(self._on_acted, context, action), partial(self._on_failed, context))

    def _on_acted(self, context: SubmissionContextOut, action: SubmissionAction, submission: SubmissionOut) -> None:
        self.detail.show_decided(context, action, submission)

    def _on_failed(self, context: SubmissionContextOut, error: Exception) -> None:
        self.detail.show_action_failed(context, describe_error(error))
