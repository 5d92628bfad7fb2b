"""Case forms: a new inspection from a checklist, a draft notice from its findings, a punishment,
and the confirm/reject decision on a proposed deduction. Each validates before it sends, sends in the
background and shows the server's refusal in the form instead of closing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.case_schemas import (
    ChecklistItem,
    ChecklistTemplateOut,
    DeductionOut,
    FindingIn,
    InspectionCreate,
    InspectionOut,
    NoticeCreate,
    NoticeItemIn,
    NoticeSummary,
    PunishmentCreate,
)
from domain.cases import FindingSeverity, InspectionType
from services.cases_client import CasesClient
from widgets.cases.common import JobRunner, describe_case_error
from widgets.labels import label, options

DEFAULT_DEADLINE_DAYS = {FindingSeverity.GENERAL: 15, FindingSeverity.SERIOUS: 7, FindingSeverity.MAJOR: 3}
_NAME_SEPARATORS = re.compile(r"[,，、;；\s]+")


def qdate_to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _validation_text(error: ValidationError) -> str:
    """Pydantic's complaints as short lines: field and message."""
    return "\n".join(f"{'.'.join(str(p) for p in e['loc']) or '—'}: {e['msg']}" for e in error.errors())


class SubmitDialog(QDialog):
    """A dialog that sends one request in the background and stays open on failure."""

    def __init__(self, cases: CasesClient, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = cases
        self._runner = runner
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_ok(self) -> None:
        """OK pressed: each form validates its fields and sends its request with ``_send``."""
        raise NotImplementedError(type(self).__name__)

    def _send(self, call: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.buttons.setEnabled(False)
        self.show_message("")
        self._runner.submit(call, partial(self._sent, on_done), self._failed)

    def _sent(self, on_done: Callable[[Any], None], value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        on_done(value)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.show_message(describe_case_error(error))


class InspectionForm(SubmitDialog):
    """Record an inspection: pick a shipped checklist, turn its items into findings with a severity."""

    sig_inspection_created = Signal(object)  # InspectionOut

    def __init__(self, cases: CasesClient, runner: JobRunner, project_id: int, project_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(cases, runner, parent)
        self.setWindowTitle(self.tr("New inspection — {0}").format(project_name))
        self.resize(900, 680)
        self.project_id = project_id
        self.templates: list[ChecklistTemplateOut] = []
        self.template_combo = QComboBox(self)
        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.type_combo = QComboBox(self)
        for member, text in options(InspectionType):
            self.type_combo.addItem(text, member)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.inspectors_edit = QLineEdit(self)
        self.inspectors_edit.setPlaceholderText(self.tr("Names separated by 、 or commas"))
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setMaximumHeight(60)
        self.items_list = QListWidget(self)
        self.items_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items_list.itemDoubleClicked.connect(lambda _item: self.add_selected_items())
        add_button = QPushButton(self.tr("Add selected items as findings ↓"), self)
        add_button.clicked.connect(self.add_selected_items)
        free_button = QPushButton(self.tr("Add a finding outside the checklist"), self)
        free_button.clicked.connect(lambda: self.add_finding(None, "", FindingSeverity.GENERAL))
        remove_button = QPushButton(self.tr("Remove finding"), self)
        remove_button.clicked.connect(self._remove_finding)
        self.findings_table = QTableWidget(0, 3, self)
        self.findings_table.setHorizontalHeaderLabels([self.tr("Checklist item"), self.tr("Problem found"),
                                                       self.tr("Hazard level")])
        self.findings_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.findings_table.verticalHeader().hide()

        form = QFormLayout()
        form.addRow(self.tr("Checklist template"), self.template_combo)
        form.addRow(self.tr("Inspection type"), self.type_combo)
        form.addRow(self.tr("Inspected on"), self.date_edit)
        form.addRow(self.tr("Inspectors"), self.inspectors_edit)
        form.addRow(self.tr("Summary"), self.summary_edit)
        finding_buttons = QHBoxLayout()
        finding_buttons.addWidget(add_button)
        finding_buttons.addWidget(free_button)
        finding_buttons.addStretch(1)
        finding_buttons.addWidget(remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Checklist items (double-click to record a finding)"), self))
        layout.addWidget(self.items_list, 1)
        layout.addLayout(finding_buttons)
        layout.addWidget(QLabel(self.tr("Findings"), self))
        layout.addWidget(self.findings_table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def load_templates(self) -> None:
        self.show_message(self.tr("Loading checklists…"))
        self._runner.submit(self._cases.checklists, self.set_templates, self._failed, channel=f"checklists-{id(self)}")

    def set_templates(self, templates: Sequence[ChecklistTemplateOut]) -> None:
        self.show_message("")
        self.templates = list(templates)
        self.template_combo.clear()
        for template in self.templates:
            self.template_combo.addItem(template.name, template.code)

    @Slot(int)
    def _on_template_changed(self, index: int) -> None:
        self.items_list.clear()
        if not 0 <= index < len(self.templates):
            return
        template = self.templates[index]
        self.type_combo.setCurrentIndex(self.type_combo.findData(template.inspection_type))
        for item in template.items:
            entry = QListWidgetItem(f"{item.code}  {item.title}  [{item.category}] · {label(item.default_severity)}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            entry.setToolTip(item.legal_basis)
            self.items_list.addItem(entry)

    @Slot()
    def add_selected_items(self) -> None:
        for entry in self.items_list.selectedItems():
            item: ChecklistItem = entry.data(Qt.ItemDataRole.UserRole)
            self.add_finding(item.code, item.title, item.default_severity)

    def add_finding(self, code: str | None, description: str, severity: FindingSeverity) -> None:
        row = self.findings_table.rowCount()
        self.findings_table.insertRow(row)
        code_item = QTableWidgetItem(code or self.tr("(none)"))
        code_item.setData(Qt.ItemDataRole.UserRole, code)
        code_item.setFlags(code_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.findings_table.setItem(row, 0, code_item)
        self.findings_table.setItem(row, 1, QTableWidgetItem(description))
        combo = QComboBox(self.findings_table)
        for member, text in options(FindingSeverity):
            combo.addItem(text, member)
        combo.setCurrentIndex(combo.findData(severity))
        self.findings_table.setCellWidget(row, 2, combo)

    @Slot()
    def _remove_finding(self) -> None:
        for row in sorted({i.row() for i in self.findings_table.selectedIndexes()}, reverse=True):
            self.findings_table.removeRow(row)

    def inspection(self) -> InspectionCreate:
        """The form as a request; raises ValueError with a readable reason when something is missing."""
        inspectors = [n for n in _NAME_SEPARATORS.split(self.inspectors_edit.text().strip()) if n]
        if not inspectors:
            raise ValueError(self.tr("Name at least one inspector."))
        findings = []
        for row in range(self.findings_table.rowCount()):
            description = (self.findings_table.item(row, 1).text() if self.findings_table.item(row, 1) else "").strip()
            if len(description) < 2:
                raise ValueError(self.tr("Finding {0}: describe the problem found.").format(row + 1))
            combo = self.findings_table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            findings.append(FindingIn(checklist_item_code=self.findings_table.item(row, 0).data(Qt.ItemDataRole.UserRole),
                                      description=description, severity=combo.currentData()))
        return InspectionCreate(project_id=self.project_id, inspection_type=self.type_combo.currentData(),
                                inspected_on=qdate_to_date(self.date_edit.date()), inspectors=inspectors,
                                summary=self.summary_edit.toPlainText().strip(),
                                template_code=self.template_combo.currentData(), findings=findings)

    def _on_ok(self) -> None:
        try:
            data = self.inspection()
        except ValidationError as exc:
            self.show_message(_validation_text(exc))
            return
        except ValueError as exc:
            self.show_message(str(exc))
            return
        self._send(partial(self._cases.create_inspection, data), self.sig_inspection_created.emit)


class DraftNoticeForm(SubmitDialog):
    """Draft a rectification notice from an inspection's findings: which ones, deadline, stop-work."""

    sig_notice_drafted = Signal(object)  # NoticeOut

    def __init__(self, cases: CasesClient, runner: JobRunner, inspection: InspectionOut,
                 parent: QWidget | None = None) -> None:
        super().__init__(cases, runner, parent)
        self.setWindowTitle(self.tr("Draft rectification notice — {0}").format(inspection.project_name))
        self.resize(760, 480)
        self.inspection = inspection
        self.findings_table = QTableWidget(len(inspection.findings), 3, self)
        self.findings_table.setHorizontalHeaderLabels([self.tr("Hazard level"), self.tr("Problem found"),
                                                       self.tr("Legal basis")])
        self.findings_table.verticalHeader().hide()
        header = self.findings_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, finding in enumerate(inspection.findings):
            include = QTableWidgetItem(label(finding.severity))
            include.setData(Qt.ItemDataRole.UserRole, finding.id)
            include.setFlags((include.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            include.setCheckState(Qt.CheckState.Checked)
            description = QTableWidgetItem(finding.description)
            description.setFlags(description.flags() & ~Qt.ItemFlag.ItemIsEditable)
            basis = QTableWidgetItem("" if finding.checklist_item_code is None else self.tr("(from the checklist)"))
            basis.setData(Qt.ItemDataRole.UserRole, finding.checklist_item_code is not None)
            if finding.checklist_item_code is not None:
                basis.setFlags(basis.flags() & ~Qt.ItemFlag.ItemIsEditable)
            else:
                basis.setToolTip(self.tr("A finding outside the checklist needs its legal basis here."))
            for column, item in enumerate((include, description, basis)):
                self.findings_table.setItem(row, column, item)
        worst = max((f.severity for f in inspection.findings), key=list(FindingSeverity).index,
                    default=FindingSeverity.GENERAL)
        tomorrow = QDate.currentDate().addDays(1)
        self.deadline_edit = QDateEdit(QDate.currentDate().addDays(DEFAULT_DEADLINE_DAYS[worst]), self)
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setMinimumDate(tomorrow)
        self.stop_work_check = QCheckBox(self.tr("Order work to stop until rectified (stop-work order)"), self)
        self.stop_work_check.setChecked(worst is FindingSeverity.MAJOR)
        form = QFormLayout()
        form.addRow(self.tr("Rectification deadline"), self.deadline_edit)
        form.addRow("", self.stop_work_check)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Findings to include (tick) — double-click a legal basis to edit it"), self))
        layout.addWidget(self.findings_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def notice(self) -> NoticeCreate:
        items = []
        for row in range(self.findings_table.rowCount()):
            include, basis = self.findings_table.item(row, 0), self.findings_table.item(row, 2)
            if include.checkState() != Qt.CheckState.Checked:
                continue
            from_checklist = bool(basis.data(Qt.ItemDataRole.UserRole))
            text = basis.text().strip()
            if not from_checklist and len(text) < 2:
                raise ValueError(self.tr("Finding {0} is outside the checklist: state its legal basis.").format(row + 1))
            items.append(NoticeItemIn(finding_id=include.data(Qt.ItemDataRole.UserRole),
                                      legal_basis=None if from_checklist else text))
        if not items:
            raise ValueError(self.tr("Choose at least one finding."))
        return NoticeCreate(project_id=self.inspection.project_id, inspection_id=self.inspection.id,
                            items=items,
                            deadline=qdate_to_date(self.deadline_edit.date()), stop_work=self.stop_work_check.isChecked())

    def _on_ok(self) -> None:
        try:
            data = self.notice()
        except ValidationError as exc:
            self.show_message(_validation_text(exc))
            return
        except ValueError as exc:
            self.show_message(str(exc))
            return
        self._send(partial(self._cases.draft_notice, data), self.sig_notice_drafted.emit)


class PunishmentForm(SubmitDialog):
    """Record an administrative punishment decision against a unit and/or a person."""

    sig_punishment_recorded = Signal(object)  # PunishmentOut

    def __init__(self, cases: CasesClient, runner: JobRunner, project_id: int, units: Sequence[tuple[int, str]],
                 notices: Sequence[NoticeSummary], parent: QWidget | None = None) -> None:
        super().__init__(cases, runner, parent)
        self.setWindowTitle(self.tr("Record administrative punishment"))
        self.resize(640, 520)
        self.project_id = project_id
        self.decision_edit = QLineEdit(self)
        self.decision_edit.setPlaceholderText("穗建罚字〔2026〕第0031号")
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("(no unit)"), None)
        for unit_id, name in units:
            self.unit_combo.addItem(name, unit_id)
        self.person_edit = QLineEdit(self)
        self.notice_combo = QComboBox(self)
        self.notice_combo.addItem(self.tr("(not linked to a notice)"), None)
        for notice in notices:
            if notice.number:
                self.notice_combo.addItem(notice.number, notice.id)
        self.basis_edit = QPlainTextEdit(self)
        self.basis_edit.setMaximumHeight(70)
        self.facts_edit = QPlainTextEdit(self)
        self.facts_edit.setMaximumHeight(90)
        self.amount_spin = QDoubleSpinBox(self)
        self.amount_spin.setRange(0, 100_000_000)
        self.amount_spin.setDecimals(2)
        self.amount_spin.setSuffix(self.tr(" yuan"))
        self.decided_edit = QDateEdit(QDate.currentDate(), self)
        self.decided_edit.setCalendarPopup(True)
        self.decided_edit.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("Decision no."), self.decision_edit)
        form.addRow(self.tr("Punished unit"), self.unit_combo)
        form.addRow(self.tr("Punished person"), self.person_edit)
        form.addRow(self.tr("Related notice"), self.notice_combo)
        form.addRow(self.tr("Legal basis"), self.basis_edit)
        form.addRow(self.tr("Facts"), self.facts_edit)
        form.addRow(self.tr("Fine"), self.amount_spin)
        form.addRow(self.tr("Decided on"), self.decided_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def punishment(self) -> PunishmentCreate:
        if len(self.decision_edit.text().strip()) < 4:
            raise ValueError(self.tr("Enter the decision number."))
        if len(self.basis_edit.toPlainText().strip()) < 4:
            raise ValueError(self.tr("Enter the legal basis of the decision."))
        if self.unit_combo.currentData() is None and not self.person_edit.text().strip():
            raise ValueError(self.tr("Name the punished unit or person."))
        return PunishmentCreate(decision_no=self.decision_edit.text().strip(), project_id=self.project_id,
                                notice_id=self.notice_combo.currentData(),
                                legal_basis=self.basis_edit.toPlainText().strip(),
                                facts=self.facts_edit.toPlainText().strip(), target_unit_id=self.unit_combo.currentData(),
                                target_person=self.person_edit.text().strip() or None,
                                amount_yuan=self.amount_spin.value(), decided_on=qdate_to_date(self.decided_edit.date()))

    def _on_ok(self) -> None:
        try:
            data = self.punishment()
        except ValidationError as exc:
            self.show_message(_validation_text(exc))
            return
        except ValueError as exc:
            self.show_message(str(exc))
            return
        self._send(partial(self._cases.record_punishment, data), self.sig_punishment_recorded.emit)


class DeductionDecisionDialog(SubmitDialog):
    """Confirm or reject a proposed point deduction; a rejection must say why."""

    sig_decided = Signal(object)  # DeductionOut

    def __init__(self, cases: CasesClient, runner: JobRunner, deduction: DeductionOut,
                 parent: QWidget | None = None) -> None:
        super().__init__(cases, runner, parent)
        self.setWindowTitle(self.tr("Decide on a proposed deduction"))
        self.resize(560, 360)
        self.deduction = deduction
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(self.tr("Confirm deduction"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.reject_button = self.buttons.addButton(self.tr("Reject deduction"), QDialogButtonBox.ButtonRole.ActionRole)
        self.confirm_button.clicked.connect(partial(self.decide, True))
        self.reject_button.clicked.connect(partial(self.decide, False))
        facts = QLabel(self)
        facts.setWordWrap(True)
        facts.setText(self.tr("{0} points · {1}\nDeducted from: {2}\nReason: {3}\nBasis: {4}").format(
            f"{deduction.points:g}", deduction.item_code, deduction.unit_name or deduction.personnel_name or "—",
            deduction.reason, deduction.basis))
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setPlaceholderText(self.tr("Comment (required when rejecting)"))
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(self.comment_edit, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def _on_ok(self) -> None:
        self.decide(True)

    @Slot()
    def decide(self, confirm: bool) -> None:
        comment = self.comment_edit.toPlainText().strip()
        if not confirm and not comment:
            self.show_message(self.tr("Say why the deduction is rejected."))
            return
        self._send(partial(self._cases.decide_deduction, self.deduction.id, confirm=confirm, comment=comment),
                   self.sig_decided.emit)
