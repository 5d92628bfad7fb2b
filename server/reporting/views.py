"""Enterprise reporting and supervisor verification over HTTP. Views only parse, call one service
function and shape the answer; every rule lives in the services and in domain.reporting."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Path, Query, Response, UploadFile

from domain.enterprise_workspace import WORKSPACE_PAGE_SIZE, WorkspacePage
from domain.reporting import SubmissionAction, SubmissionKind, SubmissionStatus
from domain.reporting_schemas import (
    MAX_ROW_ID,
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
from server.deps import CurrentPrincipal, ReadSession, SettingsDep, Today, Writer, WriteSession
from server.documents.deps import Blobs
from server.documents.uploads import PDF, read_limited, store_upload
from server.regions.deps import Regions
from server.reporting import (
    context,
    dangerous_works,
    machinery,
    materials,
    progress,
    project_facts,
    review,
    safety,
    verification,
)
from server.reporting.models import (
    MaterialEntry,
    MaterialTest,
    SafetyAssessment,
    SafetyDuty,
    SubdivisionAcceptance,
)
from server.reporting.queue import project_records, record_out
from server.reporting.workspace import workspace_page

router = APIRouter(prefix="/reporting", tags=["reporting"])
MonthPath = Annotated[str, Path(pattern=r"^(19|20)\d{2}-(0[1-9]|1[0-2])$", examples=["2026-10"])]
IdPath = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]


# --- the verification queue ----------------------------------------------------------------------


@router.get("/submissions", response_model=SubmissionPage)
def list_submissions(
    session: ReadSession, principal: CurrentPrincipal, pending: bool = False,
    status: SubmissionStatus | None = None, kind: SubmissionKind | None = None,
    project_id: Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)] = None,
    page: Annotated[int, Query(ge=1)] = 1, page_size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> SubmissionPage:
    """Supervisors: the submissions of projects in their region (`pending=true` is the work queue).
    Enterprises: their own unit's submissions, e.g. `status=returned` for what came back."""
    return verification.list_submissions(session, principal, pending_only=pending, status=status, kind=kind,
                                         project_id=project_id, page=page, page_size=page_size)


@router.get("/submissions/{submission_id}", response_model=SubmissionOut)
def get_submission(submission_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> SubmissionOut:
    return verification.get(session, principal, submission_id)


@router.get("/submissions/{submission_id}/context", response_model=SubmissionContextOut)
def get_submission_context(submission_id: IdPath, session: ReadSession, principal: CurrentPrincipal,
                           catalog: Regions, today: Today) -> SubmissionContextOut:
    """The submission with the record it proposes (or the proposed project fact), the project as it is now
    for project facts, and a special plan's work: what a supervisor checks it against, in one request."""
    return context.submission_context(session, principal, catalog, submission_id=submission_id, today=today)


@router.post("/submissions/{submission_id}/{action}", response_model=SubmissionOut)
def act_on_submission(submission_id: IdPath, action: SubmissionAction, data: SubmissionActionIn, today: Today,
                      session: WriteSession, principal: Writer) -> SubmissionOut:
    """verify / return (with a comment) by a supervisor of the project's region; resubmit by the
    reporting enterprise after a return. Verifying a project fact writes it into the project."""
    submission = verification.act(session, principal, submission_id=submission_id, action=action,
                                  comment=data.comment, today=today)
    return verification.submission_out(session, submission, with_events=True)


# --- the enterprise workspace --------------------------------------------------------------------


@router.get("/workspace", response_model=WorkspacePage)
def enterprise_workspace(session: ReadSession, principal: CurrentPrincipal, catalog: Regions, today: Today,
                         page: Annotated[int, Query(ge=1)] = 1,
                         page_size: Annotated[int, Query(ge=1, le=WORKSPACE_PAGE_SIZE)] = WORKSPACE_PAGE_SIZE,
                         ) -> WorkspacePage:
    """Enterprises: a page of their projects (by name) with each one's verification state, what falls due
    this month by the compliance rules (and last month's missing photos) and what supervisors returned."""
    return workspace_page(session, principal, catalog, page=page, page_size=page_size, today=today)


# --- project facts -------------------------------------------------------------------------------


@router.get("/projects/{project_id}/facts", response_model=ProjectFactsOut)
def project_facts_view(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> ProjectFactsOut:
    """The verified project facts the sand table shows, and the proposals still waiting (unverified)."""
    return project_facts.facts(session, principal, project_id=project_id)


@router.post("/projects/{project_id}/basic-info", response_model=SubmissionOut, status_code=201)
def submit_basic_info(project_id: IdPath, data: BasicInfoIn, session: WriteSession, principal: Writer) -> SubmissionOut:
    """Confirm or change the project's basic data (units, personnel with certificates, scale, dates)
    as a new version; a supervisor's verification makes it the project's data."""
    submission = project_facts.submit_basic_info(session, principal, project_id=project_id, data=data)
    return verification.submission_out(session, submission, with_events=True)


@router.get("/projects/{project_id}/versions", response_model=list[ProjectVersionOut])
def basic_info_versions(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[ProjectVersionOut]:
    return project_facts.versions(session, principal, project_id=project_id)


@router.post("/projects/{project_id}/permit", response_model=SubmissionOut, status_code=201)
def bind_permit(project_id: IdPath, data: PermitIn, session: WriteSession, principal: Writer) -> SubmissionOut:
    """Bind a construction permit (one permit, one project; a conflict names the other project only
    when the caller may see it)."""
    submission = project_facts.submit_permit(session, principal, project_id=project_id, data=data)
    return verification.submission_out(session, submission, with_events=True)


@router.post("/projects/{project_id}/position", response_model=SubmissionOut, status_code=201)
def report_position(project_id: IdPath, data: PositionIn, session: WriteSession, principal: Writer,
                    catalog: Regions) -> SubmissionOut:
    """Site position in WGS-84/CGCS2000, GCJ-02 or BD-09: converted to WGS-84 and refused, with the
    distance, when outside the project's district."""
    submission = project_facts.submit_position(session, principal, catalog, project_id=project_id, data=data)
    return verification.submission_out(session, submission, with_events=True)


@router.post("/projects/{project_id}/status", response_model=SubmissionOut, status_code=201)
def report_status(project_id: IdPath, data: StatusReportIn, today: Today, session: WriteSession,
                  principal: Writer) -> SubmissionOut:
    """start / suspend (with a reason) / resume / complete / accept, with the date it took effect."""
    submission = project_facts.submit_status(session, principal, project_id=project_id, data=data,
                                             today=today)
    return verification.submission_out(session, submission, with_events=True)


# --- monthly image progress ----------------------------------------------------------------------


@router.post("/projects/{project_id}/progress/{month}/photos", response_model=ProgressPhotoOut, status_code=201)
def upload_progress_photo(project_id: IdPath, month: MonthPath, session: WriteSession, principal: Writer,
                          settings: SettingsDep, store: Blobs, today: Today,
                          file: Annotated[UploadFile, File(description="JPEG or PNG")],
                          caption: Annotated[str, Form(max_length=300)] = "") -> ProgressPhotoOut:
    """A progress photo of the month. Its EXIF time and GPS are read here: a photo taken in another
    month or more than 1 km from the site is flagged for the supervisor. A plain `def`: decoding,
    thumbnailing and hashing run in the threadpool, and before the write transaction."""
    stored = progress.store_photo(store, read_limited(file, settings.max_upload_bytes),
                                  max_pixels=settings.max_image_pixels)
    photo = progress.add_photo(session, principal, project_id=project_id, month=month, caption=caption,
                               original_name=file.filename or "photo", photo=stored, today=today)
    return progress.photo_out(session, photo)


@router.get("/projects/{project_id}/progress", response_model=list[ProgressReportOut])
def progress_reports(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[ProgressReportOut]:
    return progress.reports(session, principal, project_id=project_id)


@router.get("/progress-photos/{photo_id}/content", response_class=Response)
def progress_photo_content(photo_id: IdPath, session: ReadSession, principal: CurrentPrincipal, store: Blobs,
                           thumbnail: bool = False) -> Response:
    photo = progress.scoped_photo(session, principal, photo_id)
    if thumbnail:
        return Response(store.get(photo.thumbnail_sha256), media_type="image/jpeg")
    return Response(store.get(photo.sha256), media_type=photo.content_type)


# --- dangerous sub-projects ----------------------------------------------------------------------


@router.post("/projects/{project_id}/dangerous-works", response_model=DangerousWorkOut, status_code=201)
def register_dangerous_work(project_id: IdPath, data: DangerousWorkIn, session: WriteSession,
                            principal: Writer) -> DangerousWorkOut:
    """Register a dangerous sub-project with its scale parameters; it is classified as dangerous or
    beyond scale under 建办质〔2018〕31号 (below the thresholds it is refused)."""
    work, submission = dangerous_works.register(session, principal, project_id=project_id, data=data)
    return dangerous_works.work_out(session, work, submission)


@router.get("/projects/{project_id}/dangerous-works", response_model=list[DangerousWorkOut])
def list_dangerous_works(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[DangerousWorkOut]:
    return [dangerous_works.work_out(session, w, s)
            for w, s in dangerous_works.list_works(session, principal, project_id=project_id)]


@router.get("/projects/{project_id}/dangerous-works/timeline", response_model=list[TimelineEntry])
def dangerous_works_timeline(project_id: IdPath, today: Today, session: ReadSession,
                             principal: CurrentPrincipal) -> list[TimelineEntry]:
    """Planned and actual operation periods of every dangerous work, with its plan's state."""
    return dangerous_works.timeline(session, principal, project_id=project_id, today=today)


@router.get("/projects/{project_id}/dangerous-work-plans", response_model=list[DangerousWorkPlanOut])
def list_special_plans(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[DangerousWorkPlanOut]:
    """The special plans of all the project's dangerous works, oldest first (a work may have several:
    a returned plan stays beside its successor)."""
    return [dangerous_works.plan_out(p, s) for p, s in dangerous_works.project_plans(session, principal,
                                                                                      project_id=project_id)]


@router.patch("/dangerous-works/{work_id}/period", response_model=DangerousWorkOut)
def report_operation_period(work_id: IdPath, data: OperationPeriodIn, today: Today, session: WriteSession,
                            principal: Writer) -> DangerousWorkOut:
    work, submission = dangerous_works.report_period(session, principal, work_id=work_id, data=data,
                                                     today=today)
    return dangerous_works.work_out(session, work, submission)


@router.post("/dangerous-works/{work_id}/plans", response_model=DangerousWorkPlanOut, status_code=201)
def upload_special_plan(work_id: IdPath, session: WriteSession, principal: Writer, settings: SettingsDep,
                        store: Blobs, file: Annotated[UploadFile, File(description="PDF")],
                        title: Annotated[str, Form(min_length=2, max_length=200)]) -> DangerousWorkPlanOut:
    """Upload the special construction plan (a PDF without scripts, attachments or automatic actions);
    a supervisor's verification of it is the approval. Checked and stored before the write transaction."""
    blob = store_upload(store, read_limited(file, settings.max_upload_bytes),
                        max_image_pixels=settings.max_image_pixels, allowed={PDF},
                        refusal="a special construction plan is uploaded as PDF")
    plan, submission = dangerous_works.upload_plan(session, principal, work_id=work_id, title=title, blob=blob)
    return dangerous_works.plan_out(plan, submission)


@router.get("/dangerous-work-plans/{plan_id}", response_model=DangerousWorkPlanOut)
def get_special_plan(plan_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> DangerousWorkPlanOut:
    return dangerous_works.plan_out(*dangerous_works.scoped_plan(session, principal, plan_id))


@router.get("/dangerous-work-plans/{plan_id}/content", response_class=Response)
def special_plan_content(plan_id: IdPath, session: ReadSession, principal: CurrentPrincipal, store: Blobs) -> Response:
    plan, _ = dangerous_works.scoped_plan(session, principal, plan_id)
    return Response(store.get(plan.sha256), media_type=plan.content_type)


@router.put("/dangerous-work-plans/{plan_id}/expert-review", response_model=DangerousWorkPlanOut)
def record_expert_review(plan_id: IdPath, data: ExpertReviewIn, today: Today, session: WriteSession,
                         principal: Writer) -> DangerousWorkPlanOut:
    """The expert review (专家论证) a beyond-scale work's plan needs before it can be approved."""
    return dangerous_works.plan_out(*dangerous_works.record_expert_review(session, principal, plan_id=plan_id,
                                                                           data=data, today=today))


# --- lifting machinery ---------------------------------------------------------------------------


@router.post("/projects/{project_id}/equipment", response_model=EquipmentOut, status_code=201)
def register_equipment(project_id: IdPath, data: EquipmentIn, today: Today, session: WriteSession,
                       principal: Writer) -> EquipmentOut:
    """A lifting machine on the project; `device_code` links a crane to its safety-monitoring device."""
    equipment, submission = machinery.register_equipment(session, principal, project_id=project_id, data=data)
    return machinery.equipment_out(equipment, submission, today)


@router.get("/projects/{project_id}/equipment", response_model=list[EquipmentOut])
def list_equipment(project_id: IdPath, today: Today, session: ReadSession,
                   principal: CurrentPrincipal) -> list[EquipmentOut]:
    return [machinery.equipment_out(e, s, today)
            for e, s in machinery.list_equipment(session, principal, project_id=project_id)]


@router.post("/equipment/{equipment_id}/operations", response_model=OperationOut, status_code=201)
def plan_operation(equipment_id: IdPath, data: OperationIn, session: WriteSession, principal: Writer) -> OperationOut:
    """An installation, wall attachment, jacking, lowering or dismantling plan with its crew."""
    return machinery.operation_out(*machinery.plan_operation(session, principal, equipment_id=equipment_id, data=data))


@router.get("/equipment/{equipment_id}/operations", response_model=list[OperationOut])
def list_operations(equipment_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[OperationOut]:
    return [machinery.operation_out(o, s)
            for o, s in machinery.list_operations(session, principal, equipment_id=equipment_id)]


# --- materials, testing and acceptance -----------------------------------------------------------


@router.post("/projects/{project_id}/material-entries", response_model=MaterialEntryOut, status_code=201)
def record_material_entry(project_id: IdPath, data: MaterialEntryIn, session: WriteSession,
                          principal: Writer) -> MaterialEntryOut:
    return record_out(MaterialEntryOut, *materials.record_entry(session, principal, project_id=project_id, data=data))


@router.get("/projects/{project_id}/material-entries", response_model=list[MaterialEntryOut])
def list_material_entries(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[MaterialEntryOut]:
    rows = project_records(session, principal, MaterialEntry, SubmissionKind.MATERIAL_ENTRY, project_id=project_id,
                           order_by=[MaterialEntry.entered_on.desc(), MaterialEntry.id.desc()])
    return [record_out(MaterialEntryOut, r, s) for r, s in rows]


@router.post("/projects/{project_id}/material-tests", response_model=MaterialTestOut, status_code=201)
def record_material_test(project_id: IdPath, data: MaterialTestIn, session: WriteSession,
                         principal: Writer) -> MaterialTestOut:
    """An entrusted third-party test; a failure raises a quality warning (follow-up) at once."""
    return record_out(MaterialTestOut, *materials.record_test(session, principal, project_id=project_id, data=data))


@router.get("/projects/{project_id}/material-tests", response_model=list[MaterialTestOut])
def list_material_tests(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[MaterialTestOut]:
    rows = project_records(session, principal, MaterialTest, SubmissionKind.MATERIAL_TEST, project_id=project_id,
                           order_by=[MaterialTest.tested_on.desc(), MaterialTest.id.desc()])
    return [record_out(MaterialTestOut, r, s) for r, s in rows]


@router.post("/projects/{project_id}/acceptances", response_model=AcceptanceOut, status_code=201)
def record_acceptance(project_id: IdPath, data: AcceptanceIn, session: WriteSession, principal: Writer) -> AcceptanceOut:
    """Acceptance of a sub-divisional work (分部工程验收)."""
    return record_out(AcceptanceOut, *materials.record_acceptance(session, principal, project_id=project_id, data=data))


@router.get("/projects/{project_id}/acceptances", response_model=list[AcceptanceOut])
def list_acceptances(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[AcceptanceOut]:
    rows = project_records(session, principal, SubdivisionAcceptance, SubmissionKind.SUBDIVISION_ACCEPTANCE,
                           project_id=project_id, order_by=[SubdivisionAcceptance.accepted_on.desc()])
    return [record_out(AcceptanceOut, r, s) for r, s in rows]


# --- safety management ---------------------------------------------------------------------------


@router.post("/projects/{project_id}/safety-duties", response_model=SafetyDutyOut, status_code=201)
def record_safety_duty(project_id: IdPath, data: SafetyDutyIn, today: Today, session: WriteSession,
                       principal: Writer) -> SafetyDutyOut:
    return record_out(SafetyDutyOut, *safety.record_duty(session, principal, project_id=project_id, data=data,
                                                         today=today))


@router.get("/projects/{project_id}/safety-duties", response_model=list[SafetyDutyOut])
def list_safety_duties(project_id: IdPath, session: ReadSession, principal: CurrentPrincipal) -> list[SafetyDutyOut]:
    rows = project_records(session, principal, SafetyDuty, SubmissionKind.SAFETY_DUTY, project_id=project_id,
                           order_by=[SafetyDuty.duty_date.desc(), SafetyDuty.id])
    return [record_out(SafetyDutyOut, r, s) for r, s in rows]


@router.post("/projects/{project_id}/safety-assessments", response_model=SafetyAssessmentOut, status_code=201)
def record_safety_assessment(project_id: IdPath, data: SafetyAssessmentIn, today: Today, session: WriteSession,
                             principal: Writer) -> SafetyAssessmentOut:
    """A safety standardisation score; the grade follows JGJ 59-2011."""
    return record_out(SafetyAssessmentOut, *safety.record_assessment(session, principal, project_id=project_id,
                                                                     data=data, today=today))


@router.get("/projects/{project_id}/safety-assessments", response_model=list[SafetyAssessmentOut])
def list_safety_assessments(project_id: IdPath, session: ReadSession,
                            principal: CurrentPrincipal) -> list[SafetyAssessmentOut]:
    rows = project_records(session, principal, SafetyAssessment, SubmissionKind.SAFETY_ASSESSMENT,
                           project_id=project_id, order_by=[SafetyAssessment.assessed_on.desc()])
    return [record_out(SafetyAssessmentOut, r, s) for r, s in rows]


# --- monthly review ------------------------------------------------------------------------------


@router.get("/projects/{project_id}/monthly-review/{month}", response_model=MonthlyReviewOut)
def monthly_review(project_id: IdPath, month: MonthPath, today: Today, session: ReadSession,
                   principal: CurrentPrincipal) -> MonthlyReviewOut:
    """The month's checklist (live until the review is recorded, frozen after)."""
    return review.review_out(session, principal, project_id=project_id, month=month, today=today)


@router.post("/projects/{project_id}/monthly-review/{month}", response_model=MonthlyReviewOut, status_code=201)
def record_monthly_review(project_id: IdPath, month: MonthPath, data: MonthlyReviewIn, today: Today,
                          session: WriteSession, principal: Writer) -> MonthlyReviewOut:
    return review.record_review(session, principal, project_id=project_id, month=month, data=data,
                                today=today)
