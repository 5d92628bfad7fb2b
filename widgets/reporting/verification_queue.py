"""The supervisor's verification queue: every enterprise submission of the supervisor's region still
waiting (submitted or resubmitted), oldest first, filtered by kind, paged by the server, with the
selected one checked, verified or returned in the detail pane beside it.

Passive: it asks for pages (`sig_page_requested(kind, page)` -> `show_page` / `show_error`) and for a
submission to be shown in the detail pane (`sig_submission_selected`); the detail pane is built and
driven by the controller, which hands it over."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.reporting import SubmissionKind, SubmissionStatus
from domain.reporting_schemas import SubmissionOut, SubmissionPage
from widgets.common.formatting import date_text
from widgets.common.table_model import Column, HighlightedModel, fit_columns, record_table
from widgets.labels import label, options
from widgets.paging_bar import PagingBar
from widgets.reporting.submission_detail import SubmissionDetail

PAGE_SIZE = 50
LONG_WAIT_DAYS = 7  # waiting longer than a week reads red: the enterprise is held up


def waiting_days(submitted_at: dt.datetime, now: dt.datetime | None = None) -> int:
    """Whole days a submission has waited for a decision."""
    return max(0, ((now or dt.datetime.now(dt.UTC)) - submitted_at).days)


class VerificationQueue(QWidget):
    sig_queue_loaded = Signal(int)  # total pending
    sig_page_requested = Signal(object, int)  # kind (None: every kind), page
    sig_submission_selected = Signal(int)  # show this submission in the detail pane
    sig_project_open_requested = Signal(int)
    sig_monthly_review_requested = Signal(int, str)  # project id, project name

    def __init__(self, detail: SubmissionDetail, parent: QWidget | None = None) -> None:
        """`detail` is the pane beside the list, where the selected submission is checked."""
        super().__init__(parent)
        self.page = 1
        self.total: int | None = None

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind, text in options(SubmissionKind):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.summary_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kind:"), self))
        top.addWidget(self.kind_combo)
        top.addWidget(self.refresh_button)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)

        self.model: HighlightedModel[SubmissionOut] = HighlightedModel([
            Column(self.tr("Submitted"), lambda s: date_text(s.submitted_at)),
            Column(self.tr("Waiting"), lambda s: self.tr("{0} d").format(waiting_days(s.submitted_at)),
                   lambda s: QColor("#c0392b") if waiting_days(s.submitted_at) > LONG_WAIT_DAYS else None,
                   numeric=True),
            Column(self.tr("Kind"), lambda s: label(s.kind)),
            Column(self.tr("Project"), lambda s: s.project_name),
            Column(self.tr("Reported by"), lambda s: s.submitted_by_unit_name),
            Column(self.tr("State"), self._state_text,
                   lambda s: QColor("#b9770e") if s.status is SubmissionStatus.RESUBMITTED else None),
            Column(self.tr("Summary"), lambda s: s.summary),
        ], parent=self)
        self.table = record_table(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _index: self._open_selected_project())
        self.paging = PagingBar(self, total_format=self.tr("{0} waiting"))
        self.paging.sig_page_requested.connect(self.request_page)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.detail = detail
        detail.sig_project_open_requested.connect(self.sig_project_open_requested)
        detail.sig_monthly_review_requested.connect(self.sig_monthly_review_requested)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.error_label)
        left_layout.addWidget(self.paging)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _state_text(self, s: SubmissionOut) -> str:
        return self.tr("Resubmitted after a return") if s.status is SubmissionStatus.RESUBMITTED \
            else self.tr("New")

    # --- loading ----------------------------------------------------------------------------------

    @property
    def kind(self) -> SubmissionKind | None:
        data = self.kind_combo.currentData()  # Qt hands a StrEnum back as its plain value
        return SubmissionKind(data) if data else None

    def set_kind(self, kind: SubmissionKind | None) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    @Slot()
    def refresh(self) -> None:
        """Ask for the page shown again (the Refresh button)."""
        self.request_page(self.page)

    @Slot(int)
    def request_page(self, page: int) -> None:
        self.sig_page_requested.emit(self.kind, page)

    def show_page(self, page: SubmissionPage) -> None:
        selected = self.detail.submission.id if self.detail.submission else None
        self.page, self.total = page.page, page.total
        self.model.set_rows(page.items)
        fit_columns(self.table)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.paging.set_page(page.page, page.page_size, page.total)
        kind = self.tr("all kinds") if self.kind is None else label(self.kind)
        self.summary_label.setText(self.tr("{0} submissions waiting for verification ({1})").format(page.total, kind))
        self.error_label.hide()
        if selected in [s.id for s in page.items]:
            self.select_submission(selected)
        self.sig_queue_loaded.emit(page.total)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- interaction ------------------------------------------------------------------------------

    def row_of(self, submission_id: int) -> int | None:
        return next((i for i, s in enumerate(self.model.rows) if s.id == submission_id), None)

    def select_submission(self, submission_id: int) -> bool:
        """Select the row of a submission on the current page (the detail follows)."""
        row = self.row_of(submission_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def open_submission(self, submission_id: int) -> None:
        """Show a submission in the detail pane, on this page or not (a dossier row may point here)."""
        if not self.select_submission(submission_id):
            self.table.clearSelection()
            self.sig_submission_selected.emit(submission_id)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        submission = self.model.row_at(rows[0].row())
        if self.detail.submission is None or self.detail.submission.id != submission.id:
            self.sig_submission_selected.emit(submission.id)

    def _open_selected_project(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.sig_project_open_requested.emit(self.model.row_at(rows[0].row()).project_id)

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        self.request_page(1)
