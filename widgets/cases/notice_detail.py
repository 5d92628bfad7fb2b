"""One rectification notice: header with the deadline badge, its items, the timeline of who did what
(with evidence thumbnails), and the actions the signed-in user may take now.

Supervisors of the drafting agency issue, return (a comment is required) and close; the addressed
enterprise submits feedback with evidence, uploaded here with progress. The server has the last word
on every move; its refusals are shown as messages.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from html import escape

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.case_schemas import DocumentOut, NoticeItemOut, NoticeOut
from domain.cases import AWAITING_ENTERPRISE, NOTICE_LIFECYCLE, DocumentKind, NoticeAction, NoticeStatus
from domain.enums import Role
from domain.lifecycle import Party
from domain.schemas import UserOut
from services.cases_client import CasesClient
from widgets.cases.common import JobRunner, describe_case_error
from widgets.cases.evidence import EvidencePanel, PendingFile
from widgets.cases.pdf_preview import PdfPreview
from widgets.common.formatting import ESCALATION_COLOURS, SEVERITY_COLOURS, date_text, overdue_text
from widgets.common.table_model import Column, RecordTableModel
from widgets.labels import label

THUMB_HEIGHT = 72
TIMELINE_CSS = """
p.event { margin: 0 0 12px 0; }
.when { color: #5d6d7e; }
.who { font-weight: bold; }
.move { color: #1f4e79; }
.comment { color: #17202a; }
"""


def party_of(user: UserOut) -> Party | None:
    """The side of the case the user acts for; None for read-only accounts (wall display)."""
    if user.role.is_enterprise:
        return Party.ENTERPRISE
    if user.role.is_supervisor or user.role is Role.SYSTEM_ADMIN:
        return Party.SUPERVISOR
    return None


def allowed_actions(user: UserOut, status: NoticeStatus) -> list[NoticeAction]:
    """The moves the lifecycle offers this user's side from `status` (the server re-checks the agency)."""
    party = party_of(user)
    return [t.action for t in NOTICE_LIFECYCLE.transitions if t.source is status and t.party is party]


class ImagePreview(QDialog):
    def __init__(self, title: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        picture = QLabel(self)
        picture.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea(self)
        scroll.setWidget(picture)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(min(image.width() + 40, 1200), min(image.height() + 40, 900))


class NoticeDetail(QWidget):
    sig_notice_loaded = Signal(int)
    sig_notice_changed = Signal(int)  # an action moved the notice: queues should reload
    sig_thumbnails_loaded = Signal()
    sig_pdf_shown = Signal(object)  # the PdfPreview dialog
    sig_error = Signal(str)

    def __init__(self, cases: CasesClient, runner: JobRunner, user: UserOut, notice_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = cases
        self._runner = runner
        self._user = user
        self.notice_id = notice_id
        self.notice: NoticeOut | None = None
        self._documents: dict[int, bytes] = {}  # evidence fetched for thumbnails (and opening)
        self._unreadable: set[int] = set()
        self._pending_action: NoticeAction | None = None
        self._uploaded: list[int] = []

        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel(self)
        self.deadline_badge = QLabel(self)
        self.stop_work_badge = QLabel(self.tr("Stop-work order"), self)
        self.stop_work_badge.setStyleSheet(self._badge_css("#922b21"))
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_button = QPushButton(self.tr("Preview / print notice…"), self)
        self.pdf_button.clicked.connect(self.show_pdf)
        badges = QHBoxLayout()
        for widget in (self.status_badge, self.deadline_badge, self.stop_work_badge):
            badges.addWidget(widget)
        badges.addStretch(1)
        badges.addWidget(self.pdf_button)

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

        self.timeline = QTextBrowser(self)
        self.timeline.setOpenLinks(False)
        self.timeline.document().setDefaultStyleSheet(TIMELINE_CSS)
        self.timeline.anchorClicked.connect(self._open_document)

        self.action_box = QWidget(self)
        self.comment_edit = QPlainTextEdit(self.action_box)
        self.comment_edit.setPlaceholderText(self.tr("Comment (required when returning a notice)"))
        self.comment_edit.setMaximumHeight(70)
        self.evidence = EvidencePanel(self.action_box)
        self.action_buttons: dict[NoticeAction, QPushButton] = {}
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        for action, text in ((NoticeAction.ISSUE, self.tr("Issue notice")),
                             (NoticeAction.RETURN, self.tr("Return for further rectification")),
                             (NoticeAction.CLOSE, self.tr("Accept and close")),
                             (NoticeAction.SUBMIT_FEEDBACK, self.tr("Submit rectification feedback"))):
            button = QPushButton(text, self.action_box)
            button.clicked.connect(partial(self.perform, action))
            button_row.addWidget(button)
            self.action_buttons[action] = button
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        action_layout = QVBoxLayout(self.action_box)
        action_layout.setContentsMargins(0, 0, 0, 0)
        action_layout.addWidget(self.comment_edit)
        action_layout.addWidget(self.evidence)
        action_layout.addLayout(button_row)

        items_box = QWidget(self)
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(QLabel(self.tr("<b>Rectification items</b>"), items_box))
        items_layout.addWidget(self.items_table)
        timeline_box = QWidget(self)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(QLabel(self.tr("<b>Case timeline</b>"), timeline_box))
        timeline_layout.addWidget(self.timeline)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(items_box)
        splitter.addWidget(timeline_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title_label)
        layout.addLayout(badges)
        layout.addWidget(self.facts_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.action_box)
        layout.addWidget(self.message_label)
        self.title_label.setText(self.tr("Loading notice…"))
        self.action_box.hide()  # until the notice says which actions apply
        self.stop_work_badge.hide()
        self._set_busy(True)

    # --- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        self._runner.submit(partial(self._cases.notice, self.notice_id), self.show_notice, self._on_failure,
                            channel=f"notice-{id(self)}")

    def show_notice(self, notice: NoticeOut) -> None:
        self.notice = notice
        self.setWindowTitle(notice.number or self.tr("Draft notice"))
        kind = self.tr("Stop-work rectification notice") if notice.stop_work else self.tr("Rectification notice")
        unnumbered = self.tr("(draft, numbered when issued)")
        self.title_label.setText(f"{kind} {notice.number or unnumbered}")
        self.status_badge.setText(label(notice.status))
        self.status_badge.setStyleSheet(self._badge_css("#566573" if notice.status is NoticeStatus.CLOSED else "#1f4e79"))
        self._show_deadline(notice)
        self.stop_work_badge.setVisible(notice.stop_work)
        self.facts_label.setText(self.tr("Project: {0} · Addressed to: {1} · Issued by: {2}").format(
            notice.project_name, notice.target_unit_name, notice.agency_name))
        self.items_model.set_rows(notice.items)
        self.items_table.resizeRowsToContents()
        self._render_timeline()
        self._show_actions(notice)
        self._set_busy(False)
        self._fetch_thumbnails(notice)
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
        self.deadline_badge.setStyleSheet(self._badge_css(colour))

    @staticmethod
    def _badge_css(colour: str) -> str:
        return f"color: white; background: {colour}; border-radius: 4px; padding: 2px 8px;"

    def _show_actions(self, notice: NoticeOut) -> None:
        allowed = allowed_actions(self._user, notice.status)
        for action, button in self.action_buttons.items():
            button.setVisible(action in allowed)
        self.evidence.setVisible(NoticeAction.SUBMIT_FEEDBACK in allowed)
        self.comment_edit.setPlaceholderText(
            self.tr("Describe the rectification done") if NoticeAction.SUBMIT_FEEDBACK in allowed
            else self.tr("Comment (required when returning a notice)"))
        self.action_box.setVisible(bool(allowed))

    # --- timeline -----------------------------------------------------------------------------------

    def timeline_html(self) -> str:
        assert self.notice is not None
        parts = []
        for event in self.notice.events:
            what = label(event.action) if event.action is not None else self.tr("Drafted the notice")
            try:
                role = label(Role(event.role))
            except ValueError:
                role = event.role
            move = f"{label(event.from_status)} → {label(event.to_status)}" if event.from_status else label(event.to_status)
            docs = "".join(self._document_html(doc_id) for doc_id in event.document_ids)
            lines = [f"<span class='when'>{escape(date_text(event.at))}</span> · <span class='who'>"
                     f"{escape(event.username)}</span> ({escape(role)}) · <b>{escape(what)}</b>",
                     f"<span class='move'>{escape(move)}</span>"]
            if event.comment:
                lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<span class='comment'>“{escape(event.comment)}”</span>")
            if docs:
                lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{docs}")
            parts.append(f"<p class='event'>{'<br/>'.join(lines)}</p>")
        return "".join(parts) or escape(self.tr("No events yet."))

    def _document_html(self, doc_id: int) -> str:
        url = f"doc:{doc_id}"
        if doc_id in self._documents and not QImage.fromData(self._documents[doc_id]).isNull():
            return f"<a href='{url}'><img src='{url}' height='{THUMB_HEIGHT}'/></a>&nbsp;"
        if doc_id in self._unreadable:
            hidden = self.tr("Document {0} (not accessible)").format(doc_id)
            return f"<span>{escape(hidden)}</span>&nbsp; "
        name = self.tr("Document {0}").format(doc_id)
        return f"<a href='{url}'>{escape(name)}</a>&nbsp; "

    def _render_timeline(self) -> None:
        self.timeline.setHtml(self.timeline_html())

    def _fetch_thumbnails(self, notice: NoticeOut) -> None:
        wanted = [d for e in notice.events for d in e.document_ids
                  if d not in self._documents and d not in self._unreadable]
        if not wanted:
            self.sig_thumbnails_loaded.emit()
            return
        self._runner.submit(partial(self._download, wanted), self._on_documents, self._on_failure,
                            channel=f"notice-{id(self)}-evidence")

    def _download(self, ids: list[int]) -> dict[int, bytes | None]:  # worker thread
        out: dict[int, bytes | None] = {}
        for doc_id in dict.fromkeys(ids):
            try:
                out[doc_id] = self._cases.document_content(doc_id)
            except Exception:  # one missing photo must not hide the others
                out[doc_id] = None
        return out

    def _on_documents(self, documents: dict[int, bytes | None]) -> None:
        for doc_id, data in documents.items():
            if data is None:
                self._unreadable.add(doc_id)
                continue
            self._documents[doc_id] = data
            image = QImage.fromData(data)
            if not image.isNull():
                thumb = image.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation)
                self.timeline.document().addResource(QTextDocument.ResourceType.ImageResource,
                                                     QUrl(f"doc:{doc_id}"), thumb)
        self._render_timeline()
        self.sig_thumbnails_loaded.emit()

    @property
    def thumbnail_ids(self) -> list[int]:
        return [d for d, data in self._documents.items() if not QImage.fromData(data).isNull()]

    @Slot(QUrl)
    def _open_document(self, url: QUrl) -> None:
        if url.scheme() != "doc":
            return
        doc_id = int(url.path())
        data = self._documents.get(doc_id)
        if data is None:
            return
        image = QImage.fromData(QByteArray(data))
        title = self.tr("Document {0}").format(doc_id)
        if image.isNull():
            PdfPreview(title, data, f"document-{doc_id}.pdf", self).open()
        else:
            ImagePreview(title, image, self).open()

    # --- actions ------------------------------------------------------------------------------------

    @Slot()
    def perform(self, action: NoticeAction) -> None:
        """Validate locally, upload the evidence (feedback), then ask the server to make the move."""
        if self.notice is None:
            return
        comment = self.comment_edit.toPlainText().strip()
        if action is NoticeAction.RETURN and not comment:
            self._message(self.tr("Say what is still to be done before returning the notice."), error=True)
            self.comment_edit.setFocus()
            return
        files = self.evidence.files
        if action is NoticeAction.SUBMIT_FEEDBACK and not files:
            self._message(self.tr("Attach at least one photo or document as evidence of the rectification."),
                          error=True)
            return
        self._pending_action = action
        self._uploaded = []
        self._set_busy(True)
        self._message("")
        if action is NoticeAction.SUBMIT_FEEDBACK:
            self._upload_next(files)
        else:
            self._submit_action(action, comment, [])

    def _upload_next(self, files: list[PendingFile]) -> None:
        done = len(self._uploaded)
        self.evidence.set_progress(done, len(files))
        if done == len(files):
            assert self._pending_action is not None
            self._submit_action(self._pending_action, self.comment_edit.toPlainText().strip(), self._uploaded)
            return
        pending = files[done]
        assert self.notice is not None
        upload = partial(self._cases.upload_document, self.notice.project_id, pending.name, pending.data,
                         DocumentKind.EVIDENCE_PHOTO if pending.content_type.startswith("image/")
                         else DocumentKind.OTHER)
        self._runner.submit(upload, partial(self._on_uploaded, files), self._on_upload_failed)

    def _on_uploaded(self, files: list[PendingFile], document: DocumentOut) -> None:
        self._uploaded.append(document.id)
        self._upload_next(files)

    def _on_upload_failed(self, error: Exception) -> None:
        self.evidence.set_progress(0, 0)
        self.evidence.show_error(describe_case_error(error))
        self._on_action_failed(error)

    def _submit_action(self, action: NoticeAction, comment: str, document_ids: list[int]) -> None:
        call = partial(self._cases.act_on_notice, self.notice_id, action, comment=comment, document_ids=document_ids)
        self._runner.submit(call, self._on_acted, self._on_action_failed)

    def _on_acted(self, notice: NoticeOut) -> None:
        action = self._pending_action
        self._pending_action = None
        self.comment_edit.clear()
        self.evidence.clear()
        self.show_notice(notice)
        self._message(self.tr("Done: {0}.").format(label(action)) if action else "")
        self.sig_notice_changed.emit(notice.id)

    def _on_action_failed(self, error: Exception) -> None:
        self._pending_action = None
        self._set_busy(False)
        self._message(describe_case_error(error), error=True)
        self.sig_error.emit(describe_case_error(error))

    def _on_failure(self, error: Exception) -> None:
        self._set_busy(False)
        self._message(describe_case_error(error), error=True)
        self.sig_error.emit(describe_case_error(error))

    def _message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #c0392b;" if error else "color: #1e8449;")
        self.message_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        for button in self.action_buttons.values():
            button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy and self.notice is not None)

    # --- PDF --------------------------------------------------------------------------------------

    @Slot()
    def show_pdf(self) -> None:
        self.pdf_button.setEnabled(False)
        self._runner.submit(partial(self._cases.notice_pdf, self.notice_id), self._on_pdf, self._on_failure,
                            channel=f"notice-{id(self)}-pdf")

    def _on_pdf(self, data: bytes) -> None:
        self.pdf_button.setEnabled(True)
        number = self.notice.number if self.notice and self.notice.number else self.tr("Draft notice")
        preview = PdfPreview(number, data, f"notice-{self.notice_id}.pdf", self)
        preview.open()
        self.sig_pdf_shown.emit(preview)
