"""Region tree (province -> city -> district) with project counts, built from RegionNode."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from domain.schemas import RegionNode

ADCODE_ROLE = Qt.ItemDataRole.UserRole + 1


class RegionTreeModel(QStandardItemModel):
    """Three columns: region name, projects in scope, of which under construction."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, QStandardItem] = {}
        self._names: dict[str, str] = {}
        self._retitle()

    def _retitle(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Region"), self.tr("Projects"), self.tr("Under constr.")])

    def load(self, root: RegionNode) -> None:
        self.removeRows(0, self.rowCount())
        self._items.clear()
        self._names.clear()
        self._append(self.invisibleRootItem(), root)

    def _append(self, parent: QStandardItem, node: RegionNode) -> None:
        name = QStandardItem(node.name)
        name.setData(node.adcode, ADCODE_ROLE)
        name.setToolTip(f"{node.name} ({node.adcode})")
        counts = [QStandardItem(f"{count:,}") for count in (node.project_count, node.under_construction_count)]
        for item in (name, *counts):
            item.setEditable(False)
        for item in counts:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        parent.appendRow([name, *counts])
        self._items[node.adcode] = name
        self._names[node.adcode] = node.name
        for child in node.children:
            self._append(name, child)

    def index_of(self, adcode: str) -> QModelIndex:
        item = self._items.get(adcode)
        return item.index() if item is not None else QModelIndex()

    def name_of(self, adcode: str) -> str | None:
        return self._names.get(adcode)


class RegionTree(QTreeView):
    """Tree view emitting the adcode of the region the user selects."""

    sig_region_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = RegionTreeModel(self)
        self.setModel(self._model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

    @property
    def region_model(self) -> RegionTreeModel:
        return self._model

    def set_root(self, root: RegionNode) -> None:
        """Show a new tree (keeps quiet: loading is not a user's selection)."""
        self.selectionModel().blockSignals(True)
        self._model.load(root)
        self.selectionModel().blockSignals(False)
        self._expand_single_children(self._model.index(0, 0))

    def _expand_single_children(self, index: QModelIndex) -> None:
        """Open the root, and keep opening while a level has one entry (a city user's lone city)."""
        while index.isValid():
            self.expand(index)
            index = self._model.index(0, 0, index) if self._model.rowCount(index) == 1 else QModelIndex()

    def root_adcode(self) -> str | None:
        index = self._model.index(0, 0)
        return index.data(ADCODE_ROLE) if index.isValid() else None

    def selected_adcode(self) -> str | None:
        indexes = self.selectionModel().selectedRows(0)
        return indexes[0].data(ADCODE_ROLE) if indexes else None

    def select_region(self, adcode: str) -> bool:
        """Select (and reveal) a region as if the user clicked it; False if it is not in the tree."""
        index = self._model.index_of(adcode)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = [index for index in selected.indexes() if index.column() == 0]
        if indexes:
            self.sig_region_selected.emit(indexes[0].data(ADCODE_ROLE))
