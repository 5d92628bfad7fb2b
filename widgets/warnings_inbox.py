"""The warnings inbox: warnings in the user's scope, filtered by state (server side), severity, type and
project/region/device text (in the view), acknowledged with a comment. Live changes are merged in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.monitoring import Severity, WarningState, WarningType
from domain.monitoring_live import SEVERITY_RANK, ProjectInfo, WarningFilter
from domain.monitoring_schemas import WarningAck, WarningOut
from widgets.common.formatting import short_datetime_text
from widgets.common.table_model import (
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    ModelIndex,
    RecordTableModel,
    record_table,
)
from widgets.common.translate import QT_TRANSLATE_NOOP
from widgets.labels import label, metric_label, options
from widgets.monitoring_text import SEVERITY_COLOURS, display_unit

MIN_COMMENT = next(m.min_length for m in WarningAck.model_fields["comment"].metadata if hasattr(m, "min_length"))
LAST_COLUMN = 9  # "Last activity": the newest first, at the start


def _tr(text: str) -> str:
    return QCoreApplication.translate("WarningTableModel", text)


def _reading(warning: WarningOut) -> str:
    if warning.value is None:
        return "—"
    unit = "%" if warning.type in (WarningType.CRANE_LOAD, WarningType.CRANE_WIND) else display_unit(warning.metric)
    limit = f" / {warning.threshold:g}" if warning.threshold is not None else ""
    return f"{warning.value:g}{limit} {unit}".strip()


def _message(warning: WarningOut) -> str | None:
    return warning.message or None


class WarningTableModel(RecordTableModel[WarningOut]):
    """Warnings, newest changes merged in by id; projects are named once their names are known."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self._make_columns(), parent, key=lambda warning: warning.id)
        self._projects: dict[int, ProjectInfo] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def _make_columns(self) -> list[Column[WarningOut]]:
        def project(warning: WarningOut) -> ProjectInfo | None:
            return self._projects.get(warning.project_id)

        def column(title: str, text: Any, **options: Any) -> Column[WarningOut]:
            return Column(_tr(title), text, tooltip=_message, **options)

        return [
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Severity"), lambda w: label(w.severity),
                   colour=lambda w: QColor(SEVERITY_COLOURS[w.severity]), sort=lambda w: SEVERITY_RANK[w.severity]),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "State"), lambda w: label(w.state)),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Type"), lambda w: label(w.type)),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Device"), lambda w: w.device_code),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Project"),
                   lambda w: p.name if (p := project(w)) else f"#{w.project_id}"),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Region"), lambda w: p.region if (p := project(w)) else ""),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Metric"),
                   lambda w: metric_label(w.metric) if w.metric else "—"),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Value / level"), _reading),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Repeats"), lambda w: str(w.count), sort=lambda w: w.count),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Last activity"), lambda w: short_datetime_text(w.last_at),
                   sort=lambda w: w.last_at.timestamp()),
            column(QT_TRANSLATE_NOOP("WarningTableModel", "Acknowledged"),
                   lambda w: f"{w.acked_by}: {w.ack_comment}" if w.acked_by else "—"),
        ]

    @property
    def warnings(self) -> list[WarningOut]:
        return self.rows

    def project(self, project_id: int) -> ProjectInfo | None:
        return self._projects.get(project_id)

    def set_warnings(self, warnings: Sequence[WarningOut]) -> None:
        self.set_rows(warnings)

    def set_projects(self, projects: Mapping[int, ProjectInfo]) -> None:
        self._projects.update(projects)
        self.refresh_all()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole:  # the ones still to acknowledge stand out
            record = super().data(index, RECORD_ROLE)
            return self._bold if record is not None and record.state is WarningState.ACTIVE_UNACK else None
        return super().data(index, role)


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
        warning: WarningOut = model.row_at(source_row)
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
        self.table = record_table(self.proxy, self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LAST_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        known = self.model.find(warning.id) is not None
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
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_warning(self, warning_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).id == warning_id:
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
