"""The one table model over lists of DTOs: columns say how each cell reads (text, tooltip, colour, icon,
sort value), rows can be tinted and unverified records set in italics; rows with a key can be updated one
at a time (live data); plus the table view every record list uses."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a QSortFilterProxyModel sorts by (setSortRole(SORT_ROLE))
MAX_COLUMN_WIDTH = 280
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_FOREGROUND, _ALIGNMENT = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # already translated
    text: Callable[[T], str]
    colour: Callable[[T], QColor | None] | None = None
    numeric: bool = False
    tooltip: Callable[[T], str | None] | None = None  # None: the cell's text
    sort: Callable[[T], Any] | None = None  # the value under SORT_ROLE; None: the cell's text
    decoration: Callable[[T], Any] | None = None  # e.g. a QColor swatch before the text


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows of one DTO type; the columns say how each cell reads. With a `key` (e.g. the record's
    id) rows can be found, replaced or added one at a time without resetting the view."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None, *,
                 key: Callable[[T], Hashable] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._key = key
        self._positions: dict[Hashable, int] = {}

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._index_rows()
        self.endResetModel()

    # --- rows by key ---------------------------------------------------------------------------

    def find(self, key: Hashable) -> int | None:
        """The row of the record with this key, or None (needs a `key`)."""
        return self._positions.get(key)

    def upsert(self, record: T) -> int:
        """Replace the row with the record's key, or add the record as the first row; returns its row."""
        assert self._key is not None, "upsert needs a key"
        row = self._positions.get(self._key(record))
        if row is not None:
            self._rows[row] = record
            self.refresh_row(row)
            return row
        self.beginInsertRows(_ROOT, 0, 0)
        self._rows.insert(0, record)
        self._index_rows()
        self.endInsertRows()
        return 0

    def refresh_row(self, row: int) -> None:
        """The record of this row changed in place: redraw the row."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def refresh_all(self) -> None:
        """What the cells read changed for every row (e.g. names looked up later)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def _index_rows(self) -> None:
        if self._key is not None:
            self._positions = {self._key(record): row for row, record in enumerate(self._rows)}

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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == _DISPLAY:
            return self._columns[section].title
        if role == _ALIGNMENT and self._columns[section].numeric:
            return _RIGHT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Asked for every role of every visible cell at each repaint: the common roles come first."""
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        record, column = self._rows[row], self._columns[index.column()]
        if role == _DISPLAY:
            return column.text(record)
        if role == _FOREGROUND:
            return column.colour(record) if column.colour is not None else None
        if role == _ALIGNMENT:
            return _RIGHT if column.numeric else None
        if role == _DECORATION:
            return column.decoration(record) if column.decoration is not None else None
        if role == _TOOLTIP:
            return column.text(record) if column.tooltip is None else column.tooltip(record)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            return column.text(record) if column.sort is None else column.sort(record)
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


def record_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A read-only table of whole rows (the model may be a proxy in front of a RecordTableModel)."""
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
