"""Dangerous sub-projects (危大工程): registration with classification, the special plan, the expert
review that beyond-scale works need before approval, and the operation periods for the timeline."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.dangerous_works import DangerLevel, InvalidParameters, classify
from domain.reporting import SubmissionKind, SubmissionStatus
from domain.reporting_schemas import (
    DangerousWorkIn,
    DangerousWorkOut,
    DangerousWorkPlanOut,
    ExpertReviewIn,
    OperationPeriodIn,
    TimelineEntry,
)
from server.db.base import utcnow
from server.deps import Principal
from server.documents.uploads import Blob
from server.errors import conflict, invalid
from server.reporting.models import DangerousWork, DangerousWorkPlan, Submission
from server.reporting.queue import (
    add_record,
    record_out,
    records_with_state,
    reporting_project,
    require_reporter,
    scoped_record,
    visible_project,
)
from server.security import audit


def register(session: Session, principal: Principal, *, project_id: int,
             data: DangerousWorkIn) -> tuple[DangerousWork, Submission]:
    project = reporting_project(session, principal, project_id)
    try:
        result = classify(data.work_type, data.parameters)
    except InvalidParameters as exc:
        raise invalid("invalid_parameters", str(exc)) from exc
    if result.level is DangerLevel.NOT_DANGEROUS:
        raise invalid("below_threshold", f"{data.name} stays below the thresholds of 建办质〔2018〕31号 and is not a "
                                         "dangerous sub-project; manage it under the general construction plan")
    work = DangerousWork(project_id=project.id, name=data.name, work_type=data.work_type, parameters=data.parameters,
                         level=result.level, reasons=list(result.reasons), location=data.location,
                         planned_start=data.planned_start, planned_end=data.planned_end)
    submission = add_record(
        session, principal, project_id=project.id, kind=SubmissionKind.DANGEROUS_WORK, record=work,
        summary=f"危大工程 {data.name}（{result.level.value}）",
        changes={**data.model_dump(mode="json"), "level": result.level.value, "reasons": list(result.reasons)})
    return work, submission


def _approved_work_ids(session: Session, work_ids: list[int]) -> set[int]:
    return set(session.scalars(
        sa.select(DangerousWorkPlan.work_id)
        .join(Submission, (Submission.kind == SubmissionKind.DANGEROUS_WORK_PLAN)
              & (Submission.record_id == DangerousWorkPlan.id))
        .where(DangerousWorkPlan.work_id.in_(work_ids), Submission.status == SubmissionStatus.VERIFIED)))


def work_out(session: Session, work: DangerousWork, submission: Submission) -> DangerousWorkOut:
    return record_out(DangerousWorkOut, work, submission, needs_expert_review=work.level is DangerLevel.BEYOND_SCALE,
                      plan_approved=work.id in _approved_work_ids(session, [work.id]))


def list_works(session: Session, principal: Principal, *, project_id: int) -> list[tuple[DangerousWork, Submission]]:
    project = visible_project(session, principal, project_id)
    return records_with_state(session, principal, DangerousWork, SubmissionKind.DANGEROUS_WORK,
                              where=[DangerousWork.project_id == project.id],
                              order_by=[DangerousWork.planned_start, DangerousWork.id])


def _own_work(session: Session, principal: Principal, work_id: int) -> tuple[DangerousWork, Submission]:
    require_reporter(principal)
    return scoped_record(session, principal, DangerousWork, SubmissionKind.DANGEROUS_WORK, work_id, "dangerous work")


def report_period(session: Session, principal: Principal, *, work_id: int, data: OperationPeriodIn,
                  today: dt.date) -> tuple[DangerousWork, Submission]:
    """The actual operation period; the planned one is part of the registration."""
    work, submission = _own_work(session, principal, work_id)
    start = data.actual_start if data.actual_start is not None else work.actual_start
    end = data.actual_end if data.actual_end is not None else work.actual_end
    for label, day in (("start", start), ("end", end)):
        if day is not None and day > today:
            raise invalid("invalid_dates", f"the actual {label} {day} is in the future (today is {today})")
    if end is not None and (start is None or end < start):
        raise invalid("invalid_dates", "the actual end needs an actual start on or before it")
    changes = {"actual_start": {"old": work.actual_start, "new": start}, "actual_end": {"old": work.actual_end, "new": end}}
    work.actual_start, work.actual_end = start, end
    audit.record(session, principal.actor, action="dangerous_work.period", entity="dangerous_work", entity_id=work.id,
                 changes=changes)
    session.commit()
    return work, submission


def upload_plan(session: Session, principal: Principal, *, work_id: int, title: str,
                blob: Blob) -> tuple[DangerousWorkPlan, Submission]:
    """Record a special plan stored (and checked) with `server.documents.uploads.store_upload`."""
    work, _ = _own_work(session, principal, work_id)
    plan = DangerousWorkPlan(work_id=work.id, title=title, sha256=blob.sha256, content_type=blob.content_type,
                             size=blob.size, uploaded_at=utcnow())
    submission = add_record(session, principal, project_id=work.project_id, kind=SubmissionKind.DANGEROUS_WORK_PLAN,
                            record=plan, summary=f"专项施工方案《{title}》（{work.name}）",
                            changes={"work_id": work.id, "title": title, "sha256": plan.sha256, "size": blob.size})
    return plan, submission


def scoped_plan(session: Session, principal: Principal, plan_id: int) -> tuple[DangerousWorkPlan, Submission]:
    return scoped_record(session, principal, DangerousWorkPlan, SubmissionKind.DANGEROUS_WORK_PLAN, plan_id,
                         "special plan")


def project_plans(session: Session, principal: Principal, *,
                  project_id: int) -> list[tuple[DangerousWorkPlan, Submission]]:
    """Every special plan of a project's dangerous works the caller may see, oldest first: the Safety
    tab's plan columns in one request (404 outside the caller's projects, like every project list)."""
    project = visible_project(session, principal, project_id)
    return records_with_state(session, principal, DangerousWorkPlan, SubmissionKind.DANGEROUS_WORK_PLAN,
                              where=[Submission.project_id == project.id], order_by=[DangerousWorkPlan.id])


def record_expert_review(session: Session, principal: Principal, *, plan_id: int, data: ExpertReviewIn,
                         today: dt.date) -> tuple[DangerousWorkPlan, Submission]:
    require_reporter(principal)
    plan, submission = scoped_plan(session, principal, plan_id)
    if data.reviewed_on > today:
        raise invalid("review_in_future", f"the expert review date {data.reviewed_on} is after today ({today})")
    if submission.status is SubmissionStatus.VERIFIED:
        raise conflict("plan_approved", "the plan is approved; its expert review can no longer change")
    plan.expert_reviewed_on, plan.expert_names = data.reviewed_on, data.experts
    plan.expert_conclusion, plan.expert_comment = data.conclusion, data.comment
    audit.record(session, principal.actor, action="dangerous_work_plan.expert_review", entity="dangerous_work_plan",
                 entity_id=plan.id, changes=data.model_dump(mode="json"))
    session.commit()
    return plan, submission


def ensure_approvable(session: Session, *, plan_id: int) -> None:
    """A beyond-scale work's plan is approved only after an expert review that did not reject it."""
    plan = session.get(DangerousWorkPlan, plan_id)
    assert plan is not None
    work = session.get(DangerousWork, plan.work_id)
    assert work is not None
    if work.level is not DangerLevel.BEYOND_SCALE:
        return
    if plan.expert_conclusion is None:
        raise conflict("expert_review_required", f"{work.name} is beyond scale (超过一定规模): its plan needs an "
                                                 "expert review record before approval")
    if plan.expert_conclusion == "fail":
        raise conflict("expert_review_failed", "the expert review rejected this plan; return it for a new plan")


def plan_out(plan: DangerousWorkPlan, submission: Submission) -> DangerousWorkPlanOut:
    return record_out(DangerousWorkPlanOut, plan, submission)


def in_progress(work: DangerousWork, today: dt.date) -> bool:
    return work.actual_start is not None and work.actual_start <= today and work.actual_end is None


def timeline(session: Session, principal: Principal, *, project_id: int, today: dt.date) -> list[TimelineEntry]:
    rows = list_works(session, principal, project_id=project_id)
    plan_states: dict[int, SubmissionStatus] = {}
    for work_id, status in session.execute(
            sa.select(DangerousWorkPlan.work_id, Submission.status)
            .join(Submission, (Submission.kind == SubmissionKind.DANGEROUS_WORK_PLAN)
                  & (Submission.record_id == DangerousWorkPlan.id))
            .where(DangerousWorkPlan.work_id.in_([w.id for w, _ in rows])).order_by(DangerousWorkPlan.id)):
        if plan_states.get(work_id) is not SubmissionStatus.VERIFIED:
            plan_states[work_id] = status  # the approved plan wins, else the latest
    return [TimelineEntry(work_id=w.id, name=w.name, work_type=w.work_type, level=w.level,
                          planned_start=w.planned_start, planned_end=w.planned_end, actual_start=w.actual_start,
                          actual_end=w.actual_end, plan_status=plan_states.get(w.id), in_progress=in_progress(w, today),
                          verified=s.status is SubmissionStatus.VERIFIED) for w, s in rows]
