"""One submission as a supervisor checks it: what it is and who reported it, the proposed data beside
the current data, the progress photos with their flags, the history (who, role, when, comment), and
Verify / Return. A return needs a comment and is refused locally without one; the server has the last
word on everything else and its refusals are shown as sentences.

Passive: `request_submission(id)` asks for a submission (`sig_submission_requested`), which arrives with
what it proposes through `show_context`; Verify / Return go out as `sig_action_requested` and their
outcome comes back through `show_decided` / `show_action_failed`."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from domain.reporting import PENDING, SubmissionAction, SubmissionStatus
from domain.reporting_schemas import ProgressReportOut, SubmissionContextOut, SubmissionOut
from widgets.common.formatting import date_text
from widgets.common.lifecycle_detail import LifecycleDetail, badge_css, event_html
from widgets.labels import label
from widgets.reporting.common import PENDING_COLOUR, RETURNED_COLOUR, VERIFIED_COLOUR
from widgets.reporting.photo_strip import PhotoStrip
from widgets.reporting.proposal import ProposalTable


class SubmissionDetail(LifecycleDetail):
    sig_submission_requested = Signal(int)  # load this submission with what it proposes
    sig_loaded = Signal(int)  # submission id
    sig_submission_changed = Signal(int, int)  # submission id, its project id: verified or returned, reload
    sig_project_open_requested = Signal(int)
    sig_monthly_review_requested = Signal(int, str)  # project id, project name
    sig_error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("<b>History</b>"), parent)
        self.context: SubmissionContextOut | None = None
        self.history = self.timeline  # what this pane calls its timeline

        self.main_layout.setContentsMargins(6, 6, 6, 6)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.dossier_button = QPushButton(self.tr("Open project dossier"), self)
        self.dossier_button.clicked.connect(self._open_dossier)
        self.review_button = QPushButton(self.tr("Monthly review…"), self)
        self.review_button.clicked.connect(self._open_review)
        self.add_header_button(self.dossier_button)
        self.add_header_button(self.review_button)

        self.proposal = ProposalTable(self)
        self.photos = PhotoStrip(self)
        self.photos.sig_error.connect(self.sig_error)
        self.photos_label = QLabel(self.tr("<b>Progress photos</b> (flagged photos are marked red: taken outside "
                                           "the month, more than 1 km from the site, or without time/GPS)"), self)
        self.photos_label.setWordWrap(True)
        photos_box = QWidget(self)
        photos_layout = QVBoxLayout(photos_box)
        photos_layout.setContentsMargins(0, 0, 0, 0)
        photos_layout.addWidget(self.photos_label)
        photos_layout.addWidget(self.photos)
        self._photos_box = photos_box
        self.add_body(self.proposal, 3)
        self.add_body(photos_box, 2)

        self.comment_edit.setPlaceholderText(self.tr("Comment (required when returning: say what is wrong or "
                                                     "missing)"))
        self.comment_edit.setMaximumHeight(64)
        self.return_button = self.add_action(SubmissionAction.RETURN, self.tr("Return to the enterprise"))
        self.verify_button = self.add_action(SubmissionAction.VERIFY, self.tr("Verify"))
        self._show_empty()

    @property
    def submission(self) -> SubmissionOut | None:
        return self.context.submission if self.context else None

    def record(self) -> SubmissionContextOut | None:
        return self.context

    # --- loading ----------------------------------------------------------------------------------

    def request_submission(self, submission_id: int) -> None:
        """Ask for a submission to check (the queue's selection, a dossier row's)."""
        self.show_outcome("")
        self.set_busy(True)
        self.sig_submission_requested.emit(submission_id)

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

    def show_context(self, context: SubmissionContextOut) -> None:
        self.context = context
        s = context.submission
        self.title_label.setText(f"{label(s.kind)} · {s.project_name}")
        colour = (VERIFIED_COLOUR if s.verified else RETURNED_COLOUR if s.status is SubmissionStatus.RETURNED
                  else PENDING_COLOUR)
        self.status_badge.setText(label(s.status) if s.verified else self.tr("Unverified — {0}").format(label(s.status)))
        self.status_badge.setStyleSheet(badge_css(colour.name()))
        self.facts_label.setText(self.tr("{0}\nReported by {1} on {2} · submission no. {3}").format(
            s.summary, s.submitted_by_unit_name, date_text(s.submitted_at), s.id))
        for widget in (self.status_badge, self.facts_label, self.dossier_button, self.review_button):
            widget.show()
        self.proposal.show_context(context)
        report = context.record if isinstance(context.record, ProgressReportOut) else None
        self._photos_box.setVisible(report is not None)
        if report is not None:
            self.photos.set_photos(report.photos)
        self.render_timeline()
        self.show_actions(list(SubmissionAction) if s.status in PENDING else [])
        self.set_busy(False)
        self.sig_loaded.emit(s.id)

    def timeline_html(self) -> str:
        return self.history_html(self.submission) if self.submission is not None else ""

    def history_html(self, s: SubmissionOut) -> str:
        parts = [event_html(event.at, event.username, event.role,
                            label(event.action) if event.action is not None else self.tr("Submitted"),
                            comment=event.comment)
                 for event in s.events]
        return "".join(parts) or escape(self.tr("No events yet."))

    def show_error(self, text: str) -> None:
        """Loading failed: said here and in the status bar."""
        super().show_error(text)
        self.sig_error.emit(text)

    # --- actions ----------------------------------------------------------------------------------

    def check_action(self, action: object, comment: str) -> str:
        if action is SubmissionAction.RETURN and not comment:
            return self.tr("Say what is wrong or missing before returning the submission.")
        return ""

    def _is_shown(self, context: SubmissionContextOut) -> bool:
        """Whether the pane still shows the submission of `context` (the user may have moved on)."""
        return self.submission is not None and self.submission.id == context.submission.id

    def show_decided(self, context: SubmissionContextOut, action: SubmissionAction, submission: SubmissionOut) -> None:
        """The server took the decision asked for in `context`; when the pane has moved on to another
        submission meanwhile it stays there, and only the listeners hear of the decision."""
        if self._is_shown(context):
            self.comment_edit.clear()
            self.show_context(context.model_copy(update={"submission": submission}))
            done = self.tr("Verified: the data now counts as checked.") if action is SubmissionAction.VERIFY \
                else self.tr("Returned to {0} with your comment.").format(submission.submitted_by_unit_name)
            self.show_outcome(done)
        self.sig_submission_changed.emit(submission.id, submission.project_id)

    def show_action_failed(self, context: SubmissionContextOut, text: str) -> None:
        if not self._is_shown(context):
            self.sig_error.emit(text)
            return
        self.set_busy(False)
        self.show_outcome(text, error=True)

    @Slot()
    def _open_dossier(self) -> None:
        if self.submission is not None:
            self.sig_project_open_requested.emit(self.submission.project_id)

    @Slot()
    def _open_review(self) -> None:
        if self.submission is not None:
            self.sig_monthly_review_requested.emit(self.submission.project_id, self.submission.project_name)
