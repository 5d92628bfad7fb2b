"""Project risk scores from case and monitoring facts, with the breakdown that explains each score.

Each factor provider answers one grouped query for all projects in scope and returns counts per
project; projects no provider mentions score 0. The weights live in domain.cases (RISK_WEIGHTS).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.adcodes import GUANGDONG
from domain.cases import (
    AWAITING_ENTERPRISE,
    RISK_RANK,
    DeductionStatus,
    FindingSeverity,
    NoticeStatus,
    RiskFactors,
    effective_level,
    latest_deadline_at_level,
    risk_breakdown,
    risk_level_for,
    twelve_months_before,
)
from domain.dangerous_works import DangerLevel
from domain.enums import RiskLevel
from domain.monitoring import WarningState, WarningType
from server.cases.models import Notice, NoticeItem
from server.clock import CHINA_TZ
from server.credit.models import Deduction
from server.db.base import table_of, utcnow
from server.monitoring.models import DeviceWarning
from server.projects.models import Project
from server.reporting.models import DangerousWork
from server.security import audit
from server.security.actor import Actor
from server.security.scopes import DataScope

FactorCounts = dict[int, dict[str, float]]
FactorProvider = Callable[[Session, sa.ColumnElement[bool], dt.date], FactorCounts]
_OPEN = (NoticeStatus.ISSUED, NoticeStatus.FEEDBACK_SUBMITTED, NoticeStatus.RETURNED)


def _grouped(session: Session, query: sa.Select[int, float], factor: str) -> FactorCounts:
    return {project_id: {factor: float(value)} for project_id, value in session.execute(query) if value}


def _open_findings(session: Session, in_scope: sa.ColumnElement[bool], _today: dt.date) -> FactorCounts:
    """Serious and major problems on open notices; a finding cited by two open notices counts once
    (free items, which have no finding, count each)."""
    rows = session.execute(
        sa.select(Notice.project_id, NoticeItem.severity,
                  sa.func.count(sa.distinct(sa.func.coalesce(NoticeItem.finding_id, -NoticeItem.id))))
        .join(NoticeItem, NoticeItem.notice_id == Notice.id)
        .where(Notice.status.in_(_OPEN), NoticeItem.severity != FindingSeverity.GENERAL,
               Notice.project_id.in_(sa.select(Project.id).where(in_scope)))
        .group_by(Notice.project_id, NoticeItem.severity))
    counts: FactorCounts = defaultdict(dict)
    for project_id, severity, n in rows:
        counts[project_id][f"open_{severity.value}_findings"] = float(n)
    return counts


def _notices(session: Session, in_scope: sa.ColumnElement[bool], today: dt.date) -> FactorCounts:
    """Overdue notices; an escalated one (level >= 2) also counts as escalated, on purpose: the weights
    of both add up for a notice ignored for over a week."""
    awaiting = Notice.status.in_(AWAITING_ENTERPRISE)
    rows = session.execute(
        sa.select(Notice.project_id,
                  sa.func.count().filter(awaiting & (Notice.deadline <= latest_deadline_at_level(today, 1))),
                  sa.func.count().filter(awaiting & (Notice.deadline <= latest_deadline_at_level(today, 2))),
                  sa.func.count().filter(Notice.status.in_(_OPEN) & Notice.stop_work))
        .where(Notice.status.in_(_OPEN), Notice.project_id.in_(sa.select(Project.id).where(in_scope)))
        .group_by(Notice.project_id))
    counts: FactorCounts = {}
    for project_id, overdue, escalated, stop_work in rows:
        values = {"overdue_notices": overdue, "escalated_notices": escalated, "stop_work_orders": stop_work}
        if any(values.values()):
            counts[project_id] = {k: float(v) for k, v in values.items() if v}
    return counts


def _deductions(session: Session, in_scope: sa.ColumnElement[bool], today: dt.date) -> FactorCounts:
    """Points confirmed against the project's units (not its people: a stop-work notice costs the
    contractor and its project manager, but it is one event for the project)."""
    return _grouped(session, sa.select(Deduction.project_id, sa.func.sum(Deduction.points))
                    .where(Deduction.status == DeductionStatus.CONFIRMED, Deduction.unit_id.is_not(None),
                           Deduction.occurred_on > twelve_months_before(today),
                           Deduction.occurred_on <= today, Deduction.project_id.in_(sa.select(Project.id).where(in_scope)))
                    .group_by(Deduction.project_id), "deductions_12m")


def _monitoring(session: Session, in_scope: sa.ColumnElement[bool], today: dt.date) -> FactorCounts:
    """Active warnings of the project's devices (offline included: silence is a risk too) and the
    threshold exceedances that started in the last 30 days."""
    since = dt.datetime.combine(today - dt.timedelta(days=30), dt.time(), tzinfo=CHINA_TZ)
    active = DeviceWarning.state.in_([WarningState.ACTIVE_UNACK, WarningState.ACTIVE_ACK])
    exceeded = (DeviceWarning.type != WarningType.OFFLINE) & (DeviceWarning.first_at >= since)
    rows = session.execute(
        sa.select(DeviceWarning.project_id, sa.func.count().filter(active), sa.func.count().filter(exceeded))
        .where(active | exceeded, DeviceWarning.project_id.in_(sa.select(Project.id).where(in_scope)))
        .group_by(DeviceWarning.project_id))
    return {project_id: {k: float(v) for k, v in (("active_warnings", n_active), ("exceedances_30d", n_exceeded)) if v}
            for project_id, n_active, n_exceeded in rows}


def _dangerous_works(session: Session, in_scope: sa.ColumnElement[bool], today: dt.date) -> FactorCounts:
    """Dangerous sub-projects under way today; a beyond-scale one counts twice (it is the kind that
    needed an expert panel before it could start)."""
    weight = sa.case((DangerousWork.level == DangerLevel.BEYOND_SCALE, 2), else_=1)
    return _grouped(session, sa.select(DangerousWork.project_id, sa.func.sum(weight))
                    .where(DangerousWork.actual_start <= today,
                           sa.or_(DangerousWork.actual_end.is_(None), DangerousWork.actual_end >= today),
                           DangerousWork.level != DangerLevel.NOT_DANGEROUS,
                           DangerousWork.project_id.in_(sa.select(Project.id).where(in_scope)))
                    .group_by(DangerousWork.project_id), "dangerous_works_in_progress")


FACTOR_PROVIDERS: list[FactorProvider] = [_open_findings, _notices, _deductions, _monitoring, _dangerous_works]


@dataclass(frozen=True)
class ProjectRisk:
    project_id: int
    score: float
    level: RiskLevel
    breakdown: dict[str, float]


def project_risks(session: Session, *, scope: DataScope, today: dt.date,
                  extra: sa.ColumnElement[bool] | None = None) -> dict[int, ProjectRisk]:
    """Scores of every project in scope that has any risk factor (the others score 0)."""
    in_scope = Project.in_scope(scope) if extra is None else Project.in_scope(scope) & extra
    merged: FactorCounts = defaultdict(dict)
    for provider in FACTOR_PROVIDERS:
        for project_id, values in provider(session, in_scope, today).items():
            merged[project_id].update(values)
    risks = {}
    for project_id, values in merged.items():
        breakdown = risk_breakdown(RiskFactors(**values))
        score = round(sum(breakdown.values()), 2)
        risks[project_id] = ProjectRisk(project_id, score, risk_level_for(score), breakdown)
    return risks


def ranking(session: Session, *, scope: DataScope, today: dt.date, region_clause: sa.ColumnElement[bool] | None,
            limit: int) -> list[tuple[ProjectRisk, str, str]]:
    """The riskiest projects first, with name and district, for inspection planning."""
    risks = project_risks(session, scope=scope, today=today, extra=region_clause)
    top = sorted(risks.values(), key=lambda r: (-r.score, r.project_id))[:limit]
    names = {project_id: (name, district) for project_id, name, district in session.execute(
        sa.select(Project.id, Project.name, Project.district_adcode)
        .where(Project.id.in_([r.project_id for r in top])))} if top else {}
    return [(risk, *names[risk.project_id]) for risk in top]


@dataclass(frozen=True)
class RiskChange:
    project_id: int
    grade: RiskLevel  # the supervisor's grade the new level was derived from
    old_level: RiskLevel
    level: RiskLevel
    score: float


def risk_changes(session: Session, *, today: dt.date) -> list[RiskChange]:
    """Projects whose stored score or effective level differ from what the facts say now (a read:
    run it in a read session so the scoring of every project holds no write lock)."""
    risks = project_risks(session, scope=DataScope(region_adcode=GUANGDONG), today=today)
    changes = []
    for project_id, grade, level, score in session.execute(
            sa.select(Project.id, Project.risk_grade, Project.risk_level, Project.risk_score)):
        risk = risks.get(project_id)
        new_score = risk.score if risk is not None else 0.0
        new_level = effective_level(grade, new_score)
        if new_level is not level or abs(new_score - score) >= 0.005:
            changes.append(RiskChange(project_id, grade, level, new_level, new_score))
    return changes


def apply_risk_changes(session: Session, changes: list[RiskChange]) -> int:
    """Store the changes (touching `updated_at`, so map caches follow) unless a supervisor regraded the
    project meanwhile (the next scan takes that up); audited as one entry. The caller commits."""
    if not changes:
        return 0
    table = table_of(Project)
    session.execute(
        sa.update(table).where(table.c.id == sa.bindparam("pid"), table.c.risk_grade == sa.bindparam("grade"))
        .values(risk_level=sa.bindparam("level"), risk_score=sa.bindparam("score"), updated_at=utcnow()),
        [{"pid": c.project_id, "grade": c.grade, "level": c.level, "score": c.score} for c in changes])
    raised = [c.project_id for c in changes if RISK_RANK[c.level] > RISK_RANK[c.old_level]]
    lowered = [c.project_id for c in changes if RISK_RANK[c.level] < RISK_RANK[c.old_level]]
    audit.record(session, Actor.system("risk-scoring"), action="risk.refresh", entity="project", entity_id="*",
                 changes={"rescored": len(changes), "raised": raised, "lowered": lowered})
    return len(changes)
