"""The verification queue: supervisors verify or return what enterprises submitted; enterprises
resubmit what came back. Verifying a project fact applies it to the project in the same transaction."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.lifecycle import InvalidTransition, Party, WrongParty
from domain.reporting import (
    PENDING,
    PROJECT_FACT_KINDS,
    SUBMISSION_LIFECYCLE,
    SubmissionAction,
    SubmissionKind,
    SubmissionStatus,
)
from domain.reporting_schemas import SubmissionEventOut, SubmissionOut, SubmissionPage
from server.db.base import utcnow
from server.db.paging import paginate
from server.deps import Principal
from server.errors import Invalid, Refused, conflict, forbidden
from server.projects.models import Project
from server.reporting import dangerous_works, project_facts
from server.reporting.models import Submission, SubmissionEvent
from server.reporting.queue import ensure_nothing_pending, scoped_submission, submission_scope
from server.security import audit
from server.units.models import Unit


def act(session: Session, principal: Principal, *, submission_id: int, action: SubmissionAction, comment: str,
        today: dt.date) -> Submission:
    submission = scoped_submission(session, principal, submission_id)
    party = Party.ENTERPRISE if principal.role.is_enterprise else Party.SUPERVISOR
    if party is Party.SUPERVISOR and not principal.role.is_supervisor:
        raise forbidden("only supervisors verify reported data")
    try:
        target = SUBMISSION_LIFECYCLE.next_status(submission.status, action, party)
    except WrongParty as exc:
        raise Refused("wrong_party", str(exc)) from exc
    except InvalidTransition as exc:
        raise conflict("invalid_transition", str(exc)) from exc
    if action is SubmissionAction.RETURN and not comment.strip():
        raise Invalid("comment_required", "say what is wrong or missing when returning a submission")
    if action is SubmissionAction.RESUBMIT and submission.kind in PROJECT_FACT_KINDS:
        ensure_nothing_pending(session, project_id=submission.project_id, kind=submission.kind)
    changes: dict[str, object] = {}
    if action is SubmissionAction.VERIFY:
        if submission.kind in PROJECT_FACT_KINDS:
            changes = project_facts.apply_verified(session, submission, username=principal.username, today=today)
        elif submission.kind is SubmissionKind.DANGEROUS_WORK_PLAN:
            dangerous_works.ensure_approvable(session, plan_id=submission.record_id)
    now = utcnow()
    source = submission.status
    submission.status = target
    submission.comment = comment.strip()
    submission.updated_at = now
    if party is Party.SUPERVISOR:
        submission.decided_at, submission.decided_by_user_id = now, principal.user_id
    session.add(SubmissionEvent(submission_id=submission.id, at=now, action=action, to_status=target,
                                username=principal.username, role=principal.role.value, comment=submission.comment))
    audit.record(session, principal.actor, action=f"{submission.kind.value}.{action.value}",
                 entity=submission.kind.value, entity_id=submission.record_id,
                 changes={"submission_id": submission.id, "from": source.value, "to": target.value,
                          "comment": submission.comment, **changes})
    session.commit()
    return submission


def submission_out(session: Session, submission: Submission, *, with_events: bool,
                   names: tuple[str, str] | None = None) -> SubmissionOut:
    """`names` (project, unit) when the caller already has them, as the queue listing does."""
    if names is None:
        names = (session.scalar(sa.select(Project.name).where(Project.id == submission.project_id)) or "",
                 session.scalar(sa.select(Unit.name).where(Unit.id == submission.submitted_by_unit_id)) or "")
    project_name, unit_name = names
    events = list(session.scalars(sa.select(SubmissionEvent).where(SubmissionEvent.submission_id == submission.id)
                                  .order_by(SubmissionEvent.id))) if with_events else []
    return SubmissionOut(
        id=submission.id, project_id=submission.project_id, project_name=project_name, kind=submission.kind,
        record_id=submission.record_id, status=submission.status,
        verified=submission.status is SubmissionStatus.VERIFIED, summary=submission.summary,
        submitted_by_unit_id=submission.submitted_by_unit_id, submitted_by_unit_name=unit_name,
        submitted_at=submission.submitted_at, decided_at=submission.decided_at, comment=submission.comment,
        events=[SubmissionEventOut(at=e.at, action=e.action, to_status=e.to_status, username=e.username, role=e.role,
                                   comment=e.comment) for e in events])


def get(session: Session, principal: Principal, submission_id: int) -> SubmissionOut:
    return submission_out(session, scoped_submission(session, principal, submission_id), with_events=True)


def list_submissions(session: Session, principal: Principal, *, pending_only: bool, status: SubmissionStatus | None,
                     kind: SubmissionKind | None, project_id: int | None, page: int, page_size: int) -> SubmissionPage:
    """Oldest first: the queue is worked through in the order things arrived."""
    clauses = [submission_scope(principal)]
    if pending_only:
        clauses.append(Submission.status.in_(PENDING))
    if status is not None:
        clauses.append(Submission.status == status)
    if kind is not None:
        clauses.append(Submission.kind == kind)
    if project_id is not None:
        clauses.append(Submission.project_id == project_id)
    total, rows = paginate(
        session, sa.select(Submission, Project.name, Unit.name).join(Project, Project.id == Submission.project_id)
        .join(Unit, Unit.id == Submission.submitted_by_unit_id).order_by(Submission.updated_at, Submission.id),
        counted=Submission, where=clauses, page=page, page_size=page_size)
    return SubmissionPage(total=total, page=page, page_size=page_size,
                          items=[submission_out(session, s, with_events=False, names=(project, unit))
                                 for s, project, unit in rows])
