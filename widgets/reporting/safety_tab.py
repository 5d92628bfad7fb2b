"""The dossier's Safety tab: the dangerous-works timeline on top, then the dangerous sub-projects with
their classification, special plan and expert review, the lifting machinery (certificates expiring or
expired highlighted) with the operation plans of the selected machine, the safety personnel on duty
and the safety standardisation assessments. Passive: its controller loads the lists (`show_lists`) and
the operation plans of the machine selected (`sig_operations_wanted` -> `show_operations`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from domain.dangerous_works import DangerLevel
from domain.reporting import (
    CertificateState,
    EquipmentType,
    OperationType,
    SafetyGrade,
    SubmissionStatus,
)
from domain.reporting_lists import SafetyLists
from domain.reporting_schemas import (
    DangerousWorkOut,
    DangerousWorkPlanOut,
    EquipmentOut,
    OperationOut,
    TimelineEntry,
)
from widgets.common.formatting import date_text
from widgets.common.table_model import Column
from widgets.labels import label
from widgets.reporting.common import (
    ALERT_BACKGROUND,
    WARN_BACKGROUND,
    ListsTab,
    expert_conclusion_text,
    state_column,
)
from widgets.reporting.works_timeline import LEVEL_COLOURS, WorksTimeline

TIMELINE_MAX_HEIGHT = 300
CERT_COLOURS = {CertificateState.VALID: QColor("#1e8449"), CertificateState.EXPIRING: QColor("#b9770e"),
                CertificateState.EXPIRED: QColor("#c0392b")}
GRADE_COLOURS = {SafetyGrade.EXCELLENT: QColor("#1e8449"), SafetyGrade.QUALIFIED: QColor("#2e86c1"),
                 SafetyGrade.UNQUALIFIED: QColor("#c0392b")}


def cert_state(machine: EquipmentOut) -> CertificateState:
    return CertificateState(machine.certificate_state)


class SafetyTab(ListsTab):
    sig_operations_wanted = Signal(int)  # equipment id: a machine was selected, show its operation plans

    def __init__(self, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(project_id, parent)
        self.plans: dict[int, list[DangerousWorkPlanOut]] = {}  # by work id, oldest first

        self.timeline = WorksTimeline(self)
        self._timeline_scroll = scroll = QScrollArea(self)
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        scroll.setFixedHeight(self.timeline.height() + 2 * scroll.frameWidth())
        timeline_box = QWidget(self)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(QLabel(self.tr("<b>Dangerous-works timeline</b> — planned against actual "
                                                 "operation periods"), timeline_box))
        timeline_layout.addWidget(scroll)

        self.add_list("works", self.tr("Dangerous sub-projects"), [
            Column(self.tr("Name"), lambda w: w.name),
            Column(self.tr("Type"), lambda w: label(w.work_type)),
            Column(self.tr("Classification"), lambda w: label(w.level), lambda w: LEVEL_COLOURS[w.level]),
            Column(self.tr("Why"), lambda w: "；".join(w.reasons)),
            Column(self.tr("Planned period"), lambda w: f"{date_text(w.planned_start)} – {date_text(w.planned_end)}"),
            Column(self.tr("Actual period"), self._actual_text),
            Column(self.tr("Special plan"), self.plan_text,
                   lambda w: QColor("#1e8449") if w.plan_approved else QColor("#b9770e")),
            Column(self.tr("Expert review"), self.expert_text, self._expert_colour),
            state_column(self.tr("Verification")),
        ])
        machinery = QSplitter(Qt.Orientation.Vertical, self)
        self.add_list("equipment", self.tr("Lifting machinery"), [
            Column(self.tr("Type"), lambda m: label(EquipmentType(m.equipment_type))),
            Column(self.tr("Model"), lambda m: m.model),
            Column(self.tr("Registration no."), lambda m: m.registration_no),
            Column(self.tr("Certificate expires"), lambda m: date_text(m.inspection_expires_on),
                   lambda m: CERT_COLOURS[cert_state(m)]),
            Column(self.tr("Certificate"), lambda m: label(cert_state(m)), lambda m: CERT_COLOURS[cert_state(m)]),
            Column(self.tr("Rated capacity (kN)"), lambda m: f"{m.rated_capacity_kn:g}", numeric=True),
            Column(self.tr("Manufacturer"), lambda m: m.manufacturer),
            Column(self.tr("Certificate no."), lambda m: m.inspection_cert_no),
            Column(self.tr("Monitoring device"), lambda m: m.device_code or "—"),
            state_column(self.tr("Verification")),
        ], highlight=self._cert_background, page=machinery)
        machinery.addWidget(self.tables["equipment"])
        operations_box = QWidget(machinery)
        operations_layout = QVBoxLayout(operations_box)
        operations_layout.setContentsMargins(0, 0, 0, 0)
        self.operations_label = QLabel(self.tr("Select a machine to see its installation, jacking and "
                                               "dismantling plans."), operations_box)
        operations_layout.addWidget(self.operations_label)
        self.add_list("operations", "", [
            Column(self.tr("Operation"), lambda o: label(OperationType(o.operation))),
            Column(self.tr("Starts"), lambda o: date_text(o.starts_on)),
            Column(self.tr("Ends"), lambda o: date_text(o.ends_on)),
            Column(self.tr("Crew (certificate no.)"),
                   lambda o: "、".join(f"{c.name}（{c.role}，{c.certificate_no}）" for c in o.crew)),
            Column(self.tr("Note"), lambda o: o.note),
            state_column(self.tr("Verification")),
        ], page=operations_box, tab=False)  # under the machines, not a tab of its own
        operations_layout.addWidget(self.tables["operations"])
        machinery.addWidget(operations_box)
        self.tables["equipment"].selectionModel().selectionChanged.connect(self._on_machine_selected)

        self.add_list("duties", self.tr("Safety personnel on duty"), [
            Column(self.tr("Duty date"), lambda d: date_text(d.duty_date)),
            Column(self.tr("Person"), lambda d: d.person_name),
            Column(self.tr("Post"), lambda d: d.post),
            Column(self.tr("Certificate no."), lambda d: d.certificate_no),
            Column(self.tr("Note"), lambda d: d.note),
            state_column(self.tr("Verification")),
        ])
        self.add_list("assessments", self.tr("Safety assessments"), [
            Column(self.tr("Assessed on"), lambda a: date_text(a.assessed_on)),
            Column(self.tr("Score"), lambda a: f"{a.score:g}", numeric=True),
            Column(self.tr("Grade"), lambda a: label(a.grade), lambda a: GRADE_COLOURS[a.grade]),
            Column(self.tr("Zero-scored sub-table"), lambda a: self.tr("yes") if a.has_zero_item else ""),
            Column(self.tr("Assessor"), lambda a: a.assessor),
            Column(self.tr("Comment"), lambda a: a.comment),
            state_column(self.tr("Verification")),
        ], highlight=lambda a: ALERT_BACKGROUND if a.grade is SafetyGrade.UNQUALIFIED else None)

        self.body.addWidget(timeline_box)
        self.body.addWidget(self.lists, 1)

    # --- cells ------------------------------------------------------------------------------------

    def _actual_text(self, w: DangerousWorkOut) -> str:
        if w.actual_start is None:
            return self.tr("not started")
        if w.actual_end is None:
            return self.tr("since {0} (in operation)").format(date_text(w.actual_start))
        return f"{date_text(w.actual_start)} – {date_text(w.actual_end)}"

    def plan_text(self, w: DangerousWorkOut) -> str:
        plans = self.plans.get(w.id, [])
        if not plans:
            return self.tr("none uploaded")
        plan = next((p for p in plans if p.verification.verified), plans[-1])
        if plan.verification.verified:
            state = self.tr("approved")
        elif plan.verification.status is SubmissionStatus.RETURNED:
            state = self.tr("returned: {0}").format(plan.verification.comment)
        else:
            state = self.tr("awaiting approval")
        return f"《{plan.title}》 {state}"

    def _expert_plan(self, w: DangerousWorkOut) -> DangerousWorkPlanOut | None:
        reviewed = [p for p in self.plans.get(w.id, []) if p.expert_reviewed_on is not None]
        return reviewed[-1] if reviewed else None

    def expert_text(self, w: DangerousWorkOut) -> str:
        plan = self._expert_plan(w)
        if plan is not None:
            return self.tr("{0}: {1} ({2} experts)").format(date_text(plan.expert_reviewed_on),
                                                            expert_conclusion_text(plan.expert_conclusion),
                                                            len(plan.expert_names or []))
        return self.tr("required — none recorded") if w.needs_expert_review else self.tr("not required")

    def _expert_colour(self, w: DangerousWorkOut) -> QColor | None:
        plan = self._expert_plan(w)
        if plan is None:
            return QColor("#c0392b") if w.level is DangerLevel.BEYOND_SCALE else None
        return QColor("#c0392b") if plan.expert_conclusion == "fail" else QColor("#1e8449")

    @staticmethod
    def _cert_background(m: EquipmentOut) -> QColor | None:
        return {CertificateState.EXPIRED: ALERT_BACKGROUND, CertificateState.EXPIRING: WARN_BACKGROUND}.get(
            cert_state(m))

    # --- loading ----------------------------------------------------------------------------------

    def show_lists(self, lists: SafetyLists) -> None:
        self._show_timeline(lists.timeline)
        self.plans = lists.plans  # before the works: their plan columns read it
        self.fill("works", lists.works)
        self.fill("equipment", lists.equipment)
        self.fill("duties", lists.duties)
        self.fill("assessments", lists.assessments)
        self.loaded()

    def _show_timeline(self, entries: list[TimelineEntry]) -> None:
        """The whole timeline when it fits; beyond TIMELINE_MAX_HEIGHT it scrolls, the lists keep their room."""
        self.timeline.set_entries(entries, dt.date.today())
        scroll = self._timeline_scroll
        scroll.setFixedHeight(min(TIMELINE_MAX_HEIGHT, self.timeline.height() + 2 * scroll.frameWidth()))

    @Slot(QItemSelection, QItemSelection)
    def _on_machine_selected(self, *_args: object) -> None:
        rows = self.tables["equipment"].selectionModel().selectedRows()
        if not rows:
            return
        machine = self.models["equipment"].row_at(rows[0].row())
        self.operations_label.setText(self.tr("Operation plans of {0} ({1})").format(machine.registration_no,
                                                                                     machine.model))
        self.sig_operations_wanted.emit(machine.id)

    def show_operations(self, operations: list[OperationOut]) -> None:
        self.models["operations"].set_rows(operations)
