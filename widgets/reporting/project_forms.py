"""Reports of the project's own facts: basic information (units, personnel with certificates, scale,
dates), construction permit binding, map position and status changes. Each becomes a submission that
a supervisor verifies before the sand table shows it. Passive: the controller loads what a form starts
from (`show_project`, `show_facts`) and sends what it builds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
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

from domain.coords import InvalidCoordinate, from_wgs84, to_wgs84, validate_lonlat
from domain.enums import CoordSystem, PersonnelRole, ProjectStatus
from domain.lifecycle import Party
from domain.reporting import PROJECT_STATUS_LIFECYCLE, StatusAction
from domain.reporting_schemas import BasicInfoIn, PermitIn, PositionIn, ProjectFactsOut, StatusReportIn
from domain.schemas import PERMIT_NO_PATTERN, PersonnelIn, ProjectDetail, ProjectUnitIn
from widgets.labels import label
from widgets.locator_map import LocatorMap, Ring
from widgets.reporting.form_base import (
    FormInvalid,
    OptionalDateEdit,
    ReportForm,
    date_edit,
    enum_combo,
    qdate,
)


def _spin(parent: QWidget, maximum: float, decimals: int, suffix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    return spin


# --- basic information ---------------------------------------------------------------------------------


class BasicInfoForm(ReportForm):
    """Confirm or change the project's basic data; it is loaded first, so the enterprise edits what is
    on record instead of retyping it."""

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Basic information"), parent)
        self.resize(860, 640)
        self.project: ProjectDetail | None = None
        self.name_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.area_spin = _spin(self, 10_000_000, 2, " m²")
        self.cost_spin = _spin(self, 100_000_000, 2, self.tr(" ×10k yuan"))
        self.start_edit = OptionalDateEdit(self.tr("Set"), self)
        self.end_edit = OptionalDateEdit(self.tr("Set"), self)
        self.units_table = QTableWidget(0, 2, self)
        self.units_table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Unit")])
        self.units_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.units_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.units_table.setMaximumHeight(130)
        self.personnel_table = QTableWidget(0, 5, self)
        self.personnel_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Post"), self.tr("Unit"),
                                                        self.tr("Certificate no."), self.tr("Phone")])
        self.personnel_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        add_person = QPushButton(self.tr("Add person"), self)
        add_person.clicked.connect(lambda: self.add_person())
        remove_person = QPushButton(self.tr("Remove person"), self)
        remove_person.clicked.connect(self._remove_person)
        people = QVBoxLayout()
        people.addWidget(self.personnel_table)
        buttons = QHBoxLayout()
        buttons.addWidget(add_person)
        buttons.addWidget(remove_person)
        buttons.addStretch(1)
        people.addLayout(buttons)

        self.add_field("name", self.tr("Project name"), self.name_edit)
        self.add_field("address", self.tr("Address"), self.address_edit)
        self.add_field("floor_area_m2", self.tr("Floor area"), self.area_spin)
        self.add_field("cost_10k_yuan", self.tr("Construction cost"), self.cost_spin)
        self.add_field("planned_start", self.tr("Planned start"), self.start_edit,
                       self.tr("Leave unticked while the date is not known."))
        self.add_field("planned_end", self.tr("Planned completion"), self.end_edit)
        self.add_field("units", self.tr("Participating units"), self.units_table,
                       self.tr("Units are changed by the construction unit through the supervision agency."))
        self.add_field("personnel", self.tr("Key personnel"), people,
                       self.tr("Project manager, chief supervising engineer and full-time safety officers, "
                               "each with a certificate number."))
        self.finish_layout()
        self.show_loading(self.tr("Loading the project's data…"))

    def show_project(self, project: ProjectDetail) -> None:
        """The project's data on record, to edit."""
        self.project = project
        self.show_message("")
        self.name_edit.setText(project.name)
        self.address_edit.setText(project.address)
        self.area_spin.setValue(project.floor_area_m2)
        self.cost_spin.setValue(project.cost_10k_yuan)
        self.start_edit.set_value(project.planned_start)
        self.end_edit.set_value(project.planned_end)
        self.units_table.setRowCount(0)
        for unit in project.units:
            row = self.units_table.rowCount()
            self.units_table.insertRow(row)
            self.units_table.setItem(row, 0, QTableWidgetItem(label(unit.role)))
            self.units_table.setItem(row, 1, QTableWidgetItem(unit.unit.name))
        self.personnel_table.setRowCount(0)
        for person in project.personnel:
            self.add_person(person.name, person.role, person.unit_id, person.certificate_no, person.phone)
        self.buttons.setEnabled(True)

    def add_person(self, name: str = "", role: PersonnelRole = PersonnelRole.PROJECT_MANAGER,
                   unit_id: int | None = None, certificate_no: str = "", phone: str = "") -> None:
        table = self.personnel_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        role_combo = enum_combo(table, PersonnelRole)
        role_combo.setCurrentIndex(role_combo.findData(role))
        table.setCellWidget(row, 1, role_combo)
        unit_combo = QComboBox(table)
        for unit in self.project.units if self.project else []:
            if unit_combo.findData(unit.unit.id) < 0:
                unit_combo.addItem(unit.unit.name, unit.unit.id)
        if unit_id is not None:
            unit_combo.setCurrentIndex(max(0, unit_combo.findData(unit_id)))
        table.setCellWidget(row, 2, unit_combo)
        table.setItem(row, 3, QTableWidgetItem(certificate_no))
        table.setItem(row, 4, QTableWidgetItem(phone))

    @Slot()
    def _remove_person(self) -> None:
        for row in sorted({i.row() for i in self.personnel_table.selectedIndexes()}, reverse=True):
            self.personnel_table.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.personnel_table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _personnel(self, problems: dict[str, str]) -> list[PersonnelIn]:
        people, seen = [], set()
        for row in range(self.personnel_table.rowCount()):
            name, certificate = self._cell(row, 0), self._cell(row, 3)
            role_combo, unit_combo = self.personnel_table.cellWidget(row, 1), self.personnel_table.cellWidget(row, 2)
            assert isinstance(role_combo, QComboBox) and isinstance(unit_combo, QComboBox)
            role, unit_id = role_combo.currentData(), unit_combo.currentData()
            if len(name) < 2:
                problems["personnel"] = self.tr("Row {0}: enter the person's full name.").format(row + 1)
            elif len(certificate) < 4:
                problems["personnel"] = self.tr("Row {0}: {1} needs a certificate number (at least 4 characters)."
                                                ).format(row + 1, name)
            elif certificate in seen:
                problems["personnel"] = self.tr("Row {0}: certificate number {1} is listed twice.").format(
                    row + 1, certificate)
            elif unit_id is None:
                problems["personnel"] = self.tr("Row {0}: choose the unit {1} works for.").format(row + 1, name)
            else:
                seen.add(certificate)
                people.append(PersonnelIn(name=name, role=role, unit_id=unit_id, certificate_no=certificate,
                                          phone=self._cell(row, 4)))
        return people

    def build(self) -> BasicInfoIn:
        if self.project is None:
            raise FormInvalid({"": self.tr("The project's data is not loaded yet.")})
        problems: dict[str, str] = {}
        name, address = self.name_edit.text().strip(), self.address_edit.text().strip()
        if not 4 <= len(name) <= 200:
            problems["name"] = self.tr("The project name needs 4 to 200 characters.")
        if not 4 <= len(address) <= 300:
            problems["address"] = self.tr("The address needs 4 to 300 characters.")
        start, end = self.start_edit.value(), self.end_edit.value()
        if start is not None and end is not None and end < start:
            problems["planned_end"] = self.tr("The planned completion ({0}) is before the planned start ({1}).").format(
                end, start)
        personnel = self._personnel(problems)
        if problems:
            raise FormInvalid(problems)
        return BasicInfoIn(name=name, address=address, floor_area_m2=self.area_spin.value(),
                           cost_10k_yuan=self.cost_spin.value(), planned_start=start, planned_end=end,
                           units=[ProjectUnitIn(unit_id=u.unit.id, role=u.role) for u in self.project.units],
                           personnel=personnel)


# --- construction permit -------------------------------------------------------------------------------


def permit_problem(permit_no: str) -> str | None:
    """Why a permit number is malformed (in words), or None: 18 digits, adcode + a real date + sequence."""
    if not permit_no:
        return QCoreApplication.translate("PermitForm", "Enter the construction permit number.")
    if not permit_no.isdigit() or len(permit_no) != 18:
        return QCoreApplication.translate("PermitForm", "A construction permit number has exactly 18 digits (you entered {0} characters).").format(
            len(permit_no))
    try:
        dt.date(int(permit_no[6:10]), int(permit_no[10:12]), int(permit_no[12:14]))
    except ValueError:
        return QCoreApplication.translate("PermitForm", "Digits 7–14 must be the issue date (yyyymmdd); {0} is not a date.").format(permit_no[6:14])
    if not PERMIT_NO_PATTERN.match(permit_no):
        return QCoreApplication.translate("PermitForm", "The issue year must be 19xx or 20xx.")
    return None


class PermitForm(ReportForm):
    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Construction permit binding"), parent)
        self.permit_edit = QLineEdit(self)
        self.permit_edit.setMaxLength(18)
        self.permit_edit.setPlaceholderText("440106202503010001")
        self.add_field("permit_no", self.tr("Construction permit no."), self.permit_edit,
                       self.tr("18 digits: district code (6) + issue date yyyymmdd (8) + sequence (4). "
                               "One permit binds to one project only."))
        self.finish_layout()

    def build(self) -> PermitIn:
        permit_no = self.permit_edit.text().strip()
        problem = permit_problem(permit_no)
        if problem:
            raise FormInvalid({"permit_no": problem})
        return PermitIn(permit_no=permit_no)


# --- map position --------------------------------------------------------------------------------------


class PositionForm(ReportForm):
    """Coordinates as typed from a survey or a map app, in that app's coordinate system; the WGS-84
    position they stand for is shown on the district's outline before sending."""

    def __init__(self, project_id: int, project_name: str, lon: float, lat: float,
                 district_rings: Sequence[Ring] = (), parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Map position"), parent)
        self._rings = list(district_rings)
        self.system_combo = enum_combo(self, CoordSystem)
        self.lon_spin = QDoubleSpinBox(self)
        self.lat_spin = QDoubleSpinBox(self)
        for spin, (low, high), value in ((self.lon_spin, (-180, 180), lon), (self.lat_spin, (-90, 90), lat)):
            spin.setRange(low, high)
            spin.setDecimals(6)
            spin.setSingleStep(0.0001)
            spin.setValue(value)
            spin.valueChanged.connect(self._preview)
        self.system_combo.currentIndexChanged.connect(self._preview)
        self.wgs84_label = QLabel(self)
        self.map = LocatorMap(self, pickable=True)
        self.map.sig_picked.connect(self._on_picked)
        self.add_field("coord_system", self.tr("Coordinate system"), self.system_combo,
                       self.tr("Amap and Tencent use GCJ-02, Baidu uses BD-09; GPS devices and Tianditu "
                               "use WGS-84/CGCS2000."))
        self.add_field("lon", self.tr("Longitude"), self.lon_spin)
        self.add_field("lat", self.tr("Latitude"), self.lat_spin)
        self.add_field("wgs84", self.tr("WGS-84"), self.wgs84_label)
        self.body.addWidget(self.map, 1)
        self.finish_layout()
        self._preview()

    def _system(self) -> CoordSystem:
        return CoordSystem(self.system_combo.currentData())

    @Slot()
    def _preview(self) -> None:
        try:
            point = validate_lonlat(self.lon_spin.value(), self.lat_spin.value())
        except InvalidCoordinate:
            self.wgs84_label.setText("—")
            return
        lon, lat = to_wgs84(point.lon, point.lat, self._system())
        self.wgs84_label.setText(f"{lon:.6f}, {lat:.6f}")
        self.map.set_location(self._rings, lon, lat, self.project_name)

    @Slot(float, float)
    def _on_picked(self, lon: float, lat: float) -> None:
        """A click on the outline: the typed coordinates follow, in the chosen coordinate system."""
        shown_lon, shown_lat = from_wgs84(lon, lat, self._system())
        for spin, value in ((self.lon_spin, shown_lon), (self.lat_spin, shown_lat)):
            spin.blockSignals(True)
            spin.setValue(round(value, 6))
            spin.blockSignals(False)
        self._preview()

    def build(self) -> PositionIn:
        lon, lat = self.lon_spin.value(), self.lat_spin.value()
        try:
            validate_lonlat(lon, lat)
        except InvalidCoordinate as exc:
            swapped = "swapped" in str(exc)
            raise FormInvalid({"lon": self.tr("Longitude and latitude look swapped: Guangdong lies near "
                                              "longitude 110–117 °E, latitude 20–26 °N.") if swapped
                               else self.tr("({0}, {1}) is not a position in China.").format(lon, lat)}) from exc
        return PositionIn(lon=lon, lat=lat, coord_system=self._system())


# --- status --------------------------------------------------------------------------------------------


def allowed_actions(status: ProjectStatus) -> list[StatusAction]:
    """The status reports an enterprise may make from `status`, in lifecycle order."""
    return [t.action for t in PROJECT_STATUS_LIFECYCLE.transitions if t.source is status and t.party is Party.ENTERPRISE]


class StatusReportForm(ReportForm):
    """Start, suspend (with a reason), resume, complete or accept, with the date it took effect; only
    the changes possible from the project's current status are offered."""

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(project_id, project_name, self.tr("Status report"), parent)
        self.facts: ProjectFactsOut | None = None
        self.current_label = QLabel(self)
        self.action_combo = QComboBox(self)
        self.date_edit = date_edit(self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setMaximumHeight(80)
        self.action_combo.currentIndexChanged.connect(self._on_action_changed)
        self.add_field("status", self.tr("Current status"), self.current_label)
        self.add_field("action", self.tr("Report"), self.action_combo)
        self.add_field("effective_on", self.tr("Effective on"), self.date_edit)
        self.add_field("reason", self.tr("Reason"), self.reason_edit)
        self.finish_layout()
        self.show_loading(self.tr("Loading the project's status…"))

    def show_facts(self, facts: ProjectFactsOut) -> None:
        """The project's status as verified: only the changes possible from it are offered."""
        self.facts = facts
        self.show_message("")
        self.current_label.setText(label(facts.status))
        self.action_combo.clear()
        for action in allowed_actions(facts.status):
            self.action_combo.addItem(label(action), action)
        if not self.action_combo.count():
            self.show_message(self.tr("No further status report is possible: the project is {0}.").format(
                label(facts.status)))
        self.buttons.setEnabled(bool(self.action_combo.count()))

    def _action(self) -> StatusAction | None:
        data = self.action_combo.currentData()
        return StatusAction(data) if data else None

    @Slot()
    def _on_action_changed(self) -> None:
        suspend = self._action() is StatusAction.SUSPEND
        self.reason_edit.setPlaceholderText(self.tr("Required for a suspension") if suspend else "")

    def build(self) -> StatusReportIn:
        action = self._action()
        if action is None or self.facts is None:
            raise FormInvalid({"action": self.tr("Choose the status change to report.")})
        on, today = qdate(self.date_edit.date()), dt.date.today()
        reason = self.reason_edit.toPlainText().strip()
        problems = {}
        if on > today:
            problems["effective_on"] = self.tr("The date {0} is in the future.").format(on)
        elif action is StatusAction.COMPLETE and self.facts.actual_start and on < self.facts.actual_start:
            problems["effective_on"] = self.tr("Completion cannot be before the start of construction ({0}).").format(
                self.facts.actual_start)
        elif action is StatusAction.ACCEPT and self.facts.actual_end and on < self.facts.actual_end:
            problems["effective_on"] = self.tr("Acceptance cannot be before completion ({0}).").format(
                self.facts.actual_end)
        if action is StatusAction.SUSPEND and not reason:
            problems["reason"] = self.tr("A suspension needs its reason.")
        if len(reason) > 500:
            problems["reason"] = self.tr("The reason is limited to 500 characters.")
        if problems:
            raise FormInvalid(problems)
        return StatusReportIn(action=action, effective_on=on, reason=reason)
