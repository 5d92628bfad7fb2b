"""One submission as a supervisor checks it: what it is and who reported it, the proposed data beside
the current data, the progress photos with their flags, the history (who, role, when, comment), and
Verify / Return. A return needs a comment and is refused locally without one; the server has the last
word on everything else and its refusals are shown as sentences."""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.enums import Role
from domain.reporting import PENDING, SubmissionAction, SubmissionStatus
from domain.reporting_schemas import ProgressReportOut, SubmissionOut
from services.reporting_client import ReportingClient
from widgets.cases.common import JobRunner
from widgets.common.formatting import date_text, show_outcome
from widgets.labels import label
from widgets.reporting.common import (
    PENDING_COLOUR,
    RETURNED_COLOUR,
    VERIFIED_COLOUR,
    describe_reporting_error,
)
from widgets.reporting.photo_strip import PhotoStrip
from widgets.reporting.proposal import ProposalTable, SubmissionContext, fetch_context

HISTORY_CSS = """
p.event { margin: 0 0 10px 0; }
.when { color: #5d6d7e; }
.who { font-weight: bold; }
.comment { color: #17202a; }
"""


class SubmissionDetail(QWidget):
    sig_loaded = Signal(int)  # submission id
    sig_submission_changed = Signal(int, int)  # submission id, its project id: verified or returned, reload
    sig_project_open_requested = Signal(int)
    sig_monthly_review_requested = Signal(int, str)  # project id, project name
    sig_error = Signal(str)

    def __init__(self, client: ReportingClient, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self.context: SubmissionContext | None = None

        self.title_label = QLabel(self.tr("Select a submission to check it."), self)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.status_badge = QLabel(self)
        self.status_badge.hide()
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dossier_button = QPushButton(self.tr("Open project dossier"), self)
        self.dossier_button.clicked.connect(self._open_dossier)
        self.review_button = QPushButton(self.tr("Monthly review…"), self)
        self.review_button.clicked.connect(self._open_review)
        badges = QHBoxLayout()
        badges.addWidget(self.status_badge)
        badges.addStretch(1)
        badges.addWidget(self.dossier_button)
        badges.addWidget(self.review_button)

        self.proposal = ProposalTable(self)
        self.photos = PhotoStrip(client, runner, self)
        self.photos.sig_error.connect(self.sig_error)
        self.photos_label = QLabel(self.tr("<b>Progress photos</b> (flagged photos are marked red: taken outside "
                                           "the month, more than 1 km from the site, or without time/GPS)"), self)
        self.photos_label.setWordWrap(True)
        self.history = QTextBrowser(self)
        self.history.document().setDefaultStyleSheet(HISTORY_CSS)
        photos_box = QWidget(self)
        photos_layout = QVBoxLayout(photos_box)
        photos_layout.setContentsMargins(0, 0, 0, 0)
        photos_layout.addWidget(self.photos_label)
        photos_layout.addWidget(self.photos)
        self._photos_box = photos_box
        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("<b>History</b>"), history_box))
        history_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.proposal)
        splitter.addWidget(photos_box)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 1)

        self.action_box = QWidget(self)
        self.comment_edit = QPlainTextEdit(self.action_box)
        self.comment_edit.setPlaceholderText(self.tr("Comment (required when returning: say what is wrong or "
                                                     "missing)"))
        self.comment_edit.setMaximumHeight(64)
        self.verify_button = QPushButton(self.tr("Verify"), self.action_box)
        self.verify_button.clicked.connect(partial(self.perform, SubmissionAction.VERIFY))
        self.return_button = QPushButton(self.tr("Return to the enterprise"), self.action_box)
        self.return_button.clicked.connect(partial(self.perform, SubmissionAction.RETURN))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.verify_button)
        action_layout = QVBoxLayout(self.action_box)
        action_layout.setContentsMargins(0, 0, 0, 0)
        action_layout.addWidget(self.comment_edit)
        action_layout.addLayout(buttons)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title_label)
        layout.addLayout(badges)
        layout.addWidget(self.facts_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.action_box)
        layout.addWidget(self.message_label)
        self._show_empty()

    @property
    def submission(self) -> SubmissionOut | None:
        return self.context.submission if self.context else None

    # --- loading ----------------------------------------------------------------------------------

    def show_submission(self, submission_id: int) -> None:
        show_outcome(self.message_label, "")
        self._set_busy(True)
        self._runner.submit(partial(fetch_context, self._client, submission_id), self.show_context,
                            self._on_failure, channel=f"submission-detail-{id(self)}")

    def clear(self) -> None:
        self.context = None
        self._show_empty()

    def _show_empty(self) -> None:
        self.title_label.setText(self.tr("Select a submission to check it."))
        for widget in (self.status_badge, self.facts_label, self.dossier_button, self.review_button,
                       self.action_box, self._photos_box):
            widget.hide()
        self.proposal.setRowCount(0)
        self.history.clear()

    def show_context(self, context: SubmissionContext) -> None:
        self.context = context
        s = context.submission
        self.title_label.setText(f"{label(s.kind)} · {s.project_name}")
        colour = (VERIFIED_COLOUR if s.verified else RETURNED_COLOUR if s.status is SubmissionStatus.RETURNED
                  else PENDING_COLOUR)
        self.status_badge.setText(label(s.status) if s.verified else self.tr("Unverified — {0}").format(label(s.status)))
        self.status_badge.setStyleSheet(f"color: white; background: {colour.name()}; border-radius: 4px; "
                                        "padding: 2px 8px;")
        self.facts_label.setText(self.tr("{0}\nReported by {1} on {2} · submission no. {3}").format(
            s.summary, s.submitted_by_unit_name, date_text(s.submitted_at), s.id))
        for widget in (self.status_badge, self.facts_label, self.dossier_button, self.review_button):
            widget.show()
        self.proposal.show_context(context)
        report = context.record if isinstance(context.record, ProgressReportOut) else None
        self._photos_box.setVisible(report is not None)
        if report is not None:
            self.photos.set_photos(report.photos)
        self.history.setHtml(self.history_html(s))
        self.action_box.setVisible(s.status in PENDING)
        self._set_busy(False)
        self.sig_loaded.emit(s.id)

    def history_html(self, s: SubmissionOut) -> str:
        parts = []
        for event in s.events:
            what = label(event.action) if event.action is not None else self.tr("Submitted")
            try:
                role = label(Role(event.role))
            except ValueError:
                role = event.role
            line = (f"<span class='when'>{escape(date_text(event.at))}</span> · <span class='who'>"
                    f"{escape(event.username)}</span> ({escape(role)}) · <b>{escape(what)}</b>")
            if event.comment:
                line += f"<br/>&nbsp;&nbsp;&nbsp;&nbsp;<span class='comment'>“{escape(event.comment)}”</span>"
            parts.append(f"<p class='event'>{line}</p>")
        return "".join(parts) or escape(self.tr("No events yet."))

    # --- actions ----------------------------------------------------------------------------------

    @Slot()
    def perform(self, action: SubmissionAction) -> None:
        context = self.context
        if context is None:
            return
        comment = self.comment_edit.toPlainText().strip()
        if action is SubmissionAction.RETURN and not comment:
            show_outcome(self.message_label, self.tr("Say what is wrong or missing before returning the submission."), error=True)
            self.comment_edit.setFocus()
            return
        self._set_busy(True)
        show_outcome(self.message_label, "")
        self._runner.submit(partial(self._client.act_on_submission, context.submission.id, action, comment=comment),
                            partial(self._on_acted, context, action), partial(self._on_action_failed, context))

    def _is_shown(self, context: SubmissionContext) -> bool:
        """Whether the pane still shows the submission of `context` (the user may have moved on)."""
        return self.submission is not None and self.submission.id == context.submission.id

    def _on_acted(self, context: SubmissionContext, action: SubmissionAction, submission: SubmissionOut) -> None:
        if self._is_shown(context):  # else another submission is shown now: leave it, only the queue reloads
            self.comment_edit.clear()
            self.show_context(SubmissionContext(submission, context.record, context.project, context.work))
            done = self.tr("Verified: the data now counts as checked.") if action is SubmissionAction.VERIFY \
                else self.tr("Returned to {0} with your comment.").format(submission.submitted_by_unit_name)
            show_outcome(self.message_label, done)
        self.sig_submission_changed.emit(submission.id, submission.project_id)

    def _on_action_failed(self, context: SubmissionContext, error: Exception) -> None:
        message = describe_reporting_error(error)
        if not self._is_shown(context):
            self.sig_error.emit(message)
            return
        self._set_busy(False)
        show_outcome(self.message_label, message, error=True)

    def _on_failure(self, error: Exception) -> None:
        self._set_busy(False)
        message = describe_reporting_error(error)
        show_outcome(self.message_label, message, error=True)
        self.sig_error.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.verify_button.setEnabled(not busy)
        self.return_button.setEnabled(not busy)

    @Slot()
    def _open_dossier(self) -> None:
        if self.submission is not None:
            self.sig_project_open_requested.emit(self.submission.project_id)

    @Slot()
    def _open_review(self) -> None:
        if self.submission is not None:
            self.sig_monthly_review_requested.emit(self.submission.project_id, self.submission.project_name)
