"""The one table model over lists of DTOs: columns say how each cell reads, rows can be tinted and
unverified records set in italics; plus the table view every record list uses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_COLUMN_WIDTH = 280


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


class HighlightedModel(RecordTableModel[T], Generic[T]):
    """A record table whose rows can be tinted as a whole (failed, expired) and set in italics
    while unverified, so problems show at a glance in a long list."""

    def __init__(self, columns: Sequence[Column[T]], highlight: Callable[[T], QColor | None] | None = None,
                 parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._highlight = highlight

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < self.rowCount():
            record = self.row_at(index.row())
            if role == Qt.ItemDataRole.BackgroundRole and self._highlight is not None:
                return self._highlight(record)
            if role == Qt.ItemDataRole.FontRole:
                verification = getattr(record, "verification", None)
                if verification is not None and getattr(verification, "verified", True) is False:
                    font = QFont()
                    font.setItalic(True)
                    return font
        return super().data(index, role)


def record_table(model: RecordTableModel[Any], parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fit_columns(table: QTableView) -> None:
    model = table.model()
    for column in range(model.columnCount() - 1):
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
