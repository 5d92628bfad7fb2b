"""The monthly review checklist of one project (月度核查清单): computed by the server from what was
reported that month until a supervisor records the review with a remark, frozen afterwards."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.reporting import previous_month
from domain.reporting_schemas import MonthlyReviewIn, MonthlyReviewOut, ReviewItem
from services.reporting_client import ReportingClient
from widgets.cases.common import JobRunner
from widgets.common.formatting import date_text, show_outcome
from widgets.common.table_model import Column, HighlightedModel, record_table
from widgets.reporting.common import ALERT_BACKGROUND, describe_reporting_error, recent_months

MONTHS_OFFERED = 12


class MonthlyReviewDialog(QDialog):
    sig_review_loaded = Signal(str)  # month
    sig_review_recorded = Signal(int, str)  # project id, month

    def __init__(self, client: ReportingClient, runner: JobRunner, project_id: int, project_name: str,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self.project_id = project_id
        self.review: MonthlyReviewOut | None = None
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Monthly review — {0}").format(project_name))

        self.month_combo = QComboBox(self)
        for month in recent_months(today, MONTHS_OFFERED):
            self.month_combo.addItem(month, month)
        self.month_combo.setCurrentIndex(self.month_combo.findData(previous_month(today)))
        self.month_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:"), self))
        top.addWidget(self.month_combo)
        top.addWidget(self.state_label, 1)

        self.model: HighlightedModel[ReviewItem] = HighlightedModel([
            Column(self.tr("Check"), self.item_text),
            Column(self.tr("Result"), lambda i: self.tr("OK") if i.ok else self.tr("Needs attention"),
                   lambda i: QColor("#1e8449") if i.ok else QColor("#c0392b")),
            Column(self.tr("Detail"), lambda i: i.detail),
        ], lambda i: None if i.ok else ALERT_BACKGROUND, self)
        self.table = record_table(self.model, self)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setPlaceholderText(self.tr("Remark of the review (what was found, what to follow up)"))
        self.comment_edit.setMaximumHeight(80)
        self.record_button = QPushButton(self.tr("Record review"), self)
        self.record_button.clicked.connect(self.record)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.resize(760, 460)

    @property
    def month(self) -> str:
        return str(self.month_combo.currentData())

    def item_text(self, item: ReviewItem) -> str:
        """The checklist codes in the UI language; an item this client does not know keeps the server's label."""
        return {
            "progress": self.tr("Monthly image progress"),
            "pending": self.tr("Reports waiting for verification"),
            "dangerous_works": self.tr("Special plans of dangerous works in operation approved"),
            "machinery": self.tr("Lifting machinery inspection certificates"),
            "testing": self.tr("Witnessed sampling tests"),
            "safety_duty": self.tr("Safety personnel on duty"),
            "safety_assessment": self.tr("Safety standardisation assessment"),
        }.get(item.code, item.label)

    def load(self) -> None:
        self.record_button.setEnabled(False)
        self._runner.submit(partial(self._client.monthly_review, self.project_id, self.month), self.show_review,
                            self._on_failure, channel=f"monthly-review-{id(self)}")

    def show_review(self, review: MonthlyReviewOut) -> None:
        if review.month != self.month:
            return  # an answer for a month no longer chosen
        self.review = review
        self.model.set_rows(review.items)
        self.table.resizeColumnToContents(1)
        problems = sum(1 for i in review.items if not i.ok)
        if review.reviewed:
            self.state_label.setText(self.tr("Reviewed by {0} on {1}: {2}").format(
                review.reviewer_name or "—", date_text(review.reviewed_at), review.comment or "—"))
        else:
            self.state_label.setText(self.tr("Not reviewed yet · {0} item(s) need attention (live checklist)")
                                     .format(problems))
        self.comment_edit.setVisible(not review.reviewed)
        self.record_button.setEnabled(not review.reviewed)
        self.sig_review_loaded.emit(review.month)

    @Slot()
    def record(self) -> None:
        self.record_button.setEnabled(False)
        show_outcome(self.message_label, "")
        data = MonthlyReviewIn(comment=self.comment_edit.toPlainText().strip())
        self._runner.submit(partial(self._client.record_monthly_review, self.project_id, self.month, data),
                            self._on_recorded, self._on_failure)

    def _on_recorded(self, review: MonthlyReviewOut) -> None:
        self.show_review(review)
        show_outcome(self.message_label, self.tr("Review of {0} recorded.").format(review.month))
        self.sig_review_recorded.emit(self.project_id, review.month)

    def _on_failure(self, error: Exception) -> None:
        self.record_button.setEnabled(self.review is not None and not self.review.reviewed)
        show_outcome(self.message_label, describe_reporting_error(error), error=True)
