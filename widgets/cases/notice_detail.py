"""One rectification notice: header with the deadline badge, its items, the timeline of who did what
(with evidence thumbnails), and the actions the signed-in user may take now.

Supervisors of the drafting agency issue, return (a comment is required) and close; the addressed
enterprise submits feedback with evidence, picked here and uploaded by the controller with progress.
The server has the last word on every move; its refusals are shown as messages. Passive: the notice,
its documents and the outcome of an action arrive through `show_*`.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.case_schemas import NoticeItemOut, NoticeOut
from domain.cases import AWAITING_ENTERPRISE, NoticeAction, NoticeStatus
from domain.schemas import UserOut
from widgets.cases.common import allowed_actions
from widgets.common.evidence import EvidencePanel
from widgets.common.formatting import ESCALATION_COLOURS, SEVERITY_COLOURS, date_text, overdue_text
from widgets.common.lifecycle_detail import INDENT, LifecycleDetail, badge_css, event_html
from widgets.common.pdf_preview import PdfPreview
from widgets.common.table_model import Column, RecordTableModel
from widgets.labels import label


class NoticeDetail(LifecycleDetail):
    sig_notice_loaded = Signal(int)
    sig_notice_changed = Signal(int)  # an action moved the notice (shown by `show_acted`): queues should reload
    sig_pdf_requested = Signal(int)  # notice id
    sig_pdf_shown = Signal(object)  # the PdfPreview dialog

    def __init__(self, user: UserOut, notice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("<b>Case timeline</b>"), parent)
        self._user = user
        self.notice_id = notice_id
        self.notice: NoticeOut | None = None

        self.main_layout.setContentsMargins(8, 8, 8, 8)
        self.title_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.deadline_badge = QLabel(self)
        self.stop_work_badge = QLabel(self.tr("Stop-work order"), self)
        self.stop_work_badge.setStyleSheet(badge_css("#922b21"))
        self.add_badge(self.deadline_badge)
        self.add_badge(self.stop_work_badge)
        self.pdf_button = QPushButton(self.tr("Preview / print notice…"), self)
        self.pdf_button.clicked.connect(self.request_pdf)
        self.add_header_button(self.pdf_button)

        self.items_model: RecordTableModel[NoticeItemOut] = RecordTableModel([
            Column(self.tr("No."), lambda i: str(i.position), numeric=True),
            Column(self.tr("Hazard level"), lambda i: label(i.severity), lambda i: SEVERITY_COLOURS[i.severity]),
            Column(self.tr("Problem found"), lambda i: i.description),
            Column(self.tr("Legal basis"), lambda i: i.legal_basis),
        ], self)
        self.items_table = QTableView(self)
        self.items_table.setModel(self.items_model)
        self.items_table.verticalHeader().hide()
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setWordWrap(True)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        items_box = QWidget(self)
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(QLabel(self.tr("<b>Rectification items</b>"), items_box))
        items_layout.addWidget(self.items_table)
        self.add_body(items_box, 1)
        self.set_timeline_stretch(3)

        self.comment_edit.setPlaceholderText(self.tr("Comment (required when returning a notice)"))
        self.comment_edit.setMaximumHeight(70)
        self.evidence = EvidencePanel(self.action_box)
        self.action_layout.insertWidget(1, self.evidence)
        for action, text in ((NoticeAction.ISSUE, self.tr("Issue notice")),
                             (NoticeAction.RETURN, self.tr("Return for further rectification")),
                             (NoticeAction.CLOSE, self.tr("Accept and close")),
                             (NoticeAction.SUBMIT_FEEDBACK, self.tr("Submit rectification feedback"))):
            self.add_action(action, text)

        self.title_label.setText(self.tr("Loading notice…"))
        self.action_box.hide()  # until the notice says which actions apply
        self.stop_work_badge.hide()
        self.set_busy(True)

    def record(self) -> NoticeOut | None:
        return self.notice

    # --- showing ----------------------------------------------------------------------------------

    def show_notice(self, notice: NoticeOut) -> None:
        self.notice = notice
        self.setWindowTitle(notice.number or self.tr("Draft notice"))
        kind = self.tr("Stop-work rectification notice") if notice.stop_work else self.tr("Rectification notice")
        unnumbered = self.tr("(draft, numbered when issued)")
        self.title_label.setText(f"{kind} {notice.number or unnumbered}")
        self.status_badge.setText(label(notice.status))
        self.status_badge.setStyleSheet(badge_css("#566573" if notice.status is NoticeStatus.CLOSED else "#1f4e79"))
        self._show_deadline(notice)
        self.stop_work_badge.setVisible(notice.stop_work)
        self.facts_label.setText(self.tr("Project: {0} · Addressed to: {1} · Issued by: {2}").format(
            notice.project_name, notice.target_unit_name, notice.agency_name))
        self.items_model.set_rows(notice.items)
        self.items_table.resizeRowsToContents()
        self.render_timeline()
        self._show_actions(notice)
        self.set_busy(False)
        self.want_documents(d for e in notice.events for d in e.document_ids)
        self.sig_notice_loaded.emit(notice.id)

    def _show_deadline(self, notice: NoticeOut) -> None:
        if notice.status is NoticeStatus.CLOSED:
            text, colour = self.tr("Closed on {0}").format(date_text(notice.closed_at)), "#566573"
        elif notice.overdue_days > 0:
            text = self.tr("Overdue: deadline {0}, {1}").format(
                date_text(notice.deadline), overdue_text(notice.overdue_days, notice.escalation_level))
            colour = ESCALATION_COLOURS[min(notice.escalation_level, 3)]
        elif notice.status in AWAITING_ENTERPRISE:
            days_left = (notice.deadline - dt.date.today()).days
            text = self.tr("Deadline {0} ({1} days left)").format(date_text(notice.deadline), max(days_left, 0))
            colour = "#1e8449"
        else:
            text, colour = self.tr("Deadline {0}").format(date_text(notice.deadline)), "#566573"
        self.deadline_badge.setText(text)
        self.deadline_badge.setStyleSheet(badge_css(colour))

    def _show_actions(self, notice: NoticeOut) -> None:
        allowed = allowed_actions(self._user, notice.status)
        self.show_actions(allowed)
        self.evidence.setVisible(NoticeAction.SUBMIT_FEEDBACK in allowed)
        self.comment_edit.setPlaceholderText(
            self.tr("Describe the rectification done") if NoticeAction.SUBMIT_FEEDBACK in allowed
            else self.tr("Comment (required when returning a notice)"))

    def timeline_html(self) -> str:
        if self.notice is None:
            return ""
        parts = []
        for event in self.notice.events:
            what = label(event.action) if event.action is not None else self.tr("Drafted the notice")
            move = f"{label(event.from_status)} → {label(event.to_status)}" if event.from_status else label(event.to_status)
            lines = [f"<span class='move'>{escape(move)}</span>"]
            if event.comment:
                lines.append(f"{INDENT}<span class='comment'>“{escape(event.comment)}”</span>")
            docs = "".join(self.document_html(doc_id) for doc_id in event.document_ids)
            if docs:
                lines.append(f"{INDENT}{docs}")
            parts.append(event_html(event.at, event.username, event.role, what, lines))
        return "".join(parts) or escape(self.tr("No events yet."))

    # --- actions ------------------------------------------------------------------------------------

    def check_action(self, action: object, comment: str) -> str:
        if action is NoticeAction.RETURN and not comment:
            return self.tr("Say what is still to be done before returning the notice.")
        if action is NoticeAction.SUBMIT_FEEDBACK and not self.evidence.files:
            return self.tr("Attach at least one photo or document as evidence of the rectification.")
        return ""

    def show_upload_progress(self, done: int, total: int) -> None:
        self.evidence.set_progress(done, total)

    def show_upload_failed(self, text: str) -> None:
        """An evidence file did not reach the server: nothing was submitted."""
        self.evidence.set_progress(0, 0)
        self.evidence.show_error(text)
        self.show_error(text)

    def show_acted(self, action: NoticeAction, notice: NoticeOut) -> None:
        """The server made the move: show the notice as it is now."""
        self.comment_edit.clear()
        self.evidence.clear()
        self.show_notice(notice)
        self.show_outcome(self.tr("Done: {0}.").format(label(action)))
        self.sig_notice_changed.emit(notice.id)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.pdf_button.setEnabled(not busy and self.notice is not None)

    # --- PDF --------------------------------------------------------------------------------------

    @Slot()
    def request_pdf(self) -> None:
        self.pdf_button.setEnabled(False)
        self.sig_pdf_requested.emit(self.notice_id)

    def show_pdf(self, data: bytes) -> PdfPreview:
        self.pdf_button.setEnabled(True)
        number = self.notice.number if self.notice and self.notice.number else self.tr("Draft notice")
        preview = PdfPreview(number, data, f"notice-{self.notice_id}.pdf", self)
        preview.open()
        self.sig_pdf_shown.emit(preview)
        return preview

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self.pdf_button.setEnabled(self.notice is not None)
