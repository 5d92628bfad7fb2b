"""Reports about dangerous sub-projects and lifting machinery: registering a work with its scale
parameters (classified as the enterprise types, with the same rules the server applies), its special
plan with the expert review a beyond-scale work needs, its actual operation period, a lifting machine
and the operation plans for installing, attaching, jacking, lowering and dismantling it. Passive: the
forms about a registered work or machine get the project's list from their controller (`show_works`,
`show_equipment`); a special plan's file is read and sent by the controller's workflow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.dangerous_works import RULES, DangerLevel, DangerousWorkType, InvalidParameters, classify
from domain.reporting import EquipmentType, OperationType
from domain.reporting_schemas import (
    CrewMember,
    DangerousWorkIn,
    DangerousWorkOut,
    EquipmentIn,
    EquipmentOut,
    ExpertReviewIn,
    OperationIn,
    OperationPeriodIn,
)
from widgets.common.translate import QT_TRANSLATE_NOOP
from widgets.labels import label
from widgets.reporting.form_base import (
    FormInvalid,
    OptionalDateEdit,
    ReportForm,
    date_edit,
    enum_combo,
    qdate,
)

NOT_GIVEN = -1.0  # a scale parameter left empty (the spin box shows "—")
LEVEL_COLOURS = {DangerLevel.NOT_DANGEROUS: "#566573", DangerLevel.DANGEROUS: "#d68910",
                 DangerLevel.BEYOND_SCALE: "#c0392b"}

# The domain's parameter names (Chinese, as 31号 words them) with an English source for the UI.
_PARAMETER_LABELS = {
    "开挖深度": QT_TRANSLATE_NOOP("DangerousWorkForm", "Excavation depth"),
    "搭设高度": QT_TRANSLATE_NOOP("DangerousWorkForm", "Erection height"),
    "搭设跨度": QT_TRANSLATE_NOOP("DangerousWorkForm", "Erection span"),
    "施工总荷载": QT_TRANSLATE_NOOP("DangerousWorkForm", "Total construction load"),
    "集中线荷载": QT_TRANSLATE_NOOP("DangerousWorkForm", "Concentrated line load"),
    "单件起吊重量": QT_TRANSLATE_NOOP("DangerousWorkForm", "Weight of a single lift"),
    "起重量": QT_TRANSLATE_NOOP("DangerousWorkForm", "Lifting capacity"),
    "搭设总高度": QT_TRANSLATE_NOOP("DangerousWorkForm", "Total installation height"),
    "提升高度": QT_TRANSLATE_NOOP("DangerousWorkForm", "Lifting height"),
    "分段架体搭设高度": QT_TRANSLATE_NOOP("DangerousWorkForm", "Height of one cantilevered segment"),
    "施工高度": QT_TRANSLATE_NOOP("DangerousWorkForm", "Installation height"),
    "桥梁、高架、烟囱、水塔或易燃易爆等特殊建构筑物": QT_TRANSLATE_NOOP(
        "DangerousWorkForm", "Special structure (bridge, viaduct, chimney, water tower, flammable or explosive)"),
}


def parameter_label(chinese: str) -> str:
    source = _PARAMETER_LABELS.get(chinese)
    return QCoreApplication.translate("DangerousWorkForm", str(source)) if source else chinese


def reason_text(reason: str, work_type: DangerousWorkType) -> str:
    """A classification reason in the UI language (the domain words them for the record)."""
    rule = RULES[work_type]
    if reason.startswith(f"{work_type.value} is always"):
        return QCoreApplication.translate("DangerousWorkForm", "{0} is always a {1}").format(
            label(work_type), label(rule.always))
    for chinese in [t.label for t in rule.thresholds] + [rule.flag_label]:
        if chinese and reason.startswith(chinese):
            return parameter_label(chinese) + reason[len(chinese):]
    return reason


# --- dangerous sub-projects ----------------------------------------------------------------------


class DangerousWorkForm(ReportForm):
    """Register a dangerous sub-project: its type decides which scale parameters are asked for, and
    the classification (dangerous / beyond scale, with the reasons) updates as they are typed."""

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Dangerous sub-project registration"),
                         parent)
        self.resize(640, 560)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. 1# building foundation pit"))
        self.type_combo = enum_combo(self, DangerousWorkType)
        self.parameters_box = QWidget(self)
        self.parameters_form = QFormLayout(self.parameters_box)
        self.parameters_form.setContentsMargins(0, 0, 0, 0)
        self.parameter_inputs: dict[str, QDoubleSpinBox | QCheckBox] = {}
        self.classification_label = QLabel(self)
        self.classification_label.setWordWrap(True)
        self.location_edit = QLineEdit(self)
        self.start_edit = date_edit(self)
        self.end_edit = date_edit(self, dt.date.today() + dt.timedelta(days=30))
        self.add_field("name", self.tr("Name"), self.name_edit)
        self.add_field("work_type", self.tr("Type"), self.type_combo)
        self.add_field("parameters", self.tr("Scale parameters"), self.parameters_box)
        self.add_field("level", self.tr("Classification"), self.classification_label,
                       self.tr("Under 建办质〔2018〕31号; a work beyond a certain scale needs an expert review of "
                               "its special plan."))
        self.add_field("location", self.tr("Location on site"), self.location_edit)
        self.add_field("planned_start", self.tr("Planned start of operation"), self.start_edit)
        self.add_field("planned_end", self.tr("Planned end of operation"), self.end_edit)
        self.finish_layout()
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self._on_type_changed()

    def work_type(self) -> DangerousWorkType:
        return DangerousWorkType(self.type_combo.currentData())

    @Slot()
    def _on_type_changed(self) -> None:
        while self.parameters_form.rowCount():
            self.parameters_form.removeRow(0)
        self.parameter_inputs.clear()
        rule = RULES[self.work_type()]
        for threshold in rule.thresholds:
            spin = QDoubleSpinBox(self.parameters_box)
            spin.setRange(NOT_GIVEN, 100_000)
            spin.setDecimals(2)
            spin.setSpecialValueText("—")
            spin.setValue(NOT_GIVEN)
            spin.setSuffix(f" {threshold.unit}")
            spin.valueChanged.connect(self._classify)
            self.parameter_inputs[threshold.parameter] = spin
            self.parameters_form.addRow(parameter_label(threshold.label), spin)
        if rule.flag:
            check = QCheckBox(parameter_label(rule.flag_label), self.parameters_box)
            check.toggled.connect(self._classify)
            self.parameter_inputs[rule.flag] = check
            self.parameters_form.addRow(check)
        if not self.parameter_inputs:
            self.parameters_form.addRow(QLabel(self.tr("No scale parameters: the type decides."), self.parameters_box))
        self._classify()

    def set_parameter(self, name: str, value: float | bool) -> None:
        widget = self.parameter_inputs[name]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setValue(float(value))

    def parameters(self) -> dict[str, float | bool]:
        values: dict[str, float | bool] = {}
        for name, widget in self.parameter_inputs.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif widget.value() != NOT_GIVEN:
                values[name] = widget.value()
        return values

    @Slot()
    def _classify(self) -> None:
        work_type = self.work_type()
        try:
            result = classify(work_type, self.parameters())
        except InvalidParameters:
            self.classification_label.setText(self.tr("Enter at least one scale parameter."))
            self.classification_label.setStyleSheet(f"color: {LEVEL_COLOURS[DangerLevel.NOT_DANGEROUS]};")
            return
        reasons = "; ".join(reason_text(r, work_type) for r in result.reasons)
        text = f"<b>{label(result.level)}</b>" + (f" — {reasons}" if reasons else "")
        if result.level is DangerLevel.NOT_DANGEROUS:
            text += "<br>" + self.tr("Below the thresholds: this is not a dangerous sub-project and is not registered.")
        self.classification_label.setText(text)
        self.classification_label.setStyleSheet(f"color: {LEVEL_COLOURS[result.level]};")

    def build(self) -> DangerousWorkIn:
        problems: dict[str, str] = {}
        name = self.name_edit.text().strip()
        if len(name) < 2:
            problems["name"] = self.tr("Name the work (at least 2 characters).")
        work_type, parameters = self.work_type(), self.parameters()
        try:
            if classify(work_type, parameters).level is DangerLevel.NOT_DANGEROUS:
                problems["parameters"] = self.tr("These values stay below the thresholds of a dangerous "
                                                 "sub-project; check them or do not register the work.")
        except InvalidParameters:
            problems["parameters"] = self.tr("Enter at least one scale parameter for a {0}.").format(label(work_type))
        start, end = qdate(self.start_edit.date()), qdate(self.end_edit.date())
        if end < start:
            problems["planned_end"] = self.tr("The operation cannot end ({0}) before it starts ({1}).").format(end, start)
        if problems:
            raise FormInvalid(problems)
        return DangerousWorkIn(name=name, work_type=work_type, parameters=parameters,
                               location=self.location_edit.text().strip(), planned_start=start, planned_end=end)



class WorkChoiceForm(ReportForm):
    """A form about one of the project's registered dangerous works, chosen from a list it loads."""

    def __init__(self, project_id: int, project_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, title, parent)
        self.works: list[DangerousWorkOut] = []
        self.work_combo = QComboBox(self)
        self.work_combo.currentIndexChanged.connect(self._on_work_changed)
        self.add_field("work", self.tr("Dangerous sub-project"), self.work_combo)
        self.show_loading(self.tr("Loading the dangerous sub-projects…"))

    def show_works(self, works: Sequence[DangerousWorkOut]) -> None:
        """The project's registered dangerous works to choose from."""
        self.works = self.fill_choices(self.work_combo, works,
                                       lambda w: f"{w.name} · {label(w.work_type)} · {label(w.level)}",
                                       lambda w: w.id, self.tr("Register the dangerous sub-project first."))
        self._on_work_changed()

    def work(self) -> DangerousWorkOut | None:
        index = self.work_combo.currentIndex()
        return self.works[index] if 0 <= index < len(self.works) else None

    @Slot()
    def _on_work_changed(self) -> None:
        """Subclasses show what depends on the chosen work."""


@dataclass(frozen=True)
class PlanUpload:
    """A special plan to send: the file is read in the worker, never in the GUI thread. With
    `stored_plan_id` the plan is already on the server and only its expert review is sent."""

    work_id: int
    title: str
    path: Path
    review: ExpertReviewIn | None
    stored_plan_id: int | None = None


@dataclass(frozen=True)
class StoredPlan:
    plan_id: int
    work_id: int


class SpecialPlanForm(WorkChoiceForm):
    """Upload the special construction plan (PDF); for a beyond-scale work also the expert review
    (专家论证) record, without which a supervisor cannot approve the plan."""

    def __init__(self, project_id: int, project_name: str, max_bytes: int, parent: QWidget | None = None) -> None:
        """`max_bytes`: the largest plan the server takes (checked from the file's size before sending)."""
        super().__init__(project_id, project_name, self.tr("Special construction plan"), parent)
        self.max_bytes = max_bytes
        self.resize(640, 560)
        self.title_edit = QLineEdit(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Choose PDF…"), self)
        browse.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.add_field("title", self.tr("Plan title"), self.title_edit)
        self.add_field("file", self.tr("Plan document"), file_row, self.tr("PDF, at most 20 MB."))
        self.review_box = QGroupBox(self.tr("Expert review (required for works beyond a certain scale)"), self)
        self.review_box.setCheckable(True)
        review_form = QFormLayout(self.review_box)
        self.review_date = date_edit(self.review_box)
        self.experts_edit = QLineEdit(self.review_box)
        self.experts_edit.setPlaceholderText(self.tr("At least five experts, separated by 、 or commas"))
        self.conclusion_combo = QComboBox(self.review_box)
        for value, text in (("pass", self.tr("Passed")), ("pass_with_changes", self.tr("Passed after revision")),
                            ("fail", self.tr("Failed"))):
            self.conclusion_combo.addItem(text, value)
        self.review_comment = QPlainTextEdit(self.review_box)
        self.review_comment.setMaximumHeight(60)
        review_form.addRow(self.tr("Reviewed on"), self.review_date)
        review_form.addRow(self.tr("Experts"), self.experts_edit)
        review_form.addRow(self.tr("Conclusion"), self.conclusion_combo)
        review_form.addRow(self.tr("Remarks"), self.review_comment)
        self.add_field("review", "", self.review_box)
        self.finish_layout()
        self.stored_plan: StoredPlan | None = None  # stored, but its expert review is not recorded

    @Slot()
    def _on_work_changed(self) -> None:
        work = self.work()
        if self.stored_plan is not None and (work is None or work.id != self.stored_plan.work_id):
            self.stored_plan = None
        needs_review = bool(work and work.needs_expert_review)
        self.review_box.setChecked(needs_review)
        if work and not self.title_edit.text():
            self.title_edit.setText(self.tr("{0} special construction plan").format(work.name))

    @Slot()
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the special plan"), "",
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.file_edit.setText(path)

    def build(self) -> PlanUpload:
        work = self.work()
        problems: dict[str, str] = {}
        if work is None:
            raise FormInvalid({"work": self.tr("Choose the dangerous sub-project.")})
        title = self.title_edit.text().strip()
        if len(title) < 2:
            problems["title"] = self.tr("Give the plan a title.")
        path = Path(self.file_edit.text())
        stored = self.stored_plan
        if stored is None:
            file_problem = self.file_problem(path) if self.file_edit.text() else self.tr(
                "Choose the plan's PDF file.")
            if file_problem:
                problems["file"] = file_problem
        review = None
        if self.review_box.isChecked():
            experts = [n for n in split_names(self.experts_edit.text())]
            reviewed_on = qdate(self.review_date.date())
            if len(experts) < 5:
                problems["review"] = self.tr("An expert review needs at least five experts ({0} named).").format(
                    len(experts))
            elif reviewed_on > dt.date.today():
                problems["review"] = self.tr("The expert review date {0} is in the future.").format(reviewed_on)
            else:
                review = ExpertReviewIn(reviewed_on=reviewed_on, experts=experts,
                                        conclusion=self.conclusion_combo.currentData(),
                                        comment=self.review_comment.toPlainText().strip())
        elif work.needs_expert_review:
            problems["review"] = self.tr("This work is beyond a certain scale: record the expert review, or the "
                                         "plan cannot be approved.")
        elif stored is not None:
            problems["review"] = self.tr("The plan is already stored: record its expert review, or close the form.")
        if problems:
            raise FormInvalid(problems)
        return PlanUpload(work.id, title, path, review, stored.plan_id if stored is not None else None)

    def file_problem(self, path: Path) -> str:
        """Why the chosen file cannot be the plan, from its size alone (it is read in the worker)."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            return self.tr("{0} cannot be read: {1}").format(path.name, exc.strerror or exc)
        if size > self.max_bytes:
            return self.tr("{0} is {1:.1f} MB; a plan may be at most {2} MB.").format(
                path.name, size / 2**20, self.max_bytes // 2**20)
        if size == 0:
            return self.tr("{0} is empty.").format(path.name)
        return ""

    def keep_stored_plan(self, plan_id: int, work_id: int, reason: str) -> tuple[str, str]:
        """The plan was stored but its expert review was not recorded (`reason`): the next submit sends the
        review alone. Returns (field, message) to show as the refusal."""
        self.stored_plan = StoredPlan(plan_id, work_id)
        return "review", self.tr("The plan is stored (waiting for verification), but its expert review was not "
                                 "recorded: {0} Submit again to record the review only.").format(reason)

    def show_sent(self, value: object) -> None:
        self.stored_plan = None
        super().show_sent(value)


def split_names(text: str) -> list[str]:
    for separator in "，,;；":
        text = text.replace(separator, "、")
    return [n.strip() for n in text.split("、") if n.strip()]


class OperationPeriodForm(WorkChoiceForm):
    """The actual start and end of a dangerous work's operation (for the per-project timeline)."""

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Actual operation period"), parent)
        self.start = OptionalDateEdit(self.tr("Started on"), self)
        self.end = OptionalDateEdit(self.tr("Ended on"), self)
        self.add_field("actual_start", "", self.start)
        self.add_field("actual_end", "", self.end)
        self.finish_layout()

    @Slot()
    def _on_work_changed(self) -> None:
        work = self.work()
        self.start.set_value(work.actual_start if work else None)
        self.end.set_value(work.actual_end if work else None)

    def build(self) -> tuple[int, OperationPeriodIn]:
        work = self.work()
        if work is None:
            raise FormInvalid({"work": self.tr("Choose the dangerous sub-project.")})
        start, end = self.start.value(), self.end.value()
        today, problems = dt.date.today(), {}
        if start is None and end is None:
            problems["actual_start"] = self.tr("Report the start, the end or both.")
        if start and start > today:
            problems["actual_start"] = self.tr("The start {0} is in the future.").format(start)
        began = start or work.actual_start
        if end and end > today:
            problems["actual_end"] = self.tr("The end {0} is in the future.").format(end)
        elif end and began and end < began:
            problems["actual_end"] = self.tr("The operation cannot end before it started ({0}).").format(began)
        if problems:
            raise FormInvalid(problems)
        return work.id, OperationPeriodIn(actual_start=start, actual_end=end)



# --- lifting machinery ---------------------------------------------------------------------------


class EquipmentForm(ReportForm):
    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Lifting equipment"), parent)
        self.type_combo = enum_combo(self, EquipmentType)
        self.model_edit = QLineEdit(self)
        self.model_edit.setPlaceholderText("QTZ80(TC6010)")
        self.registration_edit = QLineEdit(self)
        self.registration_edit.setPlaceholderText("粤AT-T000123")
        self.record_edit = QLineEdit(self)
        self.capacity_spin = QDoubleSpinBox(self)
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSuffix(" kN")
        self.manufacturer_edit = QLineEdit(self)
        self.certificate_edit = QLineEdit(self)
        self.expiry_edit = date_edit(self, dt.date.today() + dt.timedelta(days=365))
        self.device_edit = QLineEdit(self)
        self.add_field("equipment_type", self.tr("Type"), self.type_combo)
        self.add_field("model", self.tr("Model"), self.model_edit)
        self.add_field("registration_no", self.tr("Use registration no."), self.registration_edit)
        self.add_field("record_no", self.tr("Property record no."), self.record_edit)
        self.add_field("rated_capacity_kn", self.tr("Rated lifting capacity"), self.capacity_spin)
        self.add_field("manufacturer", self.tr("Manufacturer"), self.manufacturer_edit)
        self.add_field("inspection_cert_no", self.tr("Inspection certificate no."), self.certificate_edit)
        self.add_field("inspection_expires_on", self.tr("Certificate valid until"), self.expiry_edit)
        self.add_field("device_code", self.tr("Monitoring device code"), self.device_edit,
                       self.tr("Optional: links a tower crane to its safety-monitoring device."))
        self.finish_layout()

    def build(self) -> EquipmentIn:
        problems = {}
        model, registration = self.model_edit.text().strip(), self.registration_edit.text().strip()
        manufacturer, certificate = self.manufacturer_edit.text().strip(), self.certificate_edit.text().strip()
        if len(model) < 2:
            problems["model"] = self.tr("Enter the model.")
        if len(registration) < 4:
            problems["registration_no"] = self.tr("Enter the use registration number (at least 4 characters).")
        if self.capacity_spin.value() <= 0:
            problems["rated_capacity_kn"] = self.tr("The rated capacity must be above 0 kN.")
        if len(manufacturer) < 2:
            problems["manufacturer"] = self.tr("Enter the manufacturer.")
        if len(certificate) < 4:
            problems["inspection_cert_no"] = self.tr("Enter the inspection certificate number.")
        expires = qdate(self.expiry_edit.date())
        if expires < dt.date.today():
            problems["inspection_expires_on"] = self.tr("The inspection certificate expired on {0}: the machine may "
                                                        "not be used until it is inspected again.").format(expires)
        if problems:
            raise FormInvalid(problems)
        return EquipmentIn(equipment_type=self.type_combo.currentData(), model=model, registration_no=registration,
                           record_no=self.record_edit.text().strip(), rated_capacity_kn=self.capacity_spin.value(),
                           manufacturer=manufacturer, inspection_cert_no=certificate, inspection_expires_on=expires,
                           device_code=self.device_edit.text().strip() or None)



class OperationForm(ReportForm):
    """An installation, wall attachment, jacking, lowering or dismantling plan with its certified crew."""

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Lifting equipment operation plan"),
                         parent)
        self.resize(700, 560)
        self.equipment: list[EquipmentOut] = []
        self.equipment_combo = QComboBox(self)
        self.operation_combo = enum_combo(self, OperationType)
        self.start_edit = date_edit(self)
        self.end_edit = date_edit(self)
        self.crew_table = QTableWidget(0, 3, self)
        self.crew_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Trade"), self.tr("Certificate no.")])
        self.crew_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add crew member"), self)
        add.clicked.connect(lambda: self.add_crew())
        crew = QVBoxLayout()
        crew.addWidget(self.crew_table)
        crew.addWidget(add)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setMaximumHeight(60)
        self.add_field("equipment", self.tr("Machine"), self.equipment_combo)
        self.add_field("operation", self.tr("Operation"), self.operation_combo)
        self.add_field("starts_on", self.tr("Starts on"), self.start_edit)
        self.add_field("ends_on", self.tr("Ends on"), self.end_edit)
        self.add_field("crew", self.tr("Crew"), crew, self.tr("Installers and signallers with their special "
                                                              "operations certificates."))
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.finish_layout()
        self.show_loading(self.tr("Loading the project's lifting equipment…"))

    def show_equipment(self, equipment: Sequence[EquipmentOut]) -> None:
        """The project's registered machines to choose from."""
        self.equipment = self.fill_choices(self.equipment_combo, equipment,
                                           lambda m: f"{label(m.equipment_type)} {m.model} · {m.registration_no}",
                                           lambda m: m.id, self.tr("Register the lifting equipment first."))

    def add_crew(self, name: str = "", role: str = "", certificate_no: str = "") -> None:
        row = self.crew_table.rowCount()
        self.crew_table.insertRow(row)
        for column, text in enumerate((name, role, certificate_no)):
            self.crew_table.setItem(row, column, QTableWidgetItem(text))

    def build(self) -> tuple[int, OperationIn]:
        problems: dict[str, str] = {}
        if self.equipment_combo.currentData() is None:
            raise FormInvalid({"equipment": self.tr("Choose the machine.")})
        start, end = qdate(self.start_edit.date()), qdate(self.end_edit.date())
        if end < start:
            problems["ends_on"] = self.tr("The operation cannot end ({0}) before it starts ({1}).").format(end, start)
        crew = []
        for row in range(self.crew_table.rowCount()):
            name, role, certificate = (
                (item.text().strip() if (item := self.crew_table.item(row, c)) else "")
                for c in range(3))
            if not (name or role or certificate):
                continue
            if len(name) < 2 or len(role) < 2 or len(certificate) < 4:
                problems["crew"] = self.tr("Row {0}: name, trade and certificate number (at least 4 characters) "
                                           "are all needed.").format(row + 1)
            else:
                crew.append(CrewMember(name=name, role=role, certificate_no=certificate))
        if not crew and "crew" not in problems:
            problems["crew"] = self.tr("List at least one certified crew member.")
        if problems:
            raise FormInvalid(problems)
        return self.equipment_combo.currentData(), OperationIn(
            operation=self.operation_combo.currentData(), starts_on=start, ends_on=end, crew=crew,
            note=self.note_edit.toPlainText().strip())

