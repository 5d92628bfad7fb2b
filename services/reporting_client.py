"""Typed calls of the enterprise-reporting and verification API (/api/v1/reporting): project facts,
monthly progress photos, dangerous sub-projects and their special plans, lifting machinery, materials and
testing, acceptances, safety management, the verification queue and the monthly review.

Builds on the generic calls of ``ApiClient``; every method blocks, so views run them in the worker.
Uploads are checked locally first (type and size), so an obviously wrong file costs no round trip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from domain.enterprise_workspace import WORKSPACE_PAGE_SIZE, WorkspacePage
from domain.reporting import SubmissionAction, SubmissionKind, SubmissionStatus, month_of
from domain.reporting_schemas import (
    AcceptanceIn,
    AcceptanceOut,
    BasicInfoIn,
    DangerousWorkIn,
    DangerousWorkOut,
    DangerousWorkPlanOut,
    EquipmentIn,
    EquipmentOut,
    ExpertReviewIn,
    MaterialEntryIn,
    MaterialEntryOut,
    MaterialTestIn,
    MaterialTestOut,
    MonthlyReviewIn,
    MonthlyReviewOut,
    OperationIn,
    OperationOut,
    OperationPeriodIn,
    PermitIn,
    PositionIn,
    ProgressPhotoOut,
    ProgressReportOut,
    ProjectFactsOut,
    ProjectVersionOut,
    SafetyAssessmentIn,
    SafetyAssessmentOut,
    SafetyDutyIn,
    SafetyDutyOut,
    StatusReportIn,
    SubmissionActionIn,
    SubmissionContextOut,
    SubmissionOut,
    SubmissionPage,
    TimelineEntry,
)
from domain.schemas import Dto
from services.api_client import ApiClient, query_params
from services.errors import ApiError
from services.uploads import PDF, PHOTO_TYPES, check_upload

PREFIX = "/reporting"


def _json(data: Dto) -> Any:
    return data.model_dump(mode="json")


def _month(month: str | dt.date) -> str:
    return month if isinstance(month, str) else month_of(month)


@dataclass(frozen=True)
class PhotoFile:
    """A progress photo ready to send: its name, its bytes and the caption the enterprise gave it."""

    name: str
    data: bytes
    caption: str = ""


@dataclass(frozen=True)
class UploadProgress:
    """Where a multi-file upload stands: file `index` (0-based) of `count` is going out, and
    `sent` of `total` bytes of all files have been handed to the network."""

    index: int
    count: int
    name: str
    sent: int
    total: int


@dataclass(frozen=True)
class PhotoUploadResult:
    """One file's outcome: the stored photo (with the server's flags) or the server's refusal. A file
    after a refusal of the whole batch is not sent (`sent` False) and carries that refusal."""

    name: str
    photo: ProgressPhotoOut | None = None
    error: ApiError | None = None
    sent: bool = True


# Refusals about one file (its type, size or content): the next file may well be accepted.
_FILE_REFUSALS = frozenset({"unsupported_type", "file_too_large", "unreadable_image", "image_too_large"})


def refuses_batch(error: ApiError) -> bool:
    """True when the server refuses the month or the project itself (already verified, reported by another
    unit, not started, not found, not allowed): every further photo of the batch would be refused too."""
    if error.status in (401, 403, 404, 409):
        return True
    return error.status == 422 and error.code not in _FILE_REFUSALS


class ReportingClient:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    # --- the verification queue ---------------------------------------------------------------

    def submissions(self, *, pending: bool = False, status: SubmissionStatus | None = None,
                    kind: SubmissionKind | None = None, project_id: int | None = None, page: int = 1,
                    page_size: int = 50) -> SubmissionPage:
        """Supervisors: their region's submissions (`pending=True` is the work queue). Enterprises:
        their own unit's, e.g. `status=RETURNED` for what came back."""
        return self.api.get_model(SubmissionPage, f"{PREFIX}/submissions", params=query_params(
            pending="true" if pending else None, status=status, kind=kind, project_id=project_id, page=page,
            page_size=page_size))

    def submission(self, submission_id: int) -> SubmissionOut:
        return self.api.get_model(SubmissionOut, f"{PREFIX}/submissions/{int(submission_id)}")

    def submission_context(self, submission_id: int) -> SubmissionContextOut:
        """The submission with what it proposes, the current project (facts) and a plan's work: one request."""
        return self.api.get_model(SubmissionContextOut, f"{PREFIX}/submissions/{int(submission_id)}/context")

    def act_on_submission(self, submission_id: int, action: SubmissionAction, *, comment: str = "") -> SubmissionOut:
        """verify / return (comment required) for supervisors; resubmit for the enterprise after a return."""
        return self.api.post_model(SubmissionOut,
                                   f"{PREFIX}/submissions/{int(submission_id)}/{SubmissionAction(action).value}",
                                   json=_json(SubmissionActionIn(comment=comment)))

    # --- the enterprise workspace ---------------------------------------------------------------

    def workspace(self, *, page: int = 1, page_size: int = WORKSPACE_PAGE_SIZE) -> WorkspacePage:
        """A page of the enterprise's projects with their verification state, what falls due (computed by
        the server's compliance rules) and what supervisors returned."""
        return self.api.get_model(WorkspacePage, f"{PREFIX}/workspace", params={"page": page, "page_size": page_size})

    # --- project facts ------------------------------------------------------------------------

    def project_facts(self, project_id: int) -> ProjectFactsOut:
        return self.api.get_model(ProjectFactsOut, f"{PREFIX}/projects/{int(project_id)}/facts")

    def submit_basic_info(self, project_id: int, data: BasicInfoIn) -> SubmissionOut:
        return self.api.post_model(SubmissionOut, f"{PREFIX}/projects/{int(project_id)}/basic-info", json=_json(data))

    def basic_info_versions(self, project_id: int) -> list[ProjectVersionOut]:
        return self.api.get_list(ProjectVersionOut, f"{PREFIX}/projects/{int(project_id)}/versions")

    def bind_permit(self, project_id: int, data: PermitIn) -> SubmissionOut:
        return self.api.post_model(SubmissionOut, f"{PREFIX}/projects/{int(project_id)}/permit", json=_json(data))

    def report_position(self, project_id: int, data: PositionIn) -> SubmissionOut:
        return self.api.post_model(SubmissionOut, f"{PREFIX}/projects/{int(project_id)}/position", json=_json(data))

    def report_status(self, project_id: int, data: StatusReportIn) -> SubmissionOut:
        return self.api.post_model(SubmissionOut, f"{PREFIX}/projects/{int(project_id)}/status", json=_json(data))

    # --- monthly image progress ---------------------------------------------------------------

    def upload_progress_photo(self, project_id: int, month: str | dt.date, photo: PhotoFile, *,
                              on_progress: Callable[[int, int], None] | None = None) -> ProgressPhotoOut:
        """One photo of the month; the answer carries the server's EXIF flags (other month, > 1 km)."""
        content_type = check_upload(photo.name, photo.data, allowed=PHOTO_TYPES)
        return self.api.upload(ProgressPhotoOut,
                               f"{PREFIX}/projects/{int(project_id)}/progress/{_month(month)}/photos",
                               filename=photo.name, data=photo.data, content_type=content_type,
                               fields={"caption": photo.caption}, on_progress=on_progress)

    def upload_progress_photos(self, project_id: int, month: str | dt.date, photos: Sequence[PhotoFile], *,
                               on_progress: Callable[[UploadProgress], None] | None = None,
                               on_result: Callable[[PhotoUploadResult], None] | None = None,
                               ) -> list[PhotoUploadResult]:
        """Send the photos one by one (the endpoint takes one file per request), reporting the bytes
        sent across all files. A file the server refuses (type, size, unreadable) is recorded and the
        rest still go; a refusal of the month or project (see `refuses_batch`) is recorded and the rest
        are reported as not sent. A lost connection or session ends the batch (the exception propagates)."""
        for photo in photos:  # refuse a bad batch before the first byte goes out
            check_upload(photo.name, photo.data, allowed=PHOTO_TYPES)
        total = sum(len(p.data) for p in photos)
        done = 0
        results: list[PhotoUploadResult] = []
        for index, photo in enumerate(photos):
            if results and results[-1].error is not None and refuses_batch(results[-1].error):
                result = PhotoUploadResult(photo.name, error=results[-1].error, sent=False)
                if on_result is not None:
                    on_result(result)
                results.append(result)
                continue

            def progress(sent: int, size: int, *, index: int = index, name: str = photo.name,
                         before: int = done, length: int = len(photo.data)) -> None:
                # the multipart body is a little larger than the file: scale to the file's share
                if on_progress is not None:
                    on_progress(UploadProgress(index, len(photos), name, before + length * sent // max(1, size), total))

            try:
                result = PhotoUploadResult(photo.name, photo=self.upload_progress_photo(
                    project_id, month, photo, on_progress=progress))
            except ApiError as exc:
                if exc.status == 401:
                    raise
                result = PhotoUploadResult(photo.name, error=exc)
            done += len(photo.data)
            if on_progress is not None:
                on_progress(UploadProgress(index, len(photos), photo.name, done, total))
            if on_result is not None:
                on_result(result)
            results.append(result)
        return results

    def progress_reports(self, project_id: int) -> list[ProgressReportOut]:
        return self.api.get_list(ProgressReportOut, f"{PREFIX}/projects/{int(project_id)}/progress")

    def progress_photo_content(self, photo_id: int, *, thumbnail: bool = False) -> bytes:
        return self.api.get_bytes(f"{PREFIX}/progress-photos/{int(photo_id)}/content",
                                  params={"thumbnail": "true"} if thumbnail else None)

    # --- dangerous sub-projects ---------------------------------------------------------------

    def register_dangerous_work(self, project_id: int, data: DangerousWorkIn) -> DangerousWorkOut:
        return self.api.post_model(DangerousWorkOut, f"{PREFIX}/projects/{int(project_id)}/dangerous-works",
                                   json=_json(data))

    def dangerous_works(self, project_id: int) -> list[DangerousWorkOut]:
        return self.api.get_list(DangerousWorkOut, f"{PREFIX}/projects/{int(project_id)}/dangerous-works")

    def dangerous_works_timeline(self, project_id: int) -> list[TimelineEntry]:
        return self.api.get_list(TimelineEntry, f"{PREFIX}/projects/{int(project_id)}/dangerous-works/timeline")

    def report_operation_period(self, work_id: int, data: OperationPeriodIn) -> DangerousWorkOut:
        """The actual start and/or end of a dangerous work's operation."""
        return self.api.patch_model(DangerousWorkOut, f"{PREFIX}/dangerous-works/{int(work_id)}/period",
                                    json=_json(data))

    def upload_special_plan(self, work_id: int, title: str, filename: str, data: bytes, *,
                            on_progress: Callable[[int, int], None] | None = None) -> DangerousWorkPlanOut:
        """The special construction plan (PDF); its verification by a supervisor is the approval."""
        content_type = check_upload(filename, data, allowed={PDF})
        return self.api.upload(DangerousWorkPlanOut, f"{PREFIX}/dangerous-works/{int(work_id)}/plans",
                               filename=filename, data=data, content_type=content_type, fields={"title": title},
                               on_progress=on_progress)

    def special_plans(self, project_id: int) -> list[DangerousWorkPlanOut]:
        """Every special plan of the project's dangerous works the caller may see, oldest first."""
        return self.api.get_list(DangerousWorkPlanOut, f"{PREFIX}/projects/{int(project_id)}/dangerous-work-plans")

    def special_plan_content(self, plan_id: int) -> bytes:
        return self.api.get_bytes(f"{PREFIX}/dangerous-work-plans/{int(plan_id)}/content")

    def record_expert_review(self, plan_id: int, data: ExpertReviewIn) -> DangerousWorkPlanOut:
        return self.api.put_model(DangerousWorkPlanOut, f"{PREFIX}/dangerous-work-plans/{int(plan_id)}/expert-review",
                                  json=_json(data))

    # --- lifting machinery --------------------------------------------------------------------

    def register_equipment(self, project_id: int, data: EquipmentIn) -> EquipmentOut:
        return self.api.post_model(EquipmentOut, f"{PREFIX}/projects/{int(project_id)}/equipment", json=_json(data))

    def equipment(self, project_id: int) -> list[EquipmentOut]:
        return self.api.get_list(EquipmentOut, f"{PREFIX}/projects/{int(project_id)}/equipment")

    def plan_operation(self, equipment_id: int, data: OperationIn) -> OperationOut:
        return self.api.post_model(OperationOut, f"{PREFIX}/equipment/{int(equipment_id)}/operations",
                                   json=_json(data))

    def operations(self, equipment_id: int) -> list[OperationOut]:
        return self.api.get_list(OperationOut, f"{PREFIX}/equipment/{int(equipment_id)}/operations")

    # --- materials, testing and acceptance ----------------------------------------------------

    def record_material_entry(self, project_id: int, data: MaterialEntryIn) -> MaterialEntryOut:
        return self.api.post_model(MaterialEntryOut, f"{PREFIX}/projects/{int(project_id)}/material-entries",
                                   json=_json(data))

    def material_entries(self, project_id: int) -> list[MaterialEntryOut]:
        return self.api.get_list(MaterialEntryOut, f"{PREFIX}/projects/{int(project_id)}/material-entries")

    def record_material_test(self, project_id: int, data: MaterialTestIn) -> MaterialTestOut:
        return self.api.post_model(MaterialTestOut, f"{PREFIX}/projects/{int(project_id)}/material-tests",
                                   json=_json(data))

    def material_tests(self, project_id: int) -> list[MaterialTestOut]:
        return self.api.get_list(MaterialTestOut, f"{PREFIX}/projects/{int(project_id)}/material-tests")

    def record_acceptance(self, project_id: int, data: AcceptanceIn) -> AcceptanceOut:
        return self.api.post_model(AcceptanceOut, f"{PREFIX}/projects/{int(project_id)}/acceptances",
                                   json=_json(data))

    def acceptances(self, project_id: int) -> list[AcceptanceOut]:
        return self.api.get_list(AcceptanceOut, f"{PREFIX}/projects/{int(project_id)}/acceptances")

    # --- safety management --------------------------------------------------------------------

    def record_safety_duty(self, project_id: int, data: SafetyDutyIn) -> SafetyDutyOut:
        return self.api.post_model(SafetyDutyOut, f"{PREFIX}/projects/{int(project_id)}/safety-duties",
                                   json=_json(data))

    def safety_duties(self, project_id: int) -> list[SafetyDutyOut]:
        return self.api.get_list(SafetyDutyOut, f"{PREFIX}/projects/{int(project_id)}/safety-duties")

    def record_safety_assessment(self, project_id: int, data: SafetyAssessmentIn) -> SafetyAssessmentOut:
        return self.api.post_model(SafetyAssessmentOut, f"{PREFIX}/projects/{int(project_id)}/safety-assessments",
                                   json=_json(data))

    def safety_assessments(self, project_id: int) -> list[SafetyAssessmentOut]:
        return self.api.get_list(SafetyAssessmentOut, f"{PREFIX}/projects/{int(project_id)}/safety-assessments")

    # --- monthly review -----------------------------------------------------------------------

    def monthly_review(self, project_id: int, month: str | dt.date) -> MonthlyReviewOut:
        return self.api.get_model(MonthlyReviewOut,
                                  f"{PREFIX}/projects/{int(project_id)}/monthly-review/{_month(month)}")

    def record_monthly_review(self, project_id: int, month: str | dt.date, data: MonthlyReviewIn) -> MonthlyReviewOut:
        return self.api.post_model(MonthlyReviewOut,
                                   f"{PREFIX}/projects/{int(project_id)}/monthly-review/{_month(month)}",
                                   json=_json(data))
