"""The project table: asks for server-side sorting when a sortable header is clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from widgets.project_table_model import ProjectTableModel


class ProjectTableView(QTableView):
    """Read-only table whose header drives ``ProjectQuery.sort`` instead of sorting locally."""

    sig_sort_changed = Signal(str, bool)  # sort key, descending
    sig_project_selected = Signal(int)  # the user (or select_project) picked a row

    def __init__(self, model: ProjectTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._sort_column = model.column_of("name")
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(False)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self._sort_column, self._sort_order)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def selected_project_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return self.table_model.project_at(rows[0].row()).id if rows else None

    def select_project(self, project_id: int) -> bool:
        """Select the row of a project on the current page; False when it is not on it."""
        row = self.table_model.find(project_id)
        if row is None:
            return False
        if self.selected_project_id() != project_id:
            self.selectRow(row)
        self.scrollTo(self.table_model.index(row, 0))
        return True

    def _on_selection_changed(self, *_args: object) -> None:
        project_id = self.selected_project_id()
        if project_id is not None:
            self.sig_project_selected.emit(project_id)

    @property
    def table_model(self) -> ProjectTableModel:
        model = self.model()
        assert isinstance(model, ProjectTableModel)
        return model

    def set_sort(self, sort_key: str, descending: bool) -> None:
        """Show the server's sort order without asking for a new one."""
        column = self.table_model.column_of(sort_key)
        if column < 0:
            return
        self._sort_column = column
        self._sort_order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self._sort_column, self._sort_order)
        header.blockSignals(False)

    def fit_columns(self, widths: dict[int, int]) -> None:
        """Size columns to content, capped, so long names do not push the numbers off screen."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(self.table_model.columnCount()):
            cap = widths.get(column, 220)
            if header.sectionSize(column) > cap:
                header.resizeSection(column, cap)

    @Slot(int, Qt.SortOrder)
    def _on_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        sort_key = self.table_model.sort_key(column)
        if sort_key is None:  # the server cannot sort by this column: keep the previous indicator
            self.set_sort(self.table_model.sort_key(self._sort_column) or "name",
                          self._sort_order == Qt.SortOrder.DescendingOrder)
            return
        self._sort_column, self._sort_order = column, order
        self.sig_sort_changed.emit(sort_key, order == Qt.SortOrder.DescendingOrder)
