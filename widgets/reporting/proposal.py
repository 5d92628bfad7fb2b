"""What a submission proposes, beside what the project holds now: the supervisor verifies a change,
so the changed values are what they must see first.

The server sends a submission with its reported record (or the proposed project fact) and, for project
facts, the project as the sand table shows it (`SubmissionContextOut`); `ProposalTable` lays them out
field by field, changed rows highlighted. New records (a test, a machine) have no current value: the
table then shows the reported data alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from domain.dangerous_works import DangerLevel
from domain.enums import CoordSystem, PersonnelRole, UnitKind
from domain.reporting import (
    PROJECT_FACT_KINDS,
    EquipmentType,
    OperationType,
    StatusAction,
    SubmissionKind,
    TestItem,
)
from domain.reporting_schemas import (
    AcceptanceOut,
    DangerousWorkOut,
    DangerousWorkPlanOut,
    EquipmentOut,
    MaterialEntryOut,
    MaterialTestOut,
    OperationOut,
    ProgressReportOut,
    ProjectVersionOut,
    SafetyAssessmentOut,
    SafetyDutyOut,
    SubmissionContextOut,
)
from domain.schemas import ProjectDetail
from widgets.common.formatting import date_text
from widgets.labels import label
from widgets.reporting.common import expert_conclusion_text

CHANGED_BACKGROUND = QColor("#fff3cd")


@dataclass(frozen=True)
class FieldRow:
    name: str
    current: str | None  # None: a new record, nothing to compare with
    proposed: str

    @property
    def changed(self) -> bool:
        return self.current is not None and self.current != self.proposed


def _day(value: Any) -> str:
    if value is None or value == "":
        return "—"
    return value if isinstance(value, str) else date_text(value)


def _number(value: Any) -> str:
    return "—" if value is None else f"{float(value):,.2f}".rstrip("0").rstrip(".")


class ProposalTable(QTableWidget):
    """Field | current (verified) | proposed; or field | reported value for new records."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.rows: list[FieldRow] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_context(self, context: SubmissionContextOut) -> None:
        self.rows = self.rows_for(context)
        compared = any(r.current is not None for r in self.rows)
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Current (verified)"),
                                        self.tr("Proposed") if compared else self.tr("Reported")])
        self.setColumnHidden(1, not compared)
        self.setRowCount(len(self.rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for i, row in enumerate(self.rows):
            cells = [QTableWidgetItem(row.name), QTableWidgetItem(row.current or ""), QTableWidgetItem(row.proposed)]
            for cell in cells:
                cell.setToolTip(cell.text())
                if row.changed:
                    cell.setBackground(QBrush(CHANGED_BACKGROUND))
            if row.changed:
                cells[2].setFont(bold)
            for column, cell in enumerate(cells):
                self.setItem(i, column, cell)
        self.resizeRowsToContents()
        # no taller than its rows: the photos and the history below get the rest of the pane
        content = self.horizontalHeader().height() + sum(self.rowHeight(i) for i in range(self.rowCount()))
        self.setMaximumHeight(max(80, content + 2 * self.frameWidth() + 2))

    # --- what each kind shows ---------------------------------------------------------------------

    def rows_for(self, context: SubmissionContextOut) -> list[FieldRow]:
        record: Any = context.record if context.record is not None else context.proposed
        kind = context.submission.kind
        if record is None:
            return [FieldRow(self.tr("Reported"), None, context.submission.summary),
                    FieldRow(self.tr("Note"), None, self.tr("The proposal is no longer pending; the summary is "
                                                          "what was reported."))]
        if kind in PROJECT_FACT_KINDS and context.project is not None:
            return self._fact_rows(kind, record, context.project)
        if isinstance(record, ProgressReportOut):
            return [FieldRow(self.tr("Month"), None, record.month),
                    FieldRow(self.tr("Photos"), None, str(len(record.photos))),
                    FieldRow(self.tr("Flagged photos"), None, str(record.flagged))]
        if isinstance(record, DangerousWorkPlanOut):
            return self._plan_rows(record, context.work)
        return [FieldRow(name, None, value) for name, value in self._record_fields(record)]

    def _fact_rows(self, kind: SubmissionKind, proposed: Any, p: ProjectDetail) -> list[FieldRow]:
        if kind is SubmissionKind.PERMIT:
            return [FieldRow(self.tr("Construction permit no."), p.permit_no or "—", proposed["permit_no"])]
        if kind is SubmissionKind.POSITION:
            entered = self.tr("{0:.6f}, {1:.6f} in {2}").format(
                proposed["entered_lon"], proposed["entered_lat"], label(CoordSystem(proposed["coord_system"])))
            return [FieldRow(self.tr("Position (WGS-84)"), f"{p.lon:.6f}, {p.lat:.6f}",
                             f"{proposed['lon']:.6f}, {proposed['lat']:.6f}"),
                    FieldRow(self.tr("As entered"), None, entered)]
        if kind is SubmissionKind.STATUS:
            action = StatusAction(proposed["action"])
            rows = [FieldRow(self.tr("Status"), label(p.status), label(action)),
                    FieldRow(self.tr("Effective on"), None, proposed["effective_on"])]
            if proposed.get("reason"):
                rows.append(FieldRow(self.tr("Reason"), None, proposed["reason"]))
            if action is StatusAction.START:
                rows.append(FieldRow(self.tr("Actual start"), _day(p.actual_start), proposed["effective_on"]))
            if action is StatusAction.COMPLETE:
                rows.append(FieldRow(self.tr("Actual end"), _day(p.actual_end), proposed["effective_on"]))
            return rows
        assert isinstance(proposed, ProjectVersionOut)
        return self._basic_info_rows(proposed, p)

    def _basic_info_rows(self, version: ProjectVersionOut, p: ProjectDetail) -> list[FieldRow]:
        data = version.data
        names = {u.unit.id: u.unit.name for u in p.units}

        def unit_name(unit_id: int) -> str:
            return names.get(unit_id) or self.tr("unit #{0}").format(unit_id)

        def units(items: list[tuple[str, int]]) -> str:
            return "\n".join(f"{label(UnitKind(role))}: {unit_name(uid)}" for role, uid in sorted(items))

        def people(items: list[tuple[str, str, str]]) -> str:
            return "\n".join(f"{label(PersonnelRole(role))}: {name} ({cert})" for role, name, cert in sorted(items)) \
                or "—"

        return [
            FieldRow(self.tr("Version"), None, str(version.version)),
            FieldRow(self.tr("Project name"), p.name, data["name"]),
            FieldRow(self.tr("Address"), p.address, data["address"]),
            FieldRow(self.tr("Floor area (m²)"), _number(p.floor_area_m2), _number(data["floor_area_m2"])),
            FieldRow(self.tr("Cost (10k yuan)"), _number(p.cost_10k_yuan), _number(data["cost_10k_yuan"])),
            FieldRow(self.tr("Planned start"), _day(p.planned_start), _day(data.get("planned_start"))),
            FieldRow(self.tr("Planned end"), _day(p.planned_end), _day(data.get("planned_end"))),
            FieldRow(self.tr("Participating units"), units([(u.role.value, u.unit.id) for u in p.units]),
                     units([(u["role"], u["unit_id"]) for u in data["units"]])),
            FieldRow(self.tr("Key personnel"),
                     people([(x.role.value, x.name, x.certificate_no) for x in p.personnel]),
                     people([(x["role"], x["name"], x["certificate_no"]) for x in data["personnel"]])),
        ]

    def _plan_rows(self, plan: DangerousWorkPlanOut, work: DangerousWorkOut | None) -> list[FieldRow]:
        rows = [FieldRow(self.tr("Plan"), None, plan.title),
                FieldRow(self.tr("Uploaded"), None, date_text(plan.uploaded_at))]
        if work is not None:
            rows += [FieldRow(self.tr("Dangerous sub-project"), None, work.name),
                     FieldRow(self.tr("Classification"), None, label(work.level))]
        if plan.expert_reviewed_on is None:
            needed = work is not None and work.level is DangerLevel.BEYOND_SCALE
            rows.append(FieldRow(self.tr("Expert review"), None,
                                 self.tr("Required before approval — none recorded") if needed
                                 else self.tr("Not required")))
        else:
            rows.append(FieldRow(self.tr("Expert review"), None, self.tr("{0}: {1}, {2} experts ({3})").format(
                date_text(plan.expert_reviewed_on), expert_conclusion_text(plan.expert_conclusion),
                len(plan.expert_names or []), "、".join(plan.expert_names or []))))
            if plan.expert_comment:
                rows.append(FieldRow(self.tr("Expert opinion"), None, plan.expert_comment))
        return rows

    def _record_fields(self, r: Any) -> list[tuple[str, str]]:
        yes, no = self.tr("yes"), self.tr("no")
        if isinstance(r, DangerousWorkOut):
            parameters = ", ".join(f"{k} = {v}" for k, v in r.parameters.items()) or "—"
            return [(self.tr("Name"), r.name), (self.tr("Type"), label(r.work_type)),
                    (self.tr("Classification"), label(r.level)), (self.tr("Why"), "；".join(r.reasons)),
                    (self.tr("Parameters"), parameters), (self.tr("Location"), r.location or "—"),
                    (self.tr("Planned period"), f"{_day(r.planned_start)} – {_day(r.planned_end)}"),
                    (self.tr("Expert review needed"), yes if r.needs_expert_review else no)]
        if isinstance(r, EquipmentOut):
            return [(self.tr("Type"), label(EquipmentType(r.equipment_type))), (self.tr("Model"), r.model),
                    (self.tr("Registration no."), r.registration_no), (self.tr("Record no."), r.record_no or "—"),
                    (self.tr("Rated capacity (kN)"), _number(r.rated_capacity_kn)),
                    (self.tr("Manufacturer"), r.manufacturer),
                    (self.tr("Inspection certificate"), r.inspection_cert_no),
                    (self.tr("Certificate expires"), _day(r.inspection_expires_on)),
                    (self.tr("Monitoring device"), r.device_code or "—")]
        if isinstance(r, OperationOut):
            crew = "\n".join(f"{c.name} · {c.role} · {c.certificate_no}" for c in r.crew)
            return [(self.tr("Operation"), label(OperationType(r.operation))),
                    (self.tr("Period"), f"{_day(r.starts_on)} – {_day(r.ends_on)}"),
                    (self.tr("Crew"), crew), (self.tr("Note"), r.note or "—")]
        if isinstance(r, MaterialEntryOut):
            return [(self.tr("Material"), r.material), (self.tr("Specification"), r.specification),
                    (self.tr("Batch no."), r.batch_no), (self.tr("Quantity"), f"{_number(r.quantity)} {r.unit}"),
                    (self.tr("Supplier"), r.supplier), (self.tr("Certificates"), "、".join(r.certificate_nos)),
                    (self.tr("Entered on"), _day(r.entered_on))]
        if isinstance(r, MaterialTestOut):
            result = " ".join(x for x in (r.design_value, _number(r.result_value) if r.result_value is not None
                                          else "", r.result_text) if x) or "—"
            return [(self.tr("Test item"), label(TestItem(r.test_item))), (self.tr("Sample no."), r.sample_no),
                    (self.tr("Report no."), r.report_no),
                    (self.tr("Sampled / tested"), f"{_day(r.sampled_on)} / {_day(r.tested_on)}"),
                    (self.tr("Result"), result), (self.tr("Verdict"), self.tr("passed") if r.passed else self.tr("FAILED"))]
        if isinstance(r, AcceptanceOut):
            return [(self.tr("Sub-divisional work"), r.division), (self.tr("Accepted on"), _day(r.accepted_on)),
                    (self.tr("Participants"), "、".join(r.participants)),
                    (self.tr("Verdict"), self.tr("passed") if r.passed else self.tr("FAILED")),
                    (self.tr("Comment"), r.comment or "—")]
        if isinstance(r, SafetyDutyOut):
            return [(self.tr("Duty date"), _day(r.duty_date)), (self.tr("Person"), r.person_name),
                    (self.tr("Post"), r.post), (self.tr("Certificate no."), r.certificate_no),
                    (self.tr("Note"), r.note or "—")]
        if isinstance(r, SafetyAssessmentOut):
            return [(self.tr("Assessed on"), _day(r.assessed_on)), (self.tr("Score"), f"{r.score:g}"),
                    (self.tr("Grade"), label(r.grade)),
                    (self.tr("A sub-table scored zero"), yes if r.has_zero_item else no),
                    (self.tr("Assessor"), r.assessor), (self.tr("Comment"), r.comment or "—")]
        return [(self.tr("Reported"), str(r))]

