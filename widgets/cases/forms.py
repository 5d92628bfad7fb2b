"""Case forms: a new inspection from a checklist, a draft notice from its findings, a punishment,
and the confirm/reject decision on a proposed deduction. Each is a passive FormDialog: it checks its
fields, emits the request payload, and shows the server's refusal in the form instead of closing
(the supervision controller sends the payload, see app/form_flow.py). The inspection form's findings
carry photos: it asks for them to be checked and uploaded, and submits once each has a document id."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from pydantic import ValidationError
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.case_schemas import (
    ChecklistItem,
    ChecklistTemplateOut,
    DeductionDecisionIn,
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
from widgets.common.form_dialog import GENERAL, FormDialog, FormInvalid, validation_problems
from widgets.labels import label, options

DEFAULT_DEADLINE_DAYS = {FindingSeverity.GENERAL: 15, FindingSeverity.SERIOUS: 7, FindingSeverity.MAJOR: 3}
_NAME_SEPARATORS = re.compile(r"[,，、;；\s]+")


def qdate_to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell the form itself filled (never empty)."""
    item = table.item(row, column)
    assert item is not None
    return item


PHOTO_THUMB = 48
MAX_PHOTOS_PER_FINDING = 20  # FindingIn.photo_document_ids allows no more
PHOTO_COLUMN = 3


class PhotoFile(Protocol):
    """A photo the controller read and found acceptable (services.uploads.CheckedFile fits)."""

    @property
    def name(self) -> str: ...

    @property
    def data(self) -> bytes: ...


@dataclass(frozen=True)
class FindingPhoto:
    """A photo attached to a finding. `key` is the form's handle on it: the controller answers an upload
    with the document id each key got (see InspectionForm.show_photos_uploaded)."""

    key: int
    name: str
    data: bytes


def photo_icon(data: bytes, size: int = PHOTO_THUMB) -> QIcon:
    """A small upright icon of a photo, decoded at thumbnail size (cheap even for a 20 MB JPEG)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


class FindingPhotos(QWidget):
    """One finding's photos on its row: thumbnails with their names, "Add photos…" and "Remove photo"."""

    sig_files_chosen = Signal(list)  # paths picked in the file dialog, to be checked by the controller

    def __init__(self, finding_key: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding_key = finding_key
        self.photos: list[FindingPhoto] = []
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setIconSize(QSize(PHOTO_THUMB, PHOTO_THUMB))
        self.list.setGridSize(QSize(PHOTO_THUMB + 32, PHOTO_THUMB + 22))
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setFixedHeight(PHOTO_THUMB + 30)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self._choose)
        self.remove_button = QPushButton(QCoreApplication.translate("EvidencePanel", "Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def add(self, photo: FindingPhoto) -> None:
        self.photos.append(photo)
        item = QListWidgetItem(photo_icon(photo.data), photo.name)
        item.setToolTip(QCoreApplication.translate("EvidencePanel", "{0} ({1} KB)")
                        .format(photo.name, max(1, len(photo.data) // 1024)))
        self.list.addItem(item)

    @Slot()
    def remove_selected(self) -> None:
        for row in sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True):
            self.list.takeItem(row)
            del self.photos[row]

    @Slot()
    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose photos of this finding"), "",
                                                QCoreApplication.translate("PhotoUploadDialog",
                                                                           "Photos (*.jpg *.jpeg *.png)"))
        if paths:
            self.sig_files_chosen.emit(paths)


class InspectionForm(FormDialog):
    """Record an inspection: pick a shipped checklist, turn its items into findings with a severity, attach
    photos to each. With photos attached, OK first asks for them to be uploaded
    (`sig_photos_upload_requested`) and submits when the controller has handed back their document ids."""

    sig_photos_added = Signal(int, list)  # (finding key, paths): read and check them, answer add_photos
    sig_photos_upload_requested = Signal(list)  # FindingPhoto without a document id yet, in order

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New inspection — {0}").format(project_name), parent)
        self.resize(1080, 720)
        self.project_id = project_id
        self.templates: list[ChecklistTemplateOut] = []
        self._keys = itertools.count(1)
        self._document_ids: dict[int, int] = {}  # photo key -> its uploaded document
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
        self.add_button = QPushButton(self.tr("Add selected items as findings ↓"), self)
        self.add_button.clicked.connect(self.add_selected_items)
        self.free_button = QPushButton(self.tr("Add a finding outside the checklist"), self)
        self.free_button.clicked.connect(lambda: self.add_finding(None, "", FindingSeverity.GENERAL))
        self.remove_button = QPushButton(self.tr("Remove finding"), self)
        self.remove_button.clicked.connect(self._remove_finding)
        self.findings_table = QTableWidget(0, 4, self)
        self.findings_table.setHorizontalHeaderLabels([self.tr("Checklist item"), self.tr("Problem found"),
                                                       self.tr("Hazard level"), self.tr("Photos (JPEG/PNG)")])
        header = self.findings_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PHOTO_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.findings_table.setColumnWidth(PHOTO_COLUMN, 380)
        self.findings_table.verticalHeader().hide()
        self.upload_progress = QProgressBar(self)
        self.upload_progress.setFormat(QCoreApplication.translate("EvidencePanel", "Uploading %v of %m"))
        self.upload_progress.hide()

        self.add_field("template_code", self.tr("Checklist template"), self.template_combo)
        self.add_field("inspection_type", self.tr("Inspection type"), self.type_combo)
        self.add_field("inspected_on", self.tr("Inspected on"), self.date_edit)
        self.add_field("inspectors", self.tr("Inspectors"), self.inspectors_edit)
        self.add_field("summary", self.tr("Summary"), self.summary_edit)
        finding_buttons = QHBoxLayout()
        finding_buttons.addWidget(self.add_button)
        finding_buttons.addWidget(self.free_button)
        finding_buttons.addStretch(1)
        finding_buttons.addWidget(self.remove_button)
        self.body.addWidget(QLabel(self.tr("Checklist items (double-click to record a finding)"), self))
        self.body.addWidget(self.items_list, 1)
        self.body.addLayout(finding_buttons)
        self.body.addWidget(QLabel(self.tr("Findings"), self))
        self.body.addWidget(self.findings_table, 2)
        self.body.addWidget(self.upload_progress)
        self.finish_layout()
        self.show_message(self.tr("Loading checklists…"))

    def set_templates(self, templates: Sequence[ChecklistTemplateOut]) -> None:
        """The shipped checklists have arrived."""
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
        photos = FindingPhotos(next(self._keys), self.findings_table)
        photos.sig_files_chosen.connect(partial(self.request_photos, photos.finding_key))
        self.findings_table.setCellWidget(row, PHOTO_COLUMN, photos)
        self.findings_table.setRowHeight(row, photos.sizeHint().height())

    @Slot()
    def _remove_finding(self) -> None:
        for row in sorted({i.row() for i in self.findings_table.selectedIndexes()}, reverse=True):
            self.findings_table.removeRow(row)

    # --- photos: the controller checks and uploads them; the form lists them and keeps their ids --------

    def photo_cell(self, row: int) -> FindingPhotos:
        """The photos of the finding on `row`."""
        cell = self.findings_table.cellWidget(row, PHOTO_COLUMN)
        assert isinstance(cell, FindingPhotos)
        return cell

    def _finding(self, finding_key: int) -> tuple[int, FindingPhotos] | None:
        """The row and photos of a finding (None once it was removed)."""
        for row in range(self.findings_table.rowCount()):
            cell = self.photo_cell(row)
            if cell.finding_key == finding_key:
                return row, cell
        return None

    def request_photos(self, finding_key: int, paths: Sequence[str]) -> None:
        """Files picked for a finding: the controller reads and checks them, then answers add_photos."""
        if paths:
            self.sig_photos_added.emit(finding_key, [str(p) for p in paths])

    def add_photos(self, finding_key: int, files: Sequence[PhotoFile]) -> None:
        """Photos the controller found acceptable, listed on their finding's row (at most 20 per finding)."""
        found = self._finding(finding_key)
        if found is None:  # the finding was removed while its photos were being checked
            return
        row, cell = found
        room = MAX_PHOTOS_PER_FINDING - len(cell.photos)
        for pending in files[:max(room, 0)]:
            cell.add(FindingPhoto(next(self._keys), pending.name, pending.data))
        if len(files) > room:
            self.show_message(self.tr("Finding {0}: at most {1} photos; {2} not added.")
                              .format(row + 1, MAX_PHOTOS_PER_FINDING, len(files) - max(room, 0)))

    def show_photo_refusals(self, finding_key: int, text: str) -> None:
        """Why some picked files were not added (already worded, one line per file)."""
        found = self._finding(finding_key)
        if found is not None and text:
            self.show_message(self.tr("Finding {0}, photos not added:\n{1}").format(found[0] + 1, text))

    def photos_to_upload(self) -> list[FindingPhoto]:
        """The attached photos that have no document yet, finding by finding."""
        return [photo for row in range(self.findings_table.rowCount()) for photo in self.photo_cell(row).photos
                if photo.key not in self._document_ids]

    def show_upload_progress(self, done: int, total: int) -> None:
        self.upload_progress.setRange(0, max(total, 1))
        self.upload_progress.setValue(done)
        self.upload_progress.setVisible(total > 0 and done < total)

    def show_photos_uploaded(self, uploaded: Mapping[int, int]) -> None:
        """Photos now on the server (photo key -> document id): a retry does not send them again. Once every
        photo has its document, a form waiting on its uploads submits."""
        self._document_ids.update(uploaded)
        if self.sending and not self.photos_to_upload():
            self.upload_progress.hide()
            self.set_sending(False)
            self.submit()

    def show_upload_failed(self, filename: str, reason: str) -> None:
        """A photo did not reach the server: nothing was recorded, the form keeps everything for a retry."""
        self.upload_progress.hide()
        self.show_refusal(GENERAL, self.tr("Photo {0} could not be uploaded: {1}\nNothing was recorded; "
                                           "press OK to try again.").format(filename, reason))

    def set_sending(self, sending: bool) -> None:
        super().set_sending(sending)
        for widget in (self.findings_table, self.add_button, self.free_button, self.remove_button):
            widget.setEnabled(not sending)

    @Slot()
    def submit(self) -> bool:
        """Check the fields; then ask for the photos without a document to be uploaded (the form submits
        itself once they are, see show_photos_uploaded), or, when every photo has one, send."""
        self.clear_problems()
        try:
            data = self.build()
        except FormInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except ValidationError as exc:
            self.show_problems(validation_problems(exc))
            return False
        self.set_sending(True)
        waiting = self.photos_to_upload()
        if waiting:
            self.show_message(self.tr("Uploading photos…"))
            self.show_upload_progress(0, len(waiting))
            self.sig_photos_upload_requested.emit(waiting)
        else:
            self.sig_form_submitted.emit(data)
        return True

    def build(self) -> InspectionCreate:
        """The form as a request; FormInvalid names what is missing. Each finding cites the documents of its
        photos uploaded so far (all of them by the time the form submits)."""
        inspectors = [n for n in _NAME_SEPARATORS.split(self.inspectors_edit.text().strip()) if n]
        if not inspectors:
            raise FormInvalid({"inspectors": self.tr("Name at least one inspector.")})
        findings = []
        for row in range(self.findings_table.rowCount()):
            item = self.findings_table.item(row, 1)
            description = (item.text() if item is not None else "").strip()
            if len(description) < 2:
                raise FormInvalid({"findings": self.tr("Finding {0}: describe the problem found.").format(row + 1)})
            combo = self.findings_table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            photo_ids = [self._document_ids[p.key] for p in self.photo_cell(row).photos if p.key in self._document_ids]
            findings.append(FindingIn(checklist_item_code=_cell(self.findings_table, row, 0).data(Qt.ItemDataRole.UserRole),
                                      description=description, severity=combo.currentData(),
                                      photo_document_ids=photo_ids))
        return InspectionCreate(project_id=self.project_id, inspection_type=self.type_combo.currentData(),
                                inspected_on=qdate_to_date(self.date_edit.date()), inspectors=inspectors,
                                summary=self.summary_edit.toPlainText().strip(),
                                template_code=self.template_combo.currentData(), findings=findings)


class DraftNoticeForm(FormDialog):
    """Draft a rectification notice from an inspection's findings: which ones, deadline, stop-work."""

    def __init__(self, inspection: InspectionOut, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Draft rectification notice — {0}").format(inspection.project_name), parent)
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
        self.body.insertWidget(0, QLabel(self.tr("Findings to include (tick) — double-click a legal basis to edit it"),
                                         self))
        self.body.insertWidget(1, self.findings_table, 1)
        self.add_field("deadline", self.tr("Rectification deadline"), self.deadline_edit)
        self.add_field("stop_work", "", self.stop_work_check)
        self.finish_layout()

    def build(self) -> NoticeCreate:
        items = []
        for row in range(self.findings_table.rowCount()):
            include, basis = _cell(self.findings_table, row, 0), _cell(self.findings_table, row, 2)
            if include.checkState() != Qt.CheckState.Checked:
                continue
            from_checklist = bool(basis.data(Qt.ItemDataRole.UserRole))
            text = basis.text().strip()
            if not from_checklist and len(text) < 2:
                raise FormInvalid({GENERAL: self.tr("Finding {0} is outside the checklist: state its legal basis.")
                                   .format(row + 1)})
            items.append(NoticeItemIn(finding_id=include.data(Qt.ItemDataRole.UserRole),
                                      legal_basis=None if from_checklist else text))
        if not items:
            raise FormInvalid({GENERAL: self.tr("Choose at least one finding.")})
        return NoticeCreate(project_id=self.inspection.project_id, inspection_id=self.inspection.id,
                            items=items,
                            deadline=qdate_to_date(self.deadline_edit.date()), stop_work=self.stop_work_check.isChecked())


class PunishmentForm(FormDialog):
    """Record an administrative punishment decision against a unit and/or a person."""

    def __init__(self, project_id: int, units: Sequence[tuple[int, str]], notices: Sequence[NoticeSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record administrative punishment"), parent)
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
        self.add_field("decision_no", self.tr("Decision no."), self.decision_edit)
        self.add_field("target_unit_id", self.tr("Punished unit"), self.unit_combo)
        self.add_field("target_person", self.tr("Punished person"), self.person_edit)
        self.add_field("notice_id", self.tr("Related notice"), self.notice_combo)
        self.add_field("legal_basis", self.tr("Legal basis"), self.basis_edit)
        self.add_field("facts", self.tr("Facts"), self.facts_edit)
        self.add_field("amount_yuan", self.tr("Fine"), self.amount_spin)
        self.add_field("decided_on", self.tr("Decided on"), self.decided_edit)
        self.finish_layout()

    def build(self) -> PunishmentCreate:
        problems = {}
        if len(self.decision_edit.text().strip()) < 4:
            problems["decision_no"] = self.tr("Enter the decision number.")
        if len(self.basis_edit.toPlainText().strip()) < 4:
            problems["legal_basis"] = self.tr("Enter the legal basis of the decision.")
        if self.unit_combo.currentData() is None and not self.person_edit.text().strip():
            problems["target_unit_id"] = self.tr("Name the punished unit or person.")
        if problems:
            raise FormInvalid(problems)
        return PunishmentCreate(decision_no=self.decision_edit.text().strip(), project_id=self.project_id,
                                notice_id=self.notice_combo.currentData(),
                                legal_basis=self.basis_edit.toPlainText().strip(),
                                facts=self.facts_edit.toPlainText().strip(), target_unit_id=self.unit_combo.currentData(),
                                target_person=self.person_edit.text().strip() or None,
                                amount_yuan=self.amount_spin.value(), decided_on=qdate_to_date(self.decided_edit.date()))


class DeductionDecisionDialog(FormDialog):
    """Confirm or reject a proposed point deduction; a rejection must say why."""

    def __init__(self, deduction: DeductionOut, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decide on a proposed deduction"), parent)
        self.resize(560, 360)
        self.deduction = deduction
        self._confirm = True
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
        self.body.insertWidget(0, facts)
        self.add_field("comment", "", self.comment_edit)
        self.finish_layout()

    @Slot()
    def decide(self, confirm: bool) -> bool:
        """Confirm or reject: checked here, then handed to whoever sends it."""
        self._confirm = confirm
        return self.submit()

    def build(self) -> DeductionDecisionIn:
        comment = self.comment_edit.toPlainText().strip()
        if not self._confirm and not comment:
            raise FormInvalid({"comment": self.tr("Say why the deduction is rejected.")})
        return DeductionDecisionIn(confirm=self._confirm, comment=comment)
