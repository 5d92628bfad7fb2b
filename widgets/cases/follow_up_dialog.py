"""One early-warning follow-up: what was raised, its history, and the user's next step
(supervisors urge with a deadline or close; the assigned enterprise answers).

Passive: a step goes out as `sig_action_requested(follow_up, action, comment, deadline)`; the follow-up
as it is afterwards comes back through `show_acted`, a refusal through `show_error`."""

from __future__ import annotations

import datetime as dt
from functools import partial
from html import escape

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.case_schemas import FollowUpOut
from domain.followups import FOLLOW_UP_LIFECYCLE, FollowUpAction
from domain.schemas import UserOut
from widgets.cases.common import party_of
from widgets.cases.forms import qdate_to_date
from widgets.common.formatting import date_text, overdue_text
from widgets.common.lifecycle_detail import role_text
from widgets.labels import label


class FollowUpDialog(QDialog):
    sig_action_requested = Signal(object, object, str, object)  # follow-up, action, comment, deadline (or None)
    sig_follow_up_changed = Signal(int)  # a step was taken (shown by `show_acted`)

    def __init__(self, user: UserOut, follow_up: FollowUpOut, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.follow_up = follow_up
        self.resize(640, 560)
        self.browser = QTextBrowser(self)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setMaximumHeight(80)
        self.deadline_edit = QDateEdit(QDate.currentDate().addDays(3), self)
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setMinimumDate(QDate.currentDate())
        self.deadline_label = QLabel(self.tr("Answer by"), self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.buttons: dict[FollowUpAction, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.deadline_label)
        row.addWidget(self.deadline_edit)
        row.addStretch(1)
        for action, text in ((FollowUpAction.URGE, self.tr("Urge")), (FollowUpAction.ANSWER, self.tr("Answer")),
                             (FollowUpAction.CLOSE, self.tr("Close follow-up"))):
            button = QPushButton(text, self)
            button.clicked.connect(partial(self.perform, action))
            row.addWidget(button)
            self.buttons[action] = button
        close = QPushButton(self.tr("Close window"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.message_label)
        layout.addLayout(row)
        self.show_follow_up(follow_up)

    def show_follow_up(self, f: FollowUpOut) -> None:
        self.follow_up = f
        self.setWindowTitle(f.title)
        deadline_format = self.tr("deadline {0}")
        events = "".join(
            f"<li>{escape(date_text(e.at))} · <b>{escape(e.username)}</b> ({escape(role_text(e.role))}) · "
            f"{escape(label(e.action) if e.action else label(e.to_status))}"
            + (f" · {escape(deadline_format.format(date_text(e.deadline)))}" if e.deadline else "")
            + (f"<br/>“{escape(e.comment)}”" if e.comment else "") + "</li>" for e in f.events)
        overdue = overdue_text(f.overdue_days, f.escalation_level)
        facts = self.tr("Project: {0} · Source: {1} · Status: {2} · Assigned to: {3}").format(
            f.project_name, label(f.source), label(f.status), f.assigned_unit_name)
        nothing_yet = self.tr("No action taken yet.")
        self.browser.setHtml(
            f"<h3>{escape(f.title)}</h3><p>{escape(f.detail)}</p><p>{escape(facts)}</p>"
            + (f"<p style='color:#c0392b'>{escape(overdue)}</p>" if overdue else "")
            + (f"<ul>{events}</ul>" if events else f"<p>{escape(nothing_yet)}</p>"))
        party = party_of(self._user)
        allowed = {t.action for t in FOLLOW_UP_LIFECYCLE.transitions if t.source is f.status and t.party is party}
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
        self.deadline_label.setVisible(FollowUpAction.URGE in allowed)
        self.deadline_edit.setVisible(FollowUpAction.URGE in allowed)
        self.comment_edit.setVisible(bool(allowed))

    @Slot()
    def perform(self, action: FollowUpAction) -> None:
        comment = self.comment_edit.toPlainText().strip()
        if action is FollowUpAction.ANSWER and not comment:
            self.message_label.setText(self.tr("Describe what was done about the warning."))
            return
        deadline: dt.date | None = qdate_to_date(self.deadline_edit.date()) if action is FollowUpAction.URGE else None
        self.set_busy(True)
        self.message_label.setText("")
        self.sig_action_requested.emit(self.follow_up, action, comment, deadline)

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)

    def show_acted(self, follow_up: FollowUpOut) -> None:
        """The step was taken: show the follow-up as it is now."""
        self.set_busy(False)
        self.comment_edit.clear()
        self.show_follow_up(follow_up)
        self.sig_follow_up_changed.emit(follow_up.id)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message_label.setText(text)
