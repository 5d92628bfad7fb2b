"""The job-runner contract the case views still take, and how upload refusals read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from services.uploads import UploadRejected
from widgets.error_messages import describe_error

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

class JobRunner(Protocol):
    """What the views need of the application's background worker (app.worker.Worker fits).
    Views name their channels after themselves (``id(self)``): two open views never cancel each other."""

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
