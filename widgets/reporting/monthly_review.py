"""The monthly review checklist of one project (月度核查清单): computed by the server from what was
reported that month until a supervisor records the review with a remark, frozen afterwards.

Passive: choosing a month asks for its checklist (`sig_month_chosen` -> `show_review`); recording
the review is the form's payload (`sig_form_submitted(ReviewRecord)` -> `show_sent` / `show_refusal`).
Unlike other forms it stays open once sent, showing the review as recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from domain.reporting import previous_month
from domain.reporting_schemas import MonthlyReviewIn, MonthlyReviewOut, ReviewItem
from widgets.common.form_dialog import ERROR_STYLE, FormDialog
from widgets.common.formatting import date_text, show_outcome
from widgets.common.table_model import Column, HighlightedModel, record_table
from widgets.reporting.common import ALERT_BACKGROUND, recent_months

MONTHS_OFFERED = 12


@dataclass(frozen=True)
class ReviewRecord:
    """What recording a review sends: the month it is for and the remark."""

    month: str
    review: MonthlyReviewIn


class MonthlyReviewDialog(FormDialog):
    sig_month_chosen = Signal(str)  # show this month's checklist (YYYY-MM)
    sig_review_loaded = Signal(str)  # month
    sig_review_recorded = Signal(int, str)  # project id, month

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(self.tr("Monthly review — {0}").format(project_name), parent)
        self.project_id = project_id
        self.review: MonthlyReviewOut | None = None
        today = today or dt.date.today()

        self.month_combo = QComboBox(self)
        for month in recent_months(today, MONTHS_OFFERED):
            self.month_combo.addItem(month, month)
        self.month_combo.setCurrentIndex(self.month_combo.findData(previous_month(today)))
        self.month_combo.currentIndexChanged.connect(self._on_month_changed)
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
        self.record_button.setEnabled(False)  # until the month's checklist is shown
        self.record_button.clicked.connect(self.submit)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)

        self.body.insertLayout(0, top)
        self.body.insertWidget(1, self.table, 1)
        self.add_field("comment", "", self.comment_edit)
        self.finish_layout()
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

    def _on_month_changed(self, _index: int) -> None:
        self.record_button.setEnabled(False)
        self.sig_month_chosen.emit(self.month)

    # --- what the controller shows ------------------------------------------------------------------

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

    def show_error(self, text: str) -> None:
        """The checklist could not be loaded."""
        self.record_button.setEnabled(self.review is not None and not self.review.reviewed)
        show_outcome(self.message_label, text, error=True)

    def build(self) -> ReviewRecord:
        return ReviewRecord(self.month, MonthlyReviewIn(comment=self.comment_edit.toPlainText().strip()))

    def show_sent(self, value: MonthlyReviewOut) -> None:
        """Recorded: the dialog stays open and shows the review as it is now frozen."""
        self.set_sending(False)
        self.result_value = value
        self.show_review(value)
        show_outcome(self.message_label, self.tr("Review of {0} recorded.").format(value.month))
        self.sig_sent.emit(value)
        self.sig_review_recorded.emit(self.project_id, value.month)

    def show_refusal(self, field: str, text: str) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE)  # after a success line, red again
        super().show_refusal(field, text)
        self.record_button.setEnabled(self.review is not None and not self.review.reviewed)
