"""Who may report and who may see what, and the one place a submission is created.

An enterprise reports only for projects its unit takes part in and sees only its own unit's
submissions; a supervisor sees the submissions of projects in the region. Anything outside answers
404 exactly like a missing object.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.reporting import PENDING, SubmissionKind, SubmissionStatus
from domain.reporting_schemas import VerificationOut
from domain.schemas import Dto
from server.db.base import Base, table_of, utcnow
from server.deps import Principal
from server.errors import conflict, forbidden, not_found
from server.projects.models import Project
from server.reporting.models import Reported, Submission, SubmissionEvent
from server.security import audit

R = TypeVar("R", bound=Reported)


def require_reporter(principal: Principal) -> None:
    if not principal.role.is_enterprise:
        raise forbidden("only construction enterprises report project data; supervisors verify it")


def require_verifier(principal: Principal) -> None:
    if not principal.role.is_supervisor:
        raise forbidden("only supervisors verify reported data")


def visible_project(session: Session, principal: Principal, project_id: int) -> Project:
    project = session.scalar(sa.select(Project).where(Project.id == project_id, Project.in_scope(principal.scope)))
    if project is None:
        raise not_found("project")
    return project


def reporting_project(session: Session, principal: Principal, project_id: int) -> Project:
    """The project an enterprise reports for: 403 for non-enterprises, 404 outside its unit's projects."""
    require_reporter(principal)
    return visible_project(session, principal, project_id)


def submission_scope(principal: Principal) -> sa.ColumnElement[bool]:
    if principal.role.is_enterprise:
        return Submission.submitted_by_unit_id == principal.unit_id
    return Submission.project_id.in_(sa.select(Project.id).where(Project.in_scope(principal.scope)))


def scoped_submission(session: Session, principal: Principal, submission_id: int) -> Submission:
    submission = session.scalar(sa.select(Submission).where(Submission.id == submission_id,
                                                            submission_scope(principal)))
    if submission is None:
        raise not_found("submission")
    return submission


def ensure_nothing_pending(session: Session, *, project_id: int, kind: SubmissionKind) -> None:
    """Project facts are settled one proposal at a time, so a supervisor never verifies a stale one."""
    pending = session.scalar(sa.select(Submission.id).where(Submission.project_id == project_id,
                                                            Submission.kind == kind, Submission.status.in_(PENDING)))
    if pending is not None:
        raise conflict("already_pending", f"a {kind.value} report of this project (submission {pending}) is still "
                                          "waiting for verification")


def submit(session: Session, principal: Principal, *, project_id: int, kind: SubmissionKind, record: Reported,
           summary: str, changes: dict[str, Any]) -> Submission:
    """Queue `record` (already added) for verification and audit it as an enterprise report."""
    assert principal.unit_id is not None
    session.flush()
    record_id = record.id
    now = utcnow()
    submission = Submission(project_id=project_id, kind=kind, record_id=record_id,
                            status=SubmissionStatus.SUBMITTED, summary=summary[:300],
                            submitted_by_user_id=principal.user_id, submitted_by_unit_id=principal.unit_id,
                            submitted_at=now, updated_at=now)
    session.add(submission)
    session.flush()
    session.add(SubmissionEvent(submission_id=submission.id, at=now, action=None, to_status=submission.status,
                                username=principal.username, role=principal.role.value))
    audit.record(session, principal.actor, action=f"{kind.value}.submit", entity=kind.value, entity_id=record_id,
                 changes={"project_id": project_id, "submission_id": submission.id, **changes})
    return submission


def verification_of(submission: Submission) -> VerificationOut:
    return VerificationOut(submission_id=submission.id, status=submission.status,
                           verified=submission.status is SubmissionStatus.VERIFIED, comment=submission.comment,
                           submitted_at=submission.submitted_at, decided_at=submission.decided_at)


def records_with_state(session: Session, principal: Principal, model: type[R], kind: SubmissionKind, *,
                       where: Iterable[sa.ColumnElement[bool]], order_by: Iterable[Any]) -> list[tuple[R, Submission]]:
    """Rows of one record kind with their submissions, limited to what the caller may see."""
    rows = session.execute(
        sa.select(model, Submission)
        .join(Submission, (Submission.kind == kind) & (Submission.record_id == model.id))
        .where(submission_scope(principal), *where).order_by(*order_by)
    ).all()
    return [(record, submission) for record, submission in rows]


def scoped_record(session: Session, principal: Principal, model: type[R], kind: SubmissionKind, record_id: int,
                  entity: str) -> tuple[R, Submission]:
    rows = records_with_state(session, principal, model, kind,
                              where=[model.id == record_id], order_by=[])
    if not rows:
        raise not_found(entity)
    return rows[0]


def columns_of(record: Base) -> dict[str, Any]:
    return {c.key: getattr(record, c.key) for c in sa.inspect(record).mapper.column_attrs}


D = TypeVar("D", bound=Dto)


def record_out(dto: type[D], record: Base, submission: Submission, **extra: Any) -> D:
    """A record's DTO with its verification state (`extra` fills fields that are not columns)."""
    fields = {k: v for k, v in columns_of(record).items() if k in dto.model_fields}
    return dto.model_validate({**fields, **extra, "verification": verification_of(submission)})


def add_record(session: Session, principal: Principal, *, project_id: int, kind: SubmissionKind, record: Reported,
               summary: str, changes: dict[str, Any]) -> Submission:
    """Store a reported record and queue it for verification, in one transaction."""
    session.add(record)
    submission = submit(session, principal, project_id=project_id, kind=kind, record=record, summary=summary,
                        changes=changes)
    session.commit()
    return submission


def project_records(session: Session, principal: Principal, model: type[R], kind: SubmissionKind, *, project_id: int,
                    order_by: Iterable[Any]) -> list[tuple[R, Submission]]:
    """One kind's records of a project the caller may see (404 otherwise), with their states (`model` has a
    `project_id`, which not every reported record has: a special plan belongs to its work)."""
    project = visible_project(session, principal, project_id)
    return records_with_state(session, principal, model, kind,
                              where=[table_of(model).c.project_id == project.id], order_by=order_by)
