"""Drives one monthly review dialog: loads the checklist of the month chosen and records the review
(the dialog's form payload) in the worker. It is the dialog's child, so it goes when the dialog does."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.error_text import GENERAL_FIELD, describe_error
from app.form_flow import bind_form
from app.worker import Worker
from domain.reporting_schemas import MonthlyReviewOut
from services.reporting_client import ReportingClient
from widgets.reporting.monthly_review import MonthlyReviewDialog, ReviewRecord


def review_refusal(error: Exception) -> tuple[str, str]:
    """A refused review reads as the reporting area says it ("already recorded", "not started yet"),
    under the remark as a whole: the report forms' field sentences do not apply."""
    return GENERAL_FIELD, describe_error(error, "reporting")


class MonthlyReviewController(QObject):
    def __init__(self, client: ReportingClient, worker: Worker, dialog: MonthlyReviewDialog) -> None:
        super().__init__(dialog)
        self._client = client
        self._worker = worker
        self.dialog = dialog
        self._project_id = dialog.project_id
        dialog.sig_month_chosen.connect(self.load)
        bind_form(worker, dialog, send=self._record, describe=review_refusal)

    @Slot(str)
    def load(self, month: str | None = None) -> None:
        """The checklist of `month` (the month chosen in the dialog by default)."""
        call = partial(self._client.monthly_review, self._project_id, month or self.dialog.month)
        self._worker.submit(call, self._on_review, self._on_failure, channel=f"monthly-review-{id(self)}")

    def _record(self, record: ReviewRecord) -> MonthlyReviewOut:  # worker thread
        return self._client.record_monthly_review(self._project_id, record.month, record.review)

    def _on_review(self, review: MonthlyReviewOut) -> None:
        self.dialog.show_review(review)

    def _on_failure(self, error: Exception) -> None:
        self.dialog.show_error(describe_error(error))


def open_monthly_review(client: ReportingClient, worker: Worker, project_id: int, project_name: str,
                        parent: QWidget | None = None) -> MonthlyReviewDialog:
    """A monthly review dialog, wired and loading its default month (not yet shown)."""
    dialog = MonthlyReviewDialog(project_id, project_name, parent)
    MonthlyReviewController(client, worker, dialog).load()
    return dialog
