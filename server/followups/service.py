"""Early-warning follow-up: raised by rules, urged by supervisors, answered by enterprises, closed."""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.case_schemas import CityFollowUpStats, FollowUpEventOut, FollowUpOut, FollowUpPage
from domain.cases import AWAITING_ENTERPRISE
from domain.followups import (
    FOLLOW_UP_LIFECYCLE,
    FollowUpAction,
    FollowUpSource,
    FollowUpStatus,
    follow_up_overdue,
)
from domain.lifecycle import InvalidTransition, Party, WrongParty
from server.cases.models import Notice
from server.db.base import utcnow
from server.deps import Principal
from server.documents.service import require_documents_of_project
from server.errors import ApiError, conflict, not_found
from server.followups.models import FollowUp, FollowUpEvent
from server.projects.models import Project
from server.regions.service import RegionCatalog
from server.security import audit
from server.security.actor import Actor
from server.units.models import Unit


def raise_follow_up(session: Session, *, project_id: int, source: FollowUpSource, source_ref: str, title: str,
                    detail: str, assigned_unit_id: int, actor: Actor) -> FollowUp | None:
    """Open a follow-up unless this source object already has one (rules may fire repeatedly)."""
    if session.scalar(sa.select(FollowUp.id).where(FollowUp.source == source, FollowUp.source_ref == source_ref)):
        return None
    city = session.scalar(sa.select(Project.city_adcode).where(Project.id == project_id))
    now = utcnow()
    follow_up = FollowUp(project_id=project_id, city_adcode=city, source=source, source_ref=source_ref, title=title,
                         detail=detail, status=FollowUpStatus.OPEN, assigned_unit_id=assigned_unit_id,
                         created_at=now, updated_at=now)
    session.add(follow_up)
    session.flush()
    session.add(FollowUpEvent(follow_up_id=follow_up.id, at=now, action=None, to_status=FollowUpStatus.OPEN,
                              username=actor.username, role=actor.role, comment=detail))
    audit.record(session, actor, action="follow_up.raise", entity="follow_up", entity_id=follow_up.id,
                 changes={"source": source.value, "source_ref": source_ref, "project_id": project_id})
    return follow_up


def raise_for_overdue_notices(session: Session, *, today: dt.date) -> int:
    """Compliance rule: every overdue rectification notice is chased as a warning."""
    actor = Actor.system("compliance-rules")
    made = 0
    for notice in session.scalars(sa.select(Notice).where(Notice.status.in_(AWAITING_ENTERPRISE),
                                                          Notice.deadline < today)):
        if raise_follow_up(session, project_id=notice.project_id, source=FollowUpSource.NOTICE_OVERDUE,
                           source_ref=str(notice.id), title=f"整改通知书 {notice.number} 逾期未整改",
                           detail=f"整改期限 {notice.deadline}，已逾期 {(today - notice.deadline).days} 天",
                           assigned_unit_id=notice.target_unit_id, actor=actor):
            made += 1
    session.commit()
    return made


def _scope(principal: Principal) -> sa.ColumnElement[bool]:
    if principal.role.is_enterprise:
        return FollowUp.assigned_unit_id == principal.unit_id
    return FollowUp.project_id.in_(sa.select(Project.id).where(principal.scope.project_clause()))


def _scoped(session: Session, principal: Principal, follow_up_id: int) -> FollowUp:
    follow_up = session.scalar(sa.select(FollowUp).where(FollowUp.id == follow_up_id, _scope(principal)))
    if follow_up is None:
        raise not_found("follow-up")
    return follow_up


def act(session: Session, principal: Principal, *, follow_up_id: int, action: FollowUpAction, comment: str,
        deadline: dt.date | None, document_ids: list[int], today: dt.date) -> FollowUp:
    follow_up = _scoped(session, principal, follow_up_id)
    party = Party.ENTERPRISE if principal.role.is_enterprise else Party.SUPERVISOR
    try:
        target = FOLLOW_UP_LIFECYCLE.next_status(follow_up.status, action, party)
    except WrongParty as exc:
        raise ApiError(403, "wrong_party", str(exc)) from exc
    except InvalidTransition as exc:
        raise conflict("invalid_transition", str(exc)) from exc
    if action is FollowUpAction.URGE:
        if deadline is None or deadline < today:
            raise ApiError(422, "deadline_required", "urging needs a reply deadline from today on")
        follow_up.deadline = deadline
    if action is FollowUpAction.ANSWER and not comment.strip():
        raise ApiError(422, "answer_required", "say what was done about the warning")
    require_documents_of_project(session, document_ids, follow_up.project_id)
    now = utcnow()
    follow_up.status = target
    follow_up.updated_at = now
    if target is FollowUpStatus.CLOSED:
        follow_up.closed_at = now
    session.add(FollowUpEvent(follow_up_id=follow_up.id, at=now, action=action, to_status=target,
                              username=principal.username, role=principal.role.value, comment=comment,
                              deadline=deadline if action is FollowUpAction.URGE else None,
                              document_ids=json.dumps(document_ids)))
    audit.record(session, principal.actor, action=f"follow_up.{action.value}", entity="follow_up",
                 entity_id=follow_up.id, changes={"to": target.value, "deadline": deadline, "comment": comment,
                                                  "documents": document_ids})
    session.commit()
    return follow_up


def follow_up_out(session: Session, follow_up: FollowUp, today: dt.date, *, with_events: bool) -> FollowUpOut:
    project_name = session.scalar(sa.select(Project.name).where(Project.id == follow_up.project_id)) or ""
    unit_name = session.scalar(sa.select(Unit.name).where(Unit.id == follow_up.assigned_unit_id)) or ""
    overdue = follow_up_overdue(follow_up.status, follow_up.deadline, today)
    events = session.scalars(sa.select(FollowUpEvent).where(FollowUpEvent.follow_up_id == follow_up.id)
                             .order_by(FollowUpEvent.id)) if with_events else []
    return FollowUpOut(
        id=follow_up.id, project_id=follow_up.project_id, project_name=project_name, city_adcode=follow_up.city_adcode,
        source=follow_up.source, source_ref=follow_up.source_ref, title=follow_up.title, detail=follow_up.detail,
        status=follow_up.status, assigned_unit_id=follow_up.assigned_unit_id, assigned_unit_name=unit_name,
        deadline=follow_up.deadline, overdue_days=overdue.days, escalation_level=overdue.level,
        created_at=follow_up.created_at,
        events=[FollowUpEventOut(at=e.at, action=e.action, to_status=e.to_status, username=e.username, role=e.role,
                                 comment=e.comment, deadline=e.deadline, document_ids=json.loads(e.document_ids))
                for e in events])


def get(session: Session, principal: Principal, follow_up_id: int, today: dt.date) -> FollowUpOut:
    return follow_up_out(session, _scoped(session, principal, follow_up_id), today, with_events=True)


def _overdue(today: dt.date) -> sa.ColumnElement[bool]:
    return (FollowUp.status == FollowUpStatus.URGED) & (FollowUp.deadline < today)


def list_follow_ups(session: Session, principal: Principal, *, today: dt.date, status: FollowUpStatus | None,
                    overdue_only: bool, project_id: int | None, page: int, page_size: int) -> FollowUpPage:
    clauses = [_scope(principal)]
    if status is not None:
        clauses.append(FollowUp.status == status)
    if overdue_only:
        clauses.append(_overdue(today))
    if project_id is not None:
        clauses.append(FollowUp.project_id == project_id)
    total = session.scalar(sa.select(sa.func.count()).select_from(FollowUp).where(*clauses)) or 0
    rows = session.scalars(sa.select(FollowUp).where(*clauses).order_by(FollowUp.created_at.desc(), FollowUp.id.desc())
                           .limit(page_size).offset((page - 1) * page_size))
    return FollowUpPage(total=total, page=page, page_size=page_size,
                        items=[follow_up_out(session, f, today, with_events=False) for f in rows])


def city_stats(session: Session, principal: Principal, catalog: RegionCatalog, today: dt.date) -> list[CityFollowUpStats]:
    """Open and overdue follow-ups per city, inside the caller's scope."""
    rows = session.execute(
        sa.select(FollowUp.city_adcode, sa.func.count().filter(FollowUp.status != FollowUpStatus.CLOSED),
                  sa.func.count().filter(_overdue(today)))
        .where(_scope(principal)).group_by(FollowUp.city_adcode).order_by(FollowUp.city_adcode))
    return [CityFollowUpStats(city_adcode=city, city_name=catalog.name(city), open=open_, overdue=overdue)
            for city, open_, overdue in rows]
