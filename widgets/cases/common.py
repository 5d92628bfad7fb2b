"""Shared pieces of the case views: the job-runner contract, a table model over DTO lists, badges."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from domain.cases import FindingSeverity
from services.uploads import UploadRejected
from widgets.error_messages import describe_error

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

SEVERITY_COLOURS = {FindingSeverity.GENERAL: QColor("#b7950b"), FindingSeverity.SERIOUS: QColor("#e67e22"),
                    FindingSeverity.MAJOR: QColor("#c0392b")}
ESCALATION_COLOURS = {0: "#1e8449", 1: "#d68910", 2: "#e67e22", 3: "#c0392b"}


class JobRunner(Protocol):
    """What the views need of the application's background worker (app.worker.Worker fits).
    Views name their channels after themselves (``id(self)``): two open views never cancel each other."""

    def submit(self, fn: Callable[[], Any], on_result: Callable[[Any], None], on_error: Callable[[Exception], None],
               *, channel: str | None = None) -> None: ...


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # already translated
    text: Callable[[T], str]
    colour: Callable[[T], QColor | None] | None = None
    numeric: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows of one DTO type; the columns say how each cell reads."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return record
        return None


def overdue_text(overdue_days: int, escalation_level: int) -> str:
    """"3 days overdue · level 1", or "" when on time."""
    if overdue_days <= 0:
        return ""
    return QCoreApplication.translate("CaseViews", "{0} days overdue · escalation level {1}").format(overdue_days, escalation_level)


def date_text(value: Any) -> str:
    if value is None:
        return "—"
    if hasattr(value, "astimezone") and hasattr(value, "hour"):
        return QLocale().toString(value.astimezone(), "yyyy-MM-dd HH:mm")
    return value.isoformat()


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
