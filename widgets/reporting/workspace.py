"""The enterprise workspace: my projects with their verification state, what falls due this month,
and what supervisors returned (with their comments), each tab titled with its count.

Passive: the server computes it all (domain.enterprise_workspace) and the controller hands it over with
`show_workspace`; Refresh asks for it again (`sig_reload_requested`), double-click asks for a project's
dossier, "Report…" for a form about the selected project, "Resubmit…" to send a returned item back.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.enterprise_workspace import (
    DueItemOut,
    DueKind,
    VerificationState,
    WorkspaceOut,
    WorkspaceProjectOut,
)
from domain.reporting_schemas import SubmissionOut
from domain.schemas import UserOut
from widgets.common.formatting import date_text
from widgets.common.table_model import RECORD_ROLE, Column, HighlightedModel, fit_columns, record_table
from widgets.labels import label
from widgets.reporting.common import (
    PENDING_COLOUR,
    RETURNED_COLOUR,
    VERIFIED_COLOUR,
    WARN_BACKGROUND,
)
from widgets.reporting.report_menu import FORM_FOR_DUE, FormKey, report_menu

PROJECTS, DUE, RETURNED = "projects", "due", "returned"
STATE_COLOURS = {VerificationState.VERIFIED: VERIFIED_COLOUR, VerificationState.PENDING: PENDING_COLOUR,
                 VerificationState.RETURNED: RETURNED_COLOUR, VerificationState.UNCONFIRMED: PENDING_COLOUR}
URGENT_DUE = frozenset({DueKind.CERTIFICATE_EXPIRED, DueKind.PLAN_UNAPPROVED})


class EnterpriseWorkspace(QWidget):
    sig_reload_requested = Signal()
    sig_project_open_requested = Signal(int)
    sig_report_requested = Signal(int, str)  # project id, FormKey value
    sig_resubmit_requested = Signal(int, str)  # submission id, what was corrected
    sig_loaded = Signal()  # a workspace was shown

    def __init__(self, user: UserOut, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: WorkspaceOut | None = None
        self.header = QLabel(user.unit_name or user.display_name, self)
        self.header.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.report_button = QPushButton(self.tr("Report…"), self)
        self.report_button.setMenu(report_menu(self, self._report_on_selection))
        self.act_button = QPushButton(self.tr("Settle selected item…"), self)
        self.act_button.clicked.connect(self._settle_selected)
        self.resubmit_button = QPushButton(self.tr("Resubmit…"), self)
        self.resubmit_button.clicked.connect(self._resubmit_selected)
        refresh_button = QPushButton(self.tr("Refresh"), self)
        refresh_button.clicked.connect(self.refresh)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #c0392b;")
        self.status_label.hide()

        self.models: dict[str, HighlightedModel[Any]] = {
            PROJECTS: HighlightedModel(self._project_columns(), self._project_highlight, self),
            DUE: HighlightedModel(self._due_columns(), self._due_highlight, self),
            RETURNED: HighlightedModel(self._returned_columns(), parent=self),
        }
        self.tables: dict[str, QTableView] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._titles = {PROJECTS: self.tr("My projects"), DUE: self.tr("Due this month"),
                        RETURNED: self.tr("Returned items")}
        for key, model in self.models.items():
            table = record_table(model, self.tabs)
            table.doubleClicked.connect(self._open_project)
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(partial(self._context_menu, key))
            self.tables[key] = table
            self.tabs.addTab(table, self._titles[key])
        self.tabs.currentChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.act_button)
        top.addWidget(self.resubmit_button)
        top.addWidget(refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        self._update_buttons()

    # --- columns ----------------------------------------------------------------------------------

    def _state_text(self, state: WorkspaceProjectOut) -> str:
        texts = {
            VerificationState.VERIFIED: self.tr("Verified"),
            VerificationState.PENDING: self.tr("{0} waiting for verification").format(state.pending),
            VerificationState.RETURNED: self.tr("{0} returned — action needed").format(state.returned),
            VerificationState.UNCONFIRMED: self.tr("Basic information not yet confirmed"),
        }
        return texts[state.state]

    def _project_columns(self) -> list[Column[WorkspaceProjectOut]]:
        return [
            Column(self.tr("Project"), lambda s: s.project.name),
            Column(self.tr("City / district"), lambda s: f"{s.project.city_name} {s.project.district_name}"),
            Column(self.tr("Status"), lambda s: label(s.project.status)),
            Column(self.tr("Construction permit"), lambda s: s.project.permit_no or self.tr("not bound")),
            Column(self.tr("Verification"), self._state_text, lambda s: STATE_COLOURS[s.state]),
        ]

    def _project_highlight(self, state: WorkspaceProjectOut) -> QColor | None:
        return WARN_BACKGROUND if state.state is VerificationState.RETURNED else None

    def due_text(self, item: DueItemOut) -> str:
        texts = {
            DueKind.PROGRESS_PHOTOS: self.tr("Progress photos for {0} not reported yet"),
            DueKind.SAFETY_DUTY: self.tr("No safety officer duty recorded in {0}"),
            DueKind.WORK_STARTS: self.tr("Dangerous sub-project “{0}” is planned to start"),
            DueKind.WORK_ENDS: self.tr("Dangerous sub-project “{0}” is planned to end"),
            DueKind.PLAN_UNAPPROVED: self.tr("Special plan of “{0}” is not approved"),
            DueKind.CERTIFICATE_EXPIRING: self.tr("Inspection certificate of {0} expires"),
            DueKind.CERTIFICATE_EXPIRED: self.tr("Inspection certificate of {0} has expired"),
            DueKind.OPERATION: self.tr("{1} of {0} planned"),
        }
        return texts[item.kind].format(item.subject, label(item.operation) if item.operation else "")

    def _due_state(self, item: DueItemOut) -> str:
        if item.verified is None:
            return ""
        return self.tr("Verified") if item.verified else self.tr("Unverified")

    def _due_columns(self) -> list[Column[DueItemOut]]:
        return [
            Column(self.tr("Due"), lambda d: d.due_on.isoformat()),
            Column(self.tr("Project"), lambda d: d.project_name),
            Column(self.tr("What"), self.due_text,
                   lambda d: RETURNED_COLOUR if d.kind in URGENT_DUE else None),
            Column(self.tr("Verification"), self._due_state),
        ]

    def _due_highlight(self, item: DueItemOut) -> QColor | None:
        return WARN_BACKGROUND if item.kind in URGENT_DUE else None

    def _returned_columns(self) -> list[Column[SubmissionOut]]:
        return [
            Column(self.tr("Returned on"), lambda s: date_text(s.decided_at)),
            Column(self.tr("Project"), lambda s: s.project_name),
            Column(self.tr("Report"), lambda s: label(s.kind)),
            Column(self.tr("Summary"), lambda s: s.summary),
            Column(self.tr("Supervisor's comment"), lambda s: s.comment, lambda _s: RETURNED_COLOUR),
        ]

    # --- loading ----------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self.sig_reload_requested.emit()

    def show_workspace(self, workspace: WorkspaceOut) -> None:
        self.workspace = workspace
        self.status_label.hide()
        rows: dict[str, list[Any]] = {PROJECTS: workspace.projects, DUE: workspace.due, RETURNED: workspace.returned}
        for key, model in self.models.items():
            model.set_rows(rows[key])
            fit_columns(self.tables[key])
            self.tabs.setTabText(self.tabs.indexOf(self.tables[key]), f"{self._titles[key]} ({len(rows[key])})")
        returned_index = self.tabs.indexOf(self.tables[RETURNED])
        self.tabs.tabBar().setTabTextColor(returned_index, RETURNED_COLOUR if workspace.returned
                                           else self.palette().color(self.foregroundRole()))
        self._update_buttons()
        self.sig_loaded.emit()

    def show_error(self, text: str) -> None:
        """Loading or resubmitting failed: why, under the tables (what was shown stays)."""
        self.status_label.setText(text)
        self.status_label.show()

    def count(self, key: str) -> int:
        return self.models[key].rowCount()

    # --- selection and actions ------------------------------------------------------------------------

    def current_key(self) -> str:
        return next(k for k, t in self.tables.items() if t is self.tabs.currentWidget())

    def selected(self, key: str | None = None) -> Any:
        key = key or self.current_key()
        rows = self.tables[key].selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    @staticmethod
    def project_id_of(record: Any) -> int | None:
        if isinstance(record, WorkspaceProjectOut):
            return record.project.id
        if isinstance(record, DueItemOut | SubmissionOut):
            return record.project_id
        return None

    @Slot()
    def _update_buttons(self) -> None:
        key = self.current_key()
        self.act_button.setVisible(key == DUE)
        self.resubmit_button.setVisible(key == RETURNED)

    @Slot(QModelIndex)
    def _open_project(self, index: QModelIndex) -> None:
        project_id = self.project_id_of(index.data(RECORD_ROLE))
        if project_id is not None:
            self.sig_project_open_requested.emit(project_id)

    def _report_on_selection(self, key: FormKey) -> None:
        project_id = self.project_id_of(self.selected())
        if project_id is None:
            self.status_label.setText(self.tr("Select a project first."))
            self.status_label.show()
            return
        self.sig_report_requested.emit(project_id, key.value)

    @Slot()
    def _settle_selected(self) -> None:
        item = self.selected(DUE)
        if isinstance(item, DueItemOut):
            self.sig_report_requested.emit(item.project_id, FORM_FOR_DUE[item.kind].value)

    @Slot()
    def _resubmit_selected(self) -> None:
        submission = self.selected(RETURNED)
        if not isinstance(submission, SubmissionOut):
            return
        comment, ok = QInputDialog.getMultiLineText(
            self, self.tr("Resubmit"), self.tr("Returned: {0}\nWhat did you correct?").format(submission.comment))
        if ok:
            self.resubmit(submission.id, comment)

    def resubmit(self, submission_id: int, comment: str) -> bool:
        """Ask to send a returned submission back for verification with what was corrected; False (and
        nothing asked) without a word of what was corrected."""
        comment = comment.strip()
        if not comment:
            self.show_error(self.tr("Say what you corrected before resubmitting."))
            return False
        self.sig_resubmit_requested.emit(submission_id, comment)
        return True

    def _context_menu(self, key: str, position: QPoint) -> None:
        table = self.tables[key]
        index = table.indexAt(position)
        project_id = self.project_id_of(index.data(RECORD_ROLE)) if index.isValid() else None
        if project_id is None:
            return
        table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Open dossier"), lambda: self.sig_project_open_requested.emit(project_id))
        if key == DUE:
            menu.addAction(self.tr("Settle this item…"), self._settle_selected)
        if key == RETURNED:
            menu.addAction(self.tr("Resubmit…"), self._resubmit_selected)
        menu.addMenu(report_menu(menu, lambda form: self.sig_report_requested.emit(project_id, form.value)))
        menu.exec(table.viewport().mapToGlobal(position))
