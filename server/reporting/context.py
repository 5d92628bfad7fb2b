"""A submission with what it proposes, assembled here in one answer: the supervisor's detail pane
asks once instead of searching the project's listings for one record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from domain.reporting import PROJECT_FACT_KINDS, SubmissionKind
from domain.reporting_schemas import (
    AcceptanceOut,
    DangerousWorkOut,
    MaterialEntryOut,
    MaterialTestOut,
    ReportedRecord,
    SafetyAssessmentOut,
    SafetyDutyOut,
    SubmissionContextOut,
)
from server.deps import Principal
from server.errors import not_found
from server.projects.service import project_detail
from server.regions.service import RegionCatalog
from server.reporting import dangerous_works, machinery, progress, project_facts
from server.reporting.models import (
    DangerousWork,
    EquipmentOperation,
    MaterialEntry,
    MaterialTest,
    Reported,
    SafetyAssessment,
    SafetyDuty,
    SubdivisionAcceptance,
    Submission,
)
from server.reporting.queue import record_out, records_with_state, scoped_record, scoped_submission
from server.reporting.verification import submission_out

# Kinds whose record reads as its row's columns plus the verification state.
_PlainRecordOut = MaterialEntryOut | MaterialTestOut | AcceptanceOut | SafetyDutyOut | SafetyAssessmentOut
_PLAIN_RECORDS: dict[SubmissionKind, tuple[type[Reported], type[_PlainRecordOut]]] = {
    SubmissionKind.MATERIAL_ENTRY: (MaterialEntry, MaterialEntryOut),
    SubmissionKind.MATERIAL_TEST: (MaterialTest, MaterialTestOut),
    SubmissionKind.SUBDIVISION_ACCEPTANCE: (SubdivisionAcceptance, AcceptanceOut),
    SubmissionKind.SAFETY_DUTY: (SafetyDuty, SafetyDutyOut),
    SubmissionKind.SAFETY_ASSESSMENT: (SafetyAssessment, SafetyAssessmentOut),
}


def submission_context(session: Session, principal: Principal, catalog: RegionCatalog, *, submission_id: int,
                       today: dt.date) -> SubmissionContextOut:
    """404 for a submission outside the caller's scope, exactly like GET /submissions/{id}."""
    submission = scoped_submission(session, principal, submission_id)
    out = submission_out(session, submission, with_events=True)
    kind = submission.kind
    if kind in PROJECT_FACT_KINDS:
        project = project_detail(session, project_id=submission.project_id, scope=principal.scope, catalog=catalog)
        if kind is SubmissionKind.BASIC_INFO:
            version = next((v for v in project_facts.versions(session, principal, project_id=submission.project_id)
                            if v.verification.submission_id == submission.id), None)
            if version is None:  # a basic-info submission always has its version; never a hung request if not
                raise not_found("submission")
            return SubmissionContextOut(submission=out, record=version, project=project)
        return SubmissionContextOut(submission=out, proposed=project_facts.proposed_fact(session, submission),
                                    project=project)
    if kind is SubmissionKind.DANGEROUS_WORK_PLAN:
        plan, plan_submission = dangerous_works.scoped_plan(session, principal, submission.record_id)
        return SubmissionContextOut(submission=out, record=dangerous_works.plan_out(plan, plan_submission),
                                    work=_work(session, principal, plan.work_id))
    return SubmissionContextOut(submission=out, record=_record(session, principal, submission, today))


def _work(session: Session, principal: Principal, work_id: int) -> DangerousWorkOut | None:
    """The plan's work, when the caller may see it (its registration is another submission)."""
    rows = records_with_state(session, principal, DangerousWork, SubmissionKind.DANGEROUS_WORK,
                              where=[DangerousWork.id == work_id], order_by=[])
    return dangerous_works.work_out(session, *rows[0]) if rows else None


def _record(session: Session, principal: Principal, submission: Submission, today: dt.date) -> ReportedRecord:
    kind, record_id = submission.kind, submission.record_id
    if kind is SubmissionKind.PROGRESS:
        return progress.report(session, principal, record_id)
    if kind is SubmissionKind.DANGEROUS_WORK:
        return dangerous_works.work_out(session, *scoped_record(session, principal, DangerousWork, kind, record_id,
                                                                "dangerous work"))
    if kind is SubmissionKind.EQUIPMENT:
        return machinery.equipment_out(*machinery.scoped_equipment(session, principal, record_id), today)
    if kind is SubmissionKind.EQUIPMENT_OPERATION:
        return machinery.operation_out(*scoped_record(session, principal, EquipmentOperation, kind, record_id,
                                                      "equipment operation"))
    model, dto = _PLAIN_RECORDS[kind]
    return record_out(dto, *scoped_record(session, principal, model, kind, record_id, kind.value))
