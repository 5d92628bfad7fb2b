"""The supervisor's monthly review of a project: a checklist computed from what was reported, and
the review itself (who reviewed, when, with what remark), one per project and month."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.reporting import (
    PENDING,
    CertificateState,
    SubmissionKind,
    SubmissionStatus,
    certificate_state,
    month_bounds,
)
from domain.reporting_schemas import MonthlyReviewIn, MonthlyReviewOut, ReviewItem
from server.db.base import utcnow
from server.deps import Principal
from server.errors import conflict
from server.reporting.dangerous_works import in_progress
from server.reporting.models import (
    DangerousWork,
    DangerousWorkPlan,
    Equipment,
    MaterialTest,
    MonthlyReview,
    ProgressPhoto,
    ProgressReport,
    SafetyAssessment,
    SafetyDuty,
    Submission,
)
from server.reporting.queue import require_verifier, visible_project
from server.security import audit


def _status_of(session: Session, kind: SubmissionKind, record_id: int) -> SubmissionStatus | None:
    return session.scalar(sa.select(Submission.status).where(Submission.kind == kind, Submission.record_id == record_id))


def checklist(session: Session, *, project_id: int, month: str, today: dt.date) -> list[ReviewItem]:
    first, last = month_bounds(month)
    items: list[ReviewItem] = []
    report = session.scalar(sa.select(ProgressReport).where(ProgressReport.project_id == project_id,
                                                            ProgressReport.month == month))
    if report is None:
        items.append(ReviewItem(code="progress", label="月度形象进度", ok=False, detail="no photos reported"))
    else:
        photos = session.scalars(sa.select(ProgressPhoto).where(ProgressPhoto.report_id == report.id)).all()
        flagged = sum(1 for p in photos if p.flags)
        status = _status_of(session, SubmissionKind.PROGRESS, report.id)
        items.append(ReviewItem(code="progress", label="月度形象进度",
                                ok=status is SubmissionStatus.VERIFIED and not flagged,
                                detail=f"{len(photos)} photo(s), {flagged} flagged, {status.value if status else '-'}"))
    pending = session.scalar(sa.select(sa.func.count()).select_from(Submission)
                             .where(Submission.project_id == project_id, Submission.status.in_(PENDING))) or 0
    items.append(ReviewItem(code="pending", label="待核验上报", ok=pending == 0, detail=f"{pending} waiting"))
    works = session.scalars(sa.select(DangerousWork).where(DangerousWork.project_id == project_id)).all()
    approved = set(session.scalars(
        sa.select(DangerousWorkPlan.work_id)
        .join(Submission, (Submission.kind == SubmissionKind.DANGEROUS_WORK_PLAN)
              & (Submission.record_id == DangerousWorkPlan.id))
        .where(DangerousWorkPlan.work_id.in_([w.id for w in works]), Submission.status == SubmissionStatus.VERIFIED)))
    unapproved = [w.name for w in works if in_progress(w, today) and w.id not in approved]
    items.append(ReviewItem(code="dangerous_works", label="危大工程方案审批", ok=not unapproved,
                            detail=", ".join(unapproved) or f"{len(works)} registered, none in operation unapproved"))
    machines = session.scalars(sa.select(Equipment).where(Equipment.project_id == project_id)).all()
    due = [m.registration_no for m in machines
           if certificate_state(m.inspection_expires_on, today) is not CertificateState.VALID]
    items.append(ReviewItem(code="machinery", label="起重机械检验合格证", ok=not due,
                            detail=", ".join(due) or f"{len(machines)} machine(s), certificates valid"))
    failed = session.scalar(sa.select(sa.func.count()).select_from(MaterialTest).where(
        MaterialTest.project_id == project_id, MaterialTest.tested_on.between(first, last), ~MaterialTest.passed)) or 0
    items.append(ReviewItem(code="testing", label="见证取样检测", ok=failed == 0, detail=f"{failed} failed test(s)"))
    duty_days = session.scalar(sa.select(sa.func.count(sa.distinct(SafetyDuty.duty_date))).where(
        SafetyDuty.project_id == project_id, SafetyDuty.duty_date.between(first, last))) or 0
    items.append(ReviewItem(code="safety_duty", label="安全管理人员带班", ok=duty_days > 0,
                            detail=f"{duty_days} day(s) with a duty record"))
    latest = session.scalar(sa.select(SafetyAssessment).where(SafetyAssessment.project_id == project_id,
                                                              SafetyAssessment.assessed_on <= last)
                            .order_by(SafetyAssessment.assessed_on.desc(), SafetyAssessment.id.desc()).limit(1))
    items.append(ReviewItem(code="safety_assessment", label="安全标准化考评",
                            ok=latest is not None and latest.grade.value != "unqualified",
                            detail=f"{latest.score:g} ({latest.grade.value}) on {latest.assessed_on}" if latest
                            else "no assessment"))
    return items


def review_out(session: Session, principal: Principal, *, project_id: int, month: str,
               today: dt.date) -> MonthlyReviewOut:
    require_verifier(principal)
    project = visible_project(session, principal, project_id)
    saved = session.scalar(sa.select(MonthlyReview).where(MonthlyReview.project_id == project.id,
                                                          MonthlyReview.month == month))
    if saved is not None:
        return MonthlyReviewOut(project_id=project.id, month=month,
                                items=[ReviewItem.model_validate(i) for i in saved.checklist], reviewed=True,
                                reviewer_name=saved.reviewer_name, reviewed_at=saved.reviewed_at, comment=saved.comment)
    return MonthlyReviewOut(project_id=project.id, month=month, reviewed=False,
                            items=checklist(session, project_id=project.id, month=month, today=today))


def record_review(session: Session, principal: Principal, *, project_id: int, month: str, data: MonthlyReviewIn,
                  today: dt.date) -> MonthlyReviewOut:
    """Freeze the checklist as it stands with the supervisor's remark (once per month)."""
    require_verifier(principal)
    project = visible_project(session, principal, project_id)
    if month_bounds(month)[0] > today:
        raise conflict("month_not_started", f"{month} has not started yet")
    if session.scalar(sa.select(MonthlyReview.id).where(MonthlyReview.project_id == project.id,
                                                        MonthlyReview.month == month)):
        raise conflict("already_reviewed", f"the {month} review of this project is already recorded")
    items = checklist(session, project_id=project.id, month=month, today=today)
    review = MonthlyReview(project_id=project.id, month=month, checklist=[i.model_dump() for i in items],
                           comment=data.comment, reviewer_user_id=principal.user_id,
                           reviewer_name=principal.display_name, reviewed_at=utcnow())
    session.add(review)
    session.flush()
    audit.record(session, principal.actor, action="monthly_review.record", entity="monthly_review",
                 entity_id=review.id, changes={"project_id": project.id, "month": month, "comment": data.comment,
                                               "items": {i.code: i.ok for i in items}})
    session.commit()
    return review_out(session, principal, project_id=project.id, month=month, today=today)
