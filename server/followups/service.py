"""Early-warning follow-up: raised by rules, urged by supervisors, answered by enterprises, closed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.case_schemas import CityFollowUpStats, FollowUpEventOut, FollowUpOut, FollowUpPage
from domain.cases import AWAITING_ENTERPRISE, NoticeAction
from domain.enums import UnitKind
from domain.followups import (
    FOLLOW_UP_LIFECYCLE,
    FollowUpAction,
    FollowUpSource,
    FollowUpStatus,
    follow_up_overdue,
)
from domain.lifecycle import InvalidTransition, WrongParty
from domain.monitoring import Severity, WarningState, WarningType
from server.cases.access import party_of
from server.cases.models import Notice, NoticeEvent
from server.db.base import utcnow
from server.db.paging import paginate
from server.deps import Principal
from server.documents.service import require_documents_of_project
from server.errors import Invalid, Refused, conflict, not_found
from server.followups.models import FollowUp, FollowUpEvent
from server.monitoring.models import Device, DeviceWarning
from server.projects.models import Project, ProjectUnit
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


RAISE_BATCH = 200  # follow-ups per transaction when a rule raises many (a first scan of a large database)


def commit_every_batch(session: Session, raised: int) -> None:
    """Commit after every RAISE_BATCH raised follow-ups, so one long rule hands SQLite's write lock back
    to ingest and to users between batches instead of holding it for the whole scan."""
    if raised and raised % RAISE_BATCH == 0:
        session.commit()


def raise_for_overdue_notices(session: Session, *, today: dt.date) -> list[int]:
    """Compliance rule: every overdue rectification notice is chased as a warning, once per overdue
    episode — a notice returned for more work and overdue again is chased again."""
    actor = Actor.system("compliance-rules")
    episode = (sa.select(NoticeEvent.notice_id, sa.func.max(NoticeEvent.id).label("event_id"))
               .where(NoticeEvent.action.in_([NoticeAction.ISSUE, NoticeAction.RETURN]))
               .group_by(NoticeEvent.notice_id).subquery())
    # typed here: SQLAlchemy types a subquery's column as Any, and the whole row with it
    overdue: Sequence[tuple[int, int, int, str | None, dt.date, int]] = session.execute(
        sa.select(Notice.id, Notice.project_id, Notice.target_unit_id, Notice.number, Notice.deadline,
                  episode.c.event_id)
        .join(episode, episode.c.notice_id == Notice.id)
        .where(Notice.status.in_(AWAITING_ENTERPRISE), Notice.deadline < today)).all()
    existing = set(session.scalars(sa.select(FollowUp.source_ref).where(
        FollowUp.source == FollowUpSource.NOTICE_OVERDUE)))
    made = []
    for notice_id, project_id, unit_id, number, deadline, event_id in overdue:
        ref = f"{notice_id}:{event_id}"
        if ref in existing:
            continue
        follow_up = raise_follow_up(session, project_id=project_id, source=FollowUpSource.NOTICE_OVERDUE,
                                    source_ref=ref, title=f"整改通知书 {number} 逾期未整改",
                                    detail=f"整改期限 {deadline}，已逾期 {(today - deadline).days} 天",
                                    assigned_unit_id=unit_id, actor=actor)
        if follow_up is not None:
            made.append(follow_up.id)
            commit_every_batch(session, len(made))
    session.commit()
    return made


FOLLOWED_SEVERITIES = (Severity.CRITICAL, Severity.MAJOR)


def raise_for_monitoring_warnings(session: Session) -> list[int]:
    """Compliance rule: an active critical or major monitoring warning, or a device gone silent, is chased
    with the project's general contractor until a supervisor closes it (one follow-up per warning)."""
    actor = Actor.system("compliance-rules")
    contractor = (sa.select(ProjectUnit.project_id, sa.func.min(ProjectUnit.unit_id).label("unit_id"))
                  .where(ProjectUnit.role == UnitKind.GENERAL_CONTRACTOR).group_by(ProjectUnit.project_id).subquery())
    # typed here: SQLAlchemy types a subquery's column as Any, and the whole row with it
    rows: Sequence[tuple[DeviceWarning, str, int]] = session.execute(
        sa.select(DeviceWarning, Device.code, contractor.c.unit_id)
        .join(Device, Device.id == DeviceWarning.device_id)
        .join(contractor, contractor.c.project_id == DeviceWarning.project_id)
        .where(DeviceWarning.state.in_([WarningState.ACTIVE_UNACK, WarningState.ACTIVE_ACK]),
               DeviceWarning.severity.in_(FOLLOWED_SEVERITIES) | (DeviceWarning.type == WarningType.OFFLINE))).all()
    existing = {(source, ref) for source, ref in session.execute(sa.select(FollowUp.source, FollowUp.source_ref).where(
        FollowUp.source.in_([FollowUpSource.MONITORING_WARNING, FollowUpSource.DEVICE_OFFLINE])))}
    made = []
    for warning, device_code, unit_id in rows:
        source = FollowUpSource.DEVICE_OFFLINE if warning.type is WarningType.OFFLINE else FollowUpSource.MONITORING_WARNING
        if (source, str(warning.id)) in existing:
            continue
        title = (f"监测设备 {device_code} 离线" if source is FollowUpSource.DEVICE_OFFLINE
                 else f"监测设备 {device_code} {warning.type.value} 预警（{warning.severity.value}）")
        follow_up = raise_follow_up(session, project_id=warning.project_id, source=source, source_ref=str(warning.id),
                                    title=title, detail=warning.message, assigned_unit_id=unit_id, actor=actor)
        if follow_up is not None:
            made.append(follow_up.id)
            commit_every_batch(session, len(made))
    session.commit()
    return made


def close_follow_ups_of_notice(session: Session, notice_id: int, *, actor: Actor) -> list[int]:
    """A closed notice settles the warnings that chased it (in the caller's transaction)."""
    open_ones = session.scalars(sa.select(FollowUp).where(
        FollowUp.source == FollowUpSource.NOTICE_OVERDUE, FollowUp.source_ref.startswith(f"{notice_id}:"),
        FollowUp.status != FollowUpStatus.CLOSED).with_for_update()).all()
    now = utcnow()
    for follow_up in open_ones:
        follow_up.status = FollowUpStatus.CLOSED
        follow_up.closed_at = follow_up.updated_at = now
        session.add(FollowUpEvent(follow_up_id=follow_up.id, at=now, action=FollowUpAction.CLOSE,
                                  to_status=FollowUpStatus.CLOSED, username=actor.username, role=actor.role,
                                  comment="整改通知书已闭环"))
    return [f.id for f in open_ones]


def _scope(principal: Principal) -> sa.ColumnElement[bool]:
    if principal.role.is_enterprise:
        return FollowUp.assigned_unit_id == principal.unit_id
    return FollowUp.project_id.in_(sa.select(Project.id).where(Project.in_scope(principal.scope)))


def _scoped(session: Session, principal: Principal, follow_up_id: int, *, for_update: bool = False) -> FollowUp:
    query = sa.select(FollowUp).where(FollowUp.id == follow_up_id, _scope(principal))
    follow_up = session.scalar(query.with_for_update() if for_update else query)
    if follow_up is None:
        raise not_found("follow-up")
    return follow_up


def act(session: Session, principal: Principal, *, follow_up_id: int, action: FollowUpAction, comment: str,
        deadline: dt.date | None, document_ids: list[int], today: dt.date) -> FollowUp:
    follow_up = _scoped(session, principal, follow_up_id, for_update=True)
    try:
        target = FOLLOW_UP_LIFECYCLE.next_status(follow_up.status, action, party_of(principal))
    except WrongParty as exc:
        raise Refused("wrong_party", str(exc)) from exc
    except InvalidTransition as exc:
        raise conflict("invalid_transition", str(exc)) from exc
    if action is FollowUpAction.URGE:
        if deadline is None or deadline < today:
            raise Invalid("deadline_required", "urging needs a reply deadline from today on")
        follow_up.deadline = deadline
    if action is FollowUpAction.ANSWER and not comment.strip():
        raise Invalid("answer_required", "say what was done about the warning")
    require_documents_of_project(session, principal, document_ids, follow_up.project_id)
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


def follow_up_out(session: Session, follow_up: FollowUp, today: dt.date, *, with_events: bool,
                  names: tuple[str, str] | None = None) -> FollowUpOut:
    """`names` (project, unit) saves two lookups when the caller already joined them."""
    if names is None:
        project_name, unit_name = session.execute(sa.select(Project.name, Unit.name)
                                                  .join(Unit, Unit.id == follow_up.assigned_unit_id)
                                                  .where(Project.id == follow_up.project_id)).one()
    else:
        project_name, unit_name = names
    overdue = follow_up_overdue(follow_up.status, follow_up.deadline, today)
    events = list(session.scalars(sa.select(FollowUpEvent).where(FollowUpEvent.follow_up_id == follow_up.id)
                                  .order_by(FollowUpEvent.id))) if with_events else []
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
                    source: FollowUpSource | None, overdue_only: bool, project_id: int | None, page: int,
                    page_size: int) -> FollowUpPage:
    clauses = [_scope(principal)]
    if source is not None:
        clauses.append(FollowUp.source == source)
    if status is not None:
        clauses.append(FollowUp.status == status)
    if overdue_only:
        clauses.append(_overdue(today))
    if project_id is not None:
        clauses.append(FollowUp.project_id == project_id)
    total, rows = paginate(
        session, sa.select(FollowUp, Project.name, Unit.name).join(Project, Project.id == FollowUp.project_id)
        .join(Unit, Unit.id == FollowUp.assigned_unit_id)
        .order_by(FollowUp.created_at.desc(), FollowUp.id.desc()),
        counted=FollowUp, where=clauses, page=page, page_size=page_size)
    return FollowUpPage(total=total, page=page, page_size=page_size,
                        items=[follow_up_out(session, f, today, with_events=False, names=(project, unit))
                               for f, project, unit in rows])


def city_stats(session: Session, principal: Principal, catalog: RegionCatalog, today: dt.date) -> list[CityFollowUpStats]:
    """Open and overdue follow-ups per city, inside the caller's scope."""
    rows = session.execute(
        sa.select(FollowUp.city_adcode, sa.func.count().filter(FollowUp.status != FollowUpStatus.CLOSED),
                  sa.func.count().filter(_overdue(today)))
        .where(_scope(principal)).group_by(FollowUp.city_adcode).order_by(FollowUp.city_adcode))
    return [CityFollowUpStats(city_adcode=city, city_name=catalog.name(city), open=open_, overdue=overdue)
            for city, open_, overdue in rows]
