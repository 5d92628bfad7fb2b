"""Punishments and dynamic credit: automatic deduction proposals, supervisor decisions, scores, rankings.

Proposals come from events — a notice closed (by its severity), a finding repeated within 12 months,
a notice overdue past escalation level 2, a punishment — and wait for a supervisor to confirm them.
Only confirmed points count towards a score.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from domain.case_schemas import (
    CreditScoreOut,
    DeductionOut,
    ManualDeductionIn,
    PunishmentCreate,
    PunishmentOut,
)
from domain.cases import (
    AWAITING_ENTERPRISE,
    DeductionStatus,
    FindingSeverity,
    credit_score,
    latest_deadline_at_level,
    twelve_months_before,
)
from domain.enums import PersonnelRole, UnitKind
from server.cases.access import require_supervisor
from server.cases.models import Finding, Notice, NoticeItem
from server.credit.catalogue import catalogue, items_for
from server.credit.models import Deduction, Punishment, target_key
from server.db.base import utcnow
from server.deps import Principal
from server.documents.service import require_documents_of_project
from server.errors import Invalid, conflict, not_found
from server.projects.access import scoped_project
from server.projects.models import Personnel, Project, ProjectUnit
from server.security import audit
from server.security.actor import Actor
from server.units.models import Unit

log = logging.getLogger("sandtable.credit")
_SEVERITY_RANK = {FindingSeverity.GENERAL: 0, FindingSeverity.SERIOUS: 1, FindingSeverity.MAJOR: 2}


def _propose(session: Session, *, item_code: str, project_id: int, origin_kind: str, origin_id: int, reason: str,
             occurred_on: dt.date, unit_id: int | None = None, personnel_id: int | None = None) -> int | None:
    """Insert a proposal; the unique (item, origin, target) makes a repeat a no-op. Returns the new id."""
    item = catalogue()[item_code]
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(Deduction).values(
        item_code=item_code, points=item.points, basis=item.basis, reason=reason, unit_id=unit_id,
        personnel_id=personnel_id, target_key=target_key(unit_id, personnel_id), project_id=project_id,
        origin_kind=origin_kind, origin_id=origin_id, status=DeductionStatus.PROPOSED, occurred_on=occurred_on,
        proposed_at=utcnow(), comment="",
    ).on_conflict_do_nothing().returning(Deduction.id)
    return session.execute(statement).scalar()


def propose_for_closed_notice(session: Session, notice: Notice, *, day: dt.date) -> list[int]:
    """A closed notice costs its addressee points by its worst item (a stop-work order counts as major).
    `day` is the China-local closing date."""
    severities = session.scalars(sa.select(NoticeItem.severity).where(NoticeItem.notice_id == notice.id)).all()
    worst = max(severities, key=_SEVERITY_RANK.__getitem__, default=FindingSeverity.GENERAL)
    if notice.stop_work:
        worst = FindingSeverity.MAJOR
    trigger = f"notice_closed_{worst.value}"
    reason = f"整改通知书 {notice.number} 已闭环（{worst.value}）"
    made = [_propose(session, item_code=i.code, project_id=notice.project_id, origin_kind="notice",
                     origin_id=notice.id, reason=reason, occurred_on=day, unit_id=notice.target_unit_id)
            for i in items_for(trigger, "unit")]
    managers = session.scalars(sa.select(Personnel.id).where(
        Personnel.project_id == notice.project_id, Personnel.unit_id == notice.target_unit_id,
        Personnel.role == PersonnelRole.PROJECT_MANAGER)).all()
    made += [_propose(session, item_code=i.code, project_id=notice.project_id, origin_kind="notice",
                      origin_id=notice.id, reason=reason, occurred_on=day, personnel_id=manager)
             for i in items_for(trigger, "personnel") for manager in managers]
    return [d for d in made if d is not None]


def _general_contractor(session: Session, project_id: int) -> int | None:
    return session.scalar(sa.select(ProjectUnit.unit_id).where(
        ProjectUnit.project_id == project_id, ProjectUnit.role == UnitKind.GENERAL_CONTRACTOR)
        .order_by(ProjectUnit.unit_id).limit(1))


def propose_for_repeated_findings(session: Session, findings: list[Finding]) -> list[int]:
    """A checklist item found again on the same project within 12 months, at an earlier inspection, is
    a repeat offence (two findings of one item at the same inspection are not)."""
    coded = [f for f in findings if f.checklist_item_code is not None]
    if not coded:
        return []
    first = coded[0]
    repeated = set(session.scalars(sa.select(Finding.checklist_item_code).where(
        Finding.project_id == first.project_id, Finding.inspection_id != first.inspection_id,
        Finding.checklist_item_code.in_({f.checklist_item_code for f in coded}),
        Finding.found_on <= first.found_on, Finding.found_on > twelve_months_before(first.found_on))))
    contractor = _general_contractor(session, first.project_id)
    if not repeated or contractor is None:
        return []
    made = []
    for finding in coded:
        if finding.checklist_item_code not in repeated:
            continue
        for item in items_for("repeat_finding", "unit"):
            if new := _propose(session, item_code=item.code, project_id=finding.project_id, origin_kind="finding",
                               origin_id=finding.id, occurred_on=finding.found_on, unit_id=contractor,
                               reason=f"检查项 {finding.checklist_item_code} 12个月内再次发现：{finding.description}"):
                made.append(new)
    return made


def propose_for_overdue_notices(session: Session, *, today: dt.date) -> list[int]:
    """Compliance rule: notices still unanswered at escalation level 2. Idempotent (unique proposals)."""
    items = items_for("notice_overdue_escalated", "unit")
    overdue = session.execute(sa.select(Notice.id, Notice.project_id, Notice.target_unit_id, Notice.number,
                                        Notice.deadline)
                              .where(Notice.status.in_(AWAITING_ENTERPRISE),
                                     Notice.deadline <= latest_deadline_at_level(today, 2))).all()
    already = set(session.execute(sa.select(Deduction.item_code, Deduction.origin_id).where(
        Deduction.origin_kind == "notice", Deduction.item_code.in_([i.code for i in items]))).all())
    made = []
    for notice_id, project_id, unit_id, number, deadline in overdue:
        for item in items:
            if (item.code, notice_id) in already:
                continue
            if new := _propose(session, item_code=item.code, project_id=project_id, origin_kind="notice",
                               origin_id=notice_id, occurred_on=today, unit_id=unit_id,
                               reason=f"整改通知书 {number} 逾期 {(today - deadline).days} 天未整改"):
                made.append(new)
    if made:
        audit.record(session, Actor.system("compliance-rules"), action="deduction.propose_overdue",
                     entity="deduction", entity_id="scan", changes={"proposed": made, "today": today})
    session.commit()
    return made


def record_punishment(session: Session, principal: Principal, *, data: PunishmentCreate) -> Punishment:
    require_supervisor(principal)
    scoped_project(session, principal, data.project_id)
    if data.notice_id is not None:
        notice = session.get(Notice, data.notice_id)
        if notice is None or notice.project_id != data.project_id:
            raise Invalid("unknown_notice", "the originating notice is not of this project")
    if data.target_unit_id is not None and session.scalar(sa.select(ProjectUnit.unit_id).where(
            ProjectUnit.project_id == data.project_id, ProjectUnit.unit_id == data.target_unit_id).limit(1)) is None:
        raise Invalid("unit_not_on_project", "the punished unit does not take part in the project")
    if session.scalar(sa.select(Punishment.id).where(Punishment.decision_no == data.decision_no)) is not None:
        raise conflict("duplicate_decision_no", f"decision {data.decision_no} is already recorded")
    require_documents_of_project(session, principal, data.document_ids, data.project_id)
    punishment = Punishment(**data.model_dump(exclude={"document_ids"}), document_ids=json.dumps(data.document_ids),
                            created_by_user_id=principal.user_id, created_at=utcnow())
    session.add(punishment)
    session.flush()
    proposed = [new for item in (items_for("punishment", "unit") if data.target_unit_id is not None else [])
                if (new := _propose(session, item_code=item.code, project_id=data.project_id, origin_kind="punishment",
                                    origin_id=punishment.id, occurred_on=data.decided_on, unit_id=data.target_unit_id,
                                    reason=f"行政处罚 {data.decision_no}"))]
    audit.record(session, principal.actor, action="punishment.create", entity="punishment", entity_id=punishment.id,
                 changes={**data.model_dump(mode="json"), "deductions_proposed": proposed})
    session.commit()
    return punishment


def punishment_out(p: Punishment) -> PunishmentOut:
    return PunishmentOut(id=p.id, decision_no=p.decision_no, project_id=p.project_id, notice_id=p.notice_id,
                         legal_basis=p.legal_basis, facts=p.facts, target_unit_id=p.target_unit_id,
                         target_person=p.target_person, amount_yuan=p.amount_yuan, decided_on=p.decided_on,
                         document_ids=json.loads(p.document_ids))


def project_punishments(session: Session, principal: Principal, project_id: int) -> list[Punishment]:
    """A project's punishments; an enterprise sees only those against itself."""
    scoped_project(session, principal, project_id)
    query = sa.select(Punishment).where(Punishment.project_id == project_id)
    if principal.role.is_enterprise:
        query = query.where(Punishment.target_unit_id == principal.unit_id)
    return list(session.scalars(query.order_by(Punishment.decided_on.desc())))


def add_manual_deduction(session: Session, principal: Principal, *, data: ManualDeductionIn) -> Deduction:
    require_supervisor(principal)
    scoped_project(session, principal, data.project_id)
    item = catalogue().get(data.item_code)
    if item is None:
        raise Invalid("unknown_item", f"{data.item_code} is not in the deduction catalogue")
    if (data.unit_id is None) == (data.personnel_id is None):
        raise Invalid("one_target", "a deduction is against exactly one unit or one person")
    if (item.target == "unit" and data.unit_id is None) or (item.target == "personnel" and data.personnel_id is None):
        raise Invalid("wrong_target", f"item {item.code} is deducted from a {item.target}")
    on_project = (sa.select(ProjectUnit.unit_id).where(ProjectUnit.project_id == data.project_id,
                                                       ProjectUnit.unit_id == data.unit_id)
                  if data.unit_id is not None else
                  sa.select(Personnel.id).where(Personnel.project_id == data.project_id, Personnel.id == data.personnel_id))
    if session.scalar(on_project.limit(1)) is None:
        raise Invalid("not_on_project", "the unit or person does not take part in this project")
    deduction = Deduction(item_code=item.code, points=item.points, basis=item.basis, reason=data.reason,
                          unit_id=data.unit_id, personnel_id=data.personnel_id,
                          target_key=target_key(data.unit_id, data.personnel_id), project_id=data.project_id,
                          origin_kind="manual", origin_id=0, status=DeductionStatus.CONFIRMED,
                          occurred_on=data.occurred_on, proposed_at=utcnow(), decided_by_user_id=principal.user_id,
                          decided_at=utcnow())
    session.add(deduction)
    session.flush()
    deduction.origin_id = deduction.id  # a manual entry is its own origin
    audit.record(session, principal.actor, action="deduction.manual", entity="deduction", entity_id=deduction.id,
                 changes=data.model_dump(mode="json"))
    session.commit()
    return deduction


def _deduction_scope(principal: Principal) -> sa.ColumnElement[bool]:
    if principal.role.is_enterprise:
        staff = sa.select(Personnel.id).where(Personnel.unit_id == principal.unit_id)
        return (Deduction.unit_id == principal.unit_id) | Deduction.personnel_id.in_(staff)
    return Deduction.project_id.in_(sa.select(Project.id).where(Project.in_scope(principal.scope)))


def decide(session: Session, principal: Principal, *, deduction_id: int, confirm: bool, comment: str) -> Deduction:
    require_supervisor(principal)
    deduction = session.scalar(sa.select(Deduction).where(Deduction.id == deduction_id, _deduction_scope(principal))
                               .with_for_update())
    if deduction is None:
        raise not_found("deduction")
    if deduction.status is not DeductionStatus.PROPOSED:
        raise conflict("already_decided", f"the deduction is already {deduction.status.value}")
    deduction.status = DeductionStatus.CONFIRMED if confirm else DeductionStatus.REJECTED
    deduction.decided_by_user_id = principal.user_id
    deduction.decided_at = utcnow()
    deduction.comment = comment
    audit.record(session, principal.actor, action=f"deduction.{deduction.status.value}", entity="deduction",
                 entity_id=deduction.id, changes={"points": deduction.points, "comment": comment})
    session.commit()
    return deduction


def _deduction_rows(session: Session, query: sa.Select[Deduction]) -> list[DeductionOut]:
    # typed here: add_columns() drops the row type
    rows: Iterable[tuple[Deduction, str | None, str | None]] = session.execute(
        query.add_columns(Unit.name, Personnel.name).outerjoin(Unit, Unit.id == Deduction.unit_id)
        .outerjoin(Personnel, Personnel.id == Deduction.personnel_id))
    return [DeductionOut(id=d.id, item_code=d.item_code, points=d.points, basis=d.basis, reason=d.reason,
                         unit_id=d.unit_id, unit_name=unit, personnel_id=d.personnel_id, personnel_name=person,
                         project_id=d.project_id, origin_kind=d.origin_kind, origin_id=d.origin_id,
                         status=d.status, occurred_on=d.occurred_on, comment=d.comment)
            for d, unit, person in rows]


def list_deductions(session: Session, principal: Principal, *, status: DeductionStatus | None,
                    project_id: int | None, limit: int) -> list[DeductionOut]:
    query = (sa.select(Deduction).where(_deduction_scope(principal))
             .order_by(Deduction.occurred_on.desc(), Deduction.id.desc()).limit(limit))
    if status is not None:
        query = query.where(Deduction.status == status)
    if project_id is not None:
        query = query.where(Deduction.project_id == project_id)
    return _deduction_rows(session, query)


def deduction_out(session: Session, deduction_id: int) -> DeductionOut:
    return _deduction_rows(session, sa.select(Deduction).where(Deduction.id == deduction_id))[0]


def _window(today: dt.date) -> sa.ColumnElement[bool]:
    """Confirmed deductions of the rolling 12 months (domain.cases.in_rolling_year, in SQL)."""
    return (Deduction.status == DeductionStatus.CONFIRMED) & (Deduction.occurred_on > twelve_months_before(today)) & (
        Deduction.occurred_on <= today)


def credit_rankings(session: Session, *, city_adcode: str, kind: UnitKind, today: dt.date) -> list[CreditScoreOut]:
    """Units of `kind` working in a city, best score first (ties by name); scores count every confirmed
    deduction of the unit, wherever it happened."""
    in_city = (sa.select(ProjectUnit.unit_id).join(Project, Project.id == ProjectUnit.project_id)
               .where(Project.city_adcode == city_adcode, ProjectUnit.role == kind).distinct().subquery())
    lost = (sa.select(Deduction.unit_id, sa.func.sum(Deduction.points).label("points"),
                      sa.func.count().label("n")).where(_window(today), Deduction.unit_id.is_not(None))
            .group_by(Deduction.unit_id).subquery())
    # typed here: SQLAlchemy types a subquery's column as Any, and the whole row with it
    rows: Sequence[tuple[int, str, float, int]] = session.execute(
        sa.select(Unit.id, Unit.name, sa.func.coalesce(lost.c.points, 0.0), sa.func.coalesce(lost.c.n, 0))
        .join(in_city, in_city.c.unit_id == Unit.id).outerjoin(lost, lost.c.unit_id == Unit.id)
    ).all()
    scored = sorted(((credit_score(float(points)), name, unit_id, float(points), int(n))
                     for unit_id, name, points, n in rows), key=lambda r: (-r[0], r[1]))
    return [CreditScoreOut(unit_id=unit_id, unit_name=name, score=score, points_12m=points, deductions_12m=n,
                           rank=rank) for rank, (score, name, unit_id, points, n) in enumerate(scored, start=1)]


def unit_credit(session: Session, *, unit_id: int, today: dt.date) -> CreditScoreOut:
    name = session.scalar(sa.select(Unit.name).where(Unit.id == unit_id))
    if name is None:
        raise not_found("unit")
    points, n = session.execute(sa.select(sa.func.coalesce(sa.func.sum(Deduction.points), 0.0), sa.func.count())
                                .where(_window(today), Deduction.unit_id == unit_id)).one()
    return CreditScoreOut(unit_id=unit_id, unit_name=name, score=credit_score(float(points)),
                          points_12m=float(points), deductions_12m=int(n))
