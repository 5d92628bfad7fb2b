"""Site records: material entry, entrusted (witness-sampled) material tests, acceptance of a
sub-divisional work, the safety officer on duty and the safety standardisation assessment. Passive: the
material test form gets its testing agencies and entries from its controller (`show_choices`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from domain.reporting import CONCRETE_GRADE, TestItem, concrete_strength_passed, safety_grade
from domain.reporting_schemas import (
    AcceptanceIn,
    MaterialEntryIn,
    MaterialEntryOut,
    MaterialTestIn,
    SafetyAssessmentIn,
    SafetyDutyIn,
)
from domain.schemas import UnitOut
from widgets.labels import label
from widgets.reporting.form_base import FormInvalid, ReportForm, date_edit, enum_combo, qdate
from widgets.reporting.works_forms import split_names

FAIL_STYLE, PASS_STYLE = "color: #c0392b;", "color: #1e8449;"


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    return (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()


def _note(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setMaximumHeight(60)
    return edit


def _not_future(problems: dict[str, str], key: str, day: dt.date) -> None:
    if day > dt.date.today():
        problems[key] = QCoreApplication.translate("ReportForms", "The date {0} is in the future.").format(day)


class MaterialEntryForm(ReportForm):
    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Material entry"), parent)
        self.material_edit = QLineEdit(self)
        self.material_edit.setPlaceholderText("热轧带肋钢筋")
        self.spec_edit = QLineEdit(self)
        self.spec_edit.setPlaceholderText("HRB400E Φ25")
        self.batch_edit = QLineEdit(self)
        self.quantity_spin = QDoubleSpinBox(self)
        self.quantity_spin.setRange(0, 10_000_000)
        self.quantity_spin.setDecimals(3)
        self.unit_edit = QLineEdit("t", self)
        self.supplier_edit = QLineEdit(self)
        self.certificates_edit = QLineEdit(self)
        self.certificates_edit.setPlaceholderText(self.tr("Quality certificate numbers, separated by 、 or commas"))
        self.date_edit = date_edit(self)
        self.add_field("material", self.tr("Material"), self.material_edit)
        self.add_field("specification", self.tr("Specification"), self.spec_edit)
        self.add_field("batch_no", self.tr("Batch no."), self.batch_edit)
        self.add_field("quantity", self.tr("Quantity"), self.quantity_spin)
        self.add_field("unit", self.tr("Unit of measure"), self.unit_edit)
        self.add_field("supplier", self.tr("Supplier"), self.supplier_edit)
        self.add_field("certificate_nos", self.tr("Certificates"), self.certificates_edit)
        self.add_field("entered_on", self.tr("Entered site on"), self.date_edit)
        self.finish_layout()

    def build(self) -> MaterialEntryIn:
        problems: dict[str, str] = {}
        for key, edit, minimum in (("material", self.material_edit, 1), ("specification", self.spec_edit, 1),
                                   ("batch_no", self.batch_edit, 1), ("unit", self.unit_edit, 1),
                                   ("supplier", self.supplier_edit, 2)):
            if len(_text(edit)) < minimum:
                problems[key] = self.tr("This field is required.")
        if self.quantity_spin.value() <= 0:
            problems["quantity"] = self.tr("The quantity must be above 0.")
        certificates = split_names(self.certificates_edit.text())
        if not certificates:
            problems["certificate_nos"] = self.tr("Enter at least one quality certificate number.")
        entered = qdate(self.date_edit.date())
        _not_future(problems, "entered_on", entered)
        if problems:
            raise FormInvalid(problems)
        return MaterialEntryIn(material=_text(self.material_edit), specification=_text(self.spec_edit),
                               batch_no=_text(self.batch_edit), quantity=self.quantity_spin.value(),
                               unit=_text(self.unit_edit), supplier=_text(self.supplier_edit),
                               certificate_nos=certificates, entered_on=entered)



class MaterialTestForm(ReportForm):
    """A test entrusted to a third-party testing agency; for concrete the verdict follows from the
    grade and the measured strength, and a failure raises a quality warning."""

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Material test (witness sampling)"),
                         parent)
        self.entry_combo = QComboBox(self)
        self.agency_combo = QComboBox(self)
        self.item_combo = enum_combo(self, TestItem)
        self.sample_edit = QLineEdit(self)
        self.report_edit = QLineEdit(self)
        self.sampled_edit = date_edit(self)
        self.tested_edit = date_edit(self)
        self.grade_edit = QLineEdit(self)
        self.grade_edit.setPlaceholderText("C30")
        self.strength_spin = QDoubleSpinBox(self)
        self.strength_spin.setRange(0, 200)
        self.strength_spin.setSuffix(" MPa")
        self.passed_check = QCheckBox(self.tr("Passed"), self)
        self.verdict_label = QLabel(self)
        self.result_edit = QLineEdit(self)
        self.add_field("entry", self.tr("Material entry"), self.entry_combo)
        self.add_field("testing_unit", self.tr("Testing agency"), self.agency_combo)
        self.add_field("test_item", self.tr("Test item"), self.item_combo)
        self.add_field("sample_no", self.tr("Sample no."), self.sample_edit)
        self.add_field("sampled_on", self.tr("Sampled on"), self.sampled_edit)
        self.add_field("tested_on", self.tr("Tested on"), self.tested_edit)
        self.add_field("report_no", self.tr("Test report no."), self.report_edit)
        self.add_field("design_value", self.tr("Strength grade"), self.grade_edit)
        self.add_field("result_value", self.tr("Measured strength"), self.strength_spin)
        self.add_field("passed", self.tr("Verdict"), self.passed_check)
        self.add_field("verdict", "", self.verdict_label)
        self.add_field("result_text", self.tr("Result remarks"), self.result_edit)
        self.finish_layout()
        for signal in (self.item_combo.currentIndexChanged, self.grade_edit.textChanged,
                       self.strength_spin.valueChanged, self.passed_check.toggled):
            signal.connect(self._update_verdict)
        self._update_verdict()
        self.show_loading(self.tr("Loading testing agencies and material entries…"))

    def show_choices(self, agencies: Sequence[UnitOut], entries: Sequence[MaterialEntryOut]) -> None:
        """The testing agencies to choose from and the material entries a test may refer to."""
        self.agency_combo.clear()
        for unit in agencies:
            self.agency_combo.addItem(unit.name, unit.id)
        self.entry_combo.clear()
        self.entry_combo.addItem(self.tr("(not linked to an entry)"), None)
        for entry in entries:
            self.entry_combo.addItem(f"{entry.material} {entry.specification} · {entry.batch_no}", entry.id)
        self.show_message("" if agencies else self.tr("No testing agency is registered."))
        self.buttons.setEnabled(bool(agencies))

    def _concrete(self) -> bool:
        return self.item_combo.currentData() == TestItem.CONCRETE_STRENGTH

    @Slot()
    def _update_verdict(self) -> None:
        concrete = self._concrete()
        for widget in (self.grade_edit, self.strength_spin):
            widget.setEnabled(concrete)
        self.passed_check.setEnabled(not concrete)
        grade = self.grade_edit.text().strip().upper()
        if concrete and CONCRETE_GRADE.match(grade):
            passed = concrete_strength_passed(grade, self.strength_spin.value())
        elif concrete:
            self.verdict_label.setText("")
            return
        else:
            passed = self.passed_check.isChecked()
        self.verdict_label.setText(self.tr("Passed") if passed else
                                   self.tr("Failed — a quality warning is raised for the supervisor"))
        self.verdict_label.setStyleSheet(PASS_STYLE if passed else FAIL_STYLE)

    def build(self) -> MaterialTestIn:
        problems: dict[str, str] = {}
        if self.agency_combo.currentData() is None:
            problems["testing_unit"] = self.tr("Choose the testing agency.")
        for key, edit in (("sample_no", self.sample_edit), ("report_no", self.report_edit)):
            if not _text(edit):
                problems[key] = self.tr("This field is required.")
        sampled, tested = qdate(self.sampled_edit.date()), qdate(self.tested_edit.date())
        if tested < sampled:
            problems["tested_on"] = self.tr("Tested ({0}) before the sample was taken ({1}).").format(tested, sampled)
        _not_future(problems, "tested_on", tested)
        grade = self.grade_edit.text().strip().upper()
        concrete = self._concrete()
        if concrete and not CONCRETE_GRADE.match(grade):
            problems["design_value"] = self.tr("Enter the strength grade, e.g. C30.")
        if concrete and self.strength_spin.value() <= 0:
            problems["result_value"] = self.tr("Enter the measured compressive strength in MPa.")
        if problems:
            raise FormInvalid(problems)
        return MaterialTestIn(entry_id=self.entry_combo.currentData(), sample_no=_text(self.sample_edit),
                              test_item=self.item_combo.currentData(), testing_unit_id=self.agency_combo.currentData(),
                              sampled_on=sampled, tested_on=tested, report_no=_text(self.report_edit),
                              design_value=grade if concrete else "",
                              result_value=self.strength_spin.value() if concrete else None,
                              result_text=_text(self.result_edit),
                              passed=None if concrete else self.passed_check.isChecked())



class AcceptanceForm(ReportForm):
    """Acceptance of a sub-divisional work (分部工程验收) with the units that took part."""

    DIVISIONS = ("地基与基础", "主体结构", "建筑装饰装修", "屋面", "建筑给水排水及供暖", "通风与空调", "建筑电气",
                 "智能建筑", "建筑节能", "电梯")  # GB 50300-2013 annex B

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Sub-divisional work acceptance"), parent)
        self.division_combo = QComboBox(self)
        self.division_combo.setEditable(True)
        self.division_combo.addItems(self.DIVISIONS)
        self.date_edit = date_edit(self)
        self.participants_edit = QLineEdit(self)
        self.participants_edit.setPlaceholderText(self.tr("Participating units or people, separated by 、"))
        self.passed_check = QCheckBox(self.tr("Accepted as qualified"), self)
        self.passed_check.setChecked(True)
        self.comment_edit = _note(self)
        self.add_field("division", self.tr("Sub-divisional work"), self.division_combo)
        self.add_field("accepted_on", self.tr("Accepted on"), self.date_edit)
        self.add_field("participants", self.tr("Participants"), self.participants_edit)
        self.add_field("passed", self.tr("Result"), self.passed_check)
        self.add_field("comment", self.tr("Remarks"), self.comment_edit)
        self.finish_layout()

    def build(self) -> AcceptanceIn:
        problems: dict[str, str] = {}
        division = self.division_combo.currentText().strip()
        if len(division) < 2:
            problems["division"] = self.tr("Name the sub-divisional work.")
        participants = split_names(self.participants_edit.text())
        if not participants:
            problems["participants"] = self.tr("List who took part in the acceptance.")
        accepted = qdate(self.date_edit.date())
        _not_future(problems, "accepted_on", accepted)
        if not self.passed_check.isChecked() and not _text(self.comment_edit):
            problems["comment"] = self.tr("Say why the work was not accepted.")
        if problems:
            raise FormInvalid(problems)
        return AcceptanceIn(division=division, accepted_on=accepted, participants=participants,
                            passed=self.passed_check.isChecked(), comment=_text(self.comment_edit))



class SafetyDutyForm(ReportForm):
    """The safety officer leading the shift on site (安全员带班) on a given day."""

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Safety officer on duty"), parent)
        self.date_edit = date_edit(self)
        self.name_edit = QLineEdit(self)
        self.certificate_edit = QLineEdit(self)
        self.certificate_edit.setPlaceholderText(self.tr("Safety production certificate (C certificate) no."))
        self.post_edit = QLineEdit(self.tr("Full-time safety officer"), self)
        self.note_edit = _note(self)
        self.add_field("duty_date", self.tr("Duty date"), self.date_edit)
        self.add_field("person_name", self.tr("Name"), self.name_edit)
        self.add_field("certificate_no", self.tr("Certificate no."), self.certificate_edit)
        self.add_field("post", self.tr("Post"), self.post_edit)
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.finish_layout()

    def build(self) -> SafetyDutyIn:
        problems: dict[str, str] = {}
        if len(_text(self.name_edit)) < 2:
            problems["person_name"] = self.tr("Enter the person's full name.")
        if len(_text(self.certificate_edit)) < 4:
            problems["certificate_no"] = self.tr("Enter the certificate number (at least 4 characters).")
        if len(_text(self.post_edit)) < 2:
            problems["post"] = self.tr("Enter the post.")
        day = qdate(self.date_edit.date())
        _not_future(problems, "duty_date", day)
        if problems:
            raise FormInvalid(problems)
        return SafetyDutyIn(duty_date=day, person_name=_text(self.name_edit),
                            certificate_no=_text(self.certificate_edit), post=_text(self.post_edit),
                            note=_text(self.note_edit))



class SafetyAssessmentForm(ReportForm):
    """A JGJ 59 safety standardisation score; the grade it earns is shown as it is typed."""

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Safety standardisation assessment"),
                         parent)
        self.date_edit = date_edit(self)
        self.score_spin = QDoubleSpinBox(self)
        self.score_spin.setRange(0, 100)
        self.score_spin.setDecimals(1)
        self.zero_check = QCheckBox(self.tr("A sub-table scored zero"), self)
        self.grade_label = QLabel(self)
        self.assessor_edit = QLineEdit(self)
        self.comment_edit = _note(self)
        self.add_field("assessed_on", self.tr("Assessed on"), self.date_edit)
        self.add_field("score", self.tr("Total score"), self.score_spin)
        self.add_field("has_zero_item", "", self.zero_check)
        self.add_field("grade", self.tr("Grade (JGJ 59-2011)"), self.grade_label)
        self.add_field("assessor", self.tr("Assessed by"), self.assessor_edit)
        self.add_field("comment", self.tr("Remarks"), self.comment_edit)
        self.finish_layout()
        self.score_spin.valueChanged.connect(self._update_grade)
        self.zero_check.toggled.connect(self._update_grade)
        self._update_grade()

    @Slot()
    def _update_grade(self) -> None:
        grade = safety_grade(self.score_spin.value(), self.zero_check.isChecked())
        self.grade_label.setText(label(grade))
        self.grade_label.setStyleSheet(FAIL_STYLE if grade.value == "unqualified" else PASS_STYLE)

    def build(self) -> SafetyAssessmentIn:
        problems: dict[str, str] = {}
        if len(_text(self.assessor_edit)) < 2:
            problems["assessor"] = self.tr("Enter who assessed the site.")
        day = qdate(self.date_edit.date())
        _not_future(problems, "assessed_on", day)
        if problems:
            raise FormInvalid(problems)
        return SafetyAssessmentIn(assessed_on=day, score=self.score_spin.value(),
                                  has_zero_item=self.zero_check.isChecked(), assessor=_text(self.assessor_edit),
                                  comment=_text(self.comment_edit))

