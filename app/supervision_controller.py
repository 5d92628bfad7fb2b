"""A project dossier's Supervision tab: loads its risk and record lists, opens notices and follow-ups,
and builds the supervisor's forms (inspection, draft notice, punishment, deduction decision), sends them
and reloads the tab when one was recorded. It is a child of the tab. The inspection form's photos are
checked in the worker as the server will, and uploaded (with progress) before the inspection is sent."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.error_text import CASES, case_refusal, describe_error
from app.evidence_flow import check_files
from app.follow_up_controller import open_follow_up
from app.form_flow import bind_form
from app.progress_relay import ProgressRelay
from app.worker import Worker
from domain.case_schemas import DeductionDecisionIn, DeductionOut, FollowUpOut, InspectionOut
from domain.schemas import UserOut
from services.cases_client import CasesClient
from services.cases_workflows import PhotoUploadFailed, upload_finding_photos
from services.uploads import PHOTO_TYPES, CheckedFile
from widgets.cases.forms import (
    DeductionDecisionDialog,
    DraftNoticeForm,
    FindingPhoto,
    InspectionForm,
    PunishmentForm,
)
from widgets.cases.supervision_tab import SupervisionTab
from widgets.common.form_dialog import FormDialog

LIST_LIMIT = 200
Progress = Callable[[int, int], None]  # (photos uploaded, photos in all); called in the worker thread


class SupervisionController(QObject):
    sig_changed = Signal()  # something was recorded here: queues elsewhere may need a reload

    def __init__(self, cases: CasesClient, worker: Worker, user: UserOut, project_id: int, project_name: str,
                 units: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        self.tab = SupervisionTab(user, project_id, project_name, units, parent)
        super().__init__(self.tab)
        self._cases = cases
        self._worker = worker
        self._user = user
        tab = self.tab
        tab.sig_inspection_form_requested.connect(self.open_inspection_form)
        tab.sig_draft_form_requested.connect(self.open_draft_form)
        tab.sig_punishment_form_requested.connect(self.open_punishment_form)
        tab.sig_deduction_decision_requested.connect(self.open_deduction_decision)
        tab.sig_follow_up_open_requested.connect(self._open_follow_up)

    @property
    def project_id(self) -> int:
        return self.tab.project_id

    # --- loading ----------------------------------------------------------------------------------

    @Slot()
    def load(self) -> None:
        """The risk and every list, one request each (a newer load supersedes an older one's answers)."""
        cases, pid, tab = self._cases, self.project_id, self.tab
        calls: list[tuple[str, Callable[[], Any], Callable[[Any], None]]] = [
            ("risk", partial(cases.project_risk, pid), tab.show_risk),
            ("inspections", partial(cases.project_inspections, pid), partial(tab.show_rows, "inspections")),
            ("notices", partial(cases.notices, project_id=pid, page_size=LIST_LIMIT),
             lambda page: tab.show_rows("notices", page.items)),
            ("punishments", partial(cases.project_punishments, pid), partial(tab.show_rows, "punishments")),
            ("deductions", partial(cases.deductions, project_id=pid, limit=LIST_LIMIT),
             partial(tab.show_rows, "deductions")),
            ("follow_ups", partial(cases.follow_ups, project_id=pid, page_size=LIST_LIMIT),
             lambda page: tab.show_rows("follow_ups", page.items)),
        ]
        tab.begin_loading()
        for key, call, show in calls:
            self._worker.submit(call, partial(self._arrived, show), partial(self._failed, key),
                                channel=f"supervision-{id(self)}-{key}")

    def _arrived(self, show: Callable[[Any], None], value: Any) -> None:
        show(value)

    def _failed(self, part: str, error: Exception) -> None:
        self.tab.show_failure(part, describe_error(error, CASES))

    def _on_changed(self, *_args: object) -> None:
        self.load()
        self.sig_changed.emit()

    # --- records and forms --------------------------------------------------------------------------

    @Slot(object)
    def _open_follow_up(self, follow_up: FollowUpOut) -> None:
        dialog = open_follow_up(self._cases, self._worker, self._user, follow_up, self.tab)
        dialog.sig_follow_up_changed.connect(self._on_changed)

    def _opened(self, form: FormDialog, send: Callable[[Any], Any]) -> None:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        bind_form(self._worker, form, send, on_sent=self._on_changed, describe=case_refusal)
        form.open()

    @Slot()
    def open_inspection_form(self) -> InspectionForm:
        form = InspectionForm(self.project_id, self.tab.project_name, self.tab)
        self._opened(form, self._cases.create_inspection)
        relay = ProgressRelay(form)
        relay.sig_progress.connect(form.show_upload_progress)
        form.sig_photos_added.connect(partial(self._check_photos, form))
        form.sig_photos_upload_requested.connect(partial(self._upload_photos, form, relay))

        def failed(error: Exception) -> None:
            if shiboken6.isValid(form):
                form.show_message(describe_error(error, CASES))

        self._worker.submit(self._cases.checklists, form.set_templates, failed, channel=f"checklists-{id(form)}")
        return form

    def _check_photos(self, form: InspectionForm, finding_key: int, paths: list[str]) -> None:
        """Read and check picked photos in the worker (type by content, size), each refusal a sentence."""

        def checked(outcome: tuple[list[CheckedFile], list[str]]) -> None:
            if shiboken6.isValid(form):
                accepted, refusals = outcome
                form.add_photos(finding_key, accepted)
                form.show_photo_refusals(finding_key, "\n".join(refusals))

        def failed(error: Exception) -> None:
            if shiboken6.isValid(form):
                form.show_photo_refusals(finding_key, describe_error(error, CASES))

        self._worker.submit(partial(check_files, list(paths), PHOTO_TYPES), checked, failed)

    def _upload_photos(self, form: InspectionForm, relay: ProgressRelay, photos: list[FindingPhoto]) -> None:
        """Upload the form's photos; it submits itself once each has its document id."""

        def uploaded(ids: dict[int, int]) -> None:
            if shiboken6.isValid(form):
                form.show_photos_uploaded(ids)

        def failed(error: Exception) -> None:
            if not shiboken6.isValid(form):
                return
            if isinstance(error, PhotoUploadFailed):
                form.show_photos_uploaded(error.uploaded)
                form.show_upload_failed(error.filename, describe_error(error.cause, CASES))
            else:
                form.show_refusal(*case_refusal(error))

        self._worker.submit(partial(upload_finding_photos, self._cases, form.project_id, list(photos), relay.report),
                            uploaded, failed)

    @Slot(object)
    def open_draft_form(self, inspection: InspectionOut) -> DraftNoticeForm:
        form = DraftNoticeForm(inspection, self.tab)
        self._opened(form, self._cases.draft_notice)
        return form

    @Slot()
    def open_punishment_form(self) -> PunishmentForm:
        form = PunishmentForm(self.project_id, self.tab.units, self.tab.notices.rows, self.tab)
        self._opened(form, self._cases.record_punishment)
        return form

    @Slot(object)
    def open_deduction_decision(self, deduction: DeductionOut) -> DeductionDecisionDialog:
        dialog = DeductionDecisionDialog(deduction, self.tab)

        def decide(decision: DeductionDecisionIn) -> DeductionOut:
            return self._cases.decide_deduction(deduction.id, confirm=decision.confirm, comment=decision.comment)

        self._opened(dialog, decide)
        return dialog
