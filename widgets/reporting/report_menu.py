"""The enterprise's "Report…" menu: every report form by key, the menu that offers them, and the one
factory that builds a form for a project (so the workspace, the dossier and the tests open them alike).
The forms come empty of server data: their controller loads and sends (app/report_forms_controller.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from domain.enterprise_workspace import DueKind
from domain.schemas import ProjectSummary
from widgets.common.translate import QT_TRANSLATE_NOOP
from widgets.locator_map import Ring
from widgets.reporting.photo_upload import PhotoUploadDialog
from widgets.reporting.project_forms import BasicInfoForm, PermitForm, PositionForm, StatusReportForm
from widgets.reporting.records_forms import (
    AcceptanceForm,
    MaterialEntryForm,
    MaterialTestForm,
    SafetyAssessmentForm,
    SafetyDutyForm,
)
from widgets.reporting.works_forms import (
    DangerousWorkForm,
    EquipmentForm,
    OperationForm,
    OperationPeriodForm,
    SpecialPlanForm,
)


class FormKey(StrEnum):
    BASIC_INFO = "basic_info"
    PERMIT = "permit"
    POSITION = "position"
    STATUS = "status"
    PROGRESS_PHOTOS = "progress_photos"
    DANGEROUS_WORK = "dangerous_work"
    SPECIAL_PLAN = "special_plan"
    OPERATION_PERIOD = "operation_period"
    EQUIPMENT = "equipment"
    OPERATION = "operation"
    MATERIAL_ENTRY = "material_entry"
    MATERIAL_TEST = "material_test"
    ACCEPTANCE = "acceptance"
    SAFETY_DUTY = "safety_duty"
    SAFETY_ASSESSMENT = "safety_assessment"


# Menu sections: project facts, progress, dangerous works and machinery, quality, safety.
_SECTIONS: tuple[tuple[tuple[FormKey, str], ...], ...] = (
    ((FormKey.BASIC_INFO, QT_TRANSLATE_NOOP("ReportMenu", "Basic information…")),
     (FormKey.PERMIT, QT_TRANSLATE_NOOP("ReportMenu", "Bind construction permit…")),
     (FormKey.POSITION, QT_TRANSLATE_NOOP("ReportMenu", "Map position…")),
     (FormKey.STATUS, QT_TRANSLATE_NOOP("ReportMenu", "Status report…"))),
    ((FormKey.PROGRESS_PHOTOS, QT_TRANSLATE_NOOP("ReportMenu", "Monthly progress photos…")),),
    ((FormKey.DANGEROUS_WORK, QT_TRANSLATE_NOOP("ReportMenu", "Register dangerous sub-project…")),
     (FormKey.SPECIAL_PLAN, QT_TRANSLATE_NOOP("ReportMenu", "Special construction plan…")),
     (FormKey.OPERATION_PERIOD, QT_TRANSLATE_NOOP("ReportMenu", "Actual operation period…")),
     (FormKey.EQUIPMENT, QT_TRANSLATE_NOOP("ReportMenu", "Lifting equipment…")),
     (FormKey.OPERATION, QT_TRANSLATE_NOOP("ReportMenu", "Lifting equipment operation plan…"))),
    ((FormKey.MATERIAL_ENTRY, QT_TRANSLATE_NOOP("ReportMenu", "Material entry…")),
     (FormKey.MATERIAL_TEST, QT_TRANSLATE_NOOP("ReportMenu", "Material test…")),
     (FormKey.ACCEPTANCE, QT_TRANSLATE_NOOP("ReportMenu", "Sub-divisional work acceptance…"))),
    ((FormKey.SAFETY_DUTY, QT_TRANSLATE_NOOP("ReportMenu", "Safety officer on duty…")),
     (FormKey.SAFETY_ASSESSMENT, QT_TRANSLATE_NOOP("ReportMenu", "Safety standardisation assessment…"))),
)

# Which form settles a due item.
FORM_FOR_DUE: dict[DueKind, FormKey] = {
    DueKind.PROGRESS_PHOTOS: FormKey.PROGRESS_PHOTOS,
    DueKind.SAFETY_DUTY: FormKey.SAFETY_DUTY,
    DueKind.WORK_STARTS: FormKey.OPERATION_PERIOD,
    DueKind.WORK_ENDS: FormKey.OPERATION_PERIOD,
    DueKind.PLAN_UNAPPROVED: FormKey.SPECIAL_PLAN,
    DueKind.CERTIFICATE_EXPIRING: FormKey.EQUIPMENT,
    DueKind.CERTIFICATE_EXPIRED: FormKey.EQUIPMENT,
    DueKind.OPERATION: FormKey.OPERATION,
}


def report_menu(parent: QWidget, on_chosen: Callable[[FormKey], None]) -> QMenu:
    menu = QMenu(QCoreApplication.translate("ReportMenu", "Report…"), parent)
    for index, section in enumerate(_SECTIONS):
        if index:
            menu.addSeparator()
        for key, text in section:
            action = menu.addAction(QCoreApplication.translate("ReportMenu", text))
            action.setData(key.value)
            action.triggered.connect(lambda _checked=False, key=key: on_chosen(key))
    return menu


_SIMPLE = {
    FormKey.BASIC_INFO: BasicInfoForm, FormKey.PERMIT: PermitForm, FormKey.STATUS: StatusReportForm,
    FormKey.PROGRESS_PHOTOS: PhotoUploadDialog, FormKey.DANGEROUS_WORK: DangerousWorkForm,
    FormKey.OPERATION_PERIOD: OperationPeriodForm, FormKey.EQUIPMENT: EquipmentForm, FormKey.OPERATION: OperationForm,
    FormKey.MATERIAL_ENTRY: MaterialEntryForm, FormKey.MATERIAL_TEST: MaterialTestForm,
    FormKey.ACCEPTANCE: AcceptanceForm, FormKey.SAFETY_DUTY: SafetyDutyForm,
    FormKey.SAFETY_ASSESSMENT: SafetyAssessmentForm,
}


def create_form(key: FormKey, project: ProjectSummary, *, district_rings: Sequence[Ring] = (),
                max_upload_bytes: int, parent: QWidget | None = None) -> QDialog:
    """The (empty) form for `key` about `project`; `district_rings` outline the project's district for the
    position form, `max_upload_bytes` is the largest file the server takes."""
    key = FormKey(key)
    if key is FormKey.POSITION:
        return PositionForm(project.id, project.name, project.lon, project.lat, district_rings, parent)
    if key is FormKey.SPECIAL_PLAN:
        return SpecialPlanForm(project.id, project.name, max_upload_bytes, parent)
    return _SIMPLE[key](project.id, project.name, parent)
