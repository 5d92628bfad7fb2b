"""The dossier's Supervision tab: a project's risk breakdown, inspections, notices, punishments,
point deductions and warning follow-ups, with the supervisor's forms one click away.

Passive: after `begin_loading()` each part arrives through `show_risk` / `show_rows` (or `show_failure`),
and `sig_loaded` says when all have. Opening a record or a form goes out as a `sig_*_requested` signal;
the supervision controller builds and sends the forms."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.case_schemas import (
    DeductionOut,
    FollowUpOut,
    InspectionOut,
    NoticeSummary,
    ProjectRiskOut,
    PunishmentOut,
)
from domain.schemas import UserOut
from widgets.common.formatting import ESCALATION_COLOURS, date_text, overdue_text
from widgets.common.table_model import RECORD_ROLE, Column, RecordTableModel, fit_columns, record_table
from widgets.labels import label
from widgets.project_table_model import RISK_COLOURS

LIST_KEYS = ("inspections", "notices", "punishments", "deductions", "follow_ups")
PARTS = ("risk", *LIST_KEYS)  # what one load brings


class SupervisionTab(QWidget):
    sig_notice_open_requested = Signal(int)
    sig_follow_up_open_requested = Signal(object)  # FollowUpOut
    sig_inspection_form_requested = Signal()
    sig_draft_form_requested = Signal(object)  # the InspectionOut to draft from
    sig_punishment_form_requested = Signal()
    sig_deduction_decision_requested = Signal(object)  # the proposed DeductionOut
    sig_loaded = Signal()  # every part of a load has arrived (or failed)

    def __init__(self, user: UserOut, project_id: int, project_name: str, units: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.project_id = project_id
        self.project_name = project_name
        self.units = list(units)
        self._outstanding: set[str] = set()
        supervisor = user.role.is_supervisor

        self.risk_label = QLabel(self)
        self.risk_label.setWordWrap(True)
        self.risk_label.setTextFormat(self.risk_label.textFormat().RichText)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.new_inspection_button = QPushButton(self.tr("New inspection…"), self)
        self.new_inspection_button.clicked.connect(self.sig_inspection_form_requested)
        self.draft_button = QPushButton(self.tr("Draft notice from inspection…"), self)
        self.draft_button.clicked.connect(self.request_draft_form)
        self.punish_button = QPushButton(self.tr("Record punishment…"), self)
        self.punish_button.clicked.connect(self.sig_punishment_form_requested)
        self.decide_button = QPushButton(self.tr("Confirm / reject deduction…"), self)
        self.decide_button.clicked.connect(self.request_deduction_decision)
        buttons = QHBoxLayout()
        for button in (self.new_inspection_button, self.draft_button, self.punish_button, self.decide_button):
            button.setVisible(supervisor)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.inspections = RecordTableModel[InspectionOut]([
            Column(self.tr("Inspected on"), lambda i: date_text(i.inspected_on)),
            Column(self.tr("Type"), lambda i: label(i.inspection_type)),
            Column(self.tr("Inspectors"), lambda i: "、".join(i.inspectors)),
            Column(self.tr("Findings"), lambda i: str(len(i.findings)), numeric=True),
            Column(self.tr("Summary"), lambda i: i.summary),
        ], self)
        self.notices = RecordTableModel[NoticeSummary]([
            Column(self.tr("Notice no."), lambda n: n.number or self.tr("(draft, unnumbered)")),
            Column(self.tr("Status"), lambda n: label(n.status)),
            Column(self.tr("Deadline"), lambda n: date_text(n.deadline)),
            Column(self.tr("Overdue"), lambda n: overdue_text(n.overdue_days, n.escalation_level),
                   lambda n: QColor(ESCALATION_COLOURS[min(n.escalation_level, 3)])),
            Column(self.tr("Stop work"), lambda n: self.tr("Stop-work order") if n.stop_work else ""),
            Column(self.tr("Addressed to"), lambda n: n.target_unit_name),
        ], self)
        self.punishments = RecordTableModel[PunishmentOut]([
            Column(self.tr("Decision no."), lambda p: p.decision_no),
            Column(self.tr("Decided on"), lambda p: date_text(p.decided_on)),
            Column(self.tr("Fine (yuan)"), lambda p: f"{p.amount_yuan:,.2f}", numeric=True),
            Column(self.tr("Punished"), lambda p: p.target_person or self._unit_name(p.target_unit_id)),
            Column(self.tr("Legal basis"), lambda p: p.legal_basis),
        ], self)
        self.deductions = RecordTableModel[DeductionOut]([
            Column(self.tr("Occurred on"), lambda d: date_text(d.occurred_on)),
            Column(self.tr("Points"), lambda d: f"{d.points:g}", numeric=True),
            Column(self.tr("Decision"), self._deduction_status, self._deduction_colour),
            Column(self.tr("Deducted from"), lambda d: d.unit_name or d.personnel_name or "—"),
            Column(self.tr("Reason"), lambda d: d.reason),
        ], self)
        self.follow_ups = RecordTableModel[FollowUpOut]([
            Column(self.tr("Warning"), lambda f: f.title),
            Column(self.tr("Source"), lambda f: label(f.source)),
            Column(self.tr("Status"), lambda f: label(f.status)),
            Column(self.tr("Deadline"), lambda f: date_text(f.deadline)),
            Column(self.tr("Overdue"), lambda f: overdue_text(f.overdue_days, f.escalation_level)),
        ], self)
        self.lists = QTabWidget(self)
        self.tables: dict[str, QTableView] = {}
        self._titles = {"inspections": self.tr("Inspections"), "notices": self.tr("Rectification notices"),
                        "punishments": self.tr("Punishments"), "deductions": self.tr("Point deductions"),
                        "follow_ups": self.tr("Warning follow-ups")}
        for key, model in (("inspections", self.inspections), ("notices", self.notices),
                           ("punishments", self.punishments), ("deductions", self.deductions),
                           ("follow_ups", self.follow_ups)):
            table = record_table(model, self)
            self.tables[key] = table
            self.lists.addTab(table, self._titles[key])
        self.tables["notices"].doubleClicked.connect(self._open_notice)
        self.tables["follow_ups"].doubleClicked.connect(self._open_follow_up)
        self.tables["deductions"].doubleClicked.connect(lambda _index: self.request_deduction_decision())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.risk_label)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.lists, 1)

    # --- loading ----------------------------------------------------------------------------------

    def begin_loading(self) -> None:
        """A load has started: every part is awaited again."""
        self._outstanding = set(PARTS)
        self.error_label.hide()

    def _arrived(self, part: str) -> None:
        if part in self._outstanding:
            self._outstanding.discard(part)
            if not self._outstanding:
                self.sig_loaded.emit()

    def show_rows(self, key: str, rows: Sequence[Any]) -> None:
        """One list of the tab (`key` in LIST_KEYS)."""
        self._fill(key, rows)
        self._arrived(key)

    def show_failure(self, part: str, text: str) -> None:
        """A part could not be loaded."""
        self.error_label.setText(text)
        self.error_label.show()
        self._arrived(part)

    def _fill(self, key: str, rows: Sequence[Any]) -> None:
        model: RecordTableModel[Any] = getattr(self, key)
        model.set_rows(rows)
        fit_columns(self.tables[key])
        self.lists.setTabText(list(self.tables).index(key), f"{self._titles[key]} ({len(rows)})")

    def show_risk(self, risk: ProjectRiskOut) -> None:
        names = {
            "open_major_findings": self.tr("Open major hazards"),
            "open_serious_findings": self.tr("Open serious hazards"),
            "overdue_notices": self.tr("Overdue notices"),
            "escalated_notices": self.tr("Escalated notices"),
            "stop_work_orders": self.tr("Stop-work orders"),
            "deductions_12m": self.tr("Points deducted (12 months)"),
            "active_warnings": self.tr("Active monitoring warnings"),
            "exceedances_30d": self.tr("Exceedances (30 days)"),
            "dangerous_works_in_progress": self.tr("Dangerous works in progress"),
        }
        colour = RISK_COLOURS[risk.level].name()
        parts = " · ".join(f"{names.get(k, k)} +{v:g}" for k, v in sorted(risk.breakdown.items(), key=lambda kv: -kv[1]))
        title, nothing = self.tr("Risk score"), self.tr("no open risk factors")
        self.risk_label.setText(
            f"<b>{escape(title)}: <span style='color:{colour}'>{risk.score:g}</span></b> "
            f"({escape(label(risk.level))})" + (f"<br/>{escape(parts)}" if parts else f" — {escape(nothing)}"))
        self._arrived("risk")

    # --- helpers ------------------------------------------------------------------------------------

    def _unit_name(self, unit_id: int | None) -> str:
        return next((name for uid, name in self.units if uid == unit_id), "—")

    def _deduction_status(self, d: DeductionOut) -> str:
        return {"proposed": self.tr("Proposed, awaiting decision"), "confirmed": self.tr("Confirmed"),
                "rejected": self.tr("Rejected")}.get(d.status, d.status)

    @staticmethod
    def _deduction_colour(d: DeductionOut) -> QColor | None:
        return {"proposed": QColor("#d68910"), "confirmed": QColor("#c0392b")}.get(d.status)

    def _selected(self, key: str) -> Any:
        rows = self.tables[key].selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    # --- actions ------------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _open_notice(self, index: QModelIndex) -> None:
        notice = index.data(RECORD_ROLE)
        if isinstance(notice, NoticeSummary):
            self.sig_notice_open_requested.emit(notice.id)

    @Slot(QModelIndex)
    def _open_follow_up(self, index: QModelIndex) -> None:
        follow_up = index.data(RECORD_ROLE)
        if isinstance(follow_up, FollowUpOut):
            self.sig_follow_up_open_requested.emit(follow_up)

    @Slot()
    def request_draft_form(self) -> None:
        """Draft from the selected inspection (or the first with findings)."""
        inspection = self._selected("inspections") or next(
            (i for i in self.inspections.rows if i.findings), None)
        if not isinstance(inspection, InspectionOut) or not inspection.findings:
            self.show_hint(self.tr("Select an inspection with findings first."))
            return
        self.sig_draft_form_requested.emit(inspection)

    @Slot()
    def request_deduction_decision(self) -> None:
        """Decide on the selected proposed deduction (or the first one proposed)."""
        deduction = self._selected("deductions") or next(
            (d for d in self.deductions.rows if d.status == "proposed"), None)
        if not isinstance(deduction, DeductionOut) or deduction.status != "proposed":
            self.show_hint(self.tr("Select a proposed deduction first."))
            return
        self.sig_deduction_decision_requested.emit(deduction)

    def show_hint(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
