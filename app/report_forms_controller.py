"""The enterprise's report forms: open one for a project, load what it starts from (its works, machines,
testing agencies, the project's data or status), send what it builds (bind_form) and upload progress
photos batch by batch with their progress. Every form's answer is announced (`sig_reported`), so the
workspace can refresh."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from app.error_text import describe_error, field_refusal
from app.evidence_flow import bind_evidence
from app.form_flow import bind_form
from app.worker import Worker
from domain.schemas import ProjectSummary
from services.reporting_client import PhotoFile, PhotoUploadResult, ReportingClient, UploadProgress
from services.reporting_workflows import ReviewNotRecorded, testing_choices, upload_plan
from services.uploads import MAX_UPLOAD_BYTES, PHOTO_TYPES
from widgets.common.evidence import PendingFile
from widgets.locator_map import Ring
from widgets.reporting.form_base import ReportForm
from widgets.reporting.photo_upload import PhotoOutcome, PhotoUploadDialog
from widgets.reporting.project_forms import BasicInfoForm, StatusReportForm
from widgets.reporting.records_forms import MaterialTestForm
from widgets.reporting.report_menu import FormKey, create_form
from widgets.reporting.works_forms import OperationForm, PlanUpload, SpecialPlanForm, WorkChoiceForm

Send = Callable[[ReportingClient, int, Any], Any]  # (client, project id, the form's payload) -> the answer


def _send_plan(client: ReportingClient, _project_id: int, upload: PlanUpload) -> Any:
    return upload_plan(client, work_id=upload.work_id, title=upload.title, path=upload.path, review=upload.review,
                       stored_plan_id=upload.stored_plan_id)


# What sends each form's payload (looked up on the client at call time).
SENDERS: dict[FormKey, Send] = {
    FormKey.BASIC_INFO: lambda c, project_id, data: c.submit_basic_info(project_id, data),
    FormKey.PERMIT: lambda c, project_id, data: c.bind_permit(project_id, data),
    FormKey.POSITION: lambda c, project_id, data: c.report_position(project_id, data),
    FormKey.STATUS: lambda c, project_id, data: c.report_status(project_id, data),
    FormKey.DANGEROUS_WORK: lambda c, project_id, data: c.register_dangerous_work(project_id, data),
    FormKey.SPECIAL_PLAN: _send_plan,
    FormKey.OPERATION_PERIOD: lambda c, _project_id, data: c.report_operation_period(*data),
    FormKey.EQUIPMENT: lambda c, project_id, data: c.register_equipment(project_id, data),
    FormKey.OPERATION: lambda c, _project_id, data: c.plan_operation(*data),
    FormKey.MATERIAL_ENTRY: lambda c, project_id, data: c.record_material_entry(project_id, data),
    FormKey.MATERIAL_TEST: lambda c, project_id, data: c.record_material_test(project_id, data),
    FormKey.ACCEPTANCE: lambda c, project_id, data: c.record_acceptance(project_id, data),
    FormKey.SAFETY_DUTY: lambda c, project_id, data: c.record_safety_duty(project_id, data),
    FormKey.SAFETY_ASSESSMENT: lambda c, project_id, data: c.record_safety_assessment(project_id, data),
}


class _PhotoBatch(QObject):
    """Carries one upload batch's progress from the worker thread to its dialog: it lives in the GUI thread,
    so its signals, emitted in the pool thread, are queued to the GUI thread's event loop. The controller
    holds it until the batch has ended; a dialog deleted meanwhile simply hears nothing more."""

    sig_progress = Signal(object)  # UploadProgress
    sig_result = Signal(object)  # PhotoUploadResult

    def __init__(self, dialog: PhotoUploadDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.sig_progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.sig_result.connect(self._result, Qt.ConnectionType.QueuedConnection)

    def alive(self) -> bool:
        return shiboken6.isValid(self.dialog)

    @Slot(object)
    def _progress(self, progress: UploadProgress) -> None:
        if self.alive():
            self.dialog.show_progress(progress.index, progress.count, progress.sent, progress.total)

    @Slot(object)
    def _result(self, result: PhotoUploadResult) -> None:
        if self.alive():
            refusal = field_refusal(result.error)[1] if result.error is not None else ""
            self.dialog.show_result(PhotoOutcome(result.name, result.photo, refusal, result.sent))


class ReportFormsController(QObject):
    sig_form_opened = Signal(object)  # the form dialog, once it is showing
    sig_reported = Signal(object)  # a form's answer, or a photo batch's outcomes

    def __init__(self, client: ReportingClient, worker: Worker, district_rings: Callable[[str], Sequence[Ring]],
                 window: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self._worker = worker
        self._district_rings = district_rings
        self._window = window
        self._batches: set[_PhotoBatch] = set()

    def open(self, key: FormKey, project: ProjectSummary) -> QDialog:
        """Show the form for `key` about `project` (deleted when closed), its data loading."""
        form = create_form(FormKey(key), project, district_rings=self._district_rings(project.district_adcode),
                           max_upload_bytes=MAX_UPLOAD_BYTES, parent=self._window)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(form, PhotoUploadDialog):
            self._bind_photos(form)
        else:
            assert isinstance(form, ReportForm)
            self._load(form)
            self._bind(FormKey(key), form)
        form.show()
        form.raise_()
        self.sig_form_opened.emit(form)
        return form

    # --- report forms -----------------------------------------------------------------------------

    def _bind(self, key: FormKey, form: ReportForm) -> None:
        send, project_id = SENDERS[key], form.project_id
        describe = field_refusal
        if isinstance(form, SpecialPlanForm):
            describe = partial(self._describe_plan_refusal, form)
        bind_form(self._worker, form, send=lambda payload: send(self.client, project_id, payload),
                  on_sent=self.sig_reported.emit, describe=describe)

    @staticmethod
    def _describe_plan_refusal(form: SpecialPlanForm, error: Exception) -> tuple[str, str]:
        """A plan stored without its expert review: the form keeps the plan for a retry of the review alone."""
        if isinstance(error, ReviewNotRecorded) and shiboken6.isValid(form):
            return form.keep_stored_plan(error.plan_id, error.work_id, field_refusal(error.error)[1])
        return field_refusal(error)

    def _load(self, form: ReportForm) -> None:
        """Fetch what the form starts from, if anything, and hand it over."""
        project_id = form.project_id
        if isinstance(form, BasicInfoForm):
            self._fill(form, partial(self.client.api.project, project_id), form.show_project)
        elif isinstance(form, StatusReportForm):
            self._fill(form, partial(self.client.project_facts, project_id), form.show_facts)
        elif isinstance(form, MaterialTestForm):
            self._fill(form, partial(testing_choices, self.client, project_id), lambda c: form.show_choices(*c))
        elif isinstance(form, WorkChoiceForm):
            self._fill(form, partial(self.client.dangerous_works, project_id), form.show_works)
        elif isinstance(form, OperationForm):
            self._fill(form, partial(self.client.equipment, project_id), form.show_equipment)

    def _fill(self, form: ReportForm, fetch: Callable[[], Any], show: Callable[[Any], None]) -> None:
        def shown(value: Any) -> None:
            if shiboken6.isValid(form):
                show(value)

        def failed(error: Exception) -> None:
            if shiboken6.isValid(form):
                form.show_error(describe_error(error))

        self._worker.submit(fetch, shown, failed, channel=f"report-form-{id(form)}")

    # --- progress photos --------------------------------------------------------------------------

    def _bind_photos(self, dialog: PhotoUploadDialog) -> None:
        bind_evidence(self._worker, dialog.panel, PHOTO_TYPES)
        dialog.sig_upload_requested.connect(partial(self._upload_photos, dialog))
        dialog.sig_uploaded.connect(self.sig_reported.emit)

    def _upload_photos(self, dialog: PhotoUploadDialog, month: str, caption: str, files: list[PendingFile]) -> None:
        """Send the batch in the worker; each photo's progress and outcome reach the dialog as they happen."""
        batch = _PhotoBatch(dialog)
        self._batches.add(batch)
        call = partial(self.client.upload_progress_photos, dialog.project_id, month,
                       [PhotoFile(f.name, f.data, caption) for f in files],
                       on_progress=batch.sig_progress.emit, on_result=batch.sig_result.emit)

        def ended(_results: list[PhotoUploadResult]) -> None:
            self._retire(batch)
            if batch.alive():
                dialog.show_done()

        def broke_off(error: Exception) -> None:
            self._retire(batch)
            if batch.alive():
                dialog.show_failed(field_refusal(error)[1])

        self._worker.submit(call, ended, broke_off)

    def _retire(self, batch: _PhotoBatch) -> None:
        self._batches.discard(batch)
        batch.deleteLater()
