"""One early-warning follow-up dialog: sends the step the user takes (urge, answer, close) and shows the
follow-up as it is afterwards. It is a child of the dialog."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QWidget

from app.error_text import CASES, describe_error
from app.worker import Worker
from domain.case_schemas import FollowUpOut
from domain.followups import FollowUpAction
from domain.schemas import UserOut
from services.cases_client import CasesClient
from widgets.cases.follow_up_dialog import FollowUpDialog


class FollowUpController(QObject):
    def __init__(self, cases: CasesClient, worker: Worker, user: UserOut, follow_up: FollowUpOut,
                 parent: QWidget | None = None) -> None:
        self.dialog = FollowUpDialog(user, follow_up, parent)
        super().__init__(self.dialog)
        self._cases = cases
        self._worker = worker
        self.dialog.sig_action_requested.connect(self._act)

    @Slot(object, object, str, object)
    def _act(self, follow_up: FollowUpOut, action: FollowUpAction, comment: str, deadline: dt.date | None) -> None:
        call = partial(self._cases.act_on_follow_up, follow_up.id, action, comment=comment, deadline=deadline)
        self._worker.submit(call, self.dialog.show_acted, self._on_failed)

    def _on_failed(self, error: Exception) -> None:
        self.dialog.show_error(describe_error(error, CASES))


def open_follow_up(cases: CasesClient, worker: Worker, user: UserOut, follow_up: FollowUpOut,
                   parent: QWidget | None = None) -> FollowUpDialog:
    """The follow-up in a dialog of its own, deleted when closed."""
    dialog = FollowUpController(cases, worker, user, follow_up, parent).dialog
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
