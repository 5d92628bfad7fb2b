"""The warnings inbox: warnings in the user's scope, filtered by state (server side), severity, type and
project/region/device text (in the view), acknowledged with a comment. Live changes are merged in."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.monitoring import Severity, WarningState, WarningType
from domain.monitoring_schemas import WarningAck, WarningOut
from services.monitoring_client import WarningFilter
from widgets.labels import label, metric_label, options
from widgets.live_chart import SEVERITY_RANK, display_unit

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
WARNING_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MIN_COMMENT = next(m.min_length for m in WarningAck.model_fields["comment"].metadata if hasattr(m, "min_length"))
SEVERITY_COLOURS = {Severity.CRITICAL: "#c0392b", Severity.MAJOR: "#d35400", Severity.MINOR: "#b9770e",
                    Severity.WARNING: "#b7950b", Severity.INDETERMINATE: "#7f8c8d"}


@dataclass(frozen=True)
class ProjectInfo:
    name: str
    region: str  # "city district"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WarningTableModel", text)


def _when(warning: WarningOut) -> str:
    return QLocale().toString(warning.last_at.astimezone().replace(tzinfo=None), QLocale.FormatType.ShortFormat)


def _reading(warning: WarningOut) -> str:
    if warning.value is None:
        return "—"
    unit = "%" if warning.type in (WarningType.CRANE_LOAD, WarningType.CRANE_WIND) else display_unit(warning.metric)
    limit = f" / {warning.threshold:g}" if warning.threshold is not None else ""
    return f"{warning.value:g}{limit} {unit}".strip()


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[WarningOut, ProjectInfo | None], str]


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Severity"), lambda w, _p: label(w.severity)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "State"), lambda w, _p: label(w.state)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Type"), lambda w, _p: label(w.type)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Device"), lambda w, _p: w.device_code),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Project"), lambda w, p: p.name if p else f"#{w.project_id}"),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Region"), lambda w, p: p.region if p else ""),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Metric"), lambda w, _p: metric_label(w.metric) if w.metric else "—"),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Value / level"), lambda w, _p: _reading(w)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Repeats"), lambda w, _p: str(w.count)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Last activity"), lambda w, _p: _when(w)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "Acknowledged"),
           lambda w, _p: f"{w.acked_by}: {w.ack_comment}" if w.acked_by else "—"),
)
SEVERITY_COLUMN, LAST_COLUMN = 0, 9


class WarningTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._warnings: list[WarningOut] = []
        self._projects: dict[int, ProjectInfo] = {}

    @property
    def warnings(self) -> list[WarningOut]:
        return list(self._warnings)

    def project(self, project_id: int) -> ProjectInfo | None:
        return self._projects.get(project_id)

    def set_warnings(self, warnings: Sequence[WarningOut]) -> None:
        self.beginResetModel()
        self._warnings = list(warnings)
        self.endResetModel()

    def upsert(self, warning: WarningOut) -> None:
        for row, current in enumerate(self._warnings):
            if current.id == warning.id:
                self._warnings[row] = warning
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return
        self.beginInsertRows(_ROOT, 0, 0)
        self._warnings.insert(0, warning)
        self.endInsertRows()

    def set_projects(self, projects: Mapping[int, ProjectInfo]) -> None:
        self._projects.update(projects)
        if self._warnings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._warnings) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._warnings)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section].title)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        warning = self._warnings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].text(warning, self._projects.get(warning.project_id))
        if role == WARNING_ROLE:
            return warning
        if role == SORT_ROLE:
            if index.column() == SEVERITY_COLUMN:
                return SEVERITY_RANK[warning.severity]
            if index.column() == LAST_COLUMN:
                return warning.last_at.timestamp()
            return COLUMNS[index.column()].text(warning, self._projects.get(warning.project_id))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == SEVERITY_COLUMN:
            return QColor(SEVERITY_COLOURS[warning.severity])
        if role == Qt.ItemDataRole.FontRole and warning.state is WarningState.ACTIVE_UNACK:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return warning.message or None
        return None


class WarningFilterProxy(QSortFilterProxyModel):
    """Severity, type and free text (project, region, device, message) are filtered here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.severity: Severity | None = None
        self.type: WarningType | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_criteria(self, severity: Severity | None, wtype: WarningType | None, text: str) -> None:
        self.beginFilterChange()
        self.severity, self.type, self.text = severity, wtype, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Project names arrived: the text filter may match rows it did not before."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, WarningTableModel)
        warning: WarningOut = model.index(source_row, 0, source_parent).data(WARNING_ROLE)
        if self.severity is not None and warning.severity is not self.severity:
            return False
        if self.type is not None and warning.type is not self.type:
            return False
        if self.text:
            project = model.project(warning.project_id)
            haystack = " ".join([warning.device_code, warning.message, str(warning.project_id),
                                 project.name if project else "", project.region if project else ""]).casefold()
            return self.text in haystack
        return True


# State choices: (label source, states sent to the server)
STATE_CHOICES: tuple[tuple[str, tuple[WarningState, ...]], ...] = (
    (QT_TRANSLATE_NOOP("WarningsInbox", "Needs attention (unacknowledged)"),
     (WarningState.ACTIVE_UNACK, WarningState.CLEARED_UNACK)),
    (QT_TRANSLATE_NOOP("WarningsInbox", "Active"), (WarningState.ACTIVE_UNACK, WarningState.ACTIVE_ACK)),
    *((str(state), (state,)) for state in WarningState),
    (QT_TRANSLATE_NOOP("WarningsInbox", "All states"), ()),
)


class WarningsInbox(QWidget):
    sig_query_changed = Signal(object)  # WarningFilter: the server must be asked again
    sig_acknowledge_requested = Signal(int, str)  # warning id, comment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_combo = QComboBox(self)
        for source, states in STATE_CHOICES:
            text = label(states[0]) if len(states) == 1 else QCoreApplication.translate("WarningsInbox", source)
            self.state_combo.addItem(text, states)
        self.severity_combo = QComboBox(self)
        self.severity_combo.addItem(self.tr("All severities"), None)
        for severity, text in options(Severity):
            self.severity_combo.addItem(text, severity)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(self.tr("All types"), None)
        for wtype, text in options(WarningType):
            self.type_combo.addItem(text, wtype)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Project, region or device…"))
        self.text_edit.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.state_combo.currentIndexChanged.connect(self._emit_query)
        self.refresh_button.clicked.connect(self._emit_query)
        for combo in (self.severity_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._apply_view_filter)
        self.text_edit.textChanged.connect(self._apply_view_filter)

        self.model = WarningTableModel(self)
        self.proxy = WarningFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LAST_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setPlaceholderText(self.tr("Comment (required), e.g. what was done on site"))
        self.comment_edit.setMaxLength(500)
        self.comment_edit.textChanged.connect(self._update_actions)
        self.comment_edit.returnPressed.connect(self._acknowledge)
        self.ack_button = QPushButton(self.tr("Acknowledge"), self)
        self.ack_button.clicked.connect(self._acknowledge)
        self.status_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("State:"), self))
        filters.addWidget(self.state_combo)
        filters.addWidget(self.severity_combo)
        filters.addWidget(self.type_combo)
        filters.addWidget(self.text_edit, 1)
        filters.addWidget(self.refresh_button)
        ack = QHBoxLayout()
        ack.addWidget(self.comment_edit, 1)
        ack.addWidget(self.ack_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addLayout(ack)
        layout.addWidget(self.status_label)
        self._update_actions()

    # --- queries -------------------------------------------------------------------------------------

    def query(self) -> WarningFilter:
        return WarningFilter(states=tuple(self.state_combo.currentData() or ()))

    @Slot()
    def _emit_query(self) -> None:
        self.sig_query_changed.emit(self.query())

    @Slot()
    def _apply_view_filter(self) -> None:
        self.proxy.set_criteria(self.severity_combo.currentData(), self.type_combo.currentData(), self.text_edit.text())

    # --- data in -------------------------------------------------------------------------------------

    def set_warnings(self, warnings: Sequence[WarningOut]) -> None:
        selected = self.selected_warning()
        self.model.set_warnings(warnings)
        self._show_count()
        if selected is not None:
            self.select_warning(selected.id)
        self._update_actions()

    def set_projects(self, projects: Mapping[int, ProjectInfo]) -> None:
        self.model.set_projects(projects)
        self.proxy.refilter()

    def apply_warning(self, warning: WarningOut) -> None:
        """A live change: update the row, or add it when it matches the server-side state filter."""
        states = self.query().states
        known = any(w.id == warning.id for w in self.model.warnings)
        if known or not states or warning.state in states:
            self.model.upsert(warning)
            self._show_count()
        self._update_actions()

    def _show_count(self) -> None:
        self.status_label.setText(self.tr("%n warning(s).", "", self.model.rowCount()))

    def acknowledged(self, warning: WarningOut) -> None:
        self.model.upsert(warning)
        self.comment_edit.clear()
        self.status_label.setText(self.tr("Warning {0} acknowledged.").format(warning.id))
        self._update_actions()

    def show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self._update_actions()

    # --- selection and acknowledgement --------------------------------------------------------------

    def selected_warning(self) -> WarningOut | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(WARNING_ROLE) if rows else None

    def select_warning(self, warning_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(WARNING_ROLE).id == warning_id:
                self.table.selectRow(row)
                return True
        return False

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        warning = self.selected_warning()
        can_ack = warning is not None and not warning.state.is_acknowledged
        self.comment_edit.setEnabled(can_ack)
        self.ack_button.setEnabled(can_ack and len(self.comment_edit.text().strip()) >= MIN_COMMENT)
        if warning is None:
            self.detail_label.setText(self.tr("Select a warning to see it and acknowledge it."))
        elif warning.state.is_acknowledged:
            self.detail_label.setText(self.tr("{0} — acknowledged by {1}: {2}").format(
                warning.message or label(warning.type), warning.acked_by or "", warning.ack_comment))
        else:
            self.detail_label.setText(warning.message or label(warning.type))

    @Slot()
    def _acknowledge(self) -> None:
        warning = self.selected_warning()
        comment = self.comment_edit.text().strip()
        if warning is None or warning.state.is_acknowledged or len(comment) < MIN_COMMENT:
            return
        self.ack_button.setEnabled(False)
        self.status_label.setText(self.tr("Acknowledging…"))
        self.sig_acknowledge_requested.emit(warning.id, comment)
