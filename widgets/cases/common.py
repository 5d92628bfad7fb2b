"""What the case views share: which side of a case the signed-in user acts for, and the moves the
lifecycle offers that side (the server re-checks everything)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from domain.cases import NOTICE_LIFECYCLE, NoticeAction, NoticeStatus
from domain.enums import Role
from domain.lifecycle import Party
from domain.schemas import UserOut
from services.uploads import UploadRejected
from widgets.error_messages import describe_error


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


# --- kept only while reporting views still import them (issue 13 removes both) ----------------------


class JobRunner(Protocol):
    """What the views need of the application's background worker (app.worker.Worker fits)."""

    def submit(self, fn: Callable[[], Any], on_result: Callable[[Any], None], on_error: Callable[[Exception], None],
               *, channel: str | None = None) -> None: ...


def describe_case_error(error: Exception) -> str:
    """Upload refusals read as plain sentences; everything else as every other view says it."""
    if isinstance(error, UploadRejected):
        reason = {
            "unsupported_type": QCoreApplication.translate(
                "CaseViews", "only photos (JPEG, PNG) and PDF documents are accepted"),
            "not_a_photo": QCoreApplication.translate("CaseViews", "only JPEG or PNG photos are accepted"),
            "not_a_pdf": QCoreApplication.translate("CaseViews", "only a PDF document is accepted"),
            "file_too_large": QCoreApplication.translate("CaseViews", "the file is larger than 20 MB"),
            "empty_file": QCoreApplication.translate("CaseViews", "the file is empty"),
        }.get(error.reason, error.reason)
        return QCoreApplication.translate("CaseViews", "{0} cannot be uploaded: {1}.").format(error.filename, reason)
    return describe_error(error)
